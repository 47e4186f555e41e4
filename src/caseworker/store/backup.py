"""Encrypted backups of the database, rotated, and restored only after they prove readable.

A backup is a SQLCipher copy under the same data key (sqlcipher_export into an attached,
keyed file), so it reveals nothing without an account's password and stays readable after
a password change (a change rewraps the key, it does not alter it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

from caseworker.domain.errors import BackupDamaged, BackupFolderOutside, BackupNotFound
from caseworker.store import files, integrity
from caseworker.store.db import DB_FILE, Connection, DatabaseError, key_pragma, open_database
from caseworker.store.files import fsync_dir

SUFFIX = ".cwbackup"
KEEP = 7
_NAME = re.compile(r"^backup-\d{8}T\d{6}(-\d+)?Z?\.cwbackup$")


def _private(path: Path) -> int:
    """A new file the owner alone may read, whatever the umask."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)


def _folder(workspace_folder: Path) -> Path:
    """The backups' folder, inside the workspace: never one that a link carries elsewhere (a
    shared folder, a stick), where a copy of every child's file would land unnoticed."""
    folder = workspace_folder / "backups"
    if not folder.is_symlink():
        folder.mkdir(mode=0o700, exist_ok=True)
    if not files.inside(folder, workspace_folder):
        raise BackupFolderOutside(path=str(folder))
    return folder


def export_to(conn: Connection, target: Path, key: bytes) -> None:
    """Writes an encrypted copy of the open database to `target` (which must not exist)."""
    conn.execute(f"ATTACH DATABASE ? AS backup KEY {key_pragma(key)}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE backup")


def create(conn: Connection, workspace_folder: Path, key: bytes, keep: int = KEEP) -> str:
    """A new backup, after every page of the database is checked: a backup is never made from a
    damaged database (it would push an intact one out of the seven kept)."""
    checked = integrity.check(conn)
    if not checked.intact:
        raise integrity.damaged_error(checked, workspace_folder, newest_intact(workspace_folder, key))
    folder = _folder(workspace_folder)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    name, n = f"backup-{stamp}Z{SUFFIX}", 1
    while (folder / name).exists():
        n += 1
        name = f"backup-{stamp}-{n}Z{SUFFIX}"
    tmp = folder / f".{name}.tmp"
    tmp.unlink(missing_ok=True)
    export_to(conn, tmp, key)
    os.chmod(tmp, 0o600)  # SQLite made it with the umask's mode
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, folder / name)
    fsync_dir(folder)
    rotate(folder, keep)
    return name


