"""A filled assessment as the case file keeps it: which form and version, the answers, and
the scores and red flags they raised. It renders with its own form version forever."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from caseworker.domain.common import MODEL_CONFIG, Short


class AssessmentStatus(StrEnum):
    DRAFT = "draft"  # half-filled, saved to finish later
    COMPLETE = "complete"


class RaisedFlag(BaseModel):
    model_config = MODEL_CONFIG

    name: Short
    suggests: Short  # "referral" or "risk_review": a prompt for a person, never a diagnosis
    service: Short | None = None


class Assessment(BaseModel):
    model_config = MODEL_CONFIG

    form_id: Short
    form_version: int = Field(ge=1)
    status: AssessmentStatus
    answers: dict[str, Any] = Field(default_factory=dict)
    scores: dict[str, float | int | None] = Field(default_factory=dict)
    flags: list[RaisedFlag] = Field(default_factory=list)
    completed_on: dt.date | None = None
