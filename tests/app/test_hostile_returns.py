"""What a laptop must survive even from its own office's key (issue 15): revocation lists that
go back in time, leap ahead, or come from the future are refused with their own code, whole,
and the list the laptop holds stays as it was. Each bundle is made with the program's modules
and signed with the office's genuine key, through the laptop's real import."""

from __future__ import annotations

import datetime as dt

import pytest

from caseworker.app.enrolment import REVOCATION_LIST
from caseworker.domain.errors import BundleRefused
from caseworker.store import meta
from caseworker.sync import enrolment as documents
from caseworker.sync import records
from caseworker.sync.canonical import strict_loads
from tests.app import thief

TODAY = dt.datetime.now(dt.UTC).date()


def held(laptop) -> dict:
    return strict_loads(laptop.workspace.read(meta.get, REVOCATION_LIST).encode())["body"]


def listing(admin, version: int, issued: dt.date) -> dict:
    office = admin.enrolment.office_identity()
    return {"t": records.CONTROL, "document": documents.revocation_document(
        office, admin.workspace.keys.workspace_id, version, [], issued)}


@pytest.mark.parametrize("version, issued, code", [
    (1, dt.date(2024, 1, 1), "revocations_older"),  # a list of 2024 that would un-revoke a laptop
    (2**62, TODAY, "revocations_leap"),  # after which every genuine list would look like a rollback
    (1, TODAY + dt.timedelta(days=10), "revocations_future"),
])
def test_a_revocation_list_out_of_time_is_refused_and_the_held_one_kept(office_and_thief, tmp_path, version,
                                                                          issued, code):
    admin, victim, _stolen, _theirs, _mine = office_and_thief
    before = held(victim)
    made = thief.forge_return(admin, victim, [listing(admin, before["version"] + version, issued)], tmp_path / "r")
    with pytest.raises(BundleRefused) as refused:
        victim.bundles.import_file(made)
    assert refused.value.params["code"] == code
    assert held(victim) == before


def test_the_next_genuine_list_is_taken(office_and_thief, tmp_path):
    admin, victim, _stolen, _theirs, _mine = office_and_thief
    before = held(victim)
    made = thief.forge_return(admin, victim, [listing(admin, before["version"] + 1, TODAY)], tmp_path / "r")
    victim.bundles.import_file(made)
    assert held(victim)["version"] == before["version"] + 1
