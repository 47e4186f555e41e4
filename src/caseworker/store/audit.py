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


COLUMNS = ("seq", "device", "stamp", "at", "actor", "action", "record", "detail", "prev", "hash")


def since(conn: Connection, seq: int) -> list[dict]:
    """This device's entries after `seq`, as they travel to the office."""
    return [dict(zip(COLUMNS, row, strict=True))
            for row in conn.execute("SELECT * FROM audit WHERE seq > ? ORDER BY seq", (seq,))]


def entry_holds(entry: dict) -> bool:
    """Whether an entry's hash is the hash of its own content and its predecessor's hash."""
    return _hash(entry["prev"], entry["seq"], entry["device"], entry["stamp"], entry["at"], entry["actor"],
                 entry["action"], entry["record"], entry["detail"]) == entry["hash"]


def keep_remote(conn: Connection, entries: list[dict]) -> list[dict]:
    """At the office: a laptop's entries as its bundle brought them (a re-sent one, the same
    entry, is kept once). Returns the forks found: where an entry the office already holds, at
    the same number, is another one (the laptop restored an older backup and went on), or where
    the first entry does not follow the office's entry before it. A fork is never dropped in
    silence: from its number on, the office's entries give way to the laptop's chain as it is
    now, and each fork (with the entries that gave way, whole) is for the caller to record in
    the office's own chain."""
    if not entries:
        return []
    device, first = entries[0]["device"], entries[0]["seq"]
    forks = []
    before = conn.execute("SELECT hash FROM audit_remote WHERE device = ? AND seq = ?", (device, first - 1)).fetchone()
    if before is not None and before[0] != entries[0]["prev"]:
        forks.append({"device": device, "seq": first - 1, "held": [], "unlinked": True})
    held = {seq: h for seq, h in conn.execute(
        "SELECT seq, hash FROM audit_remote WHERE device = ? AND seq BETWEEN ? AND ?",
        (device, first, entries[-1]["seq"]))}
    differ = next((e["seq"] for e in entries if e["seq"] in held and held[e["seq"]] != e["hash"]), None)
    if differ is not None:
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_remote WHERE device = ? AND seq >= ? "
                            "ORDER BY seq", (device, differ)).fetchall()
        forks.append({"device": device, "seq": differ, "held": [dict(zip(COLUMNS, r, strict=True)) for r in rows],
                      "unlinked": False})
        conn.execute("DELETE FROM audit_remote WHERE device = ? AND seq >= ?", (device, differ))
    conn.executemany(f"INSERT OR IGNORE INTO audit_remote ({', '.join(COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(COLUMNS))})", [tuple(e[c] for c in COLUMNS) for e in entries])
    return forks


def verify_remote(conn: Connection) -> dict[str, tuple[int | None, int]]:
    """Each laptop's chain as held at the office: {device: (first broken or missing seq, entries)}."""
    found: dict[str, tuple[int | None, int]] = {}
    device, prev, expected = None, GENESIS, 1
    for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_remote ORDER BY device, seq"):
        entry = dict(zip(COLUMNS, row, strict=True))
        if entry["device"] != device:
            device, prev, expected = entry["device"], GENESIS, 1
            found[device] = (None, 0)
        broken, count = found[device]
        if broken is not None:
            continue
        if entry["seq"] != expected or entry["prev"] != prev or not entry_holds(entry):
            found[device] = (expected if entry["seq"] != expected else entry["seq"], count)
            continue
        found[device] = (None, count + 1)
        prev, expected = entry["hash"], entry["seq"] + 1
    return found


def entries_for(conn: Connection, record: str) -> list[dict]:
    """What was done to a record, here and (at the office) on the laptops, in time order."""
    rows = conn.execute(
        "SELECT seq, at, actor, action, detail FROM (SELECT seq, at, actor, action, detail, 0 AS elsewhere "
        "FROM audit WHERE record = ? UNION ALL SELECT seq, at, actor, action, detail, 1 FROM audit_remote "
        "WHERE record = ?) ORDER BY at, elsewhere, seq", (record, record)
    ).fetchall()
    return [
        {"seq": s, "at": at, "actor": actor, "action": action, "detail": json.loads(d)}
        for s, at, actor, action, d in rows
    ]


def forks(conn: Connection, device: str) -> list[dict]:
    """Where a device's audit log forked from the office's copy, oldest first (keep_remote)."""
    rows = conn.execute("SELECT at, detail FROM audit WHERE record = ? AND action = 'audit_fork' ORDER BY seq",
                        (device,)).fetchall()
    return [{"at": at, "seq": json.loads(d)["seq"], "gave_way": len(json.loads(d)["gave_way"])} for at, d in rows]


def refusals(conn: Connection, device: str) -> list[dict]:
    """The bundles signed by a device that this workspace refused, oldest first: each the time,
    the refusal code and (for a bundle the device may not have sent) the rule it broke."""
    rows = conn.execute("SELECT at, detail FROM audit WHERE record = ? AND action = 'bundle_refused' ORDER BY seq",
                        (device,)).fetchall()
    found = []
    for at, text in rows:
        detail = json.loads(text)
        found.append({"at": at, "code": detail.get("code"), "rule": detail.get("rule"),
                      "file_sha256": detail.get("file_sha256")})
    return found
