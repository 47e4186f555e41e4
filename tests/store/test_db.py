"""Opening the encrypted database: key first, probe, refuse unsuitable builds, then the pragmas."""

from __future__ import annotations

import os
import threading

import pytest

from caseworker.domain.errors import UnsupportedEncryption, WorkspaceDamaged
from caseworker.store.db import check_build, open_database
from caseworker.store.worker import DatabaseThread


def test_pragmas_after_open(tmp_path):
    conn = open_database(tmp_path / "t.db", os.urandom(32))
    try:
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"  # freed memory wiped
    finally:
        conn.close()


def test_the_file_is_not_a_plain_sqlite_file(tmp_path):
    conn = open_database(tmp_path / "t.db", os.urandom(32))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert not (tmp_path / "t.db").read_bytes().startswith(b"SQLite format 3")


def test_another_key_is_refused_clearly(tmp_path):
    conn = open_database(tmp_path / "t.db", os.urandom(32))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(WorkspaceDamaged):
        open_database(tmp_path / "t.db", os.urandom(32))


class FakeBuild:
    """Answers the two pragmas check_build asks, as another SQLCipher build would."""

    def __init__(self, version, options):
        self.answers = {"PRAGMA cipher_version": [(version,)], "PRAGMA compile_options": options}

    def execute(self, sql):
        rows = self.answers[sql]

        class Cursor(list):
            def fetchone(self):
                return self[0] if self else None

        return Cursor(rows)


@pytest.mark.parametrize(
    ("version", "options"),
    [("3.4.2 community", [("TEMP_STORE=2",)]), ("", [("TEMP_STORE=2",)]), ("4.6.0", [("TEMP_STORE=1",)])],
)
def test_an_unsuitable_sqlcipher_build_is_refused(version, options):
    with pytest.raises(UnsupportedEncryption):
        check_build(FakeBuild(version, options))


def test_check_build_accepts_temp_store_3():
    check_build(FakeBuild("4.6.1 community", [("TEMP_STORE=3",)]))


def test_every_query_runs_on_the_one_database_thread(tmp_path):
    db = DatabaseThread(lambda: open_database(tmp_path / "t.db", os.urandom(32)))
    try:
        seen = {db.call(lambda _c: threading.get_ident()) for _ in range(5)}
        assert len(seen) == 1 and threading.get_ident() not in seen
        with pytest.raises(ZeroDivisionError):
            db.call(lambda _c: 1 / 0)
        assert db.call(lambda c: c.execute("SELECT 41 + 1").fetchone()[0]) == 42
    finally:
        db.stop()


def test_the_data_key_held_by_a_workspace_is_wiped_when_it_closes(tmp_path):
    from caseworker.store.workspace import Workspace
    from tests.conftest import PASSWORD

    ws, _user_id = Workspace.create(tmp_path / "ws", "laptop", None, "nigora", PASSWORD, ["admin", "caseworker"])
    held = ws._data_key
    assert isinstance(held, bytearray) and any(held)
    key = ws.data_key  # a copy for one use
    ws.close()
    assert held == bytearray(32) and any(key)
