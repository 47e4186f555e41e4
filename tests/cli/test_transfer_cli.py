"""Moving a case to another district from the command line: the caseworker asks on the laptop,
the supervisor approves at the office naming the receiving caseworker, who accepts; each wrong
step is one clear line on standard error, exit 1, and changes nothing."""

from __future__ import annotations

import json

from caseworker.app.session import Session
from tests.cli.test_cli import cw
from tests.conftest import PASSWORD, child


def test_a_transfer_asked_for_approved_and_accepted_from_the_command_line(office, tmp_path):
    laptop = tmp_path / "laptop"
    with Session.create(laptop, "nigora", PASSWORD) as s, Session.open(office, "admin", PASSWORD) as admin:
        fingerprint = s.enrolment.request("Ваҳдат", tmp_path / "request.json")
        admin.enrolment.approve(tmp_path / "request.json", fingerprint, tmp_path / "approval.json")
        s.enrolment.complete(tmp_path / "approval.json", admin.enrolment.office_fingerprint())
        [case_id] = s.cases.add([child()]).ids

    r = cw(laptop, "transfer", "request", case_id, "--to-district", "Ваҳдат")
    assert r.returncode == 1 and "already in that district" in r.stderr and len(r.stderr.splitlines()) == 1
    r = cw(laptop, "transfer", "request", case_id, "--to-district", "Ҳисор", "--reason", "The family moved.")
    assert r.returncode == 0, r.stderr
    waiting = json.loads(cw(laptop, "transfer", "show", case_id, "--json").stdout)
    assert (waiting["status"], waiting["to_district"], waiting["reason"]) == ("requested", "Ҳисор", "The family moved.")
    r = cw(laptop, "transfer", "approve", case_id, "--to", "karim")
    assert r.returncode == 1 and "may not decide transfers" in r.stderr
    assert json.loads(cw(laptop, "transfer", "show", case_id, "--json").stdout) == waiting

    with Session.open(laptop, "nigora", PASSWORD) as s, Session.open(office, "admin", PASSWORD) as admin:
        admin.bundles.import_file(s.bundles.export(tmp_path / "stick").new)

    r = cw(office, "transfer", "accept", case_id, user="karim")
    assert r.returncode == 1 and "No case" in r.stderr  # not his yet: he learns nothing of it
    r = cw(office, "transfer", "approve", case_id, "--to", "karim", user="sabina")
    assert r.returncode == 0, r.stderr
    r = cw(office, "transfer", "approve", case_id, "--to", "karim", user="sabina")
    assert r.returncode == 1 and "waiting for a supervisor's decision" in r.stderr
    r = cw(office, "transfer", "accept", case_id, user="karim")
    assert r.returncode == 0, r.stderr
    assert "No transfer" in cw(office, "transfer", "show", case_id, user="karim").stdout
    shown = json.loads(cw(office, "case", "show", case_id, "--json", user="karim").stdout)
    assert (shown["district"], shown["assigned_to"]) == ("Ҳисор", "karim")
