"""The child's case: what a caseworker registers, and the rules each field must meet.

Models hide input values in their errors (`hide_input_in_errors`): a child's name must
never reach a log or a message.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, model_validator

from caseworker.domain.common import MODEL_CONFIG, Name, OptionalName, Sex, Short, Text
from caseworker.domain.family import CareArrangement, Guardian
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message

EARLIEST_BIRTH_YEAR = 1990

__all__ = ["MODEL_CONFIG", "Name", "OptionalName", "Sex"]


class Risk(StrEnum):
    """Protection risk: the danger to the child, never anything about ideology."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    TURNED_18 = "turned_18"
    UNREACHABLE = "unreachable"  # after the settings' number of visits that found no one
    MOVED_ABROAD = "moved_abroad"
    DECLINED_SERVICES = "declined_services"
    DIED = "died"
    DUPLICATE = "duplicate"


class Language(StrEnum):
    TAJIK = "tajik"
    RUSSIAN = "russian"
    UZBEK = "uzbek"
    ARABIC = "arabic"
    ENGLISH = "english"
    OTHER = "other"


class SexualViolence(BaseModel):
    """Recorded only as "disclosed, referred to ...": never what happened (DESIGN.md §11)."""

    model_config = MODEL_CONFIG

    disclosed_on: dt.date | None = None
    referred_to: Short | None = None


# The fields of a case that are synced, each with its own version vector and stamp.
CASE_FIELDS: tuple[str, ...] = (
    "surname",
    "given_name",
    "patronymic",
    "other_names",
    "sex",
    "birth_date",
    "birth_year",
    "district",
    "summary",
    "risk",
    "status",
    "assigned_to",
    "created_by",
    # The case file in full (schema 3).
    "supervisor",
    "sibling_group",
    "registered_at",
    "initial_assessment_done",
    "best_interests_done",
    "plan_approved",
    "plan_reviewed",
    "care_arrangement",
    "guardian",
    "education",
    "school_enrolled",
    "school",
    "languages",
    "health",
    "sexual_violence",
    "follow_ups_done",
    "closed_on",
    "closure_reason",
    "closure_approved_by",
)
# Stored as JSON text.
JSON_FIELDS = frozenset({"other_names", "guardian", "languages", "sexual_violence", "follow_ups_done"})
# Set by the program or by their own commands (close, reopen), never by a patch.
SYSTEM_FIELDS = frozenset(
    {"created_by", "registered_at", "status", "closed_on", "closure_reason", "closure_approved_by"}
)
EDITABLE_FIELDS = frozenset(CASE_FIELDS) - SYSTEM_FIELDS
# Account names in input, account ids when stored.
ACCOUNT_FIELDS = ("assigned_to", "supervisor")


def child_age(case: dict, on: dt.date) -> int:
    """Full years on a day; a birth year alone counts from the middle of that year."""
    if case.get("birth_date"):
        born = dt.date.fromisoformat(str(case["birth_date"]))
    else:
        born = dt.date(case["birth_year"], 7, 1)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class CaseInput(BaseModel):
    """A case as registered by a caseworker (the `case add` file format)."""

    model_config = MODEL_CONFIG

    surname: Name
    given_name: Name
    patronymic: OptionalName | None = None
    other_names: list[Name] = Field(default_factory=list, max_length=20)
    sex: Sex
    birth_date: dt.date | None = None
    birth_year: int | None = None
    district: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    summary: Annotated[str, StringConstraints(max_length=20_000)] = ""
    risk: Risk | None = None
    assigned_to: str | None = None
    supervisor: str | None = None
    sibling_group: Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")] | None = None
    initial_assessment_done: dt.date | None = None
    best_interests_done: dt.date | None = None
    plan_approved: dt.date | None = None
    plan_reviewed: dt.date | None = None
    care_arrangement: CareArrangement | None = None
    guardian: Guardian | None = None
    education: Text = ""
    school_enrolled: bool | None = None
    school: Short | None = None
    languages: list[Language] = Field(default_factory=list, max_length=6)
    health: Text = ""
    sexual_violence: SexualViolence | None = None
    follow_ups_done: list[dt.date] = Field(default_factory=list, max_length=12)

    @model_validator(mode="after")
    def _birth(self, info: ValidationInfo) -> CaseInput:
        # A bulk registration passes today's date in the context: date.today() per record
        # costs half a second per 100,000.
        today = (info.context or {}).get("today") or dt.date.today()
        if self.birth_date is None and self.birth_year is None:
            raise ValueError("birth_required")
        if self.birth_date is not None:
            if self.birth_date > today or self.birth_date.year < EARLIEST_BIRTH_YEAR:
                raise ValueError("birth_date_range")
            if self.birth_year is not None and self.birth_year != self.birth_date.year:
                raise ValueError("birth_mismatch")
        elif not EARLIEST_BIRTH_YEAR <= self.birth_year <= today.year:
            raise ValueError("birth_year_range")
        steps = (self.initial_assessment_done, self.best_interests_done, self.plan_approved, self.plan_reviewed)
        if any(d and d > today for d in (*steps, *self.follow_ups_done)):
            raise ValueError("date_in_future")
        return self

    def birth_year_value(self) -> int:
        return self.birth_date.year if self.birth_date else self.birth_year

    def row(self) -> dict:
        """The stored values of the case's own fields (app/ sets the account and system fields)."""
        values = self.model_dump(mode="json", exclude={"assigned_to", "supervisor"})
        values["patronymic"] = self.patronymic or None
        values["birth_year"] = self.birth_year_value()
        return values


