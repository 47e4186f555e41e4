"""Workspaces made by earlier versions of the program, kept as files, open and upgrade.

Each folder under tests/data/workspaces/ was written by the program at that schema level
(test key-derivation profile) and is never regenerated: when a migration is added, these
real files prove that it upgrades what laptops in the districts already hold.
"""

from __future__ import annotations

import json
import shutil

import pytest

from caseworker.app import movement
from caseworker.app.session import Session
from caseworker.domain.errors import CaseNotFound
from caseworker.store import migrations
from caseworker.store.db import open_database
from tests.conftest import DATA

FIXTURES = sorted(p for p in (DATA / "workspaces").iterdir() if p.is_dir())


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_old_workspace_opens_upgrades_and_keeps_every_case(tmp_path, fixture):
    expected = json.loads(fixture.with_suffix(".json").read_text("utf-8"))
    folder = tmp_path / "ws"
    shutil.copytree(fixture, folder)
    with Session.open(folder, "nigora", expected["password"]) as s:
        assert s.workspace.read(migrations.version) == migrations.LATEST
        # The upgrade began with a backup of the workspace as the older program left it.
        old = int(fixture.name.removeprefix("schema"))
        [before] = s.maintenance.backups() if old < migrations.LATEST else [None]
        if before is not None:
            conn = open_database(folder / "backups" / before, s.workspace.data_key)
            try:
                assert conn.execute("PRAGMA user_version").fetchone()[0] == old
            finally:
                conn.close()
        # Every value the old program stored is still there (later schemas add fields).
        now = [c.model_dump() for c in s.cases.list()]
        assert [{k: c[k] for k in old} for c, old in zip(now, expected["cases"], strict=True)] == expected["cases"]
        assert s.cases.search("Dzhalolov")[0].surname == "Ҷалолов"
        with pytest.raises(CaseNotFound):
            s.cases.get(expected["deleted"])
        if "items_of_first" in expected:  # schema 3 on: the case file's items
            first = expected["items_of_first"]
            shown = s.casefile.show(first["id"])
            counts = {k: len(v) for k, v in shown["items"].items()}
            assert {k: counts[k] for k in first["counts"]} == first["counts"]
        if "draft" in expected:  # schema 6 on: unsaved drafts and the remembered language
            assert s.drafts.load(expected["draft"]["key"]) == expected["draft"]["data"]
            assert s.drafts.language() == expected["language"]
        if "device_fingerprint" in expected:  # schema 7 on: the laptop's own sync keys
            assert s.enrolment.request("Ҳисор", tmp_path / "request.json") == expected["device_fingerprint"]
        if "account_elsewhere" in expected:  # schema 8 on: accounts of other workspaces, by name
            known = expected["account_elsewhere"]
            assert s.workspace.read(movement.account_names)[known["id"]] == known["name"]
        assert s.maintenance.verify_audit() > 0


def test_there_is_a_fixture_for_the_current_schema():
    assert f"schema{migrations.LATEST}" in {p.name for p in FIXTURES}
