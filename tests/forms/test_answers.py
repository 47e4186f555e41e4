"""Answers checked against a form: types, ranges, required, skip logic, constraints, repeats,
calculations, scores and red flags."""

from __future__ import annotations

import datetime as dt

import pytest

from caseworker.forms.answers import check
from caseworker.forms.loader import load_form
from caseworker.forms.scoring import scores_and_flags

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def form(form_data):
    return load_form(form_data)


def errors(result) -> dict[str, str]:
    return {e.path: e.message.key for e in result.errors}


def test_good_answers_are_kept_typed(form):
    result = check(form, {"age": "10", "school": "yes", "needs": ["food", "food", "documents"], "sleep": 3,
                          "visit_date": "2026-11-20", "weight": "31.5", "members_count": 1,
                          "members": [{"relation": "grandmother", "income": 900}], "notes": " Calm. "}, TODAY)
    assert result.valid, result.errors
    a = result.answers
    assert a["age"] == 10 and a["weight"] == 31.5 and a["needs"] == ["food", "documents"] and a["notes"] == "Calm."
    assert a["total_income"] == 900 and a["members"] == [{"relation": "grandmother", "income": 900}]


def test_required_and_conditionally_required(form):
    assert errors(check(form, {}, TODAY)) == {"age": "answer.required"}
    result = check(form, {"age": 9, "school": "no"}, TODAY)
    assert errors(result) == {"why_not": "answer.required"}  # required from age 7
    assert check(form, {"age": 5, "school": "no"}, TODAY).valid


def test_answers_to_questions_that_do_not_apply_are_dropped(form):
    result = check(form, {"age": 9, "school": "yes", "why_not": "far away"}, TODAY)
    assert result.valid and "why_not" not in result.answers


@pytest.mark.parametrize(
    ("answers", "path", "key"),
    [
        ({"age": 18}, "age", "answer.too_large"),
        ({"age": "ten"}, "age", "answer.type"),
        ({"age": True}, "age", "answer.type"),
        ({"age": 5, "school": "maybe"}, "school", "answer.type"),
        ({"age": 5, "needs": ["toys"]}, "needs", "answer.not_a_choice"),
        ({"age": 5, "sleep": 7}, "sleep", "answer.too_large"),
        ({"age": 5, "visit_date": "28.11.2026"}, "visit_date", "answer.type"),
        ({"age": 5, "visit_date": "2027-01-01"}, "visit_date", "answer.constraint"),
        ({"age": 5, "weight": "NaN"}, "weight", "answer.type"),
        ({"age": 5, "ideology": "x"}, "ideology", "answer.unknown_field"),
        ({"age": 5, "total_income": 5}, "total_income", "answer.not_answerable"),
        ({"age": 5, "members_count": 2, "members": [{"relation": "aunt"}]}, "household/members",
         "answer.repeat_count"),
        ({"age": 5, "members": [{"relation": "uncle"}]}, "household/members[1]/relation", "answer.not_a_choice"),
        ({"age": 5, "members": "grandmother"}, "household/members", "answer.type"),
        ({"age": 5, "notes": "x" * 20_001}, "notes", "answer.too_long"),
    ],
)
def test_bad_answers_are_listed_by_path(form, answers, path, key):
    found = errors(check(form, answers, TODAY))
    assert found.get(path) == key, found


def test_a_constraint_error_carries_the_forms_own_message(form):
    [error] = check(form, {"age": 5, "visit_date": "2027-01-01"}, TODAY).errors
    assert error.form_message["tg"] == "На дар оянда"


def test_every_error_is_listed_not_just_the_first(form):
    result = check(form, {"age": 30, "school": "maybe", "sleep": 9}, TODAY)
    assert set(errors(result)) == {"age", "school", "sleep"}


def test_scores_and_red_flags(form):
    answers = check(form, {"age": 9, "school": "yes", "needs": ["food", "shelter"], "sleep": 0,
                           "members_count": 1, "members": [{"relation": "aunt", "income": 0}]}, TODAY).answers
    scores, flags = scores_and_flags(form, answers, TODAY)
    assert scores == {"needs_count": 2}
    assert [(f.name, f.suggests, f.service) for f in flags] == [("no_sleep", "referral", "psychosocial"),
                                                                ("no_income", "risk_review", None)]
    calm = check(form, {"age": 9, "sleep": 3}, TODAY).answers
    assert scores_and_flags(form, calm, TODAY)[1] == []


def test_a_constraint_may_name_its_own_field(form_data):
    form_data["fields"][6]["constraint"] = "${weight} < 100"
    form = load_form(form_data)
    assert check(form, {"age": 5, "weight": 30}, TODAY).valid
    assert errors(check(form, {"age": 5, "weight": 120}, TODAY)) == {"weight": "answer.constraint"}
