"""Backups and the audit check."""

from __future__ import annotations

from caseworker.domain.accounts import Role
from caseworker.domain.errors import AuditChainBroken, DeviceAuditBroken
from caseworker.store import audit, backup, meta
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

    def backups(self) -> list[str]:
        return backup.list_backups(self.s.workspace.folder)

    def restore(self, name: str) -> None:
        """Replaces the database by a backup; the session reopens on the restored data."""
        self.s.require("backup.restore", Role.ADMIN)
        ws = self.s.workspace
        # A safety copy first, so a restore can itself be undone.
        self.backup()
        folder, keys, key, account = ws.folder, ws.keys, ws.data_key, ws.account
        ws.close()
        try:
            backup.restore_file(folder, name, key)
        finally:
            self.s.workspace = Workspace(folder, keys, key, account)
        self.s.log("restore", detail={"name": name})

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
