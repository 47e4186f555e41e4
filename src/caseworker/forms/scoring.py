"""Scores and red flags of a checked assessment: numbers to read, and prompts for a person —
never a diagnosis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseworker.forms import expressions
from caseworker.forms.answers import Checker
from caseworker.forms.schema import FormDefinition


@dataclass(frozen=True)
class Flag:
    name: str
    suggests: str
    service: str | None


def scores_and_flags(
    form: FormDefinition, answers: dict, today: dt.date | None = None
) -> tuple[dict[str, float | int | None], list[Flag]]:
    checker = Checker(form, today or dt.date.today())
    scopes = [answers]
    scores = {s.name: expressions.number(checker.value(s.expression, scopes)) for s in form.scores}
    flags = [
        Flag(f.name, f.suggests.value, f.service)
        for f in form.flags
        if expressions.truthy(checker.value(f.when, scopes))
    ]
    return scores, flags
