"""A case lives on the laptop of the caseworker it is assigned to, and only there: assigned at
the office to a caseworker on another laptop it travels there whole; it leaves the old laptop
(purged, its backups too) once the office has everything that laptop wrote of it; a late,
older copy does not bring it back; assigned back, it returns whole."""

from __future__ import annotations

import datetime as dt

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    AccountNotFound,
    CaseNotFound,
    InvalidRecord,
    NotPermitted,
    NoTransferToAccept,
    NoTransferToDecide,
    OwnAccount,
    SameDistrict,
    TransferPending,
    WrongPassword,
)
from caseworker.store import backup
from caseworker.store.db import open_database
from tests.conftest import PASSWORD, child

TODAY = "2026-11-02"


def enrol(admin, folder, user, district, tmp_path):
    laptop = Session.create(folder, user, PASSWORD)
    fingerprint = laptop.enrolment.request(district, tmp_path / f"{user}.request")
    admin.enrolment.approve(tmp_path / f"{user}.request", fingerprint, tmp_path / f"{user}.approval")
    laptop.enrolment.complete(tmp_path / f"{user}.approval", admin.enrolment.office_fingerprint())
    return laptop


@pytest.fixture
def three(office, tmp_path):
    """The office (as its admin) and two enrolled laptops: nigora's (serial 1), farrukh's (2)."""
    admin = Session.open(office, "admin", PASSWORD)
    first = enrol(admin, tmp_path / "first", "nigora", "Ваҳдат", tmp_path)
    second = enrol(admin, tmp_path / "second", "farrukh", "Ҳисор", tmp_path)
    # Each laptop's first bundle (its accounts alone) tells the office who works there.
    sync(admin, second, tmp_path, 0)
    yield admin, first, second
    for s in (second, first, admin):
        s.close()


def sync(admin, laptop, tmp_path, step):
    """One round: the laptop's bundle to the office, the office's return bundle back."""
    made = laptop.bundles.export(tmp_path / f"up{step}").new
    if made is not None:
        admin.bundles.import_file(made)
    back = admin.bundles.export(tmp_path / f"down{step}", device=laptop.workspace.device_id).new
    return laptop.bundles.import_file(back) if back is not None else None


def rows(session, case_id):
    """Every row of the case and its entries still in the workspace."""
    return session.workspace.read(lambda c: (
        c.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        + c.execute("SELECT count(*) FROM case_items WHERE case_id = ?", (case_id,)).fetchone()[0]))


def reassign(office_folder, case_id, to):
    with Session.open(office_folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"assigned_to": to})


def test_a_case_assigned_to_a_caseworker_on_another_laptop_moves_there_whole_and_leaves_the_first(three, tmp_path):
    admin, first, second = three
    [case_id] = first.cases.add([child()]).ids
    first.casefile.update(case_id, {"notes": [{"written_on": TODAY, "text": "Бибиаш омад."}]})
    first.maintenance.backup()
    sync(admin, first, tmp_path, 1)
    sync(admin, second, tmp_path, 1)  # the office's directory of accounts only
    assert rows(second, case_id) == 0  # not his: the case does not travel there

    # At the office the laptops' accounts are named with their device's serial.
    with pytest.raises(InvalidRecord):
        reassign(admin.workspace.folder, case_id, "farrukh")
    reassign(admin.workspace.folder, case_id, "farrukh@2")
    arrived = sync(admin, second, tmp_path, 2)
    assert arrived.new == 2  # the case and its note, whole, though both were written long ago
    shown = second.casefile.show(case_id)
    assert shown["assigned_to"] == "farrukh" and len(shown["items"]["notes"]) == 1
    assert first.cases.get(case_id).assigned_to == "nigora"  # until its return bundle comes

    gone = sync(admin, first, tmp_path, 2)
    assert gone.left == 1 and rows(first, case_id) == 0
    with pytest.raises(CaseNotFound):
        first.cases.get(case_id)
    assert first.workspace.read(lambda c: c.execute(
        "SELECT count(*) FROM audit WHERE action = 'case_left' AND record = ?", (case_id,)).fetchone()[0]) == 1
    # Its backups lose it too.
    [name] = backup.list_backups(first.workspace.folder)
    conn = open_database(first.workspace.folder / "backups" / name, first.workspace.data_key)
    try:
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM departed WHERE case_id = ?", (case_id,)).fetchone()[0] == 1
    finally:
        conn.close()
    # Nothing of it goes back to the office as a deletion: the office still has it, whole.
    assert first.bundles.export(tmp_path / "up3").new is None
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.casefile.show(case_id)["surname"] == "Қаюмова"


def test_an_edit_not_yet_at_the_office_keeps_the_case_until_it_is(three, tmp_path):
    admin, first, _second = three
    [case_id] = first.cases.add([child()]).ids
    sync(admin, first, tmp_path, 1)
    reassign(admin.workspace.folder, case_id, "farrukh@2")
    first.cases.edit(case_id, {"summary": "Written after the last bundle."})
    back = admin.bundles.export(tmp_path / "down", device=first.workspace.device_id).new
    assert first.bundles.import_file(back).left == 0 and rows(first, case_id) == 1
    # The next round carries the edit to the office; only then does the case leave.
    assert sync(admin, first, tmp_path, 2).left == 1 and rows(first, case_id) == 0
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).summary == "Written after the last bundle."


