"""What travels in a bundle of the stored records, and how a received record merges in.

A record carries its id, origin, tombstone flag, values and per-field clocks exactly as
stored. Merging is field by field (DESIGN.md section 4, domain/clock.py): a value whose
vector has seen the local one replaces it; a concurrent one is decided the same way on every
machine and the losing value is kept as a conflict; a deletion concurrent with an edit is a
conflict, never a silent revival. Derived rows (name index, deadlines) follow the result.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from caseworker.domain.case import CASE_FIELDS
from caseworker.domain.clock import FieldValue, Outcome, merge_field
from caseworker.store import cases, clocks, deadlines, due_rows, items, movement, search, settings
from caseworker.store.db import Connection

CASE = "case"
ITEM = "item"
CONFLICT = "conflict"
BLOB = "blob"
CONFLICT_COLUMNS = ("id", "record_kind", "record_id", "field", "kept", "lost", "found_at", "resolved_at",
                    "resolved_by")


class Unapplicable(ValueError):
    """A record that cannot be applied here: an entry of a case that is not here, or an
    attachment whose bytes never came (or are not the size it says)."""


@dataclass
class Applied:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    rules: object = None  # the office's settings, read once per bundle for the deadlines
    next_case_n: int = 0  # row numbers for new cases, counted here instead of per insert
    # On a laptop reading the office's bundle: the stamp of what the office acknowledged. A
    # record that ends up exactly as the office sent it is stamped with it, so it is not sent
    # back, and it shows the office has it (a case that left may go). None at the office.
    quiet: int | None = None
    skipped_cases: set[str] = field(default_factory=set)  # cases that left and came late
    # New cases are written in batches (one executemany each for the rows, the name index and
    # the deadlines), flushed before anything that may read them.
    pending: dict[str, tuple] = field(default_factory=dict)
    pending_index: list[tuple] = field(default_factory=list)
    pending_due: list[tuple] = field(default_factory=list)
    # At the office, reading a laptop's bundle: what that laptop may say (sync/authority.py),
    # asked about each case, entry and conflict as it meets the office's own copy.
    guard: object = None
    # At the office: where the laptop's audit log forked from the office's copy of it.
    forked: list = field(default_factory=list)

    def flush(self, conn: Connection) -> None:
        if not self.pending:
            return
        columns = ("n", "id", "origin", "deleted", *CASE_FIELDS, "clocks", "changed")
        conn.executemany(f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         list(self.pending.values()))
        search.index_rows(conn, self.pending_index)
        conn.executemany(due_rows.INSERT, self.pending_due)
        self.pending.clear()
        self.pending_index.clear()
        self.pending_due.clear()

    def stamp(self, merged_clocks: dict, remote_clocks: dict, stamp: int) -> int:
        return self.quiet if self.quiet is not None and merged_clocks == remote_clocks else stamp

    def settings(self, conn: Connection):
        if self.rules is None:
            self.rules = settings.load(conn)
        return self.rules


def _case_values(row: dict) -> dict:
    return {f: row[f] for f in CASE_FIELDS}


# The office sends a device the cases routed to it (store/movement.py): those changed since its
# last bundle, those newly its whole, and those that left it once more, with what moved them.
_ROUTED_CASE = ("SELECT case_id FROM routes WHERE device_id = :device AND "
                "(left_at IS NULL OR left_at > :since)")
_ROUTED_WHOLE = ("SELECT case_id FROM routes WHERE device_id = :device AND left_at IS NULL AND "
                 "(added > :since)")
_ROUTED_HELD = "SELECT case_id FROM routes WHERE device_id = :device AND left_at IS NULL"


def changed_since(conn: Connection, stamp: int, device: str | None = None) -> Iterator[dict]:
    """Every case and item changed after `stamp` (tombstones included), cases first; with
    `device` (the office writing to a laptop), only what is routed to that device."""
    args = {"since": stamp, "device": device}
    if device is None:
        case_where = "changed > :since"
        item_where = "changed > :since"
        conflict_where = "changed > :since"
    else:
        case_where = (f"(changed > :since AND id IN ({_ROUTED_CASE})) OR id IN ({_ROUTED_WHOLE}) OR id IN "
                      "(SELECT case_id FROM routes WHERE device_id = :device AND left_at > :since)")
        item_where = f"(changed > :since AND case_id IN ({_ROUTED_HELD})) OR case_id IN ({_ROUTED_WHOLE})"
        conflict_where = (f"(changed > :since AND (record_id IN ({_ROUTED_HELD}) OR record_id IN "
                          f"(SELECT id FROM case_items WHERE case_id IN ({_ROUTED_HELD})))) OR record_id IN "
                          f"({_ROUTED_WHOLE}) OR record_id IN (SELECT id FROM case_items WHERE case_id IN "
                          f"({_ROUTED_WHOLE}))")
    # One read each, streamed row by row: never one query per record.
    sql = f"SELECT {', '.join(cases.COLUMNS)} FROM cases WHERE {case_where} ORDER BY n"
    for raw in conn.execute(sql, args).fetchall():
        row = cases.decode_row(raw)
        yield {"t": CASE, "id": row["id"], "origin": row["origin"], "deleted": bool(row["deleted"]),
               "fields": _case_values(row), "clocks": clocks.loads(row["clocks"])}
    sent = set()  # a file two entries name (one scan for two siblings) travels once
    for (item_id,) in conn.execute(f"SELECT id FROM case_items WHERE {item_where} ORDER BY n", args).fetchall():
        row = items.get(conn, item_id)
        if row["kind"] == "attachment" and not row["deleted"] and row["data"].get("sha256") not in sent:
            # The file's bytes travel before the entry that names them (stored by content hash).
            data = items.blob(conn, row["data"].get("sha256", ""))
            if data is not None:
                sent.add(row["data"]["sha256"])
                yield {"t": BLOB, "sha256": row["data"]["sha256"], "data": base64.b64encode(data).decode()}
        yield {"t": ITEM, "id": row["id"], "case_id": row["case_id"], "kind": row["kind"], "origin": row["origin"],
               "deleted": row["deleted"], "fields": row["data"], "clocks": clocks.loads(row["clocks"])}
    # Conflicts travel too: whichever machine found one, the supervisor at the office sees it,
    # and a resolution reaches every machine.
    sql = f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM conflicts WHERE {conflict_where} ORDER BY id"
    for row in conn.execute(sql, args).fetchall():
        yield {"t": CONFLICT, **dict(zip(CONFLICT_COLUMNS, row, strict=True))}


def latest_change(conn: Connection, device: str | None = None) -> int:
    """The newest change stamp; with `device`, of what is routed to that device (routing itself
    included)."""
    if device is None:
        row = conn.execute(
            "SELECT max(m) FROM (SELECT max(changed) AS m FROM cases UNION ALL SELECT max(changed) FROM case_items "
            "UNION ALL SELECT max(changed) FROM conflicts)"
        ).fetchone()
        return row[0] or 0
    args = {"device": device, "since": 0}
    row = conn.execute(
        f"SELECT max(m) FROM (SELECT max(changed) AS m FROM cases WHERE id IN ({_ROUTED_HELD}) UNION ALL "
        f"SELECT max(changed) FROM case_items WHERE case_id IN ({_ROUTED_HELD}) UNION ALL "
        f"SELECT max(changed) FROM conflicts WHERE record_id IN ({_ROUTED_HELD}) OR record_id IN "
        f"(SELECT id FROM case_items WHERE case_id IN ({_ROUTED_HELD})) UNION ALL "
        "SELECT max(max(added), coalesce(max(left_at), 0)) FROM routes WHERE device_id = :device)",
        args,
    ).fetchone()
    return row[0] or 0


def acknowledgement(conn: Connection, sender: str) -> dict:
    """What the office has of a device's bundles: the highest sequence below which none is
    missing, and the sequences missing below the highest one seen."""
    seen = sorted(r[0] for r in conn.execute("SELECT sequence FROM bundles_in WHERE sender = ?", (sender,)))
    contiguous = 0
    for n in seen:
        if n == contiguous + 1:
            contiguous = n
        elif n > contiguous + 1:
            break
    missing = sorted(set(range(1, (seen[-1] if seen else 0) + 1)) - set(seen))
    ack = {"contiguous": contiguous, "missing": missing}
    if seen:  # when the newest one arrived, by this side's clock: the other side compares clocks with it
        ack["latest"] = seen[-1]
        ack["latest_at"] = conn.execute("SELECT imported_at FROM bundles_in WHERE sender = ? AND sequence = ?",
                                        (sender, seen[-1])).fetchone()[0]
    return ack


def _merge(record_id: str, names: set[str], local: dict, local_clocks: dict, remote: dict, remote_clocks: dict,
           local_deleted: bool, remote_deleted: bool) -> tuple[dict, dict, bool, list]:
    """Field by field; the tombstone is the pseudo-field `_deleted`. Returns the merged values,
    clocks and deletion, and the conflicts [(field, kept, lost, id)]."""
    values, new_clocks, found = dict(local), dict(local_clocks), []
    for name in sorted(names | {clocks.DELETED}):
        if name == clocks.DELETED:
            mine, theirs = local_deleted, remote_deleted
        else:
            mine, theirs = local.get(name), remote.get(name)
        lv = FieldValue(mine, *clocks.of(local_clocks, name))
        rv = FieldValue(theirs, *clocks.of(remote_clocks, name))
        merged = merge_field(record_id, name, lv, rv)
        if merged.outcome is Outcome.KEEP_LOCAL:
            continue
        if name == clocks.DELETED:
            local_deleted = bool(merged.value.value)
        else:
            values[name] = merged.value.value
        new_clocks[name] = [dict(merged.value.vector), merged.value.stamp, merged.value.device]
        if merged.outcome is Outcome.CONFLICT:
            found.append((name, merged.value, merged.loser, merged.conflict_id))
    return values, new_clocks, local_deleted, found


def _keep_conflicts(conn: Connection, kind: str, record_id: str, found: list, stamp: int) -> list[str]:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    ids = []
    for name, kept, lost, conflict_id in found:
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, record_kind, record_id, field, kept, lost, found_at, changed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (conflict_id, kind, record_id, name, kept.canonical().decode(), lost.canonical().decode(), now, stamp),
        )
        ids.append(conflict_id)
    return ids


def apply_conflict(conn: Connection, record: dict, stamp: int, applied: Applied) -> None:
    """A conflict found elsewhere is recorded once (its id is the same everywhere); a resolution
    made elsewhere resolves it here too."""
    applied.flush(conn)
    if applied.guard is not None:
        applied.guard.conflict(record, json.loads(record["kept"]), json.loads(record["lost"]))
    if applied.quiet is not None:
        # On a laptop, as received from the office (which has it); not for a case that left.
        stamp = applied.quiet
        table = "cases" if record["record_kind"] == CASE else "case_items"
        if not conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record["record_id"],)).fetchone():
            return
    local = conn.execute("SELECT resolved_at FROM conflicts WHERE id = ?", (record["id"],)).fetchone()
    if local is None:
        conn.execute(
            f"INSERT INTO conflicts ({', '.join(CONFLICT_COLUMNS)}, changed) "
            f"VALUES ({', '.join('?' * len(CONFLICT_COLUMNS))}, ?)",
            (*(record[c] for c in CONFLICT_COLUMNS), stamp),
        )
        applied.conflicts.append(record["id"])
    elif local[0] is None and record["resolved_at"]:
        conn.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, changed = ? WHERE id = ?",
                     (record["resolved_at"], record["resolved_by"], stamp, record["id"]))


BATCH = 500


def apply_case(conn: Connection, record: dict, stamp: int, applied: Applied) -> None:
    if record["id"] in applied.pending or len(applied.pending) >= BATCH:
        applied.flush(conn)  # the same case twice in one bundle: the second one merges
    local = cases.get(conn, record["id"])
    if applied.guard is not None:
        applied.guard.case(record, local)
    remote_clocks = record["clocks"]
    if local is None:
        if applied.quiet is not None:  # a laptop: a case may have left it
            if movement.stale(conn, record["id"], remote_clocks):
                applied.skipped_cases.add(record["id"])  # this copy is older than the one it left with
                applied.unchanged += 1
                return
            movement.returned(conn, record["id"])
        _insert_case(conn, record, applied.stamp(remote_clocks, remote_clocks, stamp), applied)
        applied.new += 1
        return
    values, new_clocks, deleted, found = _merge(
        record["id"], set(CASE_FIELDS), _case_values(local), clocks.loads(local["clocks"]), record["fields"],
        remote_clocks, bool(local["deleted"]), bool(record["deleted"]),
    )
    if new_clocks == clocks.loads(local["clocks"]):
        applied.unchanged += 1
        return
    if deleted:
        values = {f: None for f in CASE_FIELDS}  # a tombstone keeps no content
    encoded = cases.encode_values(values)
    sets = ", ".join(f"{f} = ?" for f in CASE_FIELDS)
    conn.execute(
        f"UPDATE cases SET {sets}, deleted = ?, clocks = ?, changed = ? WHERE id = ?",
        (*encoded, int(deleted), clocks.dumps(new_clocks), applied.stamp(new_clocks, remote_clocks, stamp),
         record["id"]),
    )
    _derive(conn, local["n"], record["id"], values, deleted, applied)
    applied.changed += 1
    applied.conflicts += _keep_conflicts(conn, CASE, record["id"], found, stamp)


def _insert_case(conn: Connection, record: dict, stamp: int, applied: Applied) -> None:
    values = record["fields"]  # every case field (checked by sync/records.py)
    if not applied.next_case_n:
        applied.next_case_n = conn.execute("SELECT coalesce(max(n), 0) + 1 FROM cases").fetchone()[0]
    n = applied.next_case_n
    applied.next_case_n += 1
    row = (n, record["id"], record["origin"], int(record["deleted"]),
           *cases.encode_values(values), clocks.dumps(record["clocks"]), stamp)
    applied.pending[record["id"]] = row
    if record["deleted"]:
        return
    # A new case: its name index entry and deadlines follow from its own values (its entries,
    # later in the bundle, rebuild the deadlines again), as at registration.
    strings = search.name_strings(values["surname"], values["given_name"], values.get("patronymic"),
                                  values.get("other_names"))
    applied.pending_index.append((n, search.index_text(strings)))
    applied.pending_due.extend(due_rows.rows(n, values, [], applied.settings(conn)))


def _derive(conn: Connection, n: int, case_id: str, values: dict, deleted: bool, applied: Applied) -> None:
    """The name index and the deadlines follow the merged case."""
    if deleted:
        search.unindex(conn, n)
    else:
        strings = search.name_strings(values["surname"], values["given_name"], values.get("patronymic"),
                                      values.get("other_names"))
        search.reindex_case(conn, n, strings)
    deadlines.rebuild_case(conn, case_id, applied.settings(conn))


def apply_item(conn: Connection, record: dict, stamp: int, applied: Applied) -> None:
    applied.flush(conn)
    if record["case_id"] in applied.skipped_cases:
        applied.unchanged += 1
        return
    local = items.get(conn, record["id"])
    if applied.guard is not None:
        applied.guard.item(record, local)
    if local is None:
        if not conn.execute("SELECT 1 FROM cases WHERE id = ?", (record["case_id"],)).fetchone():
            raise Unapplicable("entry of a case that is not here")
        conn.execute(
            "INSERT INTO case_items (id, case_id, kind, origin, deleted, data, clocks, changed, n) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(n), 0) + 1 FROM case_items))",
            (record["id"], record["case_id"], record["kind"], record["origin"], int(record["deleted"]),
             items.encode_data({} if record["deleted"] else record["fields"]),
             clocks.dumps(record["clocks"]), applied.stamp(record["clocks"], record["clocks"], stamp)),
        )
        applied.new += 1
    else:
        names = set(local["data"]) | set(record["fields"])
        values, new_clocks, deleted, found = _merge(
            record["id"], names, local["data"], clocks.loads(local["clocks"]), record["fields"], record["clocks"],
            local["deleted"], bool(record["deleted"]),
        )
        if new_clocks == clocks.loads(local["clocks"]):
            applied.unchanged += 1
            return
        data = {} if deleted else {k: v for k, v in values.items() if v is not None}
        conn.execute(
            "UPDATE case_items SET data = ?, deleted = ?, clocks = ?, changed = ? WHERE id = ?",
            (items.encode_data(data), int(deleted), clocks.dumps(new_clocks),
             applied.stamp(new_clocks, record["clocks"], stamp), record["id"]),
        )
        applied.changed += 1
        applied.conflicts += _keep_conflicts(conn, ITEM, record["id"], found, stamp)
    if record["kind"] == "attachment" and not record["deleted"]:
        _check_attachment(conn, record["id"])
    deadlines.rebuild_case(conn, record["case_id"], applied.settings(conn))


def _check_attachment(conn: Connection, item_id: str) -> None:
    """A live attachment entry names bytes that are here, of the size it says."""
    row = conn.execute(
        "SELECT json_extract(i.data, '$.size'), length(b.data) FROM case_items i LEFT JOIN attachment_blobs b "
        "ON b.sha256 = json_extract(i.data, '$.sha256') WHERE i.id = ? AND i.deleted = 0", (item_id,)).fetchone()
    if row is not None and row[0] != row[1]:
        raise Unapplicable("attachment without its bytes")


def apply_blob(conn: Connection, record: dict) -> None:
    """An attachment's bytes, kept once by their hash (checked by the caller)."""
    items.store_blob(conn, record["sha256"], base64.b64decode(record["data"], validate=True))


def open_conflicts(conn: Connection) -> list[dict]:
    rows = conn.execute(
        "SELECT id, record_kind, record_id, field, kept, lost, found_at FROM conflicts WHERE resolved_at IS NULL "
        "ORDER BY found_at, id"
    ).fetchall()
    out = []
    for cid, kind, rid, name, kept, lost, found in rows:
        out.append({"id": cid, "record_kind": kind, "record_id": rid, "field": name, "found_at": found,
                    "kept": _side(kept), "lost": _side(lost)})
    return out


def _side(text: str) -> dict:
    """One value of a conflict: the value, when and on which device it was written, and an id
    to choose it by."""
    value, _vector, stamp, device = json.loads(text)
    when = dt.datetime.fromtimestamp((stamp >> 16) / 1000, dt.UTC).isoformat(timespec="seconds")
    return {"value_id": hashlib.sha256(text.encode()).hexdigest()[:12], "value": value, "written_at": when,
            "device": device}

