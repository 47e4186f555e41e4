"""Forms and assessments through the real command line."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import P, add_file, cw, ws  # noqa: F401 - the workspace fixture
from tests.conftest import child
from tests.forms.conftest import FORM


@pytest.fixture
def with_form(ws, tmp_path):  # noqa: F811
    r = cw(ws, "form", "install", "--file", add_file(tmp_path, FORM, "form.json"))
    assert r.returncode == 0, r.stderr
    case_id = cw(ws, "case", "add", "--file", add_file(tmp_path, child(), "case.json")).stdout.strip()
    return ws, case_id


def test_form_list_and_show(with_form):
    folder, _ = with_form
    lines = cw(folder, "form", "list").stdout.splitlines()
    assert "test_form\t1\tTest" in lines
    shown = json.loads(cw(folder, "form", "show", "test_form").stdout)
    assert shown["title"]["tg"] == "Санҷиш"
    r = cw(folder, "form", "show", "no_such_form")
    assert r.returncode == 1 and "No form no_such_form" in r.stderr


def test_assessment_add_prints_its_id_and_flags(with_form, tmp_path):
    folder, case_id = with_form
    answers = add_file(tmp_path, {"age": 9, "school": "yes", "sleep": 0}, "answers.json")
    r = cw(folder, "assessment", "add", "--case", case_id, "--form", "test_form", "--answers", answers)
    assert r.returncode == 0, r.stderr
    item_id, flag = r.stdout.splitlines()
    assert flag == "flag: no_sleep (suggests referral)"
    shown = json.loads(cw(folder, "case", "show", case_id, "--json").stdout)
    assert shown["items"]["assessments"][0]["id"] == item_id


def test_invalid_answers_are_refused_with_every_problem_listed(with_form, tmp_path):
    folder, case_id = with_form
    answers = add_file(tmp_path, {"age": 30, "school": "maybe", "visit_date": "2999-01-01"}, "bad.json")
    r = cw(folder, "assessment", "add", "--case", case_id, "--form", "test_form", "--answers", answers)
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0] == "caseworker: The answers have 3 problem(s); nothing was saved."
    assert {line.split(":")[0].strip() for line in lines[1:]} == {"age", "school", "visit_date"}
    shown = json.loads(cw(folder, "case", "show", case_id, "--json").stdout)
    assert shown["items"]["assessments"] == []


def test_a_draft_then_complete(with_form, tmp_path):
    folder, case_id = with_form
    draft = cw(folder, "assessment", "add", "--case", case_id, "--form", "test_form", "--draft",
               "--answers", add_file(tmp_path, {"age": 9}, "d.json")).stdout.strip()
    r = cw(folder, "assessment", "complete", draft, "--answers", add_file(tmp_path, {"age": 9, "sleep": 3}, "c.json"))
    assert r.returncode == 0 and "completed" in r.stdout


def test_a_form_with_forbidden_topics_needs_an_override_reason(ws, tmp_path):  # noqa: F811
    bad = {**FORM, "id": "bad_form"}
    bad["fields"] = [*FORM["fields"][:9], {**FORM["fields"][9], "name": "religious_practice"}, *FORM["fields"][10:]]
    path = add_file(tmp_path, bad, "bad.json")
    r = cw(ws, "form", "install", "--file", path)
    assert r.returncode == 1 and "forms never ask about such things" in r.stderr
    assert "bad_form" not in cw(ws, "form", "list").stdout
    r = cw(ws, "form", "install", "--file", path, "--override-reason", "Testing the guardrail")
    assert r.returncode == 0


def test_export_to_a_workbook_and_import_it_as_a_new_version(with_form, tmp_path):
    import openpyxl

    folder, _ = with_form
    out = tmp_path / "test_form.xlsx"
    r = cw(folder, "form", "export-xlsx", "test_form", "--out", str(out))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(out)
    wb["settings"]["B2"].value = 2  # the designer's next version
    wb.save(out)
    r = cw(folder, "form", "import", str(out))
    assert r.returncode == 0 and "Installed test_form version 2" in r.stdout
    assert "test_form\t2\tTest" in cw(folder, "form", "list").stdout.splitlines()
    r = cw(folder, "form", "import", str(out))  # the same version again
    assert r.returncode == 1 and "already installed" in r.stderr
