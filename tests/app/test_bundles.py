"""A laptop's changes travel to the office in bundles: everything arrives as it was, a re-import
changes nothing and says so, only new changes are sent again, concurrent edits are kept as
conflicts, and every refused bundle leaves the office as it was but for the quarantine copy
and an audit entry."""

from __future__ import annotations

import base64
import json
import os
import shutil

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    BundleRefused,
    ConflictNotFound,
    ConflictValueNotFound,
    DeviceAuditBroken,
    DeviceNotFound,
    NotEnrolled,
    NotPermitted,
)
from caseworker.domain.items import REDACTED
from caseworker.store import audit
from tests.conftest import DATA, PASSWORD, child

TODAY = "2026-11-02"


@pytest.fixture
def pair(office, tmp_path):
    """An office (as its admin) and an enrolled laptop (as nigora)."""
    admin = Session.open(office, "admin", PASSWORD)
    laptop = Session.create(tmp_path / "laptop", "nigora", PASSWORD)
    fingerprint = laptop.enrolment.request("Ваҳдат", tmp_path / "request.json")
    admin.enrolment.approve(tmp_path / "request.json", fingerprint, tmp_path / "approval.json")
    laptop.enrolment.complete(tmp_path / "approval.json", admin.enrolment.office_fingerprint())
    yield admin, laptop
    laptop.close()
    admin.close()


def state(session) -> list:
    """Every case and item as stored, for comparing two workspaces."""
    return session.workspace.read(lambda c: [
        *c.execute("SELECT id, deleted, surname, given_name, summary, risk, clocks FROM cases ORDER BY id"),
        *c.execute("SELECT id, deleted, kind, data, clocks FROM case_items ORDER BY id"),
    ])


def audit_count(session, action) -> int:
    return session.workspace.read(lambda c: c.execute("SELECT count(*) FROM audit WHERE action = ?",
                                                      (action,)).fetchone()[0])


def test_a_laptops_cases_arrive_at_the_office_whole_and_only_once(pair, tmp_path):
    admin, laptop = pair
    ids = laptop.cases.add([child(), child(surname="Ҷалолов", given_name="Шоҳрух", sex="male")],
                           check_duplicates=False).ids
    laptop.casefile.update(ids[0], {"visits": [{"planned_on": TODAY}], "notes": [{"written_on": TODAY,
                                                                                   "text": "Бибиаш омад."}]})
    stick = tmp_path / "stick"
    exported = laptop.bundles.export(stick)
    assert exported.new is not None and exported.paths == [exported.new]
    result = admin.bundles.import_file(exported.new)
    assert (result.already, result.new, result.conflicts) == (False, 4, 0)
    assert state(admin) == state(laptop)
    again = admin.bundles.import_file(exported.new)
    assert again.already and state(admin) == state(laptop)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert {c.surname for c in supervisor.cases.list()} == {"Қаюмова", "Ҷалолов"}
        assert supervisor.cases.search("Dzhalolov")[0].id == ids[1]  # the name index followed
    # Nothing new: nothing new is written; the waiting bundle is copied again, byte-identical.
    before = exported.new.read_bytes()
    second = laptop.bundles.export(tmp_path / "stick2")
    assert second.new is None and [p.read_bytes() for p in second.paths] == [before]
    # Only what changed since goes in the next bundle.
    laptop.cases.edit(ids[1], {"summary": "Мактабро дубора сар кард."})
    third = laptop.bundles.export(stick)
    assert third.new is not None and len(third.paths) == 2
    result = admin.bundles.import_file(third.new)
    assert (result.new, result.changed) == (0, 1)
    assert state(admin) == state(laptop)


def test_concurrent_edits_of_one_field_are_kept_as_a_conflict_the_same_way_everywhere(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "s1").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"summary": "Written at the office."})
    laptop.cases.edit(case_id, {"summary": "Written on the laptop."})
    result = admin.bundles.import_file(laptop.bundles.export(tmp_path / "s2").new)
    assert result.conflicts == 1
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [conflict] = supervisor.conflicts.open()
        summary = supervisor.cases.get(case_id).summary
    assert conflict["record_id"] == case_id and conflict["field"] == "summary"
    assert {conflict["kept"]["value"], conflict["lost"]["value"]} == {"Written at the office.",
                                                                      "Written on the laptop."}
    assert summary == conflict["kept"]["value"]  # the later edit wins, the other is kept
    assert audit_count(admin, "bundle_import") == 2


