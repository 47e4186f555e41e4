"""The office believes a laptop only about itself (docs/sync.md "What a laptop may say"). Each
attack is what a thief holding one enrolled laptop can do: a bundle made by hand with the
program's own modules, signed with that laptop's genuine key, through the office's real import.
Each is refused whole, with the laptop named, and the office's tables stay as they were but for
the quarantine copy and the audit entry. The honest flows around them still work."""

from __future__ import annotations

import base64
import copy
import hashlib
import secrets
import uuid

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    AssignedAtOffice,
    BundleNotPermitted,
    BundleRefused,
    DecidedAtOffice,
    ResolvedAtOffice,
)
from caseworker.store import replicas
from caseworker.sync import records
from tests.app import thief
from tests.app.test_case_movement import reassign, rows, sync
from tests.conftest import PASSWORD, child

TODAY = "2026-11-02"
HUGE = 10**12


def refuse(admin, path, tmp_path):
    """Imports the forged bundle; returns the refusal, having checked nothing else changed."""
    before = thief.office_tables(admin)
    quarantined = len(list((admin.workspace.folder / "quarantine").glob("*.cwbundle"))) \
        if (admin.workspace.folder / "quarantine").exists() else 0
    with pytest.raises(BundleRefused) as refusal:
        admin.bundles.import_file(path)
    assert thief.office_tables(admin) == before
    assert len(list((admin.workspace.folder / "quarantine").glob("*.cwbundle"))) == quarantined + 1
    return refusal.value


def not_permitted(admin, stolen, path, tmp_path) -> str:
    """The refusal of a bundle the program never writes: it names the laptop and its district,
    suggests revoking it, is audited under the device; returns the rule it broke."""
    refusal = refuse(admin, path, tmp_path)
    assert isinstance(refusal, BundleNotPermitted), refusal.params
    said = refusal.message.english()
    assert "laptop 2 (Ҳисор)" in said and f"caseworker device revoke {stolen.workspace.device_id}" in said
    assert "Раҳимов" not in said and "Қаюмова" not in said  # never a child's name
    last = thief.refusals(admin)[-1]
    assert (last["record"], last["code"], last["device"]) == (stolen.workspace.device_id, "not_permitted",
                                                             stolen.workspace.device_id)
    return refusal.params["rule"].key.removeprefix("bundle.rule.")


def everyone(record: dict, admin, victim, stolen) -> dict:
    """Every field's clock counting 10^12 for every device: it dominates anything honest."""
    devices = [admin.workspace.device_id, victim.workspace.device_id, stolen.workspace.device_id]
    forged = copy.deepcopy(record)
    forged["clocks"] = {name: [dict.fromkeys(devices, HUGE), HUGE, stolen.workspace.device_id]
                        for name in forged["clocks"]}
    return forged


def test_dominating_clocks_do_not_rewrite_or_take_another_districts_case(office_and_thief, tmp_path):
    admin, victim, stolen, theirs, mine = office_and_thief
    forged = everyone(thief.own_case(stolen, mine), admin, victim, stolen)
    forged["id"] = theirs
    forged["fields"]["summary"] = "Rewritten by the thief."
    assert not_permitted(admin, stolen, thief.forge(stolen, [forged], tmp_path / "f"), tmp_path) == "case_not_held"
    # Even with the victim's origin, and about the thief's own case, 10^12 for others is a forgery.
    forged["origin"] = victim.workspace.device_id
    assert not_permitted(admin, stolen, thief.forge(stolen, [forged], tmp_path / "f"), tmp_path) == "case_not_held"
    own = everyone(thief.own_case(stolen, mine), admin, victim, stolen)
    assert not_permitted(admin, stolen, thief.forge(stolen, [own], tmp_path / "f"), tmp_path) == "clock"
    # Nothing left the victim's laptop, and nothing of the case goes to the thief.
    sync(admin, victim, tmp_path, 3)
    assert victim.cases.get(theirs).summary == child()["summary"] and rows(victim, theirs) == 2
    sync(admin, stolen, tmp_path, 3)
    assert rows(stolen, theirs) == 0


