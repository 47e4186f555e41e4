"""A workspace folder: keys.json, the encrypted case.db and backups/, opened by one account.

Opening derives the account's key (Argon2id) once, unwraps the data key, and opens the
database on its own thread with the raw key. The hybrid clock's last stamp is stored
in the database in the same transaction as every change, so it never runs backwards.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from caseworker.domain.clock import HybridClock
from caseworker.domain.errors import WorkspaceClosed, WorkspaceDamaged, WorkspaceExists, WorkspaceNotFound
from caseworker.domain.ids import new_id
from caseworker.store import backup, files, integrity, meta, migrations, rotation, users
from caseworker.store.db import DB_FILE, Connection, DatabaseError, key_pragma, open_database, transaction
from caseworker.store.keys import KEYS_FILE, Account, KdfParams, KeysFile, profile_from_env
from caseworker.store.worker import DatabaseThread

T = TypeVar("T")
BACKUP_DIR = "backups"


def is_workspace(folder: Path) -> bool:
    return (folder / KEYS_FILE).is_file() and (folder / DB_FILE).is_file()


class Workspace:
    """An unlocked workspace. Every database call goes through `read` or `write`."""

    def __init__(self, folder: Path, keys: KeysFile, data_key: bytes, account: Account) -> None:
        self.folder = folder
        self.keys = keys
        self.account = account
        # The one long-lived copy of the data key, wiped when the workspace closes (lock, quit);
        # what Python cannot wipe is listed in docs/workspace.md "Keys in memory".
        self._data_key = bytearray(data_key)
        self.tightened = 0  # files and folders that were open to others, made the owner's alone
        self.closed = False
        self.db = DatabaseThread(lambda: open_database(folder / DB_FILE, self.data_key))
        try:
            self.previous_schema = self._call(self._upgrade)
            last = int(self._call(lambda c: meta.get(c, "hlc") or 0))
        except BaseException:
            self.db.stop()
            raise
        self.clock = HybridClock(last)

    def _upgrade(self, conn) -> int:
        """Brings an older workspace to this program's schema, after a backup of it as it was:
        a newer program installed over an older one can be undone by restoring that backup."""
        start = migrations.version(conn)
        if 0 < start < migrations.LATEST:
            backup.create(conn, self.folder, self.data_key)
        return migrations.migrate(conn)

    @property
    def device_id(self) -> str:
        return self.keys.device_id

    @property
    def data_key(self) -> bytes:
        """A copy for one use (a backup, a wrap): the workspace's own is wiped at close."""
        if self.closed:
            raise WorkspaceClosed()  # a worker that outlived the lock: it gets nothing
        return bytes(self._data_key)

    # -- creation and unlock -------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        kind: str,
        office_name: str | None,
        first_user: str,
        password: str,
        roles: list[str],
        kdf: KdfParams | None = None,
    ) -> tuple[Workspace, str]:
        """Makes a new workspace in an empty (or absent) folder; returns it and the first user's id."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            raise WorkspaceExists(path=str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        keys = KeysFile(new_id(), new_id(), kind, office_name, {})
        data_key = os.urandom(32)
        user_id = new_id()
        keys.wrap(first_user, user_id, password, data_key, kdf or profile_from_env())
        keys.save(folder)
        try:
            ws = cls(folder, keys, data_key, keys.accounts[first_user])
        except BaseException:
            # Leave no half-made workspace behind: the folder was empty.
            for leftover in folder.iterdir():
                leftover.unlink()
            raise

        def setup(conn: Connection, stamp: int) -> None:
            for key, value in (
                ("workspace_id", keys.workspace_id),
                ("device_id", keys.device_id),
                ("kind", kind),
                ("office_name", office_name or ""),
            ):
                meta.put(conn, key, value)
            users.insert(conn, user_id, first_user, roles, keys.device_id, stamp)

        ws.write(setup)
        return ws, user_id

    @classmethod
    def unlock(cls, folder: Path, name: str, password: str) -> tuple[Workspace, int]:
        """Opens with an account's password; returns the workspace and the failed attempts
        since that account's last good login (for the audit log)."""
        folder = Path(folder)
        if not is_workspace(folder):
            raise WorkspaceNotFound(path=str(folder))
        tightened = files.tighten(folder)  # before anything is read or written there
        keys = KeysFile.load(folder)
        data_key, account, failures = keys.unwrap(folder, name, password)
        if keys.pending is not None:  # a rotation of the data key was cut short: it ends here
            data_key = rotation.resume(folder, keys, data_key)
        ws = cls(folder, keys, data_key, account)
        ws.tightened = tightened
        return ws, failures

    # -- database access -----------------------------------------------------------------
    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """Runs `fn(conn, *args)` on the database thread; a damaged page met on the way ends in
        the one message that says how many pages and which backup to restore."""
        try:
            return self.db.call(fn, *args)
        except DatabaseError as e:
            if not integrity.is_damage(e):
                raise
            raise self.damage() from None

    def check(self) -> integrity.Checked:
        """Every page of the database, checked (`caseworker workspace check`), on a connection of
        its own in the calling thread: the database thread stays free for the window's reads."""
        try:
            conn = open_database(self.folder / DB_FILE, self.data_key)
        except WorkspaceDamaged:  # the first page itself, which holds the file's salt and header
            return integrity.Checked((self.folder / DB_FILE).stat().st_size // integrity.PAGE_SIZE, (1,))
        try:
            return integrity.check(conn)
        finally:
            conn.close()

    def damage(self, checked: integrity.Checked | None = None) -> Exception:
        """What to say about this workspace's damaged pages (and which backup is intact)."""
        try:
            checked = checked or self.check()
        except DatabaseError:
            checked = integrity.Checked(0, (0,))
        if checked.intact:  # a query failed although every page checks: say so all the same
            checked = integrity.Checked(checked.pages, (0,))
        return integrity.damaged_error(checked, self.folder, backup.newest_intact(self.folder, self.data_key))

    def read(self, fn: Callable[..., T], *args: Any) -> T:
        return self._call(fn, *args)

    def write(self, fn: Callable[..., T], *args: Any) -> T:
        """Runs `fn(conn, stamp, *args)` in one transaction with a fresh clock stamp."""

        def job(conn: Connection) -> T:
            with transaction(conn):
                stamp = self.clock.tick()
                result = fn(conn, stamp, *args)
                meta.put(conn, "hlc", str(self.clock.last))
            return result

        return self._call(job)

    def rekey(self, new_key: bytes) -> None:
        """The database under a new data key, in one transaction (store/rotation.py)."""
        self._call(lambda conn: conn.execute(f"PRAGMA rekey = {key_pragma(new_key)}"))
        self._data_key[:] = new_key

    def close(self) -> None:
        self.db.stop()
        self._data_key[:] = bytes(len(self._data_key))
        self.closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
