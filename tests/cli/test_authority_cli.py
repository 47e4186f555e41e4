"""A bundle a stolen laptop made by hand, imported from the command line at the office: one line
names the laptop and its district and suggests revoking it; `device history` shows the refusal."""

from __future__ import annotations

import copy

from tests.app import thief
from tests.app.test_authority import everyone
from tests.cli.test_cli import cw


def test_the_office_is_told_in_one_line_which_laptop_sent_what_it_may_not(office_and_thief, tmp_path):
    admin, victim, stolen, theirs, mine = office_and_thief
    forged = everyone(copy.deepcopy(thief.own_case(stolen, mine)), admin, victim, stolen)
    forged["id"] = theirs
    made = thief.forge(stolen, [forged], tmp_path / "stick")
    device = stolen.workspace.device_id
    office = admin.workspace.folder

    r = cw(office, "bundle", "import", str(made), user="sabina")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    assert "refused (not_permitted)" in line and "laptop 2 (Ҳисор)" in line
    assert f"caseworker device revoke {device}" in line

    r = cw(office, "device", "history", device, user="admin")
    assert r.returncode == 0, r.stderr
    assert "It had 1 bundle(s) refused" in r.stdout and "not_permitted (case_not_held)" in r.stdout
    assert "device revoke" in r.stdout
