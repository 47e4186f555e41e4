"""Where a case lives (docs/sync.md "Where a case lives"): the accounts of other workspaces and
the office's signed directory of them; cases that left a laptop purged there once the office
has them."""

from __future__ import annotations

import hashlib
import json

from caseworker.domain.accounts import Role
from caseworker.store import audit, backup, meta, movement, purge, users
from caseworker.store.db import Connection
from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import canonical, strict_loads

DIRECTORY = "account_directory"  # meta: the office's directory as last issued, or as held on a laptop


def qualified(name: str, serial: int) -> str:
    """How a laptop's account is named at the office: its name and its device's serial number,
    since two laptops may each have a 'karim' (a local account name never holds '@')."""
    return f"{name}@{serial}"


def keep_device_accounts(conn: Connection, device_id: str, records: list[dict]) -> None:
    """At the office: the accounts a laptop sent, named name@serial."""
    row = conn.execute("SELECT serial FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    movement.keep_accounts(conn, device_id, [{**r, "name": qualified(r["name"], row[0])} for r in records])


def directory_document(conn: Connection, office, office_id: str) -> dict:
    """At the office: the signed directory of every account it knows (its own and the laptops'),
    re-issued with a higher version whenever it changes."""
    listed = [{**a, "device": office_id} for a in movement.own_accounts(conn)]
    listed += [{k: a[k] for k in ("id", "name", "roles", "device", "deleted")} for a in movement.accounts(conn)]
    listed.sort(key=lambda a: a["id"])
    digest = hashlib.sha256(canonical(listed)).hexdigest()
    held = json.loads(meta.get(conn, DIRECTORY) or "{}")
    if held.get("digest") != digest:
        held = {"version": held.get("version", 0) + 1, "digest": digest}
        meta.put(conn, DIRECTORY, json.dumps(held))
    return documents.accounts_document(office, office_id, held["version"], listed)


def apply_directory(conn: Connection, document: dict, office_keys, device_id: str, stamp: int) -> bool:
    """On a laptop: a newer directory replaces the one held; an older one (a rollback) is ignored.
    An account of this laptop that the office disabled is disabled here (its password wrap goes
    once the import is committed: accounts.forget_disabled). Returns whether it was applied."""
    body = documents.read_accounts(document, office_keys)
    held = meta.get(conn, DIRECTORY)
    if held and strict_loads(held.encode())["body"]["version"] >= body["version"]:
        return False
    meta.put(conn, DIRECTORY, canonical(document).decode())
    movement.keep_accounts(conn, "", body["accounts"])
    live = {u["id"] for u in users.all_(conn)}
    for account in body["accounts"]:
        if account["device"] == device_id and account["deleted"] and account["id"] in live:
            users.disable(conn, account["id"], device_id, stamp)
            audit.append(conn, device_id, stamp, [audit.Entry(None, "account_disabled_by_office", account["id"])])
    return True


def account_names(conn: Connection) -> dict[str, str]:
    """Every account id this workspace can name, with the name shown for it."""
    names = {a["id"]: a["name"] for a in movement.accounts(conn)}
    # Disabled accounts too: cases and entries still name them.
    names.update(dict(conn.execute("SELECT id, name FROM users").fetchall()))
    return names


def account_named(conn: Connection, name: str) -> dict | None:
    """An account by the name shown: this workspace's own, or another's (name@serial)."""
    return users.by_name(conn, name) or movement.account_by_name(conn, name)


def caseworkers_elsewhere(conn: Connection) -> list[str]:
    return [a["name"] for a in movement.accounts(conn) if not a["deleted"] and Role.CASEWORKER.value in a["roles"]]


def leave(session) -> list[str]:
    """On a laptop, after a return bundle: the cases that are no longer this laptop's (assigned to
    someone elsewhere, closed or deleted) leave it once nothing of them is waiting to reach the
    office, everywhere in the workspace and its backups. Returns their ids."""
    ws = session.workspace

    def write(conn, stamp):
        row = conn.execute("SELECT coalesce(max(up_to), 0) FROM outbox WHERE acknowledged = 1").fetchone()
        gone = [c for c in movement.leaving(conn) if movement.office_has(conn, c, row[0])]
        for case_id in gone:
            movement.depart(conn, case_id)
        if gone:
            audit.append(conn, ws.device_id, stamp, [audit.Entry(None, "case_left", c) for c in gone])
        return gone

    gone = ws.write(write)
    if gone:
        ws.read(purge.scrub)
        for name in backup.list_backups(ws.folder):
            backup.depart_in(ws.folder, name, ws.data_key, gone)
    return gone
