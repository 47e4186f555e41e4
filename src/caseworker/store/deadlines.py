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
    """Deadlines up to `until`, soonest first; only a user's cases when `assigned_to` is given.

    Each branch reads its index in due order and stops at `limit`, so the answer costs the
    same for a caseworker with 50 cases as for an office with 100,000.
    """
    columns = "case_id, what, item_id, due, district"
    where_district = " AND district = ?" if district is not None else ""
    if assigned_to is not None:
        # Two index ranges, not an OR that would scan: the cases assigned to the user, and
        # those they registered that are now assigned to someone else.
        branch = f"SELECT {columns} FROM deadlines WHERE {{who}} = ? AND due <= ?{where_district} ORDER BY due LIMIT ?"
        extra = [district] if district is not None else []
        mine, registered = branch.format(who="assigned_to"), branch.format(who="created_by")
        inner = f"SELECT * FROM ({mine}) UNION SELECT * FROM ({registered})"
        args: list = [assigned_to, until, *extra, limit, assigned_to, until, *extra, limit]
    elif district is not None:
        inner = f"SELECT {columns} FROM deadlines WHERE district = ? AND due <= ? ORDER BY due LIMIT ?"
        args = [district, until, limit]
    else:
        inner = f"SELECT {columns} FROM deadlines WHERE due <= ? ORDER BY due LIMIT ?"
        args = [until, limit]
    sql = (
        f"SELECT d.case_id, d.what, d.item_id, d.due, d.district, c.surname, c.given_name FROM ({inner}) d "
        "JOIN cases c ON c.id = d.case_id ORDER BY d.due, d.case_id LIMIT ?"
    )
    args.append(limit)
    return [
        {"case_id": c, "what": w, "item_id": i or None, "due": d, "district": dist, "surname": s, "given_name": g}
        for c, w, i, d, dist, s, g in conn.execute(sql, args)
    ]
