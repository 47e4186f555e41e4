"""The case file in full through app/: patches applied whole or not at all, need-to-know
redaction for every role, consent rules, closure, and a purge that leaves no trace."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    CaseIsClosed,
    CaseNotFound,
    ChildViewMissing,
    ConsentMissing,
    InvalidRecord,
    ItemNotFound,
    NotASupervisor,
    PurgeTooEarly,
    RestrictedField,
    TooFewAttempts,
)
from caseworker.domain.items import REDACTED
from caseworker.store import backup
from caseworker.store.db import open_database
from tests.conftest import PASSWORD, child

TODAY = dt.date.today().isoformat()


def open_as(folder, name):
    return Session.open(folder, name, PASSWORD)


@pytest.fixture
def office_case(office):
    """Karim's case with Sabina as its named supervisor, a detained mother and tracing."""
    with Session.open(office, "admin", PASSWORD) as admin:
        admin.accounts.add("timur", PASSWORD, "supervisor")
    with open_as(office, "karim") as karim:
        [case_id] = karim.cases.add([child(birth_year=2012, supervisor="sabina")]).ids
        karim.casefile.update(case_id, {
            "health": "Asthma; inhaler daily.",
            "sexual_violence": {"disclosed_on": TODAY, "referred_to": "Маркази «Ҳаёт»"},
            "persons": [{"relation": "mother", "surname": "Қаюмова", "given_name": "Гулноза",
                         "legal_status": "detained", "detained_where": "СИЗО-1, Душанбе",
                         "expected_release": "2027-06-01", "contact_plan": "A call every month"}],
            "tracing": [{"about": "father", "to_whom": "ICRC", "sent_on": TODAY}],
        })
    return case_id


def test_the_assigned_caseworker_and_named_supervisor_see_need_to_know_fields(office, office_case):
    for name in ("karim", "sabina"):
        with open_as(office, name) as s:
            shown = s.casefile.show(office_case)
            assert shown["health"] == "Asthma; inhaler daily."
            assert shown["items"]["persons"][0]["detained_where"] == "СИЗО-1, Душанбе"
            assert shown["items"]["tracing"][0]["to_whom"] == "ICRC"


def test_any_other_supervisor_sees_them_redacted_everywhere(office, office_case):
    with open_as(office, "timur") as timur:
        shown = timur.casefile.show(office_case)
        assert shown["health"] == REDACTED and shown["sexual_violence"] == REDACTED
        mother = shown["items"]["persons"][0]
        assert mother["legal_status"] == REDACTED and mother["detained_where"] == REDACTED
        assert mother["given_name"] == "Гулноза"  # the rest of the family is not need-to-know
        assert shown["items"]["tracing"] == [{"id": shown["items"]["tracing"][0]["id"], "restricted": True}]
        listed = next(c for c in timur.cases.list() if c.id == office_case)
        assert listed.health == REDACTED
        assert "СИЗО" not in json.dumps(shown, ensure_ascii=False) + listed.model_dump_json()
        with pytest.raises(RestrictedField):
            timur.casefile.update(office_case, {"health": "changed"})
        person_id = shown["items"]["persons"][0]["id"]
        with pytest.raises(RestrictedField):
            timur.casefile.update(office_case, {"persons": [{"id": person_id, "detained_where": "elsewhere"}]})
    with open_as(office, "karim") as karim:
        assert karim.casefile.show(office_case)["health"] == "Asthma; inhaler daily."


def test_a_patch_is_applied_whole_or_not_at_all(laptop):
    [case_id] = laptop.cases.add([child()]).ids
    before = laptop.casefile.show(case_id)
    bad_patches = [
        {"risk": "high", "visits": [{"planned_on": TODAY}, {"planned_on": "not a date"}]},
        {"risk": "high", "documents": [{"kind": "birth_registration", "status": "lost"}]},
        {"risk": "high", "persons": [{"id": "no-such-item", "given_name": "x"}]},
        {"risk": "high", "ideology": "x"},
        {"risk": "high", "goals": "not a list"},
    ]
    for patch in bad_patches:
        with pytest.raises((InvalidRecord, ItemNotFound)):
            laptop.casefile.update(case_id, patch)
    assert laptop.casefile.show(case_id) == before


