"""Purging a case: no content left in the database file, its free pages or its journal.

Tombstones keep only ids and clocks; attachments go; then the name index is merged so
deleted tokens leave its segments, and VACUUM (with secure_delete on) rewrites the file
so no freed page still holds old bytes; the WAL is checkpointed and truncated.
"""

from __future__ import annotations

from caseworker.store import cases, items
from caseworker.store.db import Connection


def case_row(conn: Connection, case_id: str) -> dict | None:
    row = conn.execute("SELECT status, closed_on, deleted FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None or row[2]:
        return None
    return {"status": row[0], "closed_on": row[1]}


def purge_case(conn: Connection, case_id: str, device: str, stamp: int) -> None:
    hashes = set()
    for item in items.of_case(conn, case_id):
        if item["kind"] == "attachment":
            hashes.add(item["data"].get("sha256"))
        items.tombstone(conn, item["id"], device, stamp)
    for digest in hashes:
        still_used = conn.execute(
            "SELECT 1 FROM case_items WHERE kind = 'attachment' AND deleted = 0 AND json_extract(data, '$.sha256') = ?",
            (digest,),
        ).fetchone()
        if not still_used:
            conn.execute("DELETE FROM attachment_blobs WHERE sha256 = ?", (digest,))
    case = cases.get(conn, case_id)
    if case is not None:
        if not case["deleted"]:
            cases.tombstone(conn, case_id, device, stamp)
        conn.execute("DELETE FROM deadlines WHERE case_n = ?", (case["n"],))
    conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))  # unsaved edits are content too
    # Both values of every conflict of the case and its entries are content too.
    conn.execute("DELETE FROM conflicts WHERE (record_kind = 'case' AND record_id = ?) OR (record_kind = 'item' "
                 "AND record_id IN (SELECT id FROM case_items WHERE case_id = ?))", (case_id, case_id))


def scrub(conn: Connection) -> None:
    """Leaves no deleted content in the file: merge the name index, vacuum, truncate the WAL."""
    conn.execute("INSERT INTO name_index (name_index) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