def test_a_tombstone_of_a_case_the_laptop_never_held_erases_nothing(office_and_thief, tmp_path):
    admin, _victim, stolen, theirs, _mine = office_and_thief
    [decoy] = stolen.cases.add([child(surname="Каримов", given_name="Азиз", sex="male")]).ids
    stolen.cases.delete(decoy)
    tombstone = thief.own_case(stolen, decoy)
    assert tombstone["deleted"]
    tombstone["id"] = theirs
    assert not_permitted(admin, stolen, thief.forge(stolen, [tombstone], tmp_path / "f"),
                         tmp_path) == "case_not_held"
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(theirs).surname == "Қаюмова"


def test_an_older_copy_of_a_case_never_held_does_not_route_it_to_the_laptop(office_and_thief, tmp_path):
    admin, _victim, stolen, theirs, mine = office_and_thief
    older = thief.own_case(stolen, mine)
    older["id"] = theirs
    older["clocks"] = {name: [{stolen.workspace.device_id: 1}, 1, stolen.workspace.device_id]
                       for name in older["clocks"]}
    assert not_permitted(admin, stolen, thief.forge(stolen, [older], tmp_path / "f"), tmp_path) == "case_not_held"
    sync(admin, stolen, tmp_path, 3)
    assert rows(stolen, theirs) == 0


def test_another_laptops_account_or_an_office_account_is_not_moved_to_the_thief(office_and_thief, tmp_path):
    admin, victim, stolen, _theirs, _mine = office_and_thief
    nigora = victim.workspace.read(lambda c: c.execute("SELECT id FROM users WHERE name = 'nigora'").fetchone()[0])
    sabina = admin.workspace.read(lambda c: c.execute("SELECT id FROM users WHERE name = 'sabina'").fetchone()[0])
    for account_id in (nigora, sabina):
        account = {"t": records.ACCOUNT, "id": account_id, "name": "nigora", "roles": ["caseworker"],
                   "deleted": False}
        assert not_permitted(admin, stolen, thief.forge(stolen, [account], tmp_path / "f"), tmp_path) == "account"


def test_a_case_invented_in_another_laptops_or_caseworkers_name_is_refused(office_and_thief, tmp_path):
    admin, victim, stolen, _theirs, mine = office_and_thief
    nigora = victim.workspace.read(lambda c: c.execute("SELECT id FROM users WHERE name = 'nigora'").fetchone()[0])
    invented = thief.own_case(stolen, mine)
    invented["id"] = str(uuid.uuid4())
    for field, value, rule in (("origin", victim.workspace.device_id, "origin"),
                               ("created_by", nigora, "creator"),
                               ("assigned_to", nigora, "assignment")):
        forged = copy.deepcopy(invented)
        if field == "origin":
            forged["origin"] = value
        else:
            forged["fields"][field] = value
        assert not_permitted(admin, stolen, thief.forge(stolen, [forged], tmp_path / "f"), tmp_path) == rule, field
    # The same case, in the thief's own name, is a new case like any other.
    admin.bundles.import_file(thief.forge(stolen, [invented], tmp_path / "f"))
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(invented["id"]).assigned_to == "farrukh@2"


