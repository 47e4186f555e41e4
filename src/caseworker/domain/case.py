"""The child's case: what a caseworker registers, and the rules each field must meet.

Models hide input values in their errors (`hide_input_in_errors`): a child's name must
never reach a log or a message.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, model_validator

from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message

EARLIEST_BIRTH_YEAR = 1990

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
OptionalName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class Risk(StrEnum):
    """Protection risk: the danger to the child, never anything about ideology."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Status(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


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
)
# Fields a user may change after registration (created_by is history).
EDITABLE_FIELDS = frozenset(CASE_FIELDS) - {"created_by"}

# Enum fields hold their plain string values once validated: rows are built from them
# 100,000 at a time, and the stored values are plain text.
MODEL_CONFIG = ConfigDict(
    extra="forbid", hide_input_in_errors=True, str_strip_whitespace=True, frozen=True, use_enum_values=True
)


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
    status: Status = Status.OPEN.value
    assigned_to: str | None = None

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
        return self

    def birth_year_value(self) -> int:
        return self.birth_date.year if self.birth_date else self.birth_year

    def row(self) -> dict:
        """The stored values of the synced fields (created_by and assigned_to set by app)."""
        return {
            "surname": self.surname,
            "given_name": self.given_name,
            "patronymic": self.patronymic or None,
            "other_names": list(self.other_names),
            "sex": self.sex,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "birth_year": self.birth_year_value(),
            "district": self.district,
            "summary": self.summary,
            "risk": self.risk,
            "status": self.status,
            "assigned_to": self.assigned_to,
        }


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
    "invalid": QT_TRANSLATE_NOOP("Messages", "is not valid."),
}


def problem(kind: str) -> Message:
    return Message(kind, PROBLEMS.get(kind, PROBLEMS["invalid"]))


def explain(error: dict) -> tuple[str, Message]:
    """Turns one pydantic error into (field name, translatable problem), without the input."""
    loc = ".".join(str(p) for p in error.get("loc", ())) or "birth"
    kind = error.get("type", "")
    if kind == "value_error":
        kind = str(error.get("ctx", {}).get("error", "invalid"))
    elif kind.startswith("date"):
        kind = "date"
    elif kind.startswith("int"):
        kind = "int"
    elif kind in ("string_type",):
        kind = "string"
    elif kind in ("list_type",):
        kind = "list"
    elif kind in ("model_type", "dict_type"):
        kind = "object"
    return loc, problem(kind)