def test_a_laptop_that_is_not_enrolled_cannot_export(laptop, tmp_path):
    with pytest.raises(NotEnrolled):
        laptop.bundles.export(tmp_path / "stick")


def refused(admin, path) -> str:
    with pytest.raises(BundleRefused) as refusal:
        admin.bundles.import_file(path)
    return refusal.value.params["code"]


def test_every_refusal_changes_nothing_but_the_quarantine_and_the_audit(pair, tmp_path, office):
    admin, laptop = pair
    laptop.cases.add([child()])
    good = laptop.bundles.export(tmp_path / "stick").new
    before = state(admin)
    data = good.read_bytes()
    damaged = tmp_path / "damaged.cwbundle"
    cases = {
        "header_invalid": data[:20] + b"\x00" + data[21:],  # a header byte
        "payload_damaged": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
        "truncated": data[:-10],
        "extra_bytes": data + b"more",
        "not_a_bundle": b"not a bundle at all",
    }
    for code, content in cases.items():
        damaged.write_bytes(content)
        assert refused(admin, damaged) == code, code
    assert state(admin) == before
    quarantined = list((admin.workspace.folder / "quarantine").iterdir())
    assert len([q for q in quarantined if q.suffix == ".cwbundle"]) == len(cases)
    assert {q.read_text().splitlines()[0] for q in quarantined if q.suffix == ".reason"} == set(cases)
    assert audit_count(admin, "bundle_refused") == len(cases)
    # The good one still imports afterwards.
    assert admin.bundles.import_file(good).new == 1


def test_a_bundle_from_a_revoked_device_is_refused_whatever_it_claims(pair, tmp_path):
    admin, laptop = pair
    laptop.cases.add([child()])
    bundle = laptop.bundles.export(tmp_path / "stick").new
    [device] = admin.enrolment.devices()
    admin.enrolment.revoke(device["device_id"], "stolen")
    assert refused(admin, bundle) == "revoked"
    assert state(admin) == [] or all(row[0] != device["device_id"] for row in state(admin))


