"""Loading a form definition: the schema, all three languages, unique names, every expression
parsed with its references known, and the guardrail against fields that must never exist."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from caseworker.domain.case import explain
from caseworker.domain.errors import ExpressionInvalid, FormInvalid, FormWordRefused
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.forms import expressions
from caseworker.forms.schema import LANGUAGES, FieldType, FormDefinition, FormField, Text

# DESIGN.md §11: nothing about what the child or a parent did in the group, associates,
# combat, religious practice, ideology or "radicalisation", in any of the three languages.
# An office can extend the list; a form that trips it needs an admin's audited override.
GUARDRAIL_WORDS: tuple[str, ...] = (
    "ideolog", "religio", "radical", "extremis", "terror", "jihad", "combat", "fighter", "militant",
    "weapon", "allegiance", "martyr", "prayer", "mosque", "namaz",
    "идеолог", "религи", "радикал", "экстрем", "террор", "джихад", "боевик", "оружи", "молитв", "мечет", "намаз",
    # Tajik: not the bare stem "дин", which is inside many names (Нуриддин, Ҷалолиддин).
    "мафкур", "динӣ", "диндор", "ифрот", "ҷиҳод", "ҷангҷӯ", "силоҳ", "масҷид",
)

PROBLEMS = {
    "missing_language": QT_TRANSLATE_NOOP("Messages", "a text is missing in {language}."),
    "duplicate_name": QT_TRANSLATE_NOOP("Messages", "another field has the same name."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "the expression names a field the form does not have: {name}."),
}


def _problem(key: str, **params) -> Message:
    return Message(f"form.{key}", PROBLEMS[key], params)


@dataclass(frozen=True)
class Located:
    """A field with the path of names that leads to it, and the repeat it sits in (if any)."""

    path: str
    field: FormField
    repeat: str | None


def walk(fields: list[FormField], prefix: str = "", repeat: str | None = None) -> Iterator[Located]:
    for f in fields:
        path = f"{prefix}{f.name}"
        yield Located(path, f, repeat)
        if f.fields:
            inner_repeat = f.name if f.type == FieldType.REPEAT else repeat
            yield from walk(f.fields, f"{path}/", inner_repeat)


def _texts(f: FormField) -> Iterator[tuple[str, Text]]:
    yield "label", f.label
    if f.hint:
        yield "hint", f.hint
    if f.constraint_message:
        yield "constraint_message", f.constraint_message
    for c in f.choices:
        yield f"choice {c.name}", c.label
    if f.scale:
        for a in f.scale.anchors:
            yield f"anchor {a.value}", a.label


def _check_languages(form: FormDefinition) -> None:
    allowed_missing = set(form.fallback)
    texts = [("title", form.title)] + ([("description", form.description)] if form.description else [])
    texts += [(f"{loc.path} {what}", text) for loc in walk(form.fields) for what, text in _texts(loc.field)]
    texts += [(s.name, s.label) for s in form.scores] + [(fl.name, fl.label) for fl in form.flags]
    for where, text in texts:
        for language in LANGUAGES:
            if not getattr(text, language) and language not in allowed_missing:
                raise FormInvalid(form=form.id, field=where, problem=_problem("missing_language", language=language))
        if not any(getattr(text, lang) for lang in LANGUAGES):
            raise FormInvalid(form=form.id, field=where, problem=_problem("missing_language", language="en"))


def _check_guardrail(form: FormDefinition, words: tuple[str, ...]) -> None:
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)

    def check(where: str, value: str | None) -> None:
        if value and (m := pattern.search(value)):
            raise FormWordRefused(form=form.id, field=where, word=m.group())

    for loc in walk(form.fields):
        check(loc.path, loc.field.name)
        for what, text in _texts(loc.field):
            for language in LANGUAGES:
                check(f"{loc.path} {what}", getattr(text, language))
        for c in loc.field.choices:
            check(f"{loc.path} choice", c.name)
    for item in [*form.scores, *form.flags]:
        check(item.name, item.name)
        for language in LANGUAGES:
            check(item.name, getattr(item.label, language))


def expressions_of(form: FormDefinition) -> Iterator[tuple[str, str]]:
    """(where, expression text) for every expression in the form."""
    for loc in walk(form.fields):
        f = loc.field
        for attr in ("relevant", "constraint", "calculation", "default", "repeat_count"):
            value = getattr(f, attr)
            if value:
                yield loc.path, value
        if isinstance(f.required, str):
            yield loc.path, f.required
    for s in form.scores:
        yield s.name, s.expression
    for fl in form.flags:
        yield fl.name, fl.when


def _check_expressions(form: FormDefinition) -> None:
    names = {loc.field.name for loc in walk(form.fields)}
    for where, text in expressions_of(form):
        try:
            tree = expressions.parse(text)
        except expressions.ExpressionError as e:
            raise ExpressionInvalid(form=form.id, field=where, position=e.position, problem=e.problem) from None
        for ref in expressions.references(tree):
            if ref.name not in names:
                raise FormInvalid(form=form.id, field=where, problem=_problem("unknown_field", name=ref.name))


def load_form(data: dict, words: tuple[str, ...] = GUARDRAIL_WORDS, override: bool = False) -> FormDefinition:
    """A checked form definition, or a refusal naming the field and the problem.

    `override` (an admin's audited decision, with a reason) skips only the guardrail.
    """
    form_id = str(data.get("id", "?")) if isinstance(data, dict) else "?"
    try:
        form = FormDefinition.model_validate(data)
    except ValidationError as e:
        field, why = explain(e.errors()[0])
        raise FormInvalid(form=form_id, field=field, problem=why) from None
    _check_languages(form)
    seen: set[str] = set()
    for loc in walk(form.fields):
        if loc.field.name in seen:
            raise FormInvalid(form=form.id, field=loc.path, problem=_problem("duplicate_name"))
        seen.add(loc.field.name)
    _check_expressions(form)
    if not override:
        _check_guardrail(form, words)
    return form


def load_file(path: Path, **kwargs) -> FormDefinition:
    return load_form(json.loads(Path(path).read_text("utf-8")), **kwargs)
