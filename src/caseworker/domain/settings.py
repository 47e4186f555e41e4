"""The office's settings that rules depend on: step deadlines, consent age bands, retention.

Stored in the workspace; an admin changes them (`caseworker settings`). Defaults follow
common child-protection case-management practice and the issue that asked for them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator


class Deadlines(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    initial_assessment_hours_high: int = Field(24, ge=1, le=24 * 30)
    initial_assessment_hours: int = Field(72, ge=1, le=24 * 30)
    best_interests_days: int = Field(30, ge=1, le=365)
    plan_days: int = Field(60, ge=1, le=365)  # from registration to an approved plan
    plan_review_months: int = Field(3, ge=1, le=24)
    visit_days_high: int = Field(7, ge=1, le=365)
    visit_days_medium: int = Field(30, ge=1, le=365)
    visit_days_low: int = Field(90, ge=1, le=365)
    follow_up_months: tuple[int, ...] = (3, 6)


class AgeBands(BaseModel):
    """Whose word counts, by the child's age: the caregiver's alone, then the child's assent,
    then the child's own consent beside the caregiver's."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    assent_from: int = Field(7, ge=0, le=18)
    consent_from: int = Field(14, ge=0, le=18)

    @model_validator(mode="after")
    def _ordered(self) -> AgeBands:
        if self.assent_from > self.consent_from:
            raise ValueError("assent_after_consent")
        return self


class Retention(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    review_months_before_18: int = Field(6, ge=0, le=60)
    purge_years_after_closure: int = Field(5, ge=0, le=50)
    # Acknowledged bundles in the outbox, bundles the office's drop handled and quarantine
    # copies are removed this many days after they were written (they are sealed, but a child's
    # file should not outlive its use on a stick, a laptop or the drop's disk).
    transfer_files_days: int = Field(30, ge=1, le=3650)


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    deadlines: Deadlines = Deadlines()
    age_bands: AgeBands = AgeBands()
    retention: Retention = Retention()
    # Visits that found no one before a case may be closed as "unreachable".
    unreachable_attempts: int = Field(3, ge=1, le=20)
    # Quiet minutes after which the desktop program locks itself (DESIGN.md: 10 by default).
    idle_lock_minutes: int = Field(10, ge=1, le=240)
    # Words an office adds to the forms guardrail (forms/loader.py GUARDRAIL_WORDS), in any language.
    guardrail_words: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=50)]] = (
        Field(default_factory=list, max_length=200)
    )