def test_after_a_revocation_the_office_sees_what_the_device_sent_and_held(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    first = laptop.bundles.export(tmp_path / "a").new
    admin.bundles.import_file(first)
    laptop.cases.edit(case_id, {"risk": "high"})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    [device] = admin.enrolment.devices()
    admin.enrolment.revoke(device["device_id"], "lost on the road")
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        history = supervisor.enrolment.history(device["device_id"])
    assert [b["sequence"] for b in history["bundles"]] == [1, 2]
    assert history["cases_held"] == [case_id]  # the files to review: they were on the lost laptop
    with pytest.raises(DeviceNotFound):
        admin.enrolment.history("no-such-device")


def test_a_bundle_from_a_device_enrolled_elsewhere_is_refused(pair, tmp_path):
    admin, _laptop = pair
    other_office = Session.create(tmp_path / "other_office", "boss", PASSWORD, office_name="Other")
    stranger = Session.create(tmp_path / "stranger", "farrukh", PASSWORD)
    fp = stranger.enrolment.request("Хуҷанд", tmp_path / "r2.json")
    other_office.enrolment.approve(tmp_path / "r2.json", fp, tmp_path / "a2.json")
    stranger.enrolment.complete(tmp_path / "a2.json", other_office.enrolment.office_fingerprint())
    stranger.cases.add([child()])
    bundle = stranger.bundles.export(tmp_path / "stick").new
    stranger.close()
    other_office.close()
    assert refused(admin, bundle) == "unknown_sender"


def test_a_record_that_fails_validation_deep_inside_refuses_the_whole_bundle(pair, tmp_path, monkeypatch):
    admin, laptop = pair
    laptop.cases.add([child(), child(given_name="Мадина")], check_duplicates=False)
    from caseworker.store import replicas

    real = replicas.changed_since

    def with_a_bad_one(conn, stamp):
        for n, record in enumerate(real(conn, stamp)):
            if n == 1:
                record = {**record, "fields": {**record["fields"], "not_a_field": 1}}
            yield record

    monkeypatch.setattr(replicas, "changed_since", with_a_bad_one)
    bundle = laptop.bundles.export(tmp_path / "stick").new
    assert refused(admin, bundle) == "record_invalid"
    assert admin.workspace.read(lambda c: c.execute("SELECT count(*) FROM cases").fetchone()[0]) == 0


def test_the_same_case_twice_in_one_bundle_is_refused_before_the_work(pair, tmp_path, monkeypatch):
    """The program writes each record once (issue 15: one record two million times was a minute
    of work); a second copy, even an older one, ends the import with nothing applied."""
    admin, laptop = pair
    from caseworker.store import replicas

    real = replicas.changed_since
    [case_id] = laptop.cases.add([child(summary="First words.")]).ids
    older = laptop.workspace.read(lambda c: next(r for r in real(c, 0) if r["t"] == "case"))
    laptop.cases.edit(case_id, {"summary": "Second words."})

    def twice(conn, stamp):
        yield older  # an older copy of the case first, as a replayed record might be
        yield from real(conn, stamp)

    monkeypatch.setattr(replicas, "changed_since", twice)
    assert refused(admin, laptop.bundles.export(tmp_path / "stick").new) == "record_repeated"
    assert admin.workspace.read(lambda c: c.execute("SELECT count(*) FROM cases").fetchone()) == (0,)


def test_a_copied_bundle_file_imports_the_same(pair, tmp_path):
    admin, laptop = pair
    laptop.cases.add([child()])
    bundle = laptop.bundles.export(tmp_path / "stick").new
    copy = tmp_path / "copy.cwbundle"
    shutil.copyfile(bundle, copy)
    assert admin.bundles.import_file(copy).new == 1
    assert admin.bundles.import_file(bundle).already
    header = json.loads(bundle.read_bytes()[14:14 + int.from_bytes(bundle.read_bytes()[10:14], "big")])
    assert "Қаюмова" not in json.dumps(header, ensure_ascii=False)  # no child in the header


def test_both_ways_the_same_case_edited_on_both_sides_ends_identical_with_the_conflict_kept(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    sent = laptop.bundles.export(tmp_path / "to_office")
    admin.bundles.import_file(sent.new)
    # Both edit the same field, and the office also edits another one.
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"summary": "From the office.", "risk": "high"})
    laptop.cases.edit(case_id, {"summary": "From the laptop."})
    returned = admin.bundles.export(tmp_path / "to_laptop")
    assert returned.new is not None
    result = laptop.bundles.import_file(returned.new)
    assert result.conflicts == 1 and not result.already
    # The laptop's first bundle was acknowledged: only the new one waits.
    second = laptop.bundles.export(tmp_path / "to_office_2")
    assert [p.name for p in second.paths] == [second.new.name]
    admin.bundles.import_file(second.new)
    assert state(admin) == state(laptop)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [conflict] = supervisor.conflicts.open()
    [on_laptop] = laptop.workspace.read(lambda c: c.execute("SELECT id FROM conflicts").fetchall())
    assert conflict["id"] == on_laptop[0]  # the same conflict, recorded once on each side
    assert laptop.cases.get(case_id).risk == "high"
    # With nothing new on either side, nothing new is written.
    assert admin.bundles.export(tmp_path / "again").new is not None  # the acknowledgement changed
    assert laptop.bundles.import_file(next((tmp_path / "again").glob("*000002.cwbundle"))).new == 0
    assert admin.bundles.export(tmp_path / "again2").new is None


