"""Purging a closed case through the command line leaves no trace of it in the database or any backup."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caseworker.app.session import Session
from caseworker.domain.names import tokens
from caseworker.store.db import open_database
from tests.cli.test_casefile_cli import add_case, make_workspace, ok, refused, show, update, write_json
from tests.conftest import PASSWORD

GONE = {"surname": "Зиёева", "given_name": "Фирӯза"}
KEPT = {"surname": "Назарова", "given_name": "Мадина"}


def case_with_everything(ws: Path, names: dict, marker: str) -> str:
    """A case with a restricted field, a relative, a note and an attached file, each holding `marker`."""
    case_id = add_case(ws, **names)
    update(ws, case_id, {
        "health": f"{marker} asthma",
        "persons": [{"relation": "mother", "surname": names["surname"], "given_name": f"{marker}-mother"}],
        "notes": [{"written_on": "2025-02-01", "text": f"{marker}: the family asked for help with papers"}],
    })
    letter = ws.parent / f"{marker}.txt"
    letter.write_bytes(marker.encode() * 50)
    ok(ws, "attachment", "add", case_id, "--file", str(letter))
    return case_id


def plaintext(database: Path, key: bytes, target: Path) -> bytes:
    """The database's content, exported by the program's own SQLCipher connection to a plain file."""
    conn = open_database(database, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return target.read_bytes()


def texts_of(names: dict, marker: str) -> list[str]:
    """Everything of a case that must go: names as typed, their folded search tokens, the marker."""
    return [names["surname"], names["given_name"], *tokens(f"{names['surname']} {names['given_name']}"), marker]


@pytest.fixture
def ws(tmp_path) -> Path:
    return make_workspace(tmp_path / "ws", accounts=(("laylo", "caseworker"),))


def test_a_closed_case_is_purged_after_the_retention_period_from_the_database_and_every_backup(ws, tmp_path):
    gone = case_with_everything(ws, GONE, "gone-marker-Hq3")
    kept = case_with_everything(ws, KEPT, "kept-marker-Vb8")
    purge = ("case", "purge", gone)
    assert refused(ws, *purge, case_id=gone) == f"Case {gone} is not closed."

    ok(ws, "case", "close", gone, "--reason", "moved_abroad")
    assert refused(ws, *purge, user="laylo", case_id=gone) == "Your account may not purge cases."
    message = refused(ws, *purge, case_id=gone)
    assert message.startswith(f"Case {gone} may be purged from {dt.date.today().year + 5}-")
    assert message.endswith(", 5 years after closure.")

    backup_name = ok(ws, "backup", "create")
    ok(ws, "settings", "set", "--file", write_json(ws, {"retention": {"purge_years_after_closure": 0}}))
    assert ok(ws, *purge) == f"Case {gone} purged"
    assert refused(ws, "case", "show", gone, "--json") == f"No case {gone} that you may see."
    assert [c["id"] for c in json.loads(ok(ws, "case", "list", "--json"))] == [kept]
    assert show(ws, kept)["items"]["notes"]  # the other case is whole

    with Session.open(ws, "nigora", PASSWORD) as session:
        key = session.workspace.data_key
    files = [ws / "case.db", *sorted((ws / "backups").glob("*.cwbackup"))]
    assert backup_name in [f.name for f in files] and len(files) >= 2
    for n, path in enumerate(files):
        data = plaintext(path, key, tmp_path / f"plain-{n}.db")
        for text in texts_of(GONE, "gone-marker-Hq3"):
            for form in (text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")):
                assert form not in data, (path.name, text)
        for text in texts_of(KEPT, "kept-marker-Vb8"):  # the same check finds what was not purged
            assert text.encode() in data, (path.name, text)
