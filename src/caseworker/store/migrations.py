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


def _m3_case_file(conn: Connection) -> None:
    for column in (
        "supervisor", "sibling_group", "registered_at", "initial_assessment_done", "best_interests_done",
        "plan_approved", "plan_reviewed", "care_arrangement", "guardian", "education", "school_enrolled",
        "school", "languages", "health", "sexual_violence", "follow_ups_done", "closed_on", "closure_reason",
        "closure_approved_by",
    ):
        conn.execute(f"ALTER TABLE cases ADD COLUMN {column}")
    # Siblings placed apart are found through their shared group.
    conn.execute("CREATE INDEX cases_sibling_group ON cases (sibling_group) WHERE sibling_group IS NOT NULL")
    # Cases registered before this schema: registered when their first clock stamp says.
    conn.execute(
        """UPDATE cases SET registered_at =
           strftime('%Y-%m-%dT%H:%M:%SZ', (json_extract(clocks, '$."*"[1]') >> 16) / 1000, 'unixepoch')
           WHERE json_extract(clocks, '$."*"[1]') IS NOT NULL"""
    )
    _script(
        conn,
        """
        -- Everything else a case file holds, one row per item: family members, documents,
        -- consents, goals, referrals, visits, notes, attachments, tracing and disclosure
        -- requests. Each is synced like a case: id, origin, tombstone, per-field clocks.
        CREATE TABLE case_items (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            case_id TEXT NOT NULL REFERENCES cases (id),
            kind TEXT NOT NULL,
            origin TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL,
            clocks TEXT NOT NULL,
            changed INTEGER NOT NULL
        );
        CREATE INDEX case_items_case ON case_items (case_id, kind);

        -- What is due, derived from each case and its items whenever they change (never
        -- synced: every machine derives its own), so "what is due" is one index range.
        -- A case has half a dozen deadlines and 100,000 cases make 600,000 rows, so the
        -- rows are small numbers: the case's and item's row numbers, a code for what is
        -- due, the due moment in Unix seconds.
        CREATE TABLE deadlines (
            case_n INTEGER NOT NULL,
            what INTEGER NOT NULL,
            item_n INTEGER NOT NULL DEFAULT 0,
            due INTEGER NOT NULL,
            assigned_to TEXT,
            district TEXT,
            PRIMARY KEY (case_n, what, item_n)
        ) WITHOUT ROWID;
        CREATE INDEX deadlines_due ON deadlines (due);
        CREATE INDEX deadlines_assigned ON deadlines (assigned_to, due);
        CREATE INDEX deadlines_district ON deadlines (district, due);

        -- Attached files, encrypted with the database, stored once by content hash.
        CREATE TABLE attachment_blobs (
            sha256 TEXT PRIMARY KEY,
            data BLOB NOT NULL
        )
        """,
    )
    from caseworker.store import deadlines

    deadlines.rebuild_all(conn)


def _m4_forms(conn: Connection) -> None:
    # Every version of every form ever installed stays: an assessment renders with the
    # version it was filled with, forever.
    conn.execute(
        """CREATE TABLE forms (
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            definition TEXT NOT NULL,
            installed INTEGER NOT NULL,
            override_reason TEXT,
            PRIMARY KEY (id, version)
        )"""
    )


def _m5_case_list(conn: Connection) -> None:
    # The case list pages through cases in name order: an index answers each page directly.
    conn.execute("CREATE INDEX cases_by_name ON cases (deleted, surname, given_name, id)")


def _m6_drafts(conn: Connection) -> None:
    # What a user has typed but not saved, kept as they type so a crash loses nothing.
    # Local to this workspace and this user: drafts never travel in a bundle. A language
    # remembered per user lives here too (user_preferences). And the case list's index.
    _script(
        conn,
        """
        CREATE TABLE drafts (
            user_id TEXT NOT NULL,
            key TEXT NOT NULL,
            case_id TEXT,
            data TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (user_id, key)
        ) WITHOUT ROWID;
        CREATE INDEX drafts_by_case ON drafts (case_id);
        CREATE TABLE user_preferences (
            user_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (user_id, key)
        ) WITHOUT ROWID;

        -- The case list filters (mine, open or closed, high risk) and orders (name, district,
        -- birth year, risk) from this one covering index, never from the table rows.
        DROP INDEX cases_by_name;
        CREATE INDEX cases_list ON cases (
            deleted, surname, given_name, id, status, risk, assigned_to, created_by, district, birth_year
        )
        """,
    )