def test_a_laptop_accepts_return_bundles_only_from_its_office(pair, tmp_path):
    admin, laptop = pair
    laptop.cases.add([child()])
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "s").new)
    returned = admin.bundles.export(tmp_path / "r").new
    # Another laptop of the same office cannot read it, nor accept it.
    other = Session.create(tmp_path / "other_laptop", "farrukh", PASSWORD)
    fp = other.enrolment.request("Хуҷанд", tmp_path / "r2.json")
    admin.enrolment.approve(tmp_path / "r2.json", fp, tmp_path / "a2.json")
    other.enrolment.complete(tmp_path / "a2.json", admin.enrolment.office_fingerprint())
    with pytest.raises(BundleRefused) as refusal:
        other.bundles.import_file(returned)
    assert refusal.value.params["code"] == "kind_not_allowed"
    other.close()
    # A laptop's own changes bundle is not something a laptop imports.
    with pytest.raises(BundleRefused):
        laptop.bundles.import_file(next((tmp_path / "s").iterdir()))


def test_a_supervisor_resolves_a_conflict_and_the_resolution_reaches_the_laptop(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"summary": "Office words."})
    laptop.cases.edit(case_id, {"summary": "Laptop words."})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [conflict] = supervisor.conflicts.open()
        assert conflict["kept"]["written_at"] and conflict["lost"]["device"]
        with pytest.raises(ConflictValueNotFound):
            supervisor.conflicts.resolve(conflict["id"], "000000000000")
        supervisor.conflicts.resolve(conflict["id"], conflict["lost"]["value_id"])
        assert supervisor.conflicts.open() == []
        chosen = conflict["lost"]["value"]
        assert supervisor.cases.get(case_id).summary == chosen
        with pytest.raises(ConflictNotFound):
            supervisor.conflicts.resolve(conflict["id"], conflict["kept"]["value_id"])
    with pytest.raises(NotPermitted):
        admin.conflicts.open()  # an administrator sees no case content
    laptop.bundles.import_file(admin.bundles.export(tmp_path / "c").new)
    assert laptop.cases.get(case_id).summary == chosen
    assert laptop.workspace.read(lambda c: c.execute(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0]) == 0
    # What came from the office as it was does not go back to it: nothing new to send.
    assert laptop.bundles.export(tmp_path / "d").new is None
    assert state(admin) == state(laptop)


