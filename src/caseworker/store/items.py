"""Case items (family members, documents, consents, goals, referrals, visits, notes,
attachments, tracing and disclosure requests): one row each, with per-field clocks."""

from __future__ import annotations

import json
from collections.abc import Sequence

from caseworker.store import clocks
from caseworker.store.db import Connection

COLUMNS = ("id", "case_id", "kind", "origin", "deleted", "data", "clocks", "changed")


def encode_data(data: dict) -> str:
    """An item's data as stored (every machine writes the same bytes)."""
    return _dumps(data)


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _decode(row: Sequence) -> dict:
    item = dict(zip(COLUMNS, row, strict=True))
    item["deleted"] = bool(item["deleted"])
    item["data"] = json.loads(item["data"])
    return item


def insert(conn: Connection, item_id: str, case_id: str, kind: str, data: dict, device: str, stamp: int) -> None:
    conn.execute(
        f"INSERT INTO case_items ({', '.join(COLUMNS)}, n) VALUES (?, ?, ?, ?, 0, ?, ?, ?, "
        "(SELECT coalesce(max(n), 0) + 1 FROM case_items))",
        (item_id, case_id, kind, device, _dumps(data), clocks.dumps(clocks.created(device, stamp)), stamp),
    )


def get(conn: Connection, item_id: str) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM case_items WHERE id = ?", (item_id,)).fetchone()
    return _decode(row) if row else None


def of_case(conn: Connection, case_id: str, include_deleted: bool = False) -> list[dict]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM case_items WHERE case_id = ?"
    if not include_deleted:
        sql += " AND deleted = 0"
    return [_decode(r) for r in conn.execute(sql + " ORDER BY n", (case_id,))]


def update(conn: Connection, item_id: str, data: dict, device: str, stamp: int) -> list[str]:
    """Replaces the item's data; the fields whose value changed get a new clock entry."""
    current = get(conn, item_id)
    old = current["data"]
    changed = sorted(f for f in set(old) | set(data) if old.get(f) != data.get(f))
    if not changed:
        return []
    new_clocks = clocks.edited(clocks.loads(current["clocks"]), changed, device, stamp, clocks.floor(conn))
    conn.execute(
        "UPDATE case_items SET data = ?, clocks = ?, changed = ? WHERE id = ?",
        (_dumps(data), clocks.dumps(new_clocks), stamp, item_id),
    )
    return changed


def tombstone(conn: Connection, item_id: str, device: str, stamp: int) -> None:
    current = get(conn, item_id)
    fields = [*current["data"], clocks.DELETED]
    new_clocks = clocks.edited(clocks.loads(current["clocks"]), fields, device, stamp, clocks.floor(conn))
    conn.execute(
        "UPDATE case_items SET deleted = 1, data = '{}', clocks = ?, changed = ? WHERE id = ?",
        (clocks.dumps(new_clocks), stamp, item_id),
    )


def store_blob(conn: Connection, sha256: str, data: bytes) -> None:
    conn.execute("INSERT OR IGNORE INTO attachment_blobs (sha256, data) VALUES (?, ?)", (sha256, data))


def blob(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT data FROM attachment_blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def has_blob(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM attachment_blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None
