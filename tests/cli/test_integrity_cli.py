"""A damaged page of the encrypted database, as the disk or a careless copy leaves it: found by
`workspace check`, before every backup and by any query that meets it, always as the one calm
line that counts the damaged pages and names the newest intact backup; a backup is never made
from a damaged database, and `backup restore` brings the workspace back (docs/workspace.md)."""

from __future__ import annotations

import os
import re

import pytest

from caseworker.app import demo
from caseworker.app.session import Session
from tests.cli.test_cli import cw
from tests.conftest import PASSWORD

PAGE = 4096


@pytest.fixture
def ws(tmp_path):
    """300 children and one backup, closed (the log is folded into the file)."""
    folder = tmp_path / "ws"
    with Session.create(folder, "nigora", PASSWORD) as s:
        s.cases.add(list(demo.cases(300, seed=3)), check_duplicates=False)
        backup = s.maintenance.backup()
    return folder, backup


def flip(folder, page: int) -> None:
    """One byte of one page, inverted, as a failing disk sector would leave it."""
    with open(folder / "case.db", "r+b") as f:
        f.seek((page - 1) * PAGE + 100)
        byte = f.read(1)[0]
        f.seek((page - 1) * PAGE + 100)
        f.write(bytes([byte ^ 0xFF]))


def pages(folder) -> int:
    return (folder / "case.db").stat().st_size // PAGE


def one_line(r) -> str:
    assert r.returncode == 1, r.stdout
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr and "sqlcipher" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    return line


def test_an_intact_workspace_checks_every_page(ws):
    folder, _backup = ws
    before = pages(folder)
    r = cw(folder, "workspace", "check")
    assert r.returncode == 0, r.stderr
    said = r.stdout.strip()
    assert said.startswith("Workspace intact: ") and said.endswith(" pages checked")
    assert before <= int(said.split()[2]) <= pages(folder)  # the login's audit entry may add one


def test_a_page_nothing_reads_is_found_by_the_check_and_stops_a_backup(ws):
    folder, backup = ws
    total = pages(folder)
    assert total > 150
    flip(folder, 150)
    line = one_line(cw(folder, "workspace", "check"))
    assert re.match(r"caseworker: 1 of the \d+ pages of this workspace's database are damaged", line)
    assert line.endswith(f"caseworker backup restore {backup}")
    kept = sorted(os.listdir(folder / "backups"))
    again = one_line(cw(folder, "backup", "create"))  # never a backup of a damaged database
    assert re.sub(r"\d+ pages", "", again) == re.sub(r"\d+ pages", "", line)  # (the login adds pages)
    assert sorted(os.listdir(folder / "backups")) == kept


def test_a_page_the_login_meets_is_the_same_line_and_the_backup_restores_it(ws):
    folder, backup = ws
    flip(folder, 7)
    line = one_line(cw(folder, "case", "list"))
    assert "are damaged" in line and line.endswith(f"caseworker backup restore {backup}")
    r = cw(folder, "backup", "restore", backup)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Restored {backup}"
    [kept] = [n for n in os.listdir(folder / "damaged") if n.endswith(".db")]  # set aside, for an expert
    r = cw(folder, "case", "list", "--json")
    assert r.returncode == 0, r.stderr
    assert cw(folder, "workspace", "check").returncode == 0
    r = cw(folder, "audit", "verify")
    assert r.returncode == 0, r.stderr
    assert kept.startswith("case-")


def test_only_an_administrator_of_the_backup_restores_a_workspace_that_cannot_open(ws):
    folder, backup = ws
    with Session.open(folder, "nigora", PASSWORD) as s:
        s.accounts.add("karim", "karim's password", "caseworker")
        backup = s.maintenance.backup()
    flip(folder, 7)
    line = one_line(cw(folder, "backup", "restore", backup, user="karim", stdin="karim's password\n"))
    assert line == "caseworker: Your account may not restore backups."
    assert not (folder / "damaged").exists()


def test_with_no_intact_backup_the_line_says_to_keep_the_folder(ws):
    folder, backup = ws
    flip(folder, 150)
    with open(folder / "backups" / backup, "r+b") as f:  # the only backup is damaged too
        f.seek(3 * PAGE + 100)
        f.write(b"\x00\x01\x02")
    line = one_line(cw(folder, "workspace", "check"))
    assert "no backup here is intact" in line and f"Copy the whole folder {folder}" in line
