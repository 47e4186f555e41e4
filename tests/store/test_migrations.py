"""Every earlier schema level upgrades to the latest, keeping its data."""

from __future__ import annotations

import os

import pytest

from caseworker.domain.errors import WorkspaceDamaged
from caseworker.store import cases, deadlines, migrations, search
from caseworker.store.db import open_database

CORE = ("surname", "given_name", "patronymic", "other_names", "sex", "birth_date", "birth_year", "district",
        "summary", "risk", "status", "assigned_to", "created_by")
STAMP = 1_764_300_000_000 << 16  # 2025-11-28 03:20 UTC


def make_case(conn, case_id):
    # A row as schema 1 stores it: the first thirteen fields and one default clock.
    values = ("Ҷалолов", "Шоҳрух", None, '["Shohrukh Jalolov"]', "male", None, 2011, "Ваҳдат", "", "low",
              "open", "u", "u")
    conn.execute(
        f"INSERT INTO cases (n, id, origin, deleted, {', '.join(CORE)}, clocks, changed) "
        f"VALUES (1, ?, 'dev', 0, {', '.join('?' * len(CORE))}, ?, ?)",
        (case_id, *values, f'{{"*":[{{"dev":1}},{STAMP},"dev"]}}', STAMP),
    )
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_index'").fetchone():
        # Schema 2 indexed names as it registered them.
        search.index_rows(conn, [(1, search.index_text(["Ҷалолов Шоҳрух", "Shohrukh Jalolov"]))])
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'deadlines'").fetchone():
        # Schema 3 dated the case and derived its deadlines as it registered it.
        conn.execute("UPDATE cases SET registered_at = '2025-11-28T03:20:00Z' WHERE id = ?", (case_id,))
        deadlines.rebuild_case(conn, case_id)


@pytest.mark.parametrize("level", range(migrations.LATEST))
def test_upgrade_from_every_earlier_level(tmp_path, level):
    key = os.urandom(32)
    conn = open_database(tmp_path / "case.db", key)
    migrations.migrate(conn, target=level)
    if level >= 1:
        conn.execute("BEGIN")
        make_case(conn, "case-1")
        conn.execute("COMMIT")
    conn.close()

    conn = open_database(tmp_path / "case.db", key)
    try:
        assert migrations.migrate(conn) == level
        assert migrations.version(conn) == migrations.LATEST
        if level >= 1:
            assert cases.get(conn, "case-1")["surname"] == "Ҷалолов"
            # The search index built by a later migration covers the old rows.
            hits = search.search(conn, "Dzhalolov", None, 5)
            assert [h["id"] for _, h in hits] == ["case-1"]
            # Schema 3 dates old cases from their first stamp and derives their deadlines.
            assert cases.get(conn, "case-1")["registered_at"] == "2025-11-28T03:20:00Z"
            due = deadlines.due(conn, "2100-01-01T00:00:00Z", None, None, 50)
            assert ("case-1", "initial_assessment") in [(d["case_id"], d["what"]) for d in due]
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_earlier_level(tmp_path, monkeypatch):
    conn = open_database(tmp_path / "case.db", os.urandom(32))
    try:
        migrations.migrate(conn, target=1)

        def broken(c):
            c.execute("CREATE TABLE half_done (x)")
            raise RuntimeError("power cut")

        monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
        with pytest.raises(RuntimeError):
            migrations.migrate(conn, target=2)
        assert migrations.version(conn) == 1
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    finally:
        conn.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path):
    conn = open_database(tmp_path / "case.db", os.urandom(32))
    try:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
        with pytest.raises(WorkspaceDamaged):
            migrations.migrate(conn)
    finally:
        conn.close()
