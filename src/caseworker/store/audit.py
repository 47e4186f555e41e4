"""The device's audit log: an append-only SHA-256 hash chain, verified on demand.

Each entry's hash covers the previous hash and the entry's canonical JSON; the head
(last seq and hash) is also kept in `meta`, so removing the newest entries is caught too.
Entries name records by id; `detail` holds counts and field names, never a child's data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from caseworker.store import meta
from caseworker.store.db import Connection

GENESIS = "0" * 64
# One encoder object: json.dumps would rebuild it for each of 100,000 entries of a bulk import.
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode


@dataclass(frozen=True)
class Entry:
    actor: str | None
    action: str
    record: str | None = None
    detail: dict[str, Any] | None = None


def _hash(prev: str, seq: int, device: str, stamp: int, at: str, actor, action, record, detail: str) -> str:
    body = _JSON([seq, device, stamp, at, actor, action, record, detail])
    return hashlib.sha256(f"{prev}\n{body}".encode()).hexdigest()


def append(conn: Connection, device: str, stamp: int, entries: Iterable[Entry]) -> None:
    """Appends entries in order; call inside the transaction that made the change."""
    seq, prev = head(conn)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for e in entries:
        seq += 1
        detail = _JSON(e.detail) if e.detail else "{}"
        h = _hash(prev, seq, device, stamp, at, e.actor, e.action, e.record, detail)
        rows.append((seq, device, stamp, at, e.actor, e.action, e.record, detail, prev, h))
        prev = h
    if rows:
        conn.executemany("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        meta.put(conn, "audit_head", f"{seq}:{prev}")


def head(conn: Connection) -> tuple[int, str]:
    value = meta.get(conn, "audit_head")
    if not value:
        return 0, GENESIS
    seq, h = value.split(":", 1)
    return int(seq), h


def verify(conn: Connection) -> tuple[int | None, int]:
    """Returns (first broken seq or None, number of entries checked)."""
    prev, expected_seq, count = GENESIS, 1, 0
    for row in conn.execute("SELECT * FROM audit ORDER BY seq"):
        seq, device, stamp, at, actor, action, record, detail, stored_prev, stored_hash = row
        if seq != expected_seq or stored_prev != prev:
            return expected_seq if seq != expected_seq else seq, count
        if _hash(prev, seq, device, stamp, at, actor, action, record, detail) != stored_hash:
            return seq, count
        prev, expected_seq, count = stored_hash, seq + 1, count + 1
    head_seq, head_hash = head(conn)
    if (head_seq, head_hash) != (count, prev if count else GENESIS):
        # Entries after the last one present were removed, or the head was tampered with.
        return count + 1, count
    return None, count


def entries_for(conn: Connection, record: str) -> list[dict]:
    rows = conn.execute(
        "SELECT seq, at, actor, action, detail FROM audit WHERE record = ? ORDER BY seq", (record,)
    ).fetchall()
    return [
        {"seq": s, "at": at, "actor": actor, "action": action, "detail": json.loads(d)}
        for s, at, actor, action, d in rows
    ]
