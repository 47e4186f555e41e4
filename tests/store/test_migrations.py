"""Every earlier schema level upgrades to the latest, keeping its data."""

from __future__ import annotations

import os

import pytest

from caseworker.domain.errors import WorkspaceDamaged
from caseworker.store import cases, migrations, search
from caseworker.store.db import open_database


def make_case(conn, case_id):
    values = {
        "surname": "Ҷалолов", "given_name": "Шоҳрух", "patronymic": None, "other_names": ["Shohrukh Jalolov"],
        "sex": "male", "birth_date": None, "birth_year": 2011, "district": "Ваҳдат", "summary": "",
        "risk": "low", "status": "open", "assigned_to": "u", "created_by": "u",
    }
    # Rows as migration 1 stores them: no search index yet at that level.
    rows = [(1, case_id, "dev", 0, *(cases._encode(f, values[f]) for f in cases.CASE_FIELDS), "{}", 1)]
    conn.executemany(cases._INSERT, rows)


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
