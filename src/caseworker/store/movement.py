"""Where a case lives (docs/sync.md): accounts of other workspaces, which device holds which case
at the office, and on a laptop the cases that left it, purged once the office has them."""

from __future__ import annotations

import json
from collections.abc import Iterable

from caseworker.domain.clock import Order, compare
from caseworker.store import clocks, search
from caseworker.store.db import Connection

# -- accounts of other workspaces ---------------------------------------------------------------


def keep_accounts(conn: Connection, device: str, accounts: Iterable[dict]) -> None:
    """Accounts as another workspace sent them; this workspace's own never (they are in users)."""
    own = {r[0] for r in conn.execute("SELECT id FROM users")}
    conn.executemany(
        "INSERT INTO accounts_elsewhere (id, device, name, roles, deleted) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET device = excluded.device, name = excluded.name, roles = excluded.roles, "
        # Disabled stays disabled (the office's decision holds against an older record).
        "deleted = max(accounts_elsewhere.deleted, excluded.deleted)",
        [(a["id"], device if a.get("device") is None else a["device"], a["name"], json.dumps(sorted(a["roles"])),
          int(a["deleted"])) for a in accounts if a["id"] not in own],
    )


def accounts(conn: Connection, device: str | None = None) -> list[dict]:
    sql, args = "SELECT id, device, name, roles, deleted FROM accounts_elsewhere", []
    if device is not None:
        sql, args = sql + " WHERE device = ?", [device]
    return [{"id": i, "device": d, "name": n, "roles": json.loads(r), "deleted": bool(x)}
            for i, d, n, r, x in conn.execute(sql + " ORDER BY name", args)]


def disable_elsewhere(conn: Connection, account_id: str) -> None:
    conn.execute("UPDATE accounts_elsewhere SET deleted = 1 WHERE id = ?", (account_id,))


def account_by_name(conn: Connection, name: str) -> dict | None:
    row = conn.execute("SELECT id, name, roles FROM accounts_elsewhere WHERE name = ? AND deleted = 0",
                       (name,)).fetchone()
    return {"id": row[0], "name": row[1], "roles": json.loads(row[2])} if row else None


def own_accounts(conn: Connection) -> list[dict]:
    """This workspace's accounts as they travel: id, name and roles; never a password or a key."""
    return [{"id": i, "name": n, "roles": json.loads(r), "deleted": bool(d)}
            for i, n, r, d in conn.execute("SELECT id, name, roles, deleted FROM users ORDER BY id")]


# -- the office: which device holds which case --------------------------------------------------

# A device holds the open cases assigned to one of its accounts; a closed or deleted case, or
# one assigned elsewhere, leaves it.
_TARGETS = (
    "SELECT id FROM cases WHERE deleted = 0 AND status IS NOT 'closed' AND assigned_to IN "
    "(SELECT id FROM accounts_elsewhere WHERE device = ? AND deleted = 0)"
)


def held_by(conn: Connection, device: str, case_ids: Iterable[str]) -> None:
    """The cases a device sent: it holds them already, so they are not sent back whole."""
    conn.executemany("INSERT OR IGNORE INTO routes (device_id, case_id, added) VALUES (?, ?, 0)",
                     [(device, c) for c in case_ids])


def route(conn: Connection, device: str, stamp: int) -> None:
    """Before a return bundle: cases newly the device's are marked to go whole (added = stamp);
    cases no longer its are marked to go once more, with what moved them (left_at = stamp)."""
    conn.execute(
        f"INSERT INTO routes (device_id, case_id, added) SELECT ?, id, ? FROM ({_TARGETS}) WHERE true "
        "ON CONFLICT (device_id, case_id) DO UPDATE SET added = excluded.added, left_at = NULL "
        "WHERE left_at IS NOT NULL",
        (device, stamp, device),
    )
    conn.execute(
        f"UPDATE routes SET left_at = ? WHERE device_id = ? AND left_at IS NULL AND case_id NOT IN ({_TARGETS})",
        (stamp, device, device),
    )


# -- a laptop: cases that leave ------------------------------------------------------------------


def leaving(conn: Connection) -> list[str]:
    """Cases this laptop holds that are no longer its: closed, deleted, or assigned to an account
    that is not one of this workspace's."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM cases WHERE deleted = 1 OR status = 'closed' OR assigned_to IS NULL OR "
        "assigned_to NOT IN (SELECT id FROM users WHERE deleted = 0)"
    )]


def office_has(conn: Connection, case_id: str, acknowledged: int) -> bool:
    """Whether nothing of the case was changed here after what the office acknowledged."""
    row = conn.execute(
        "SELECT max(m) FROM (SELECT changed AS m FROM cases WHERE id = ? UNION ALL "
        "SELECT max(changed) FROM case_items WHERE case_id = ? UNION ALL "
        "SELECT max(changed) FROM conflicts WHERE record_id = ? OR record_id IN "
        "(SELECT id FROM case_items WHERE case_id = ?))",
        (case_id, case_id, case_id, case_id),
    ).fetchone()
    return (row[0] or 0) <= acknowledged


def depart(conn: Connection, case_id: str) -> None:
    """The case leaves this laptop: every row of it goes (not a tombstone, which would travel as a
    deletion); its clocks stay, content-free, so an older copy cannot bring it back."""
    row = conn.execute("SELECT n, clocks FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return
    n, case_clocks = row
    hashes = [r[0] for r in conn.execute(
        "SELECT json_extract(data, '$.sha256') FROM case_items WHERE case_id = ? AND kind = 'attachment'",
        (case_id,))]
    conn.execute("DELETE FROM conflicts WHERE record_id = ? OR record_id IN "
                 "(SELECT id FROM case_items WHERE case_id = ?)", (case_id, case_id))
    conn.execute("DELETE FROM case_items WHERE case_id = ?", (case_id,))
    for digest in hashes:
        if digest and not conn.execute("SELECT 1 FROM case_items WHERE kind = 'attachment' AND "
                                       "json_extract(data, '$.sha256') = ?", (digest,)).fetchone():
            conn.execute("DELETE FROM attachment_blobs WHERE sha256 = ?", (digest,))
    conn.execute("DELETE FROM deadlines WHERE case_n = ?", (n,))
    conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))
    search.unindex(conn, n)
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    conn.execute("INSERT OR REPLACE INTO departed (case_id, clocks) VALUES (?, ?)", (case_id, case_clocks))


def stale(conn: Connection, case_id: str, remote_clocks: dict) -> bool:
    """Whether a received copy of a case that left is one this laptop had already seen."""
    row = conn.execute("SELECT clocks FROM departed WHERE case_id = ?", (case_id,)).fetchone()
    if row is None:
        return False
    held = clocks.loads(row[0])
    for name, entry in remote_clocks.items():
        mine = held.get(name)
        if mine is None or compare(entry[0], mine[0]) not in (Order.BEFORE, Order.EQUAL):
            return False
    return True


def returned(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM departed WHERE case_id = ?", (case_id,))