def test_a_late_older_copy_does_not_bring_a_case_back_but_assigning_it_back_does(three, tmp_path):
    admin, first, _second = three
    [case_id] = first.cases.add([child()]).ids
    sync(admin, first, tmp_path, 1)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"summary": "Seen by the office."})
    older = admin.bundles.export(tmp_path / "older", device=first.workspace.device_id).new
    reassign(admin.workspace.folder, case_id, "farrukh@2")
    newer = admin.bundles.export(tmp_path / "newer", device=first.workspace.device_id).new
    assert first.bundles.import_file(newer).left == 1
    first.bundles.import_file(older)  # arrives late, out of order
    assert rows(first, case_id) == 0
    reassign(admin.workspace.folder, case_id, "nigora@1")
    assert sync(admin, first, tmp_path, 2).new == 1
    assert first.cases.get(case_id).summary == "Seen by the office."


def test_a_closed_case_leaves_the_laptop_once_the_office_has_the_closure(three, tmp_path):
    admin, first, _second = three
    [case_id] = first.cases.add([child()]).ids
    sync(admin, first, tmp_path, 1)  # the office's directory reaches the laptop: sabina is known there
    first.closure.close(case_id, "goals_met", approved_by="sabina")
    assert rows(first, case_id) == 1
    assert sync(admin, first, tmp_path, 2).left == 1 and rows(first, case_id) == 0
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).status == "closed"


def test_a_transfer_to_another_district_is_asked_for_approved_accepted_and_moves_the_case(three, tmp_path):
    admin, first, second = three
    [case_id] = first.cases.add([child()]).ids
    first.transfers.request(case_id, "Ҳисор", "The family moved to her grandmother.")
    with pytest.raises(TransferPending):
        first.transfers.request(case_id, "Ҳисор")
    with pytest.raises(InvalidRecord):  # steps are taken through the transfer, never patched in
        first.casefile.update(case_id, {"transfers": [{"to_district": "Ҳисор", "requested_on": TODAY}]})
    with pytest.raises(NotPermitted):
        first.transfers.decline(case_id)  # a caseworker does not decide
    sync(admin, first, tmp_path, 1)

    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        asked = supervisor.transfers.open(case_id)
        assert (asked["status"], asked["to_district"]) == ("requested", "Ҳисор")
        supervisor.transfers.approve(case_id, "farrukh@2")
        assert supervisor.cases.get(case_id).district == "Ҳисор"
        with pytest.raises(NoTransferToDecide):
            supervisor.transfers.approve(case_id, "farrukh@2")

    assert sync(admin, second, tmp_path, 1).new == 2  # the case and its transfer
    with pytest.raises(NoTransferToAccept):
        first.transfers.accept(case_id)  # not the receiver
    second.transfers.accept(case_id)
    assert second.transfers.open(case_id) is None
    assert sync(admin, first, tmp_path, 2).left == 1 and rows(first, case_id) == 0
    sync(admin, second, tmp_path, 2)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        record = supervisor.casefile.show(case_id)
        [transfer] = record["items"]["transfers"]
        assert (record["district"], record["assigned_to"]) == ("Ҳисор", "farrukh@2")
        assert (transfer["status"], transfer["accepted_on"]) == ("accepted", dt.date.today().isoformat())
        actions = [e["action"] for e in supervisor.cases.history(case_id)]
    assert "case_left" not in actions  # a laptop's own purge is its own business


def test_a_declined_transfer_changes_nothing_else_and_a_new_one_may_be_asked_for(three, tmp_path):
    admin, first, _second = three
    [case_id] = first.cases.add([child()]).ids
    with pytest.raises(SameDistrict):
        first.transfers.request(case_id, "Ваҳдат")
    first.transfers.request(case_id, "Ҳисор")
    sync(admin, first, tmp_path, 1)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.transfers.decline(case_id)
        assert supervisor.transfers.open(case_id) is None
    sync(admin, first, tmp_path, 2)
    assert first.cases.get(case_id).district == "Ваҳдат" and rows(first, case_id) == 2
    first.transfers.request(case_id, "Роғун")
    assert first.transfers.open(case_id)["to_district"] == "Роғун"


def test_an_account_disabled_at_the_office_is_disabled_on_its_laptop(three, tmp_path):
    admin, first, _second = three
    first.accounts.add("dilnoza", PASSWORD, "caseworker")
    with Session.open(first.workspace.folder, "dilnoza", PASSWORD) as dilnoza:
        [case_id] = dilnoza.cases.add([child()]).ids
    sync(admin, first, tmp_path, 1)
    with pytest.raises(OwnAccount):
        admin.accounts.disable("admin")
    with pytest.raises(AccountNotFound):
        admin.accounts.disable("nobody@1")
    admin.accounts.disable("dilnoza@1")  # she left the programme
    # A bundle the laptop wrote before hearing of it (her account still active there) does not
    # bring her back at the office.
    first.cases.add([child(given_name="Мадина")])
    admin.bundles.import_file(first.bundles.export(tmp_path / "late").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).assigned_to == "dilnoza@1"  # still named, until reassigned
        with pytest.raises(InvalidRecord):
            supervisor.cases.edit(case_id, {"assigned_to": "dilnoza@1"})
    assert sync(admin, first, tmp_path, 2).left == 1  # her cases leave the laptop with her account
    with pytest.raises(WrongPassword):
        Session.open(first.workspace.folder, "dilnoza", PASSWORD)
    assert "dilnoza" not in first.workspace.keys.accounts


def test_a_disabled_local_account_no_longer_opens_the_workspace(laptop):
    laptop.accounts.add("farrukh", PASSWORD, "caseworker")
    laptop.accounts.disable("farrukh")
    with pytest.raises(WrongPassword):
        Session.open(laptop.workspace.folder, "farrukh", PASSWORD)
    assert [u["name"] for u in laptop.accounts.list()] == ["nigora"]
