"""XLSForm workbooks: every shipped form survives a round trip; bad workbooks are refused by row."""

from __future__ import annotations

import copy

import openpyxl
import pytest

from caseworker.app.forms import shipped_forms
from caseworker.domain.errors import NotAWorkbook, XlsformRefused
from caseworker.forms import xlsform
from caseworker.forms.loader import load_form

SHIPPED = {f.id: f for f in shipped_forms()}


def round_trip(form, tmp_path):
    path = tmp_path / f"{form.id}.xlsx"
    xlsform.save(form, path)
    return xlsform.read(path)


@pytest.mark.parametrize("form_id", sorted(SHIPPED))
def test_every_shipped_form_survives_a_round_trip(form_id, tmp_path):
    form = SHIPPED[form_id]
    back = round_trip(form, tmp_path)
    assert back.form == form
    assert back.notes == []


def test_the_engines_test_form_survives_a_round_trip(form_data, tmp_path):
    form = load_form(form_data)
    assert round_trip(form, tmp_path).form == form


def test_a_plain_xlsform_with_language_columns_is_read(tmp_path):
    wb = openpyxl.Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Russian (ru)", "label::Tajik (tg)", "required",
                   "relevant", "choice_filter"])
    survey.append(["integer", "age", "Age", "Возраст", "Синну сол", "yes", None, None])
    survey.append(["select_one yn", "school", "At school?", "Учится?", "Мехонад?", None, "${age} >= 7", "x = 1"])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", "label::English (en)", "label::Russian (ru)", "label::Tajik (tg)"])
    choices.append(["yn", "yes", "Yes", "Да", "Ҳа"])
    choices.append(["yn", "no", "No", "Нет", "Не"])
    settings = wb.create_sheet("settings")
    settings.append(["form_id", "version", "form_title", "default_language"])
    settings.append(["short_form", 3, "Short form", "English (en)"])
    path = tmp_path / "short.xlsx"
    wb.save(path)
    with pytest.raises(XlsformRefused):  # the title exists in English only
        xlsform.read(path)
    extra = wb.create_sheet("caseworker")
    extra.append(["kind", "name", "value", "expression", "suggests", "service", "label::English (en)",
                  "label::Russian (ru)", "label::Tajik (tg)"])
    extra.append(["title", None, None, None, None, None, "Short form", "Краткая форма", "Шакли кӯтоҳ"])
    wb.save(path)
    imported = xlsform.read(path)
    assert imported.form.id == "short_form" and imported.form.version == 3
    assert imported.form.fields[1].relevant == "${age} >= 7"
    assert imported.notes == ["survey row 3 (school): column choice_filter is not carried over"]


def test_an_unknown_field_in_an_expression_is_refused_naming_the_row(form_data, tmp_path):
    form = load_form(form_data)
    path = tmp_path / "bad.xlsx"
    wb = xlsform.export(form)
    survey = wb["survey"]
    headers = [c.value for c in survey[1]]
    row = next(r for r in survey.iter_rows(min_row=2) if r[1].value == "why_not")
    row[headers.index("relevant")].value = "${schol} = 'no'"
    wb.save(path)
    with pytest.raises(XlsformRefused) as refused:
        xlsform.read(path)
    assert refused.value.params["row"] == row[0].row and refused.value.params["field"] == "why_not"
    assert "schol" in str(refused.value)


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(NotAWorkbook) as refused:
        xlsform.read(path)
    assert str(refused.value) == f"{path} is not an .xlsx workbook."


def test_an_unsupported_type_is_refused_naming_the_row(form_data, tmp_path):
    wb = xlsform.export(load_form(copy.deepcopy(form_data)))
    wb["survey"]["A2"].value = "geopoint"
    path = tmp_path / "geo.xlsx"
    wb.save(path)
    with pytest.raises(XlsformRefused) as refused:
        xlsform.read(path)
    assert refused.value.params["row"] == 2
