"""Numbered schema migrations; each runs in its own transaction and sets `user_version`.

Never edit a migration that has shipped: add the next number. tests/store/test_migrations.py
builds a database at every earlier level and upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from caseworker.domain.errors import SchemaTooNew
from caseworker.store.db import Connection, transaction


def _script(conn: Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must stay one transaction.
    # (So no ";" inside the SQL comments of a migration.)
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _m1_core(conn: Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- Every synced table has id, origin device, tombstone flag and per-field clocks
        -- ({field: [version vector, stamp, device]}), so sync merges field by field.
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL UNIQUE,
            roles TEXT NOT NULL,
            clocks TEXT NOT NULL
        );

        -- n is the row number the name index refers to: an explicit INTEGER PRIMARY KEY,
        -- because VACUUM and backups may renumber an implicit rowid.
        CREATE TABLE cases (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            surname TEXT,
            given_name TEXT,
            patronymic TEXT,
            other_names TEXT,
            sex TEXT,
            birth_date TEXT,
            birth_year INTEGER,
            district TEXT,
            summary TEXT,
            risk TEXT,
            status TEXT,
            assigned_to TEXT,
            created_by TEXT,
            clocks TEXT NOT NULL,
            changed INTEGER NOT NULL
        );
        CREATE INDEX cases_assigned_to ON cases (assigned_to);
        CREATE INDEX cases_created_by ON cases (created_by);

        -- Per-device hash chain: entries name records by id, never by a child's name.
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            device TEXT NOT NULL,
            stamp INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT,
            action TEXT NOT NULL,
            record TEXT,
            detail TEXT NOT NULL,
            prev TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_record ON audit (record);
        """
    )


def _m2_name_search(conn: Connection) -> None:
    # Folded name tokens and their skeletons in a contentless FTS5 index, one row per case
    # (row number = cases.n): a fifth of the cost of a token table with its own indexes.
    conn.execute(
        "CREATE VIRTUAL TABLE name_index USING fts5("
        "keys, content='', contentless_delete=1, prefix='2 3', tokenize='ascii')"
    )
    # Import here: the search module depends on the schema it is building.
    from caseworker.store import search

    search.reindex_all(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [_m1_core, _m2_name_search]
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Brings the schema up to `target`; returns the version it started from."""
    start = version(conn)
    if start > LATEST:
        raise SchemaTooNew(version=start)
    for number in range(start + 1, target + 1):
        with transaction(conn):
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return start