def test_items_are_added_changed_and_deleted_with_clocks(laptop):
    [case_id] = laptop.cases.add([child()]).ids
    done = laptop.casefile.update(case_id, {
        "documents": [{"kind": "birth_registration", "status": "requested", "requested_on": TODAY}],
        "goals": [{"domain": "documents", "goal": "Birth certificate issued", "due": "2027-01-15"}],
    })
    assert done == {"document added": 1, "goal added": 1}
    file = laptop.casefile.show(case_id)
    doc_id = file["items"]["documents"][0]["id"]
    laptop.casefile.update(case_id, {"documents": [{"id": doc_id, "status": "issued", "issued_on": TODAY}]})
    assert laptop.casefile.show(case_id)["items"]["documents"][0]["status"] == "issued"
    assert any(d["what"] == "goal" for d in laptop.casefile.show(case_id)["due"])
    laptop.casefile.update(case_id, {"documents": [{"id": doc_id, "deleted": True}]})
    assert laptop.casefile.show(case_id)["items"]["documents"] == []
    row = laptop.workspace.read(lambda c: c.execute("SELECT deleted, data, clocks FROM case_items WHERE id = ?",
                                                   (doc_id,)).fetchone())
    assert row[0] == 1 and row[1] == "{}" and "_deleted" in json.loads(row[2])


def test_referral_needs_a_consent_for_that_provider(laptop):
    [case_id] = laptop.cases.add([child(birth_year=2016)]).ids
    referral = {"service": "psychosocial support", "provider": "Маркази «Ҳаёт»", "referred_on": TODAY}
    with pytest.raises(ConsentMissing) as missing:
        laptop.casefile.add(case_id, "referral", referral)
    assert "a referral (Маркази «Ҳаёт»)" in str(missing.value)
    consent = {"purpose": "referral", "recipient": "Маркази «Ҳаёт»", "given_on": TODAY, "given_by": "Гулноза",
               "legal_basis": "parent"}
    with pytest.raises(ChildViewMissing) as view:  # the child is about ten: her assent is needed
        laptop.casefile.update(case_id, {"consents": [consent], "referrals": [referral]})
    assert "assent" in str(view.value)
    assert laptop.casefile.show(case_id)["items"]["referrals"] == []
    done = laptop.casefile.update(case_id, {"consents": [{**consent, "child_view": "assent_given"}],
                                            "referrals": [referral]})
    assert done == {"consent added": 1, "referral added": 1}


def test_an_override_needs_a_real_supervisor(office):
    with open_as(office, "karim") as karim:
        [case_id] = karim.cases.add([child()]).ids
        override = {"purpose": "referral", "recipient": "Clinic", "given_on": TODAY, "override": True,
                    "override_reason": "Urgent medical care", "override_supervisor": "laylo"}
        with pytest.raises(NotASupervisor):
            karim.casefile.add(case_id, "consent", override)
        karim.casefile.add(case_id, "consent", {**override, "override_supervisor": "sabina"})
        karim.casefile.add(case_id, "referral", {"service": "health", "provider": "Clinic", "referred_on": TODAY})


def test_closing_as_unreachable_needs_the_attempts(laptop):
    [case_id] = laptop.cases.add([child()]).ids
    for _ in range(2):
        laptop.casefile.add(case_id, "visit", {"done_on": TODAY, "reached": False})
    with pytest.raises(TooFewAttempts):
        laptop.closure.close(case_id, "unreachable")
    laptop.casefile.add(case_id, "visit", {"done_on": TODAY, "reached": False})
    laptop.closure.close(case_id, "unreachable")
    with pytest.raises(CaseIsClosed):
        laptop.closure.close(case_id, "goals_met")
    shown = laptop.casefile.show(case_id)
    assert shown["status"] == "closed" and shown["step"] == "follow_up"
    assert [d["what"] for d in shown["due"]] == ["follow_up", "purge_review"]
    laptop.closure.reopen(case_id)
    assert laptop.casefile.show(case_id)["status"] == "open"


