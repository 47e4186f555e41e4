"""No child's data in plaintext anywhere: database, -wal, -shm, backups, keys, temp files, messages."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import InvalidRecord
from tests.conftest import PASSWORD

MARKER = "Qx7Zmarker"
NAME = "Муҳаммадҷон"


def forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def needles() -> list[bytes]:
    found = []
    for text in (MARKER, NAME, MARKER.lower(), "muhammadjon"):
        found += forms(text)
    return found


def scan(*folders: Path) -> list[str]:
    leaks = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                leaks += [f"{path.name}: {n!r}" for n in needles() if n in data]
    return leaks


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_nothing_readable_in_any_file(tmp_path, private_tmp):
    ws = tmp_path / "ws"
    s = Session.create(ws, "nigora", PASSWORD)
    try:
        record = {
            "surname": f"{NAME}{MARKER}s",
            "given_name": f"{MARKER}g {NAME}",
            "patronymic": f"{MARKER}p",
            "other_names": [f"{MARKER}o1", f"{NAME} {MARKER}o2", "محمد جان"],
            "sex": "male",
            "birth_date": "2012-05-01",
            "district": f"{MARKER}d",
            "summary": f"{MARKER} summary {NAME} " * 50,
            "risk": "high",
        }
        [case_id] = s.cases.add([record]).ids
        s.cases.edit(case_id, {"summary": f"{MARKER} changed {NAME}", "given_name": f"{NAME}{MARKER}"})
        s.cases.search(NAME)
        s.cases.search(MARKER)
        s.maintenance.backup()
        with pytest.raises(InvalidRecord) as bad:
            s.cases.add([{**record, "sex": f"{MARKER}{NAME}", "birth_date": f"{MARKER}"}])
        assert MARKER not in str(bad.value) and NAME not in str(bad.value)
        assert not scan(ws, private_tmp), "before checkpoint"
        s.workspace.read(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
        assert not scan(ws, private_tmp), "after checkpoint"
        s.cases.delete(case_id)
    finally:
        s.close()
    assert not scan(ws, private_tmp), "after close"
    assert {p.name for p in ws.iterdir()} >= {"keys.json", "case.db", "backups"}


def test_the_scan_finds_a_planted_marker(tmp_path):
    (tmp_path / "log.txt").write_bytes(f"x {NAME} y".encode("utf-16-le"))
    assert scan(tmp_path)
