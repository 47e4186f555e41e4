"""Whether the database's pages are as they were written: SQLCipher keeps an HMAC on every page,
and `PRAGMA cipher_integrity_check` checks them all (a flipped byte anywhere, which SQLite's own
checks may not notice until a query reads that page). Used before every backup, by
`caseworker workspace check`, after each unlock in the desktop program, and when a query meets a
damaged page; and to find the newest backup that is itself intact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from caseworker.domain.errors import PagesDamaged, PagesDamagedNoBackup
from caseworker.store.db import Connection, DatabaseError, key_pragma

_PAGE = re.compile(r"page (\d+)")
PAGE_SIZE = 4096  # SQLCipher 4's default, which the program never changes
# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = frozenset({11, 26})


@dataclass(frozen=True)
class Checked:
    pages: int  # pages in the database file
    damaged: tuple[int, ...]  # page numbers whose HMAC failed (0: a problem not tied to a page)

    @property
    def intact(self) -> bool:
        return not self.damaged


def check(conn: Connection) -> Checked:
    """Every page of the open database (after moving what the write-ahead log holds into it, so
    the newest pages are checked too)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except DatabaseError:
        pass  # a damaged page in the log: the check below says which
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return Checked(pages, _damaged(conn))


def _damaged(conn: Connection) -> tuple[int, ...]:
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError:
        return (0,)
    found = []
    for (text,) in rows:
        match = _PAGE.search(str(text))
        found.append(int(match.group(1)) if match else 0)
    return tuple(sorted(set(found)))


def is_damage(error: BaseException) -> bool:
    """Whether a database error means a damaged file (not a full disk or a busy lock)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, DatabaseError) and code is not None and code & 0xFF in _DAMAGE_CODES


def open_read_only(path: Path, key: bytes) -> Connection:
    """A backup (or any copy of the database) opened with the key, read-only: nothing in it,
    not even its journal mode, changes."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def opens(path: Path, key: bytes) -> bool:
    """Whether a copy of the database opens with this key (its first page decrypts)."""
    try:
        open_read_only(path, key).close()
    except DatabaseError:
        return False
    return True


def backup_intact(path: Path, key: bytes) -> bool:
    """Whether a backup file opens with the key and every page of it is as written."""
    try:
        conn = open_read_only(path, key)
    except DatabaseError:
        return False
    try:
        return not _damaged(conn) and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except DatabaseError:
        return False
    finally:
        conn.close()


def damaged_error(checked: Checked, workspace_folder: Path, newest: str | None) -> Exception:
    """The one calm message for damaged pages: how many, and which backup to restore."""
    count = len(checked.damaged)
    if newest is None:
        return PagesDamagedNoBackup(count=count, pages=checked.pages, path=str(workspace_folder))
    return PagesDamaged(count=count, pages=checked.pages, backup=newest, path=str(workspace_folder))
