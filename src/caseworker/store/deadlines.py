"""The derived `deadlines` table: rebuilt for a case whenever it or its items change."""

from __future__ import annotations

from caseworker.domain.deadlines import deadlines
from caseworker.store import cases, items, settings
from caseworker.store.db import Connection


def rebuild_case(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM deadlines WHERE case_id = ?", (case_id,))
    case = cases.get(conn, case_id)
    if case is None or case["deleted"]:
        return
    live = [(i["id"], i["kind"], i["data"]) for i in items.of_case(conn, case_id)]
    rows = [
        (case_id, d.what.value, d.item_id, d.due, case["assigned_to"], case["created_by"], case["district"])
        for d in deadlines(case, live, settings.load(conn))
    ]
    conn.executemany("INSERT INTO deadlines VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def rebuild_all(conn: Connection) -> None:
    conn.execute("DELETE FROM deadlines")
    for (case_id,) in conn.execute("SELECT id FROM cases WHERE deleted = 0").fetchall():
        rebuild_case(conn, case_id)


def due(
    conn: Connection, until: str, assigned_to: str | None, district: str | None, limit: int
) -> list[dict]:
    """Deadlines up to `until`, soonest first; only a user's cases when `assigned_to` is given."""
    sql = "SELECT case_id, what, item_id, due, district FROM deadlines WHERE due <= ?"
    args: list = [until]
    if assigned_to is not None:
        # Two index ranges, not an OR that would scan: the cases assigned to the user, and
        # those they registered but that are assigned to someone else no longer.
        sql = (
            "SELECT case_id, what, item_id, due, district FROM deadlines WHERE assigned_to = ? AND due <= ? "
            "UNION SELECT case_id, what, item_id, due, district FROM deadlines WHERE created_by = ? AND due <= ?"
        )
        args = [assigned_to, until, assigned_to, until]
        if district is not None:
            sql = f"SELECT * FROM ({sql}) WHERE district = ?"
            args.append(district)
    elif district is not None:
        sql = "SELECT case_id, what, item_id, due, district FROM deadlines WHERE district = ? AND due <= ?"
        args = [district, until]
    sql = (
        f"SELECT d.case_id, d.what, d.item_id, d.due, d.district, c.surname, c.given_name FROM ({sql}) d "
        "JOIN cases c ON c.id = d.case_id ORDER BY d.due, d.case_id LIMIT ?"
    )
    args.append(limit)
    return [
        {"case_id": c, "what": w, "item_id": i or None, "due": d, "district": dist, "surname": s, "given_name": g}
        for c, w, i, d, dist, s, g in conn.execute(sql, args)
    ]
