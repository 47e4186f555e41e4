"""Loading a form: schema, languages, names, expressions and the guardrail, each refused clearly."""

from __future__ import annotations

import pytest

from caseworker.domain.errors import ExpressionInvalid, FormInvalid, FormWordRefused
from caseworker.forms.loader import load_form


def test_a_good_form_loads(form_data):
    form = load_form(form_data)
    assert form.id == "test_form" and form.title.get("tg") == "Санҷиш"


def test_a_missing_language_is_refused_naming_the_field(form_data):
    form_data["fields"][1]["label"].pop("tg")
    with pytest.raises(FormInvalid) as refused:
        load_form(form_data)
    assert refused.value.params["field"] == "school label"
    assert "tg" in str(refused.value)


def test_an_office_may_allow_a_fallback_explicitly(form_data):
    form_data["fields"][1]["label"].pop("tg")
    form_data["fallback"] = ["tg"]
    form = load_form(form_data)
    assert form.fields[1].label.get("tg") == "Goes to school (ru)"  # tg -> ru -> en


def test_an_unknown_field_in_an_expression_is_refused(form_data):
    form_data["fields"][2]["relevant"] = "${schol} = 'no'"
    with pytest.raises(FormInvalid) as refused:
        load_form(form_data)
    assert refused.value.params["field"] == "why_not" and "schol" in str(refused.value)


def test_a_malformed_expression_is_refused_with_its_position(form_data):
    form_data["fields"][2]["required"] = "${age} >= "
    with pytest.raises(ExpressionInvalid) as refused:
        load_form(form_data)
    assert refused.value.params == {"form": "test_form", "field": "why_not", "position": 9,
                                    "problem": "unexpected_end"}


def test_duplicate_names_are_refused(form_data):
    form_data["fields"][1]["name"] = "age"
    with pytest.raises(FormInvalid) as refused:
        load_form(form_data)
    assert "same name" in str(refused.value)


@pytest.mark.parametrize(
    ("where", "text"),
    [("name", "religious_practice"), ("en", "Does the family pray at the mosque?"),
     ("ru", "Идеология семьи"), ("tg", "Ҷиҳод")],
)
def test_the_guardrail_refuses_forbidden_things_in_any_language(form_data, where, text):
    field = form_data["fields"][9]  # the note, which no expression names
    if where == "name":
        field["name"] = text
    else:
        field["label"][where] = text
    with pytest.raises(FormWordRefused):
        load_form(form_data)
    assert load_form(form_data, override=True)  # an admin's audited override


def test_names_that_contain_din_are_not_refused(form_data):
    form_data["fields"][3]["choices"][0]["label"]["tg"] = "Ноҳияи Ҷалолиддини Балхӣ, Нуриддин"
    assert load_form(form_data)


@pytest.mark.parametrize(
    "damage",
    [
        lambda f: f["fields"][3].update(choices=[]),  # a select without choices
        lambda f: f["fields"][4].pop("scale"),
        lambda f: f.update(version=0),
        lambda f: f["fields"][0].update(name="Age"),
        lambda f: f.update(fields=[]),
    ],
)
def test_schema_errors_name_the_field(form_data, damage):
    damage(form_data)
    with pytest.raises(FormInvalid):
        load_form(form_data)