def test_bundles_that_cross_in_transit_decide_the_same_conflict_the_same_way(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.cases.edit(case_id, {"summary": "Office words."})
    laptop.cases.edit(case_id, {"summary": "Laptop words."})
    to_office = laptop.bundles.export(tmp_path / "b").new
    to_laptop = admin.bundles.export(tmp_path / "c").new
    assert admin.bundles.import_file(to_office).conflicts == 1  # each side meets the other's edit
    assert laptop.bundles.import_file(to_laptop).conflicts == 1
    assert laptop.cases.get(case_id).summary == admin.workspace.read(
        lambda c: c.execute("SELECT summary FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "d").new)
    laptop.bundles.import_file(admin.bundles.export(tmp_path / "e").new)
    assert state(admin) == state(laptop)


def test_a_full_disk_during_import_changes_nothing_and_the_bundle_imports_later(pair, tmp_path):
    from caseworker.domain.errors import WorkspaceFull

    admin, laptop = pair
    laptop.cases.add([child(given_name=f"Бача{i}", summary="Ҳикоя " * 200) for i in range(300)],
                     check_duplicates=False)
    bundle = laptop.bundles.export(tmp_path / "stick").new
    before = state(admin)
    pages = admin.workspace.read(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
    admin.workspace.read(lambda c: c.execute(f"PRAGMA max_page_count = {pages + 5}"))  # SQLite's own cap
    with pytest.raises(WorkspaceFull):
        admin.bundles.import_file(bundle)
    assert state(admin) == before
    assert not (admin.workspace.folder / "quarantine").exists()  # not the bundle's fault
    admin.workspace.read(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))
    assert admin.bundles.import_file(bundle).new == 300


def test_the_signed_revocation_list_reaches_the_laptop_and_an_older_one_is_ignored(pair, tmp_path):
    import datetime as dt

    admin, laptop = pair
    assert laptop.enrolment.revocations_are_old()  # enrolled, and no list yet: warned
    laptop.cases.add([child()])
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "s").new)
    stolen, lost = (Session.create(tmp_path / name, "x_user", PASSWORD) for name in ("stolen", "lost"))
    for n, other in enumerate((stolen, lost)):
        fp = other.enrolment.request("Хуҷанд", tmp_path / f"r{n}.json")
        admin.enrolment.approve(tmp_path / f"r{n}.json", fp, tmp_path / f"a{n}.json")
        other.close()
    admin.enrolment.revoke(stolen.workspace.device_id, "stolen")
    first = admin.bundles.export(tmp_path / "r1").new
    admin.enrolment.revoke(lost.workspace.device_id, "lost")
    second = admin.bundles.export(tmp_path / "r2").new
    assert second is not None  # the new list alone is worth a return bundle
    laptop.bundles.import_file(second)
    held = laptop.enrolment.held_revocations()
    assert held["version"] == 2 and len(held["revoked"]) == 2
    laptop.bundles.import_file(first)  # out of order: the older list is ignored, the rest applies
    assert laptop.enrolment.held_revocations()["version"] == 2
    assert not laptop.enrolment.revocations_are_old()
    assert laptop.enrolment.revocations_are_old(today=dt.date.today() + dt.timedelta(days=61))


def test_an_attachment_travels_with_its_bytes_and_a_forged_one_is_refused(pair, tmp_path, monkeypatch):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    scan = tmp_path / "birth-record.jpg"
    scan.write_bytes(os.urandom(300_000))
    item_id = laptop.casefile.attach(case_id, scan, description="Ҳуҷҷат")
    bundle = laptop.bundles.export(tmp_path / "stick").new
    admin.bundles.import_file(bundle)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        name, data = supervisor.casefile.attachment_bytes(item_id)
    assert name == "birth-record.jpg"
    assert data == scan.read_bytes()
    assert scan.read_bytes()[:64] not in bundle.read_bytes()  # encrypted on the stick

    from caseworker.store import replicas

    real = replicas.changed_since

    def swapped(conn, stamp, origin=None):
        for record in real(conn, stamp, origin):
            if record["t"] == "blob":
                record = {**record, "data": base64.b64encode(b"other bytes").decode()}
            yield record

    scan.write_bytes(os.urandom(1000))
    laptop.casefile.attach(case_id, scan)
    monkeypatch.setattr(replicas, "changed_since", swapped)
    forged = laptop.bundles.export(tmp_path / "stick2").new
    with pytest.raises(BundleRefused) as refusal:
        admin.bundles.import_file(forged)
    assert refusal.value.params["code"] == "record_invalid"


def test_a_form_version_the_office_installs_reaches_the_laptop_and_is_used_there(pair, tmp_path):
    admin, laptop = pair
    form = json.loads((DATA / "forms" / "screen_test.json").read_text("utf-8"))
    admin.forms.install(form)
    [case_id] = laptop.cases.add([child()]).ids
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "s").new)
    returned = admin.bundles.export(tmp_path / "r").new
    laptop.bundles.import_file(returned)
    assert laptop.forms.get("screen_test").version == 1
    laptop.assessments.add(case_id, "screen_test", {"child_age": "4"}, draft=True)
    # Once sent, a form version is not sent again.
    assert admin.bundles.export(tmp_path / "r2").new is None
    form["version"] = 2
    admin.forms.install(form)
    again = admin.bundles.export(tmp_path / "r3").new
    assert again is not None
    laptop.bundles.import_file(again)
    assert laptop.forms.get("screen_test").version == 2