def conflict_at_office(admin, stolen, mine, tmp_path) -> dict:
    """An open conflict on the thief's own case: sabina at the office and farrukh on his laptop
    both changed its summary."""
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(mine, {"summary": "The office's words."})
    stolen.cases.edit(mine, {"summary": "The laptop's words."})
    admin.bundles.import_file(stolen.bundles.export(tmp_path / "honest").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [conflict] = supervisor.conflicts.open()
    columns = ", ".join(replicas.CONFLICT_COLUMNS)
    return admin.workspace.read(lambda c: dict(zip(replicas.CONFLICT_COLUMNS, c.execute(
        f"SELECT {columns} FROM conflicts WHERE id = ?", (conflict["id"],)).fetchone(), strict=True)))


def test_a_laptop_does_not_resolve_a_supervisors_conflict_or_break_the_list(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    conflict = conflict_at_office(admin, stolen, mine, tmp_path)
    resolved = {"t": records.CONFLICT, **conflict, "resolved_at": conflict["found_at"],
                "resolved_by": stolen.user.id}
    assert not_permitted(admin, stolen, thief.forge(stolen, [resolved], tmp_path / "f"), tmp_path) == "resolution"
    garbage = {"t": records.CONFLICT, **conflict, "id": secrets.token_hex(32), "kept": "{not json"}
    assert refuse(admin, thief.forge(stolen, [garbage], tmp_path / "f"), tmp_path).params["code"] == "record_invalid"
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [still] = supervisor.conflicts.open()  # the list still reads, the conflict still open
        assert still["id"] == conflict["id"]


def test_a_conflict_about_another_laptops_case_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, theirs, mine = office_and_thief
    conflict = conflict_at_office(admin, stolen, mine, tmp_path)
    elsewhere = {"t": records.CONFLICT, **conflict, "id": secrets.token_hex(32), "record_id": theirs}
    assert not_permitted(admin, stolen, thief.forge(stolen, [elsewhere], tmp_path / "f"),
                         tmp_path) == "case_not_held"


@pytest.mark.parametrize("field, value", [
    ("sex", "banana"),
    ("birth_date", "not-a-date"),
    ("birth_year", "2014"),  # a number spelt as text
    ("summary", 12),
    ("surname", ["Қаюмова"]),  # a list where a name belongs
    ("summary", "x" * 20_001),  # one more than anyone may type
])
def test_values_the_case_model_refuses_are_refused_not_an_internal_error(office_and_thief, tmp_path, field, value):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    stolen.cases.edit(mine, {"summary": "A real edit, to carry the bad value."})
    [record] = [r for r in thief.own_records(stolen) if r["t"] == records.CASE and r["id"] == mine]
    record["fields"][field] = value
    assert refuse(admin, thief.forge(stolen, [record], tmp_path / "f"), tmp_path).params["code"] == "record_invalid"


def test_a_fifty_million_character_summary_is_refused_before_it_is_read_whole(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    record = thief.own_case(stolen, mine)
    record["fields"]["summary"] = "ю" * 50_000_000  # 100 MB of text
    assert refuse(admin, thief.forge(stolen, [record], tmp_path / "f"), tmp_path).params["code"] == "record_too_large"


def attachment(stolen, case_id: str, content: bytes, size: int | None = None) -> list[dict]:
    """The blob and the entry that names it, as the program writes them, for `content`."""
    digest = hashlib.sha256(content).hexdigest()
    [entry] = [r for r in thief.own_records(stolen) if r["t"] == records.ITEM and r["kind"] == "attachment"]
    entry = copy.deepcopy(entry)
    entry["id"], entry["case_id"] = str(uuid.uuid4()), case_id
    entry["fields"] = {**entry["fields"], "sha256": digest, "size": len(content) if size is None else size}
    return [{"t": records.BLOB, "sha256": digest, "data": base64.b64encode(content).decode()}, entry]


def test_an_attachment_larger_than_the_limit_or_than_it_declares_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 consent form")
    stolen.casefile.attach(mine, scan, description="Consent form")
    big = attachment(stolen, mine, bytes(45 * 1024 * 1024), size=10)
    assert refuse(admin, thief.forge(stolen, big, tmp_path / "f"), tmp_path).params["code"] == "record_too_large"
    lying = attachment(stolen, mine, b"twenty-one bytes long", size=10)
    assert refuse(admin, thief.forge(stolen, lying, tmp_path / "f"), tmp_path).params["code"] == "record_invalid"
    without = attachment(stolen, mine, b"bytes that never travel")[1:]  # the entry alone
    assert refuse(admin, thief.forge(stolen, without, tmp_path / "f"), tmp_path).params["code"] == "record_invalid"
    stray = attachment(stolen, mine, b"bytes no entry names")[:1]  # the bytes alone
    assert not_permitted(admin, stolen, thief.forge(stolen, stray, tmp_path / "f"), tmp_path) == "unnamed_file"


def test_an_entry_for_a_case_that_does_not_exist_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    stolen.casefile.update(mine, {"notes": [{"written_on": TODAY, "text": "Падараш омад."}]})
    [note] = [r for r in thief.own_records(stolen) if r["t"] == records.ITEM]
    note["id"], note["case_id"] = str(uuid.uuid4()), str(uuid.uuid4())
    assert not_permitted(admin, stolen, thief.forge(stolen, [note], tmp_path / "f"), tmp_path) == "case_not_held"


def test_an_entry_moved_onto_another_laptops_case_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, theirs, mine = office_and_thief
    stolen.casefile.update(mine, {"notes": [{"written_on": TODAY, "text": "Падараш омад."}]})
    [note] = [r for r in thief.own_records(stolen) if r["t"] == records.ITEM]
    note["case_id"] = theirs
    assert not_permitted(admin, stolen, thief.forge(stolen, [note], tmp_path / "f"), tmp_path) == "case_not_held"


def test_a_header_that_claims_more_records_than_it_holds_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    made = thief.forge(stolen, [thief.own_case(stolen, mine)], tmp_path / "f", records=10**18)
    assert refuse(admin, made, tmp_path).params["code"] == "count_mismatch"


def test_a_transfer_decided_on_a_laptop_is_refused(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    stolen.transfers.request(mine, "Ваҳдат")
    [asked] = [r for r in thief.own_records(stolen) if r["t"] == records.ITEM and r["kind"] == "transfer"]
    approved = copy.deepcopy(asked)
    approved["fields"].update(status="approved", decided_on=TODAY)
    assert not_permitted(admin, stolen, thief.forge(stolen, [approved], tmp_path / "f"), tmp_path) == "transfer"


# -- the honest flows --------------------------------------------------------------------------

def test_a_late_edit_from_the_laptop_a_case_left_meets_the_new_holders_edit_as_a_conflict(office_and_thief,
                                                                                           tmp_path):
    admin, victim, stolen, theirs, _mine = office_and_thief
    victim.transfers.request(theirs, "Ҳисор", "The family moved.")
    sync(admin, victim, tmp_path, 3)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.transfers.approve(theirs, "farrukh@2")
    # Written on nigora's laptop before the approval reached it, sent after.
    victim.cases.edit(theirs, {"summary": "Nigora's last words, written in Ваҳдат."})
    sync(admin, stolen, tmp_path, 3)
    stolen.transfers.accept(theirs)
    stolen.cases.edit(theirs, {"summary": "Farrukh's first words, in Ҳисор."})
    sync(admin, stolen, tmp_path, 4)
    admin.bundles.import_file(victim.bundles.export(tmp_path / "late").new)  # accepted, not refused
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [conflict] = supervisor.conflicts.open()
        assert {conflict["kept"]["value"], conflict["lost"]["value"]} == {
            "Nigora's last words, written in Ваҳдат.", "Farrukh's first words, in Ҳисор."}
        assert supervisor.cases.get(theirs).assigned_to == "farrukh@2"
    sync(admin, stolen, tmp_path, 5)
    assert rows(stolen, theirs) >= 2  # farrukh keeps the case
    assert thief.refusals(admin) == []


def test_assignment_and_reassignment_at_the_office_and_new_cases_from_each_laptop(office_and_thief, tmp_path):
    admin, victim, stolen, theirs, _mine = office_and_thief
    reassign(admin.workspace.folder, theirs, "farrukh@2")
    sync(admin, stolen, tmp_path, 3)
    assert stolen.cases.get(theirs).assigned_to == "farrukh"
    stolen.cases.edit(theirs, {"summary": "Now in Ҳисор."})
    sync(admin, stolen, tmp_path, 4)
    sync(admin, victim, tmp_path, 3)
    assert rows(victim, theirs) == 0
    reassign(admin.workspace.folder, theirs, "nigora@1")
    sync(admin, victim, tmp_path, 4)
    assert victim.cases.get(theirs).summary == "Now in Ҳисор."
    [new_here] = victim.cases.add([child(given_name="Мадина")]).ids
    [new_there] = stolen.cases.add([child(given_name="Зарина", district="Ҳисор")]).ids
    sync(admin, victim, tmp_path, 5)
    sync(admin, stolen, tmp_path, 5)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(new_here).assigned_to == "nigora@1"
        assert supervisor.cases.get(new_there).assigned_to == "farrukh@2"
    assert thief.refusals(admin) == []


def test_a_laptop_refuses_to_do_what_the_office_would_refuse(office_and_thief, tmp_path):
    """Even a supervisor's account on a laptop does not assign, decide or resolve there: the
    office would refuse the bundle that says so."""
    _admin, _victim, stolen, _theirs, mine = office_and_thief
    stolen.accounts.add("zarina", PASSWORD, "supervisor")
    stolen.transfers.request(mine, "Ваҳдат")
    with Session.open(stolen.workspace.folder, "zarina", PASSWORD) as supervisor:
        with pytest.raises(AssignedAtOffice):
            supervisor.cases.edit(mine, {"assigned_to": "nigora@1"})
        with pytest.raises(DecidedAtOffice):
            supervisor.transfers.approve(mine, "nigora@1")
        with pytest.raises(ResolvedAtOffice):
            supervisor.conflicts.resolve("0" * 16, "0" * 12)
        assert not (supervisor.conflicts.may_resolve() or supervisor.cases.may_assign()
                    or supervisor.transfers.may_decide())


def test_an_attachment_named_as_a_path_is_refused(office_and_thief, tmp_path):
    """The program keeps a file's final name only (domain/services.py file_name): a bundle that
    names one `../../x` was not written by it."""
    admin, _victim, stolen, _theirs, mine = office_and_thief
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 consent form")
    stolen.casefile.attach(mine, scan, description="Consent form")
    for name in ("../../x.pdf", "/etc/passwd", "C:\\x.pdf"):
        made = attachment(stolen, mine, b"a file with a path for a name")
        made[1]["fields"]["name"] = name
        assert refuse(admin, thief.forge(stolen, made, tmp_path / "f"), tmp_path).params["code"] == "record_invalid"


def test_a_bundle_of_one_record_copied_over_and_over_is_refused_at_the_second_copy(office_and_thief, tmp_path):
    """Issue 15: 2,000,000 copies of one valid record made a 25 KB bundle that took a minute; the
    program writes each record once, so the second copy ends it."""
    admin, _victim, stolen, _theirs, mine = office_and_thief
    copies = [thief.own_case(stolen, mine)] * 1000
    assert refuse(admin, thief.forge(stolen, copies, tmp_path / "f"), tmp_path).params["code"] == "record_repeated"


def test_one_scan_attached_to_two_cases_travels_once_and_both_entries_arrive(office_and_thief, tmp_path):
    admin, _victim, stolen, _theirs, mine = office_and_thief
    [sister] = stolen.cases.add([child(surname="Раҳимова", given_name="Малика", district="Ҳисор")]).ids
    scan = tmp_path / "birth-certificates.pdf"
    scan.write_bytes(b"%PDF-1.4 both children's birth certificates")
    for case_id in (mine, sister):
        stolen.casefile.attach(case_id, scan, description="Birth certificates")
    made = thief.own_records(stolen)
    assert len([r for r in made if r["t"] == records.BLOB]) == 1
    admin.bundles.import_file(stolen.bundles.export(tmp_path / "honest").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        for case_id in (mine, sister):
            [entry] = supervisor.casefile.show(case_id)["items"]["attachments"]
            assert supervisor.casefile.attachment_bytes(entry["id"])[1] == scan.read_bytes()
