"""The child's papers, each with its status and dates; many children were born abroad."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, StringConstraints

from caseworker.domain.common import MODEL_CONFIG, Short


class DocumentKind(StrEnum):
    BIRTH_REGISTRATION = "birth_registration"
    CITIZENSHIP = "citizenship"
    NAME_RECORD = "name_record"  # the registered name beside the name the child uses
    GUARDIANSHIP_DECISION = "guardianship_decision"
    DEATH_CERTIFICATE = "death_certificate"  # a father's, for a survivor's pension
    DEATH_DECLARATION = "death_declaration"  # a court's declaration of death
    PASSPORT = "passport"  # at 16
    OTHER = "other"


class DocumentStatus(StrEnum):
    MISSING = "missing"
    REQUESTED = "requested"
    IN_PROGRESS = "in_progress"
    ISSUED = "issued"
    REFUSED = "refused"


class Document(BaseModel):
    model_config = MODEL_CONFIG

    kind: DocumentKind
    status: DocumentStatus
    requested_on: dt.date | None = None
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] | None = None
    authority: Short | None = None
    registered_name: Short | None = None
    name_used: Short | None = None
    notes: Annotated[str, StringConstraints(max_length=2000)] | None = None
