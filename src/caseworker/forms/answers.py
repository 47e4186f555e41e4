"""Checking a set of answers against a form: types, choices, ranges, required, constraints,
calculations, skip logic and repeats. Answers to questions that do not apply are dropped.

Answers are flat by field name (a group only arranges fields on screen); a repeat's
answer is a list of such flat objects, one per item. Errors are structured — the path of
the field and a message key with parameters — so the GUI shows them in its language.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.forms import expressions
from caseworker.forms.schema import NO_ANSWER, FieldType, FormDefinition, FormField

ERRORS = {
    "required": QT_TRANSLATE_NOOP("Messages", "an answer is required."),
    "type": QT_TRANSLATE_NOOP("Messages", "the answer is not of the expected kind."),
    "not_a_choice": QT_TRANSLATE_NOOP("Messages", "the answer is not one of the choices."),
    "too_small": QT_TRANSLATE_NOOP("Messages", "the answer is below {limit}."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "the answer is above {limit}."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "the answer is longer than {limit} characters."),
    "constraint": QT_TRANSLATE_NOOP("Messages", "the answer does not meet the form's rule."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "the form has no such question."),
    "too_many_repeats": QT_TRANSLATE_NOOP("Messages", "more than {limit} entries."),
    "repeat_count": QT_TRANSLATE_NOOP("Messages", "{expected} entries are expected."),
    "not_answerable": QT_TRANSLATE_NOOP("Messages", "this item is filled in by the form itself."),
}


@dataclass(frozen=True)
class AnswerError:
    path: str
    message: Message
    # A form's own constraint message (en/ru/tg), shown instead of the generic text when present.
    form_message: dict[str, str | None] | None = None


@dataclass
class Checked:
    answers: dict[str, Any]
    errors: list[AnswerError] = field(default_factory=list)
    # The paths of the questions that apply to these answers (skip logic), in form order:
    # what a screen shows.
    shown: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


def _error(path: str, key: str, **params) -> AnswerError:
    return AnswerError(path, Message(f"answer.{key}", ERRORS[key], params))


_MISSING = object()


def _coerce(f: FormField, raw: Any) -> Any:
    """The typed answer, or _MISSING when it cannot be one (a type error)."""
    t = f.type
    if t in (FieldType.TEXT, FieldType.LONG_TEXT):
        return raw.strip() if isinstance(raw, str) else _MISSING
    if t == FieldType.INTEGER or t == FieldType.SCALE:
        if isinstance(raw, bool):
            return _MISSING
        if isinstance(raw, int):
            return raw
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            return int(raw)
        return _MISSING
    if t == FieldType.DECIMAL:
        if isinstance(raw, bool):
            return _MISSING
        try:
            value = float(raw)
        except (TypeError, ValueError):
            return _MISSING
        return value if math.isfinite(value) else _MISSING
    if t == FieldType.DATE:
        try:
            return dt.date.fromisoformat(raw).isoformat() if isinstance(raw, str) and len(raw) == 10 else _MISSING
        except ValueError:
            return _MISSING
    if t == FieldType.YES_NO:
        return raw if raw in ("yes", "no") else _MISSING
    if t == FieldType.SELECT_ONE:
        return raw if isinstance(raw, str) else _MISSING
    if t == FieldType.SELECT_MANY:
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return list(dict.fromkeys(raw))
        return _MISSING
    return _MISSING


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class Checker:
    def __init__(self, form: FormDefinition, today: dt.date) -> None:
        self.form = form
        self.today = today
        self.errors: list[AnswerError] = []
        self.shown: list[str] = []
        self.trees: dict[str, expressions.Node] = {}
        # A repeat's field named from outside the repeat stands for its values, one per item.
        self.repeat_children = {
            child.name: f.name for f in _all(form.fields) if f.type == FieldType.REPEAT for child in _all(f.fields)
        }

    def tree(self, text: str) -> expressions.Node:
        if text not in self.trees:
            self.trees[text] = expressions.parse(text)  # checked when the form was loaded
        return self.trees[text]

    def env(self, scopes: list[dict], current: Any = None) -> expressions.Env:
        repeats = self.repeat_children

        def lookup(name: str) -> Any:
            for scope in reversed(scopes):  # the repeat item first, then the form
                if name in scope:
                    return scope[name]
            if name in repeats:  # a repeat's field named from outside: its values, one per item
                repeat = repeats[name]
                items = scopes[0].get(repeat) or []
                return [item.get(name) for item in items if isinstance(item, dict)]
            return None

        return expressions.Env(lookup, current, self.today)

    def value(self, text: str, scopes: list[dict], current: Any = None) -> Any:
        return expressions.evaluate(self.tree(text), self.env(scopes, current))

    def check(self, raw: dict) -> Checked:
        known = {f.name for f in _all(self.form.fields)}
        for name in sorted(set(raw) - known):
            self.errors.append(_error(name, "unknown_field"))
        clean: dict[str, Any] = {}
        self.fields(self.form.fields, raw, [clean], "")
        return Checked(clean, self.errors, self.shown)

    def fields(self, fields: list[FormField], raw: dict, scopes: list[dict], prefix: str) -> None:
        target = scopes[-1]
        for f in fields:
            path = f"{prefix}{f.name}"
            if f.relevant and not expressions.truthy(self.value(f.relevant, scopes)):
                continue  # skipped: whatever was answered is dropped
            self.shown.append(path)
            if f.type == FieldType.GROUP:
                self.fields(f.fields, raw, scopes, f"{path}/")
                continue
            if f.type == FieldType.REPEAT:
                target[f.name] = self.repeat(f, raw.get(f.name), scopes, path)
                continue
            if f.type == FieldType.CALCULATE:
                if f.name in raw:
                    self.errors.append(_error(path, "not_answerable"))
                target[f.name] = self.value(f.calculation, scopes)
                continue
            if f.type in NO_ANSWER:
                continue
            value = raw.get(f.name)
            if _empty(value) and f.default:
                value = self.value(f.default, scopes)
            self.answer(f, value, scopes, path)

    def answer(self, f: FormField, raw: Any, scopes: list[dict], path: str) -> None:
        required = f.required if isinstance(f.required, bool) else expressions.truthy(self.value(f.required, scopes))
        if _empty(raw):
            if required:
                self.errors.append(_error(path, "required"))
            return
        value = _coerce(f, raw)
        if value is _MISSING:
            self.errors.append(_error(path, "type"))
            return
        problem = self.limits(f, value, path)
        if problem:
            if f.constraint_message:  # the form's own words say it better than a bare limit
                problem = AnswerError(problem.path, problem.message, f.constraint_message.model_dump())
            self.errors.append(problem)
            return
        # The answer is in place before its constraint runs: ${name} in its own constraint
        # means the same as ".", as in XLSForm.
        scopes[-1][f.name] = value
        if f.constraint and not expressions.truthy(self.value(f.constraint, scopes, current=value)):
            del scopes[-1][f.name]
            own = f.constraint_message.model_dump() if f.constraint_message else None
            self.errors.append(AnswerError(path, Message("answer.constraint", ERRORS["constraint"]), own))

    def limits(self, f: FormField, value: Any, path: str) -> AnswerError | None:
        if f.type in (FieldType.SELECT_ONE, FieldType.SELECT_MANY):
            names = {c.name for c in f.choices}
            if any(v not in names for v in (value if isinstance(value, list) else [value])):
                return _error(path, "not_a_choice")
        if f.type == FieldType.SCALE:
            if value < f.scale.min:
                return _error(path, "too_small", limit=f.scale.min)
            if value > f.scale.max:
                return _error(path, "too_large", limit=f.scale.max)
        if f.type in (FieldType.INTEGER, FieldType.DECIMAL):
            if f.min is not None and value < f.min:
                return _error(path, "too_small", limit=f.min)
            if f.max is not None and value > f.max:
                return _error(path, "too_large", limit=f.max)
        if f.type in (FieldType.TEXT, FieldType.LONG_TEXT):
            limit = f.max_length or (200 if f.type == FieldType.TEXT else 20_000)
            if len(value) > limit:
                return _error(path, "too_long", limit=limit)
        return None

    def repeat(self, f: FormField, raw: Any, scopes: list[dict], path: str) -> list[dict]:
        items = raw if isinstance(raw, list) else ([] if raw is None else None)
        if items is None or any(not isinstance(i, dict) for i in items):
            self.errors.append(_error(path, "type"))
            return []
        if len(items) > f.max_repeats:
            self.errors.append(_error(path, "too_many_repeats", limit=f.max_repeats))
            return []
        if f.repeat_count:
            expected = expressions.number(self.value(f.repeat_count, scopes))
            if expected is not None and int(expected) != len(items):
                self.errors.append(_error(path, "repeat_count", expected=int(expected)))
        known = {child.name for child in _all(f.fields)}
        clean_items = []
        for n, item in enumerate(items, start=1):
            for name in sorted(set(item) - known):
                self.errors.append(_error(f"{path}[{n}]/{name}", "unknown_field"))
            clean: dict[str, Any] = {}
            self.fields(f.fields, item, [*scopes, clean], f"{path}[{n}]/")
            clean_items.append(clean)
        return clean_items


def _all(fields: list[FormField]) -> Iterator[FormField]:
    """Every field, groups flattened but repeats not entered (their fields are their own scope)."""
    for f in fields:
        yield f
        if f.type == FieldType.GROUP:
            yield from _all(f.fields)


def check(form: FormDefinition, answers: dict, today: dt.date | None = None) -> Checked:
    """Validates `answers` (parsed JSON) against a loaded form."""
    if not isinstance(answers, dict):
        return Checked({}, [_error("-", "type")])
    return Checker(form, today or dt.date.today()).check(answers)