def _m7_identities(conn: Connection) -> None:
    # Sync (DESIGN.md section 6): this workspace's own keys (the office's root, or a laptop's
    # device keys), private halves stored only here, inside the encrypted database; on the
    # office the devices it enrolled, with their certificates and any revocation; the bundles
    # imported and written; the conflicts kept.
    _script(
        conn,
        """
        CREATE TABLE identity (
            role TEXT PRIMARY KEY,
            private TEXT NOT NULL,
            public TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE devices (
            device_id TEXT PRIMARY KEY,
            serial INTEGER NOT NULL UNIQUE,
            district TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            certificate TEXT NOT NULL,
            approved_at TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT,
            revocation_reason TEXT
        );

        -- Bundles imported (a re-import is a no-op), by sender and sequence.
        CREATE TABLE bundles_in (
            bundle_id TEXT PRIMARY KEY,
            sender TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            records INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX bundles_in_sender ON bundles_in (sender, sequence);

        -- Bundles written, kept until acknowledged and re-sent byte-identical.
        CREATE TABLE outbox (
            recipient TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            bundle_id TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            up_to INTEGER NOT NULL,
            records INTEGER NOT NULL,
            created TEXT NOT NULL,
            acknowledged INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (recipient, sequence)
        );

        -- Concurrent edits: the value that lost, kept for a supervisor (DESIGN.md section 4).
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept TEXT NOT NULL,
            lost TEXT NOT NULL,
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by TEXT,
            changed INTEGER NOT NULL
        );
        CREATE INDEX conflicts_open ON conflicts (resolved_at, record_id)
        """,
    )


def _m8_case_movement(conn: Connection) -> None:
    # Cases move between laptops (docs/sync.md "Where a case lives"). Accounts of other
    # workspaces, as they are shown here (a laptop's accounts at the office, named name@serial;
    # the office's and other laptops' accounts on a laptop), so an assignment can name them;
    # on the office, which device holds which case (added: when it was first sent whole; left:
    # when it was sent away); on a laptop, the cases that left it, by clocks alone, so that an
    # older copy arriving late does not bring one back. And the laptops' audit logs.
    _script(
        conn,
        """
        CREATE TABLE accounts_elsewhere (
            id TEXT PRIMARY KEY,
            device TEXT NOT NULL,
            name TEXT NOT NULL,
            roles TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX accounts_elsewhere_device ON accounts_elsewhere (device);
        CREATE TABLE routes (
            device_id TEXT NOT NULL,
            case_id TEXT NOT NULL,
            added INTEGER NOT NULL,
            left_at INTEGER,
            PRIMARY KEY (device_id, case_id)
        ) WITHOUT ROWID;
        CREATE INDEX routes_case ON routes (case_id);
        CREATE TABLE departed (
            case_id TEXT PRIMARY KEY,
            clocks TEXT NOT NULL
        ) WITHOUT ROWID;

        -- At the office: each laptop's audit log as its bundles bring it, entries exactly as
        -- written there (same columns as audit), so its hash chain can be verified here.
        CREATE TABLE audit_remote (
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            stamp INTEGER NOT NULL,
            at TEXT NOT NULL,
            actor TEXT,
            action TEXT NOT NULL,
            record TEXT,
            detail TEXT NOT NULL,
            prev TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (device, seq)
        ) WITHOUT ROWID;
        CREATE INDEX audit_remote_record ON audit_remote (record)
        """,
    )


MIGRATIONS: list[Callable[[Connection], None]] = [
    _m1_core, _m2_name_search, _m3_case_file, _m4_forms, _m5_case_list, _m6_drafts, _m7_identities,
    _m8_case_movement,
]
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