def test_the_laptops_audit_log_reaches_the_office_and_is_verified_there(pair, tmp_path):
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    laptop.cases.edit(case_id, {"summary": "Changed on the laptop."})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    laptop.cases.edit(case_id, {"risk": "high"})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    held = admin.workspace.read(lambda c: c.execute(
        "SELECT count(*), max(seq) FROM audit_remote WHERE device = ?", (laptop.workspace.device_id,)).fetchone())
    # Every entry up to the second bundle (its own export entry travels with the next one).
    assert held[1] == laptop.workspace.read(lambda c: c.execute(
        "SELECT max(seq) FROM audit WHERE action != 'bundle_export'").fetchone()[0]) and held[0] == held[1]
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.maintenance.verify_audit() >= held[0]
        actions = [e["action"] for e in supervisor.cases.history(case_id)]
        assert actions.count("change") == 2 and "create" in actions  # what was done on the laptop
        # An entry changed at the office after it arrived is found.
        admin.workspace.write(lambda c, s: c.execute(
            "UPDATE audit_remote SET action = 'view' WHERE seq = 2 AND device = ?", (laptop.workspace.device_id,)))
        with pytest.raises(DeviceAuditBroken):
            supervisor.maintenance.verify_audit()


def test_an_audit_entry_altered_in_a_bundle_refuses_it(pair, tmp_path, monkeypatch):
    admin, laptop = pair
    laptop.cases.add([child()])
    from caseworker.store import audit

    real = audit.since

    def altered(conn, seq):
        entries = real(conn, seq)
        entries[0] = {**entries[0], "action": "view"}  # the hash no longer covers the content
        return entries

    monkeypatch.setattr(audit, "since", altered)
    assert refused(admin, laptop.bundles.export(tmp_path / "a").new) == "record_invalid"
    assert admin.workspace.read(lambda c: c.execute("SELECT count(*) FROM audit_remote").fetchone()[0]) == 0


def test_a_conflict_over_an_assessments_answers_hides_its_need_to_know_answers(pair, tmp_path):
    """Issue 15: the office's supervisor who is not the case's named one sees the conflict's
    other answers, never a need-to-know one (self-harm talk, in the shipped wellbeing form)."""
    admin, laptop = pair
    admin.accounts.add("timur", PASSWORD, "supervisor")
    [case_id] = laptop.cases.add([child(supervisor=None)]).ids
    item_id = laptop.assessments.add(case_id, "wellbeing", {"child_age": 9, "self_harm_talk": "no"}, draft=True)
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as sabina:
        sabina.cases.edit(case_id, {"supervisor": "sabina"})
        sabina.assessments.keep_draft(item_id, {"child_age": 9, "self_harm_talk": "yes"})
    laptop.assessments.keep_draft(item_id, {"child_age": 10, "self_harm_talk": "no"})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    with Session.open(admin.workspace.folder, "timur", PASSWORD) as timur:
        [conflict] = [c for c in timur.conflicts.open() if c["field"] == "answers"]
        values = [conflict[side]["value"] for side in ("kept", "lost")]
        assert sorted(v["child_age"] for v in values) == [9, 10]
        assert {v["self_harm_talk"] for v in values} == {REDACTED}
        with pytest.raises(NotPermitted):
            timur.conflicts.resolve(conflict["id"], conflict["lost"]["value_id"])
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as sabina:
        [conflict] = [c for c in sabina.conflicts.open() if c["field"] == "answers"]
        assert {conflict[side]["value"]["self_harm_talk"] for side in ("kept", "lost")} == {"yes", "no"}


