"""Assessments through app/: checked, scored and flagged with the form version they use,
drafts completed later, old versions kept, restricted answers redacted."""

from __future__ import annotations

import copy

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    AnswersInvalid,
    AssessmentNotDraft,
    FormVersionExists,
    FormWordRefused,
    NotPermitted,
)
from caseworker.domain.items import REDACTED
from tests.conftest import PASSWORD, child
from tests.forms.conftest import FORM

GOOD = {"age": 9, "school": "yes", "needs": ["food", "shelter"], "sleep": 0}


@pytest.fixture
def with_form(laptop):
    laptop.forms.install(copy.deepcopy(FORM))
    [case_id] = laptop.cases.add([child()]).ids
    return laptop, case_id


def test_an_assessment_is_saved_with_its_scores_and_flags(with_form):
    s, case_id = with_form
    item_id = s.assessments.add(case_id, "test_form", GOOD)
    [saved] = s.casefile.show(case_id)["items"]["assessments"]
    assert saved["id"] == item_id and saved["status"] == "complete" and saved["form_version"] == 1
    assert saved["scores"] == {"needs_count": 2}
    assert saved["flags"] == [{"name": "no_sleep", "suggests": "referral", "service": "psychosocial"}]


def test_invalid_answers_list_every_problem_and_save_nothing(with_form):
    s, case_id = with_form
    with pytest.raises(AnswersInvalid) as refused:
        s.assessments.add(case_id, "test_form", {"age": 30, "school": "maybe", "radical": "x"})
    assert {p.path for p in refused.value.problems} == {"age", "school", "radical"}
    assert s.casefile.show(case_id)["items"]["assessments"] == []


def test_a_draft_keeps_what_was_typed_and_is_completed_later(with_form):
    s, case_id = with_form
    draft = s.assessments.add(case_id, "test_form", {"age": "nine?"}, draft=True)
    assert s.casefile.item(draft)["data"]["answers"] == {"age": "nine?"}
    with pytest.raises(AnswersInvalid):
        s.assessments.complete(draft, {"age": "nine?"})
    s.assessments.complete(draft, GOOD)
    assert s.casefile.item(draft)["data"]["status"] == "complete"
    with pytest.raises(AssessmentNotDraft):
        s.assessments.complete(draft, GOOD)


def test_an_old_assessment_keeps_its_form_version(with_form):
    s, case_id = with_form
    old = s.assessments.add(case_id, "test_form", GOOD)
    v2 = copy.deepcopy(FORM)
    v2["version"] = 2
    v2["fields"][0]["max"] = 12  # the office narrowed the age range
    v2["fields"][0]["label"]["en"] = "Age in years"
    s.forms.install(v2)
    assert s.forms.get("test_form").version == 2
    assert s.forms.get("test_form", 1).fields[0].label.en == "Age"
    assert s.casefile.item(old)["data"]["form_version"] == 1
    new = s.assessments.add(case_id, "test_form", {**GOOD, "age": 11})
    assert s.casefile.item(new)["data"]["form_version"] == 2
    with pytest.raises(FormVersionExists):
        s.forms.install(v2)


def test_the_guardrail_needs_an_audited_override(laptop):
    bad = copy.deepcopy(FORM)
    bad["id"] = "bad_form"
    bad["fields"][9]["label"]["ru"] = "Идеология"
    with pytest.raises(FormWordRefused):
        laptop.forms.install(bad)
    laptop.forms.install(bad, override_reason="Office decision 12/2026: wording about the ideology of stigma")
    rows = laptop.workspace.read(lambda c: c.execute("SELECT detail FROM audit WHERE action = 'form_install'")
                                 .fetchall())
    assert any('"override":true' in r[0] for r in rows)


def test_only_an_admin_installs_forms(office):
    with Session.open(office, "sabina", PASSWORD) as sabina:
        with pytest.raises(NotPermitted):
            sabina.forms.install(copy.deepcopy(FORM))


def test_restricted_answers_are_redacted_for_others(office):
    form = copy.deepcopy(FORM)
    form["fields"][10]["restricted"] = True  # the notes
    form["fields"][4]["restricted"] = True  # sleep: the no_sleep flag would tell it
    form["fields"].append({"name": "sleep_twice", "type": "calculate", "label": FORM["fields"][0]["label"],
                           "calculation": "${sleep} * 2"})  # computed from sleep: hidden as well
    with Session.open(office, "admin", PASSWORD) as admin:
        admin.forms.install(form)
        admin.accounts.add("timur", PASSWORD, "supervisor")
    with Session.open(office, "karim", PASSWORD) as karim:
        [case_id] = karim.cases.add([child(supervisor="sabina")]).ids
        karim.assessments.add(case_id, "test_form", {**GOOD, "notes": "Disclosed; referred to the clinic."})
    with Session.open(office, "timur", PASSWORD) as timur:
        [a] = timur.casefile.show(case_id)["items"]["assessments"]
        assert a["answers"]["notes"] == REDACTED and a["answers"]["age"] == 9
        assert a["answers"]["sleep"] == REDACTED and a["flags"] == [{"restricted": True}]
        assert a["answers"]["sleep_twice"] == REDACTED
        assert a["scores"] == {"needs_count": 2}
    with Session.open(office, "sabina", PASSWORD) as sabina:
        [a] = sabina.casefile.show(case_id)["items"]["assessments"]
        assert a["answers"]["notes"] == "Disclosed; referred to the clinic."
        assert a["flags"][0]["name"] == "no_sleep"


def test_an_office_extends_the_guardrail_in_its_settings(laptop):
    form = copy.deepcopy(FORM)
    form["id"] = "office_form"
    form["fields"][9]["label"]["en"] = "Ask about the family's tribe"
    laptop.settings.replace({"guardrail_words": ["tribe"]})
    with pytest.raises(FormWordRefused) as refused:
        laptop.forms.install(form)
    assert refused.value.params["word"] == "tribe"
