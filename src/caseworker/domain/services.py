"""What is done for the child: plan goals, referrals, visits, notes, attachments, and the
disclosure requests other agencies make."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from caseworker.domain.common import MODEL_CONFIG, Short, Text


class GoalDomain(StrEnum):
    SAFETY = "safety"
    FAMILY = "family"
    HEALTH = "health"
    PSYCHOSOCIAL = "psychosocial"
    EDUCATION = "education"
    DOCUMENTS = "documents"
    LIVELIHOOD = "livelihood"
    LEGAL = "legal"
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class PlanGoal(BaseModel):
    model_config = MODEL_CONFIG

    domain: GoalDomain
    goal: Text
    actions: Text = ""
    responsible: Short | None = None
    due: dt.date | None = None
    status: GoalStatus = GoalStatus.OPEN


class ReferralStatus(StrEnum):
    PLANNED = "planned"
    MADE = "made"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class Referral(BaseModel):
    model_config = MODEL_CONFIG

    service: Short
    provider: Short
    referred_on: dt.date
    status: ReferralStatus = ReferralStatus.MADE
    feedback: Text | None = None  # what the provider reported back
    outcome: Text | None = None
    follow_up_on: dt.date | None = None


class Safety(StrEnum):
    OK = "ok"
    CONCERN = "concern"
    URGENT = "urgent"


class Visit(BaseModel):
    model_config = MODEL_CONFIG

    planned_on: dt.date | None = None
    done_on: dt.date | None = None
    reached: bool | None = None  # False: nobody found (counts towards "unreachable")
    child_seen: bool | None = None
    seen_alone: bool | None = None
    safety: Safety | None = None
    notes: Text | None = None

    @model_validator(mode="after")
    def _dated(self) -> Visit:
        if self.planned_on is None and self.done_on is None:
            raise ValueError("visit_date")
        return self


class Note(BaseModel):
    model_config = MODEL_CONFIG

    written_on: dt.date
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


# The largest file a case may hold: checked when a file is attached, and again when its bytes
# arrive in a bundle (a bundle's own record limit is far larger).
MAX_ATTACHMENT_MB = 20
MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024


def file_name(value: str) -> str:
    """An attached file's name as kept and shown: its final component only (a name from a
    bundle may say `../../x`, `/abs` or `C:\\x`), without control characters; it is never used
    as a path, but it is shown and offered when the file is saved."""
    name = re.split(r"[/\\]", value)[-1]
    name = re.sub(r"^[A-Za-z]:", "", name)
    name = "".join(c for c in name if not unicodedata.category(c).startswith("C")).strip()
    return name if name not in ("", ".", "..") else "file"


class Attachment(BaseModel):
    """What is known of an attached file; its bytes are kept encrypted, by content hash."""

    model_config = MODEL_CONFIG

    name: Annotated[Short, AfterValidator(file_name)]
    content_type: Short = "application/octet-stream"
    size: int = Field(ge=0, le=MAX_ATTACHMENT_BYTES)
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    photo: bool = False
    description: Text | None = None


class Decision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class DisclosureRequest(BaseModel):
    """Another agency asks for information: on what legal basis, and who decided."""

    model_config = MODEL_CONFIG

    agency: Short
    requested_on: dt.date
    legal_basis: Short
    decision: Decision = Decision.PENDING
    decided_by: Short | None = None
    decided_on: dt.date | None = None
    shared: Text | None = None  # what was given, in words

    @model_validator(mode="after")
    def _decided(self) -> DisclosureRequest:
        if self.decision != Decision.PENDING and not (self.decided_by and self.decided_on):
            raise ValueError("decision_incomplete")
        return self


class Service(BaseModel):
    """One entry of a district's service directory, which referrals are made against."""

    model_config = MODEL_CONFIG

    district: Short
    service: Short
    provider: Short
    contact: Short | None = None