def test_a_purge_takes_the_cases_conflicts_with_it(pair, tmp_path):
    """Issue 15: both values of a conflict are content; after a purge neither is anywhere in the
    office's database."""
    from tests.app.test_casefile import plaintext

    admin, laptop = pair
    [case_id] = laptop.cases.add([child(summary="Зиёева Фирӯза, first words")]).ids
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as sabina:
        sabina.cases.edit(case_id, {"summary": "Зиёева Фирӯза, the office's words"})
    laptop.cases.edit(case_id, {"summary": "Зиёева Фирӯза, the laptop's words"})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    admin.settings.replace({"retention": {"purge_years_after_closure": 0}})
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as sabina:
        assert len(sabina.conflicts.open()) == 1
        sabina.closure.close(case_id, "moved_abroad")
        sabina.closure.purge(case_id)
        assert sabina.conflicts.open() == []
    data = plaintext(admin.workspace.folder / "case.db", admin.workspace.data_key, tmp_path, "office")
    for text in ("Зиёева", "Фирӯза"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data


def test_files_that_served_their_use_go_after_the_days_the_office_set(pair, tmp_path):
    """Issue 15: acknowledged outbox bundles and quarantine copies are removed
    `transfer_files_days` after they were written; what waits for an acknowledgement stays."""
    import time

    admin, laptop = pair
    laptop.cases.add([child()])
    sent = laptop.bundles.export(tmp_path / "a").new
    admin.bundles.import_file(sent)
    (tmp_path / "junk.cwbundle").write_bytes(b"not a bundle")
    with pytest.raises(BundleRefused):
        admin.bundles.import_file(tmp_path / "junk.cwbundle")
    for path in admin.bundles.export(tmp_path / "back2", device=laptop.workspace.device_id).paths:
        laptop.bundles.import_file(path)  # the acknowledgement of the laptop's bundle
    laptop.cases.add([child(given_name="Мадина")])
    waiting = laptop.bundles.write_new()  # not yet acknowledged
    month_ago = time.time() - 31 * 86400
    old = [*(laptop.workspace.folder / "outbox").iterdir(), *(admin.workspace.folder / "quarantine").iterdir()]
    for path in old:
        os.utime(path, (month_ago, month_ago))
    laptop.bundles.export(tmp_path / "c")
    admin.bundles.export(tmp_path / "d")
    assert [p.name for p in (laptop.workspace.folder / "outbox").iterdir()] == [waiting.name]
    assert list((admin.workspace.folder / "quarantine").iterdir()) == []
    assert (tmp_path / "c" / waiting.name).exists()


def test_a_laptop_that_restored_an_older_backup_forks_its_audit_log_and_the_office_says_so(pair, tmp_path):
    """Issue 15: entries the office holds under numbers the laptop's log now gives to other
    entries were dropped in silence (INSERT OR IGNORE). Now the office's copy follows the laptop's
    log as it is, and the office's own log keeps what gave way, whole."""
    admin, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    name = laptop.maintenance.backup()
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "a").new)
    laptop.cases.edit(case_id, {"summary": "Written after the backup."})
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    held = admin.workspace.read(lambda c: c.execute("SELECT max(seq) FROM audit_remote").fetchone()[0])
    laptop.maintenance.restore(name)  # the disk failed; the backup of this morning comes back
    laptop.cases.edit(case_id, {"summary": "Written after the restore."})
    result = admin.bundles.import_file(laptop.bundles.export(tmp_path / "c").new)
    assert result.forked and result.forked[0] <= held
    [fork] = admin.workspace.read(lambda c: audit.forks(c, laptop.workspace.device_id))
    assert fork["seq"] == result.forked[0] and fork["gave_way"] >= 1
    assert admin.maintenance.verify_audit() > 0  # the office's copy is one chain again, the laptop's as it is
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).summary == "Written after the restore."


def test_a_laptop_whose_clock_runs_ahead_of_the_offices_is_told_so(pair, tmp_path, monkeypatch):
    """Issue 15: the laptop wrote its bundle (its clock) before the office took it in (the
    office's clock, in the acknowledgement): two days "later" proves its clock two days ahead."""
    import datetime as dt

    from caseworker.app import bundles as bundles_module

    admin, laptop = pair
    laptop.cases.add([child()])
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    monkeypatch.setattr(bundles_module, "_now", lambda: ahead.isoformat(timespec="seconds"))
    sent = laptop.bundles.export(tmp_path / "a").new  # written by a clock two days ahead
    monkeypatch.undo()
    admin.bundles.import_file(sent)
    for path in admin.bundles.export(tmp_path / "back", device=laptop.workspace.device_id).paths:
        laptop.bundles.import_file(path)
    [warning] = laptop.warnings()
    assert warning.english().startswith("This laptop's clock is at least 4") and "hours ahead" in warning.english()
    # Its clock set right, the next exchange says nothing more.
    laptop.cases.add([child(given_name="Мадина")])
    admin.bundles.import_file(laptop.bundles.export(tmp_path / "b").new)
    for path in admin.bundles.export(tmp_path / "back2", device=laptop.workspace.device_id).paths:
        laptop.bundles.import_file(path)
    assert laptop.warnings() == []
