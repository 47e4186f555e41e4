"""The derived `deadlines` table: rebuilt for a case whenever it or its items change."""

from __future__ import annotations

import json

from caseworker.store import cases, due_rows, settings
from caseworker.store.db import Connection


def rebuild_case(conn: Connection, case_id: str, rules=None) -> None:
    """`rules`: the office's settings, when the caller already holds them (an import of
    thousands of cases reads them once)."""
    case = cases.get(conn, case_id)
    if case is None:
        return
    conn.execute("DELETE FROM deadlines WHERE case_n = ?", (case["n"],))
    if case["deleted"]:
        return
    live = [
        (n, kind, json.loads(data))
        for n, kind, data in conn.execute(
            "SELECT n, kind, data FROM case_items WHERE case_id = ? AND deleted = 0 ORDER BY n", (case_id,)
        )
    ]
    conn.executemany(due_rows.INSERT, due_rows.rows(case["n"], case, live, rules or settings.load(conn)))


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
    columns = "case_n, what, item_n, due, district"
    args: list = [due_rows.to_seconds(until)]
    if assigned_to is not None:
        inner = f"SELECT {columns} FROM deadlines WHERE assigned_to = ? AND due <= ?"
        args.insert(0, assigned_to)
        if district is not None:
            inner += " AND district = ?"
            args.append(district)
    elif district is not None:
        inner = f"SELECT {columns} FROM deadlines WHERE district = ? AND due <= ?"
        args.insert(0, district)
    else:
        inner = f"SELECT {columns} FROM deadlines WHERE due <= ?"
    sql = (
        "SELECT c.id, d.what, i.id, d.due, d.district, c.surname, c.given_name "
        f"FROM ({inner} ORDER BY due LIMIT ?) d JOIN cases c ON c.n = d.case_n "
        "LEFT JOIN case_items i ON i.n = d.item_n ORDER BY d.due, c.id"
    )
    args.append(limit)
    return [
        {"case_id": c, "what": due_rows.WHATS[w].value, "item_id": i, "due": due_rows.to_moment(d),
         "district": dist, "surname": s, "given_name": g}
        for c, w, i, d, dist, s, g in conn.execute(sql, args)
    ]
