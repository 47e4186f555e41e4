"""Case rows: insert, read, edit field by field, and tombstone, each with its field clocks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseworker.domain.case import CASE_FIELDS, JSON_FIELDS
from caseworker.domain.deadlines import What
from caseworker.store import clocks, due_rows, search, settings
from caseworker.store.db import Connection

COLUMNS = ("n", "id", "origin", "deleted", *CASE_FIELDS, "clocks", "changed")
_INSERT = f"INSERT INTO cases ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_JSON_POSITIONS = [i for i, f in enumerate(CASE_FIELDS) if f in JSON_FIELDS]
_LISTS = frozenset({"other_names", "languages", "follow_ups_done"})
VISIT_CODE = due_rows.CODES[What.VISIT]
# Rows are written in batches, so a bulk registration never holds every row tuple at once.
_BATCH = 5000


def encode_values(values: dict) -> list:
    """Every case field's value as stored, in CASE_FIELDS order (a missing one is None): only the
    few JSON fields are encoded, which matters at 10,000 cases a bundle."""
    row = [values.get(f) for f in CASE_FIELDS]
    for i in _JSON_POSITIONS:
        row[i] = _encode(CASE_FIELDS[i], row[i])
    return row


def _encode(field: str, value: Any) -> Any:
    if field not in JSON_FIELDS or value is None:
        return value
    if value == []:
        return "[]"  # most cases have no other names, languages or follow-ups yet
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode_row(row: Sequence) -> dict:
    """A row read with COLUMNS, as `get` returns it."""
    return _decode(row)


def _decode(row: Sequence) -> dict:
    record = dict(zip(COLUMNS, row, strict=True))
    record["deleted"] = bool(record["deleted"])
    for field in JSON_FIELDS:
        text = record[field]
        record[field] = json.loads(text) if text else ([] if field in _LISTS else None)
    return record


def insert(conn: Connection, cases: Sequence[tuple[str, dict]], device: str, stamp: int) -> None:
    """Inserts new cases [(id, values)] created on `device`; values cover CASE_FIELDS."""
    rows, terms, due = [], [], []
    rules = settings.load(conn)
    created = clocks.dumps(clocks.created(device, stamp))
    # Row numbers are given here, so the name index rows can be written in one batch too.
    first = conn.execute("SELECT coalesce(max(n), 0) + 1 FROM cases").fetchone()[0]
    for n, (case_id, values) in enumerate(cases, start=first):
        row = encode_values(values)
        rows.append((n, case_id, device, 0, *row, created, stamp))
        strings = search.name_strings(
            values["surname"], values["given_name"], values.get("patronymic"), values.get("other_names")
        )
        terms.append((n, search.index_text(strings)))
        # A new case has no items yet: its deadlines follow from its own fields.
        due += due_rows.rows(n, values, [], rules)
        if len(rows) >= _BATCH:
            _write(conn, rows, terms, due)
            rows, terms, due = [], [], []
    _write(conn, rows, terms, due)


def _write(conn: Connection, rows: list, terms: list, due: list) -> None:
    conn.executemany(_INSERT, rows)
    search.index_rows(conn, terms)
    conn.executemany(due_rows.INSERT, due)


def get(conn: Connection, case_id: str) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM cases WHERE id = ?", (case_id,)).fetchone()
    return _decode(row) if row else None


def visible(record: dict, user_id: str | None) -> bool:
    return user_id is None or user_id in (record["assigned_to"], record["created_by"])


def list_(conn: Connection, visible_to: str | None, include_deleted: bool = False) -> list[dict]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM cases WHERE 1"
    args: list = []
    if not include_deleted:
        sql += " AND deleted = 0"
    if visible_to is not None:
        sql += " AND (assigned_to = ? OR created_by = ?)"
        args += [visible_to, visible_to]
    sql += " ORDER BY surname, given_name, id"
    return [_decode(r) for r in conn.execute(sql, args)]


def update(conn: Connection, case_id: str, changes: dict, device: str, stamp: int) -> list[str]:
    """Writes the fields whose value differs; returns their names (an unchanged save is no edit)."""
    current = get(conn, case_id)
    changed = [f for f, v in changes.items() if current[f] != v]
    if not changed:
        return []
    new_clocks = clocks.edited(clocks.loads(current["clocks"]), changed, device, stamp, clocks.floor(conn))
    sets = ", ".join(f"{f} = ?" for f in changed)
    conn.execute(
        f"UPDATE cases SET {sets}, clocks = ?, changed = ? WHERE id = ?",
        [*(_encode(f, changes[f]) for f in changed), clocks.dumps(new_clocks), stamp, case_id],
    )
    if changed and {"surname", "given_name", "patronymic", "other_names"} & set(changed):
        merged = {**current, **changes}
        search.reindex_case(
            conn,
            current["n"],
            search.name_strings(merged["surname"], merged["given_name"], merged["patronymic"], merged["other_names"]),
        )
    return changed


def tombstone(conn: Connection, case_id: str, device: str, stamp: int) -> None:
    """Deletes the content, keeping only id, clocks and the deletion (DESIGN.md §4)."""
    current = get(conn, case_id)
    new_clocks = clocks.edited(clocks.loads(current["clocks"]), [*CASE_FIELDS, clocks.DELETED], device, stamp,
                               clocks.floor(conn))
    sets = ", ".join(f"{f} = NULL" for f in CASE_FIELDS)
    conn.execute(
        f"UPDATE cases SET deleted = 1, {sets}, clocks = ?, changed = ? WHERE id = ?",
        (clocks.dumps(new_clocks), stamp, case_id),
    )
    search.unindex(conn, current["n"])


def siblings(conn: Connection, group: str, visible_to: str | None) -> list[dict]:
    """The live cases of a sibling group that `visible_to` may see (None: all)."""
    sql = (
        "SELECT id, surname, given_name, district, assigned_to, created_by FROM cases "
        "WHERE sibling_group = ? AND deleted = 0"
    )
    return [
        {"id": i, "surname": s, "given_name": g, "district": d}
        for i, s, g, d, a, c in conn.execute(sql, (group,))
        if visible_to is None or visible_to in (a, c)
    ]


LIST_COLUMNS = ("id", "surname", "given_name", "patronymic", "sex", "birth_date", "birth_year", "district", "risk",
                "status", "assigned_to", "supervisor", "initial_assessment_done", "best_interests_done",
                "plan_approved", "follow_ups_done")
# How the list may be ordered: each reads the covering `cases_list` index alone (schema 6).
ORDERS = {
    "name": "surname, given_name, id",
    "district": "district, surname, given_name, id",
    "born": "birth_year, surname, given_name, id",
    "risk": "CASE risk WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, surname, given_name, id",
}


@dataclass(frozen=True)
class ListFilter:
    """Which cases the list shows; every condition is answered by the `cases_list` index, and
    "overdue" by the deadlines' due index."""

    visible_to: str | None = None  # a caseworker's scope: assigned to or created by
    assigned_to: str | None = None  # "mine"
    status: str | None = None  # "open" or "closed"
    risk: str | None = None
    overdue_before: int | None = None  # Unix seconds: a deadline earlier than this is overdue
    order: str = "name"
    descending: bool = False


