"""The form definition: what an office writes (JSON, or an XLSForm workbook) to define an assessment.

Every text a person reads is given in en, ru and tg. Expressions (relevant, constraint,
calculation, required, default, scores, flags) are strings in the small XLSForm-like
language of forms/expressions.py, checked when the form is loaded.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

LANGUAGES = ("en", "ru", "tg")
NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

CONFIG = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)
Expression = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Name = Annotated[str, StringConstraints(pattern=NAME.pattern)]


class Text(BaseModel):
    """One text in the three languages. The loader refuses a missing one unless the form
    allows a fallback (tg -> ru -> en)."""

    model_config = CONFIG

    en: str | None = None
    ru: str | None = None
    tg: str | None = None

    def get(self, language: str) -> str:
        for lang in {"tg": ("tg", "ru", "en"), "ru": ("ru", "en"), "en": ("en",)}.get(language, ("en",)):
            value = getattr(self, lang)
            if value:
                return value
        return self.en or self.ru or self.tg or ""


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    SELECT_ONE = "select_one"
    SELECT_MANY = "select_many"
    YES_NO = "yes_no"
    SCALE = "scale"
    NOTE = "note"
    CALCULATE = "calculate"
    GROUP = "group"
    REPEAT = "repeat"


CONTAINERS = frozenset({FieldType.GROUP, FieldType.REPEAT})
NO_ANSWER = frozenset({FieldType.NOTE, FieldType.GROUP})  # nothing is typed into these


class Choice(BaseModel):
    model_config = CONFIG

    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]
    label: Text


class Anchor(BaseModel):
    """A labelled point of a scale ("1: never", "5: every day")."""

    model_config = CONFIG

    value: int
    label: Text


class Scale(BaseModel):
    model_config = CONFIG

    min: int = 0
    max: int = 4
    anchors: list[Anchor] = Field(default_factory=list)

    @model_validator(mode="after")
    def _range(self) -> Scale:
        if self.min >= self.max or self.max - self.min > 100:
            raise ValueError("scale_range")
        if any(not self.min <= a.value <= self.max for a in self.anchors):
            raise ValueError("anchor_range")
        return self


class FormField(BaseModel):
    model_config = CONFIG

    name: Name
    type: FieldType
    label: Text
    hint: Text | None = None
    # true/false, or an expression that decides whether an answer is required.
    required: bool | Expression = False
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text | None = None
    calculation: Expression | None = None
    default: Expression | None = None
    choices: list[Choice] = Field(default_factory=list)
    scale: Scale | None = None
    min: float | None = None  # integer and decimal answers
    max: float | None = None
    max_length: int | None = Field(None, ge=1, le=100_000)
    fields: list[FormField] = Field(default_factory=list)  # a group's or repeat's own fields
    repeat_count: Expression | None = None
    max_repeats: int = Field(50, ge=1, le=500)
    restricted: bool = False  # need-to-know: shown only to the assigned caseworker and named supervisor

    @model_validator(mode="after")
    def _shape(self) -> FormField:
        select = self.type in (FieldType.SELECT_ONE, FieldType.SELECT_MANY)
        if select != bool(self.choices):
            raise ValueError("choices_for_select")
        if (self.type == FieldType.SCALE) != (self.scale is not None):
            raise ValueError("scale_for_scale")
        if (self.type in CONTAINERS) != bool(self.fields):
            raise ValueError("fields_for_group")
        if (self.type == FieldType.CALCULATE) != (self.calculation is not None):
            raise ValueError("calculation_for_calculate")
        if self.repeat_count and self.type != FieldType.REPEAT:
            raise ValueError("repeat_count_for_repeat")
        if len({c.name for c in self.choices}) != len(self.choices):
            raise ValueError("duplicate_choice")
        return self


class Suggestion(StrEnum):
    REFERRAL = "referral"  # suggest a referral to a service
    RISK_REVIEW = "risk_review"  # ask a person to review the case's protection risk


class Score(BaseModel):
    """A number computed from the answers (a sum, a count), shown with the assessment."""

    model_config = CONFIG

    name: Name
    label: Text
    expression: Expression


class RedFlag(BaseModel):
    """A prompt for a person, never a diagnosis: when `when` holds, the assessment carries
    the flag and suggests a referral or a review of the protection risk."""

    model_config = CONFIG

    name: Name
    label: Text
    when: Expression
    suggests: Suggestion
    service: str | None = None  # the kind of service a referral would be to


class FormDefinition(BaseModel):
    model_config = CONFIG

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    version: int = Field(ge=1)
    title: Text
    description: Text | None = None
    fields: list[FormField] = Field(min_length=1)
    scores: list[Score] = Field(default_factory=list)
    flags: list[RedFlag] = Field(default_factory=list)
    # The languages a text may be missing in, falling back tg -> ru -> en; empty: all three required.
    fallback: list[str] = Field(default_factory=list)