def plaintext(folder, key, tmp_path, name) -> bytes:
    """Every byte of the database as SQLite would read it, decrypted, for a search."""
    conn = open_database(folder, key)
    target = tmp_path / f"{name}.plain.db"
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return target.read_bytes()


def test_a_purge_leaves_no_trace_of_the_name_in_the_workspace_or_its_backups(laptop, tmp_path):
    [gone, _kept] = laptop.cases.add([child(surname="Зиёева", given_name="Фирӯза"),
                                     child(surname="Назарова", given_name="Мадина")],
                                    check_duplicates=False).ids
    laptop.casefile.update(gone, {"notes": [{"written_on": TODAY, "text": "Зиёева Фирӯза's mother called"}]})
    laptop.drafts.save(f"case:{gone}", gone, {"fields": {"summary": "Зиёева Фирӯза, unsaved"}})
    laptop.maintenance.backup()
    laptop.closure.close(gone, "moved_abroad")
    with pytest.raises(PurgeTooEarly):
        laptop.closure.purge(gone)
    laptop.settings.replace({"retention": {"purge_years_after_closure": 0}})
    laptop.closure.purge(gone)
    with pytest.raises(CaseNotFound):
        laptop.cases.get(gone)
    assert laptop.drafts.waiting() == []
    ws, key = laptop.workspace.folder, laptop.workspace.data_key
    files = {"case.db": ws / "case.db", **{n: ws / "backups" / n for n in backup.list_backups(ws)}}
    assert len(files) >= 2
    for label, path in files.items():
        data = plaintext(path, key, tmp_path, label)
        for text in ("Зиёева", "Фирӯза", "ziiva", "firuza"):
            for form in (text.encode(), text.encode("utf-16-le")):
                assert form not in data, (label, text)
        assert "Назарова".encode() in data  # the check finds a name that is still there
    rows = laptop.workspace.read(lambda c: c.execute("SELECT * FROM cases WHERE id = ?", (gone,)).fetchone())
    assert "Зиёева" not in repr(rows)
    assert laptop.maintenance.verify_audit() > 0


def test_siblings_placed_apart_are_shown_as_far_as_the_user_may_see(office):
    group = "01a22100-0000-7000-8000-000000000001"
    with open_as(office, "karim") as karim:
        [older] = karim.cases.add([child(given_name="Зарина", sibling_group=group)]).ids
    with open_as(office, "laylo") as laylo:
        [younger] = laylo.cases.add([child(given_name="Мадина", birth_year=2016, district="Кӯлоб",
                                           sibling_group=group)], check_duplicates=False).ids
        assert laylo.casefile.show(younger)["siblings"] == []  # karim's case is not hers to see
    with open_as(office, "sabina") as sabina:
        siblings = sabina.casefile.show(younger)["siblings"]
        assert [(s["id"], s["district"]) for s in siblings] == [(older, "Ваҳдат")]


def test_another_supervisor_cannot_name_himself_to_see_need_to_know_fields(office, office_case):
    with open_as(office, "timur") as timur:
        with pytest.raises(RestrictedField):
            timur.casefile.update(office_case, {"supervisor": "timur"})
        assert timur.casefile.show(office_case)["health"] == REDACTED
    with open_as(office, "sabina") as sabina:  # the named supervisor hands the case over
        sabina.casefile.update(office_case, {"supervisor": "timur"})
    with open_as(office, "timur") as timur:
        assert timur.casefile.show(office_case)["health"] == "Asthma; inhaler daily."