def made_at(name: str) -> dt.datetime | None:
    """When a backup was made (UTC), read from its name; None for a name not of that form."""
    try:
        return dt.datetime.strptime(_made(name)[0], "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _made(name: str) -> tuple[str, int]:
    """Oldest first: by the time in the name, then by the count of backups made in that second
    (`-2Z` sorts before `Z` as text, but was made after it)."""
    stamp, _, rest = name.removeprefix("backup-").partition("Z")[0].partition("-")
    return stamp, int(rest or 1)


def list_backups(workspace_folder: Path) -> list[str]:
    folder = workspace_folder / "backups"
    if not folder.is_dir():
        return []
    return sorted((p.name for p in folder.iterdir() if _NAME.match(p.name)), key=_made)


def rotate(folder: Path, keep: int) -> None:
    names = sorted((p.name for p in folder.iterdir() if _NAME.match(p.name)), key=_made)
    for old in names[: max(0, len(names) - keep)]:
        (folder / old).unlink()


def check_readable(path: Path, key: bytes) -> None:
    """Opens the file with the key (read-only, no journal change): every page's HMAC and SQLite's
    quick check."""
    if not integrity.backup_intact(path, key):
        raise DatabaseError("backup damaged")


def newest_intact(workspace_folder: Path, key: bytes) -> str | None:
    """The newest backup that is itself intact (None: there is none)."""
    for name in reversed(list_backups(workspace_folder)):
        if integrity.backup_intact(workspace_folder / "backups" / name, key):
            return name
    return None


def path_of(workspace_folder: Path, name: str) -> Path:
    if not _NAME.match(name) or not (workspace_folder / "backups" / name).is_file():
        raise BackupNotFound(name=name)
    return workspace_folder / "backups" / name


def roles_in(path: Path, key: bytes, account: str) -> list[str] | None:
    """An account's roles as a backup holds them (None: not there, or not readable): who may
    restore a workspace whose own database can no longer say."""
    try:
        conn = integrity.open_read_only(path, key)
    except DatabaseError:
        return None
    try:
        row = conn.execute("SELECT roles FROM users WHERE name = ?", (account,)).fetchone()
    except DatabaseError:
        return None
    finally:
        conn.close()
    return json.loads(row[0]) if row else None


def set_aside(workspace_folder: Path) -> str:
    """Moves a damaged database (and its log) into `damaged/`, still encrypted, for an expert to
    look at; nothing of it is read. Returns the name it was kept under."""
    folder = workspace_folder / "damaged"
    if not folder.is_symlink():
        folder.mkdir(mode=0o700, exist_ok=True)
    if not files.inside(folder, workspace_folder):
        raise BackupFolderOutside(path=str(folder))
    name = f"case-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S')}Z.db"
    for suffix in ("", "-wal", "-shm"):
        source = workspace_folder / f"{DB_FILE}{suffix}"
        if source.exists():
            os.replace(source, folder / f"{name}{suffix}")
    fsync_dir(workspace_folder)
    return name


def restore_file(workspace_folder: Path, name: str, key: bytes) -> None:
    """Replaces the (closed) workspace database by the named backup, atomically.

    The backup is checked first, on a copy; if it cannot be read nothing changes.
    """
    source = path_of(workspace_folder, name)
    staged = workspace_folder / f".{DB_FILE}.restore"
    staged.unlink(missing_ok=True)
    with open(source, "rb") as src, open(_private(staged), "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    try:
        check_readable(staged, key)
    except Exception as e:
        staged.unlink(missing_ok=True)
        raise BackupDamaged(name=name) from e
    for leftover in (f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
        (workspace_folder / leftover).unlink(missing_ok=True)
    os.replace(staged, workspace_folder / DB_FILE)
    fsync_dir(workspace_folder)


def purge_in(workspace_folder: Path, name: str, key: bytes, case_id: str, device: str) -> None:
    """Purges a case from one backup too."""
    from caseworker.store import purge

    _rewrite(workspace_folder, name, key, lambda conn: purge.purge_case(conn, case_id, device, 0))


def depart_in(workspace_folder: Path, name: str, key: bytes, case_ids: list[str]) -> None:
    """Cases that left this laptop leave its backups too (rows removed, no tombstone that could
    travel as a deletion if the backup were restored)."""
    from caseworker.store import movement

    _rewrite(workspace_folder, name, key, lambda conn: [movement.depart(conn, c) for c in case_ids])


def _rewrite(workspace_folder: Path, name: str, key: bytes, change) -> None:
    """Changes one backup on a copy, then swaps it in; no freed page keeps old content."""
    from caseworker.store import migrations, purge

    def work(conn) -> None:
        migrations.migrate(conn)
        conn.execute("BEGIN IMMEDIATE")
        change(conn)
        conn.execute("COMMIT")
        purge.scrub(conn)

    _on_a_copy(_folder(workspace_folder) / name, "purge", key, work)


def rekey_in(workspace_folder: Path, name: str, old_key: bytes, new_key: bytes) -> str:
    """One backup, rewritten under the new data key. Returns "rekeyed", "already" (a rotation
    that was cut short did this one), or "destroyed": a backup that opens with neither key can
    never be read again, and is not kept."""
    source = _folder(workspace_folder) / name
    if integrity.opens(source, new_key):
        return "already"
    if not integrity.opens(source, old_key):
        source.unlink(missing_ok=True)
        fsync_dir(source.parent)
        return "destroyed"
    _on_a_copy(source, "rekey", old_key, lambda conn: conn.execute(f"PRAGMA rekey = {key_pragma(new_key)}"))
    return "rekeyed"


def _on_a_copy(source: Path, why: str, key: bytes, work) -> None:
    """`work(conn)` done to a copy of a backup, which then replaces it: a crash leaves either the
    old backup or the changed one, never half of each."""
    staged = source.with_name(f".{source.name}.{why}")
    staged.unlink(missing_ok=True)
    with open(source, "rb") as src, open(_private(staged), "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    conn = open_database(staged, key)
    try:
        work(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with open(staged, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(staged, source)
    fsync_dir(source.parent)
