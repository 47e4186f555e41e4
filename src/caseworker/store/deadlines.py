"""The derived `deadlines` table: rebuilt for a case whenever it or its items change."""

from __future__ import annotations

from caseworker.store import cases, due_rows, items, settings
from caseworker.store.db import Connection


def rebuild_case(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM deadlines WHERE case_id = ?", (case_id,))
    case = cases.get(conn, case_id)
    if case is None or case["deleted"]:
        return
    live = [(i["id"], i["kind"], i["data"]) for i in items.of_case(conn, case_id)]
    conn.executemany(due_rows.INSERT, due_rows.rows(case_id, case, live, settings.load(conn)))


def rebuild_all(conn: Connection) -> None:
    conn.execute("DELETE FROM deadlines")
    for (case_id,) in conn.execute("SELECT id FROM cases WHERE deleted = 0").fetchall():
        rebuild_case(conn, case_id)


def due(
    conn: Connection, until: str, assigned_to: str | None, district: str | None, limit: int
) -> list[dict]:
    """Deadlines up to `until`, soonest first: of the cases assigned to `assigned_to` when
    given (a deadline is the assigned caseworker's to meet), of a district, or of all.

    Each query reads one index in due order and stops at `limit`, so the answer costs the
    same for a caseworker with 50 cases as for an office with 100,000.
    """
    columns = "case_id, what, item_id, due, district"
    if assigned_to is not None:
        inner = f"SELECT {columns} FROM deadlines WHERE assigned_to = ? AND due <= ?"
        args: list = [assigned_to, due_rows.to_seconds(until)]
        if district is not None:
            inner += " AND district = ?"
            args.append(district)
    elif district is not None:
        inner = f"SELECT {columns} FROM deadlines WHERE district = ? AND due <= ?"
        args = [district, due_rows.to_seconds(until)]
    else:
        inner = f"SELECT {columns} FROM deadlines WHERE due <= ?"
        args = [due_rows.to_seconds(until)]
    sql = (
        f"SELECT d.case_id, d.what, d.item_id, d.due, d.district, c.surname, c.given_name "
        f"FROM ({inner} ORDER BY due LIMIT ?) d JOIN cases c ON c.id = d.case_id ORDER BY d.due, d.case_id"
    )
    args.append(limit)
    return [
        {"case_id": c, "what": w, "item_id": i or None, "due": due_rows.to_moment(d), "district": dist,
         "surname": s, "given_name": g}
        for c, w, i, d, dist, s, g in conn.execute(sql, args)
    ]
