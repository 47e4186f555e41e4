"""Shared fixtures: real encrypted workspaces in tmp_path, the CLI as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Tests use the cheap key-derivation profile (recorded in each keys file); real
# workspaces use Argon2id with 64 MiB and 3 passes.
os.environ["CASEWORKER_KDF_PROFILE"] = "fast"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Two busy cores make hypothesis deadlines flaky.
settings.register_profile("caseworker", deadline=None, max_examples=60)
settings.load_profile("caseworker")

PASSWORD = "correct horse"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def laptop(tmp_path):
    """An unlocked laptop workspace whose first account (admin, caseworker) is 'nigora'."""
    from caseworker.app.session import Session

    s = Session.create(tmp_path / "ws", "nigora", PASSWORD)
    yield s
    s.close()


@pytest.fixture
def office(tmp_path):
    """An office workspace: admin 'admin', supervisor 'sabina', caseworkers 'karim' and 'laylo'."""
    from caseworker.app.session import Session

    folder = tmp_path / "office"
    with Session.create(folder, "admin", PASSWORD, office_name="Dushanbe office") as s:
        s.accounts.add("sabina", PASSWORD, "supervisor")
        s.accounts.add("karim", PASSWORD, "caseworker")
        s.accounts.add("laylo", PASSWORD, "caseworker")
    return folder


@pytest.fixture
def office_and_thief(office, tmp_path):
    """The office (as its admin); nigora's laptop in Ваҳдат (serial 1) with a case and its note,
    at the office; farrukh's laptop in Ҳисор (serial 2), the stolen one, with a case of his own."""
    from caseworker.app.session import Session
    from tests.app.test_case_movement import enrol, sync

    admin = Session.open(office, "admin", PASSWORD)
    victim = enrol(admin, tmp_path / "victim", "nigora", "Ваҳдат", tmp_path)
    stolen = enrol(admin, tmp_path / "stolen", "farrukh", "Ҳисор", tmp_path)
    [theirs] = victim.cases.add([child()]).ids
    victim.casefile.update(theirs, {"notes": [{"written_on": "2026-11-02", "text": "Бибиаш омад."}]})
    [mine] = stolen.cases.add([child(surname="Раҳимов", given_name="Фирдавс", sex="male",
                                     district="Ҳисор")]).ids
    sync(admin, victim, tmp_path, 1)
    sync(admin, stolen, tmp_path, 1)
    sync(admin, victim, tmp_path, 2)  # the office's directory, with farrukh's account in it
    yield admin, victim, stolen, theirs, mine
    for s in (stolen, victim, admin):
        s.close()


def child(**overrides) -> dict:
    record = {
        "surname": "Қаюмова",
        "given_name": "Ситора",
        "patronymic": None,
        "sex": "female",
        "birth_year": 2014,
        "district": "Ваҳдат",
        "summary": "Returned with her mother.",
    }
    record.update(overrides)
    return record


def run_cli(*args: str, stdin: str = "", env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Runs the real `caseworker` command line in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CASEWORKER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "caseworker", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
    )
