"""Backups and the audit check."""

from __future__ import annotations

from pathlib import Path

from caseworker.app import permissions
from caseworker.domain.accounts import Role
from caseworker.domain.errors import (
    AuditChainBroken,
    BackupDamaged,
    DeviceAuditBroken,
    NotPermitted,
    PagesDamaged,
    PagesDamagedNoBackup,
)
from caseworker.store import audit, backup, clocks, integrity, meta
from caseworker.store.db import DB_FILE, DatabaseError
from caseworker.store.keys import KeysFile
from caseworker.store.workspace import Workspace


class Maintenance:
    def __init__(self, session) -> None:
        self.s = session

    def backup(self) -> str:
        ws = self.s.workspace
        kept = int(ws.read(meta.get, "backups_kept") or backup.KEEP)  # the site's backup policy, if any
        name = ws.read(backup.create, ws.folder, ws.data_key, kept)
        self.s.log("backup", detail={"name": name})
        return name

    def check(self, log: bool = True) -> int:
        """Checks every page of the database; returns how many were checked, or raises the one
        message naming how many are damaged and the newest intact backup to restore. (The
        desktop program's own check after each unlock is not audited: it is not a user's act.)"""
        ws = self.s.workspace
        checked = ws.check()
        if not checked.intact:
            raise ws.damage(checked)
        if log:
            self.s.log("workspace_check", detail={"pages": checked.pages})
        return checked.pages

    def backups(self) -> list[str]:
        return backup.list_backups(self.s.workspace.folder)

    def restore(self, name: str) -> None:
        """Replaces the database by a backup; the session reopens on the restored data."""
        self.s.require("backup.restore", Role.ADMIN)
        ws = self.s.workspace
        backup.path_of(ws.folder, name)
        # A safety copy first, so a restore can itself be undone; a damaged database is not
        # copied page by page but set aside whole.
        damaged, kept = False, None
        try:
            self.backup()
        except (PagesDamaged, PagesDamagedNoBackup):
            damaged = True
        folder, keys, key, account = ws.folder, ws.keys, ws.data_key, ws.account
        ws.close()
        try:
            if damaged:
                backup.check_readable(backup.path_of(folder, name), key)
                kept = backup.set_aside(folder)
            backup.restore_file(folder, name, key)
        except DatabaseError:
            raise BackupDamaged(name=name) from None
        finally:
            if (folder / DB_FILE).exists():
                self.s.workspace = Workspace(folder, keys, key, account)
        restored(self.s)
        self.s.log("restore", detail={"name": name} if kept is None else {"name": name, "damaged_kept": kept})

    def verify_audit(self) -> int:
        """Returns the number of entries checked, or raises naming the first broken one."""
        self.s.require("audit.verify", Role.ADMIN, Role.SUPERVISOR)
        broken, count = self.s.workspace.read(audit.verify)
        if broken is not None:
            raise AuditChainBroken(seq=broken)
        # At the office, each laptop's log as its bundles brought it: every entry from the first,
        # each chained to the one before (the last one matched the head its bundle's signed
        # header named when it arrived).
        for device, (broken, checked) in sorted(self.s.workspace.read(audit.verify_remote).items()):
            if broken is not None:
                raise DeviceAuditBroken(device_id=device, seq=broken)
            count += checked
        self.s.log("audit_verify", detail={"entries": count})
        return count


def made_at(name: str):
    """When the named backup was made (a UTC datetime), or None."""
    return backup.made_at(name)


def restore_damaged(folder: Path, user: str, password: str, name: str) -> None:
    """Restores a backup over a database too damaged to open a session on (the login itself
    meets a damaged page). The password must open the workspace's key, and the account must be
    an administrator in the backup restored (the damaged database can no longer say); the
    damaged file is set aside whole, still encrypted, and the restore is audited."""
    from caseworker.app.session import Session

    folder = Path(folder)
    keys = KeysFile.load(folder)
    key, _account, _failures = keys.unwrap(folder, user, password)
    path = backup.path_of(folder, name)
    if not integrity.backup_intact(path, key):
        raise BackupDamaged(name=name)
    if Role.ADMIN.value not in (backup.roles_in(path, key, user) or []):
        raise NotPermitted(action=permissions.action("backup.restore"))
    kept = backup.set_aside(folder)
    backup.restore_file(folder, name, key)
    with Session.open(folder, user, password) as session:
        restored(session)
        session.log("restore", detail={"name": name, "damaged_kept": kept})


def restored(session) -> None:
    """After a backup came back: this device's edit counters go on above anything it counted
    since that backup (forgotten here, held elsewhere), so no new edit counts the same as one
    of those (store/clocks.py floor)."""
    session.workspace.write(lambda conn, stamp: clocks.raise_floor(conn, stamp >> 16))
