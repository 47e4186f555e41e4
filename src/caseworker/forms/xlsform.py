"""XLSForm workbooks to and from the form format: for offices whose designers work in a spreadsheet.

Sheets: `survey` (type, name, label::Language (xx), hint::…, required, relevant,
constraint, constraint_message::…, calculation, default, repeat_count, choice_filter,
appearance, parameters), `choices` (list_name, name, label::…) and `settings` (form_id,
version, form_title, default_language) as in any XLSForm; and what plain XLSForm has no
place for, in named extra columns of `survey` (cw_type, cw_min, cw_max, cw_max_length,
cw_max_repeats, cw_restricted) and an extra sheet `caseworker` (title and description in
every language, scale anchors, scores, red flags, fallback languages). docs/forms.md
describes them. Anything that cannot be carried over is reported row by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook import Workbook

from caseworker.domain.errors import ExpressionInvalid, FormInvalid, NotAWorkbook, XlsformRefused
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.forms.loader import load_form
from caseworker.forms.schema import LANGUAGES, FieldType, FormDefinition, FormField, Text

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "tg": "Tajik"}
_LANG_COLUMN = re.compile(r"^(label|hint|constraint_message|title|description)::.*?\(?([a-z]{2})\)?\s*$")
_SIMPLE = {
    FieldType.TEXT: "text", FieldType.LONG_TEXT: "text", FieldType.INTEGER: "integer",
    FieldType.DECIMAL: "decimal", FieldType.DATE: "date", FieldType.NOTE: "note",
    FieldType.CALCULATE: "calculate", FieldType.SCALE: "range",
}
_FROM_XLS = {"text": FieldType.TEXT, "integer": FieldType.INTEGER, "decimal": FieldType.DECIMAL,
             "date": FieldType.DATE, "note": FieldType.NOTE, "calculate": FieldType.CALCULATE}


PROBLEMS = {
    "no_choice_list": QT_TRANSLATE_NOOP("Messages", "the choices sheet has no list {list_name}."),
    "unsupported_type": QT_TRANSLATE_NOOP("Messages", "the question type {type} is not supported."),
}


def _problem(key: str, **params) -> Message:
    return Message(f"xlsform.{key}", PROBLEMS[key], params)


@dataclass
class Imported:
    form: FormDefinition
    notes: list[str] = field(default_factory=list)  # what could not be carried over, row by row


# -- export ---------------------------------------------------------------------------------------
def _lang_headers(prefix: str) -> list[str]:
    return [f"{prefix}::{LANGUAGE_NAMES[lang]} ({lang})" for lang in LANGUAGES]


def _texts(text: Text | None) -> list[str | None]:
    return [getattr(text, lang) if text else None for lang in LANGUAGES]


SURVEY_HEADERS = [
    "type", "name", *_lang_headers("label"), *_lang_headers("hint"), "required", "relevant", "constraint",
    *_lang_headers("constraint_message"), "calculation", "default", "repeat_count", "parameters",
    "cw_type", "cw_min", "cw_max", "cw_max_length", "cw_max_repeats", "cw_restricted",
]


def export(form: FormDefinition) -> Workbook:
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    survey.append(SURVEY_HEADERS)
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *_lang_headers("label")])
    extra = wb.create_sheet("caseworker")
    extra.append(["kind", "name", "value", "expression", "suggests", "service", *_lang_headers("label")])
    extra.append(["title", "", "", "", "", "", *_texts(form.title)])
    if form.description:
        extra.append(["description", "", "", "", "", "", *_texts(form.description)])
    for lang in form.fallback:
        extra.append(["fallback", lang, "", "", "", "", None, None, None])

    def rows(fields: list[FormField]) -> None:
        for f in fields:
            if f.type in (FieldType.GROUP, FieldType.REPEAT):
                kind = "group" if f.type == FieldType.GROUP else "repeat"
                survey.append(_row(f, f"begin_{kind}"))
                rows(f.fields)
                survey.append([f"end_{kind}", f.name])
                continue
            if f.type in (FieldType.SELECT_ONE, FieldType.SELECT_MANY, FieldType.YES_NO):
                list_name = f.name
                xls = f"select_one {list_name}" if f.type != FieldType.SELECT_MANY else f"select_multiple {list_name}"
                for c in f.choices or []:
                    choices.append([list_name, c.name, *_texts(c.label)])
                if f.type == FieldType.YES_NO:
                    xls = "select_one yes_no"
            else:
                xls = _SIMPLE[f.type]
            survey.append(_row(f, xls))
            if f.scale:
                for a in f.scale.anchors:
                    extra.append(["anchor", f.name, a.value, "", "", "", *_texts(a.label)])

    rows(form.fields)
    if any(f.type == FieldType.YES_NO for f in _every(form.fields)):
        yes_no = {"en": ("Yes", "No"), "ru": ("Да", "Нет"), "tg": ("Ҳа", "Не")}
        choices.append(["yes_no", "yes", *(yes_no[lang][0] for lang in LANGUAGES)])
        choices.append(["yes_no", "no", *(yes_no[lang][1] for lang in LANGUAGES)])
    for s in form.scores:
        extra.append(["score", s.name, "", s.expression, "", "", *_texts(s.label)])
    for fl in form.flags:
        extra.append(["flag", fl.name, "", fl.when, fl.suggests.value, fl.service or "", *_texts(fl.label)])
    settings = wb.create_sheet("settings")
    settings.append(["form_id", "version", "form_title", "default_language"])
    settings.append([form.id, form.version, form.title.en or "", "English (en)"])
    return wb


def _every(fields: list[FormField]):
    for f in fields:
        yield f
        yield from _every(f.fields)


def _row(f: FormField, xls_type: str) -> list[Any]:
    ours = f.type.value if f.type in (FieldType.LONG_TEXT, FieldType.YES_NO, FieldType.SCALE) else None
    parameters = f"start={f.scale.min} end={f.scale.max} step=1" if f.scale else None
    return [
        xls_type, f.name, *_texts(f.label), *_texts(f.hint),
        ("yes" if f.required is True else None) if isinstance(f.required, bool) else f.required,
        f.relevant, f.constraint, *_texts(f.constraint_message), f.calculation, f.default, f.repeat_count,
        parameters, ours, f.min, f.max, f.max_length,
        f.max_repeats if f.type == FieldType.REPEAT and f.max_repeats != 50 else None,
        "yes" if f.restricted else None,
    ]


def save(form: FormDefinition, path: Path) -> None:
    export(form).save(path)


# -- import ---------------------------------------------------------------------------------------
def _sheet(wb: Workbook, name: str) -> tuple[list[str], list[tuple[int, dict]]]:
    if name not in wb.sheetnames:
        return [], []
    rows = list(wb[name].iter_rows(values_only=True))
    if not rows:
        return [], []
    headers = [str(h).strip() if h is not None else "" for h in rows[0]]
    out = []
    for n, values in enumerate(rows[1:], start=2):
        row = {h: v for h, v in zip(headers, values, strict=False) if h and v is not None and str(v).strip() != ""}
        if row:
            out.append((n, row))
    return headers, out


def _text(row: dict, prefix: str) -> dict | None:
    found = {}
    for column, value in row.items():
        m = _LANG_COLUMN.match(column)
        if m and m.group(1) == prefix and m.group(2) in LANGUAGES:
            found[m.group(2)] = str(value)
    if prefix in row and "en" not in found:
        found["en"] = str(row[prefix])  # a plain "label" column is the default language
    return found or None


def _yes(value: Any) -> bool:
    return str(value).strip().lower() in ("yes", "true", "1", "true()")


def read(path: Path, **load_options) -> Imported:
    """Reads a workbook into a checked form; refuses (naming sheet, row and field) what it cannot."""
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:
        raise NotAWorkbook(path=str(path)) from e
    notes: list[str] = []
    _, survey = _sheet(wb, "survey")
    _, choice_rows = _sheet(wb, "choices")
    _, settings_rows = _sheet(wb, "settings")
    _, extra = _sheet(wb, "caseworker")
    lists: dict[str, list[dict]] = {}
    for _n, row in choice_rows:
        lists.setdefault(str(row.get("list_name")), []).append(
            {"name": str(row.get("name")), "label": _text(row, "label") or {}}
        )
    anchors: dict[str, list[dict]] = {}
    definition: dict[str, Any] = {"fields": [], "scores": [], "flags": []}
    for _n, row in extra:
        kind = row.get("kind")
        if kind == "title":
            definition["title"] = _text(row, "label")
        elif kind == "description":
            definition["description"] = _text(row, "label")
        elif kind == "fallback":
            definition.setdefault("fallback", []).append(str(row.get("name")))
        elif kind == "anchor":
            anchors.setdefault(str(row.get("name")), []).append({"value": int(row.get("value")),
                                                                   "label": _text(row, "label")})
        elif kind == "score":
            definition["scores"].append({"name": row.get("name"), "label": _text(row, "label"),
                                         "expression": row.get("expression")})
        elif kind == "flag":
            flag = {"name": row.get("name"), "label": _text(row, "label"), "when": row.get("expression"),
                    "suggests": row.get("suggests")}
            if row.get("service"):
                flag["service"] = row.get("service")
            definition["flags"].append(flag)
    settings = settings_rows[0][1] if settings_rows else {}
    definition["id"] = str(settings.get("form_id", "")).strip()
    definition["version"] = int(settings.get("version", 1) or 1)
    definition.setdefault("title", {"en": str(settings.get("form_title", definition["id"]))})

    rows_of: dict[str, int] = {}
    stack: list[list] = [definition["fields"]]
    for n, row in survey:
        xls_type = str(row.get("type", "")).strip()
        name = str(row.get("name", "")).strip()
        if xls_type.startswith("end_") or xls_type in ("end group", "end repeat"):
            if len(stack) > 1:
                stack.pop()
            continue
        rows_of.setdefault(name, n)
        for column in ("choice_filter", "appearance", "trigger", "media::image"):
            if column in row:
                notes.append(f"survey row {n} ({name}): column {column} is not carried over")
        f: dict[str, Any] = {"name": name, "label": _text(row, "label") or {"en": name}}
        for key in ("relevant", "constraint", "calculation", "default", "repeat_count"):
            if key in row:
                f[key] = str(row[key])
        if "required" in row:
            value = str(row["required"]).strip()
            f["required"] = True if _yes(value) else (False if value.lower() in ("no", "false") else value)
        for key, prefix in (("hint", "hint"), ("constraint_message", "constraint_message")):
            text = _text(row, prefix)
            if text:
                f[key] = text
        for ours, key in (("cw_min", "min"), ("cw_max", "max")):
            if ours in row:
                f[key] = float(row[ours])
        if "cw_max_length" in row:
            f["max_length"] = int(row["cw_max_length"])
        if "cw_max_repeats" in row:
            f["max_repeats"] = int(row["cw_max_repeats"])
        if _yes(row.get("cw_restricted", "no")):
            f["restricted"] = True
        ours = row.get("cw_type")
        base, _, list_name = xls_type.partition(" ")
        if base in ("begin_group", "begin_repeat", "begin", "begin group", "begin repeat"):
            f["type"] = "repeat" if "repeat" in xls_type else "group"
            f["fields"] = []
            stack[-1].append(f)
            stack.append(f["fields"])
            continue
        if base in ("select_one", "select_multiple"):
            if ours == "yes_no":
                f["type"] = "yes_no"
            else:
                f["type"] = "select_one" if base == "select_one" else "select_many"
                if list_name not in lists:
                    raise XlsformRefused(
                        sheet="survey", row=n, field=name, problem=_problem("no_choice_list", list_name=list_name)
                    )
                f["choices"] = lists[list_name]
        elif base == "range" or ours == "scale":
            params = dict(p.split("=", 1) for p in str(row.get("parameters", "")).split() if "=" in p)
            f["type"] = "scale"
            f["scale"] = {"min": int(float(params.get("start", 0))), "max": int(float(params.get("end", 4))),
                          "anchors": anchors.get(name, [])}
        elif ours == "long_text":
            f["type"] = "long_text"
        elif base in _FROM_XLS:
            f["type"] = _FROM_XLS[base].value
        else:
            raise XlsformRefused(sheet="survey", row=n, field=name, problem=_problem("unsupported_type", type=xls_type))
        stack[-1].append(f)
    try:
        form = load_form(definition, **load_options)
    except (FormInvalid, ExpressionInvalid) as e:
        where = str(e.params.get("field", "")).split(" ")[0].split("/")[-1].split(".")[0]
        raise XlsformRefused(sheet="survey", row=rows_of.get(where, "-"), field=where,
                             problem=e.message) from None
    return Imported(form, notes)