class Case(BaseModel):
    """A stored case as the app hands it out."""

    model_config = ConfigDict(hide_input_in_errors=True, frozen=True)

    id: str
    origin: str
    deleted: bool = False
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    other_names: list[str] = Field(default_factory=list)
    sex: str | None = None
    birth_date: str | None = None
    birth_year: int | None = None
    district: str | None = None
    summary: str | None = None
    risk: str | None = None
    status: str | None = None
    assigned_to: str | None = None
    created_by: str | None = None
    supervisor: str | None = None
    sibling_group: str | None = None
    registered_at: str | None = None
    initial_assessment_done: str | None = None
    best_interests_done: str | None = None
    plan_approved: str | None = None
    plan_reviewed: str | None = None
    care_arrangement: str | None = None
    guardian: dict | None = None
    education: str | None = None
    school_enrolled: bool | None = None
    school: str | None = None
    languages: list[str] = Field(default_factory=list)
    health: str | None = None
    sexual_violence: dict | str | None = None
    follow_ups_done: list[str] = Field(default_factory=list)
    closed_on: str | None = None
    closure_reason: str | None = None
    closure_approved_by: str | None = None


# Problems with one field, as the user reads them (the value itself is never repeated).
PROBLEMS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Messages", "is required."),
    "extra_forbidden": QT_TRANSLATE_NOOP("Messages", "is not a field of a case."),
    "string_too_short": QT_TRANSLATE_NOOP("Messages", "must not be empty."),
    "string_too_long": QT_TRANSLATE_NOOP("Messages", "is too long."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "has too many entries."),
    "enum": QT_TRANSLATE_NOOP("Messages", "is not one of the allowed values."),
    "date": QT_TRANSLATE_NOOP("Messages", "must be a date written YYYY-MM-DD."),
    "int": QT_TRANSLATE_NOOP("Messages", "must be a whole number."),
    "string": QT_TRANSLATE_NOOP("Messages", "must be text."),
    "list": QT_TRANSLATE_NOOP("Messages", "must be a list of names."),
    "object": QT_TRANSLATE_NOOP("Messages", "must be a JSON object."),
    "birth_required": QT_TRANSLATE_NOOP("Messages", "give a birth date or an estimated birth year."),
    "birth_date_range": QT_TRANSLATE_NOOP("Messages", "the birth date is in the future or before 1990."),
    "birth_mismatch": QT_TRANSLATE_NOOP("Messages", "the birth year differs from the birth date's year."),
    "birth_year_range": QT_TRANSLATE_NOOP("Messages", "the birth year is in the future or before 1990."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "a date of a step is in the future."),
    "consent_recipient": QT_TRANSLATE_NOOP("Messages", "a consent to share or to refer names its recipient."),
    "consent_who": QT_TRANSLATE_NOOP("Messages", "a consent says who gave it and on what legal basis."),
    "override_incomplete": QT_TRANSLATE_NOOP("Messages", "an emergency override needs a reason and a supervisor's name."),  # noqa: E501
    "withdrawn_before_given": QT_TRANSLATE_NOOP("Messages", "a consent cannot be withdrawn before it was given."),
    "visit_date": QT_TRANSLATE_NOOP("Messages", "a visit needs a planned date or the date it was made."),
    "decision_incomplete": QT_TRANSLATE_NOOP("Messages", "a decision needs who decided and when."),
    "assent_after_consent": QT_TRANSLATE_NOOP("Messages", "the age for assent must not be above the age for consent."),
    "bool": QT_TRANSLATE_NOOP("Messages", "must be true or false."),
    "too_short": QT_TRANSLATE_NOOP("Messages", "has too few entries."),
    "number_range": QT_TRANSLATE_NOOP("Messages", "is out of the allowed range."),
    "pattern": QT_TRANSLATE_NOOP("Messages", "is not written in the expected form."),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "Messages", "no file with this content is in the workspace; attach the file itself."
    ),
    "transfer_flow": QT_TRANSLATE_NOOP(
        "Messages", "a transfer is asked for, decided and accepted step by step, never written in directly."
    ),
    "invalid": QT_TRANSLATE_NOOP("Messages", "is not valid."),
}


def problem(kind: str) -> Message:
    return Message(kind, PROBLEMS.get(kind, PROBLEMS["invalid"]))


def explain(error: dict) -> tuple[str, Message]:
    """Turns one pydantic error into (field name, translatable problem), without the input."""
    loc = ".".join(str(p) for p in error.get("loc", ()))
    kind = error.get("type", "")
    if kind == "value_error":
        kind = str(error.get("ctx", {}).get("error", "invalid"))
    if not loc:
        # A rule on the record as a whole: the birth rules concern the birth fields.
        loc = "birth" if kind.startswith("birth") else "-"
    elif kind.startswith("date"):
        kind = "date"
    elif kind.startswith("int"):
        kind = "int"
    elif kind.startswith("bool"):
        kind = "bool"
    elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        kind = "number_range"
    elif kind == "string_pattern_mismatch":
        kind = "pattern"
    elif kind in ("string_type",):
        kind = "string"
    elif kind in ("list_type",):
        kind = "list"
    elif kind in ("model_type", "dict_type"):
        kind = "object"
    return loc, problem(kind)
