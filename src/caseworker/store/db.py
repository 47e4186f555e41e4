"""Opening the SQLCipher database: key first, probe, refuse an unsuitable build, then pragmas."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from caseworker.domain.errors import DatabaseKeyMismatch, TempFilesOnDisk, UnsupportedEncryption

DB_FILE = "case.db"
# 64 MB of page cache: measured to speed bulk inserts on the encrypted table.
CACHE_KIB = 64 * 1024

# SQLCipher's memory security (see open_database): always ON in the program; the benchmark of
# its cost (benchmarks/bench_memory_security.py) sets OFF before anything is opened.
MEMORY_SECURITY = "ON"
Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def key_pragma(key: bytes) -> str:
    # A raw key (x'...') skips SQLCipher's own PBKDF2: 0.2 ms instead of 200 ms.
    return f"\"x'{key.hex()}'\""


def check_build(conn: Connection) -> None:
    version = (conn.execute("PRAGMA cipher_version").fetchone() or [""])[0] or ""
    if not version.startswith("4."):
        raise UnsupportedEncryption(version=version or "-")
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    if not options & {"TEMP_STORE=2", "TEMP_STORE=3"}:
        # Without it, temporary tables and sort spills could reach disk unencrypted.
        raise TempFilesOnDisk()


def open_database(path: Path, key: bytes) -> Connection:
    """Opens (or creates) the database at `path` with the raw data key."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # the folder is the owner's alone too; this is for copies of it
    try:
        # SQLCipher's own log lines ("ERROR CORE ... hmac check failed") would reach standard
        # error before the program's one-line message; the program says what went wrong itself.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # SQLCipher locks the memory it allocates and wipes what it frees, decrypted pages
        # included (off by default since SQLCipher 4.5, for speed; its cost: README).
        conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as e:
            raise DatabaseKeyMismatch(path=str(path.parent)) from e
        check_build(conn)
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: committed whole or rolled back whole."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite has already rolled back after some errors (a full disk): then there is
        # nothing to roll back, and the first error is the one to report.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