def ordered_ids(conn: Connection, f: ListFilter = ListFilter()) -> list[str]:
    """Every case id the filter lets through, in list order, read from indexes alone."""
    where, args = ["deleted = 0"], []
    if f.visible_to is not None:
        where.append("(assigned_to = ? OR created_by = ?)")
        args += [f.visible_to, f.visible_to]
    for column in ("assigned_to", "status", "risk"):
        value = getattr(f, column)
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if f.overdue_before is not None:
        where.append("n IN (SELECT case_n FROM deadlines WHERE due < ?)")
        args.append(f.overdue_before)
    order = ORDERS[f.order]
    if f.descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    sql = f"SELECT id FROM cases INDEXED BY cases_list WHERE {' AND '.join(where)} ORDER BY {order}"
    return [r[0] for r in conn.execute(sql, args)]


def list_marks(conn: Connection, ids: list[str]) -> dict[str, tuple[int | None, int | None]]:
    """For each case: when its next visit is due and its earliest deadline (Unix seconds)."""
    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT c.id, MIN(CASE WHEN d.what = {VISIT_CODE} THEN d.due END), MIN(d.due) "
        f"FROM cases c JOIN deadlines d ON d.case_n = c.n WHERE c.id IN ({marks}) GROUP BY c.id"
    )
    return {row[0]: (row[1], row[2]) for row in conn.execute(sql, ids)}


def rows_by_id(conn: Connection, ids: list[str]) -> list[dict]:
    """The list columns of the given cases, in the order given."""
    marks = ",".join("?" * len(ids))
    found = {
        row[0]: dict(zip(LIST_COLUMNS, row, strict=True))
        for row in conn.execute(f"SELECT {', '.join(LIST_COLUMNS)} FROM cases WHERE id IN ({marks})", ids)
    }
    for row in found.values():
        row["follow_ups_done"] = json.loads(row["follow_ups_done"]) if row["follow_ups_done"] else []
    return [found[i] for i in ids if i in found]
