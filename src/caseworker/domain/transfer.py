"""A case's move to another district: asked for, decided by a supervisor, accepted by the
caseworker who receives it (docs/sync.md "Where a case lives")."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, model_validator

from caseworker.domain.common import MODEL_CONFIG, Short, Text


class TransferStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"  # assigned to the receiving caseworker, who has not yet accepted
    DECLINED = "declined"
    ACCEPTED = "accepted"


OPEN_TRANSFER = (TransferStatus.REQUESTED.value, TransferStatus.APPROVED.value)
ACCOUNT_FIELDS = ("from_caseworker", "to_caseworker", "decided_by")  # stored as account ids


class Transfer(BaseModel):
    model_config = MODEL_CONFIG

    to_district: Short
    reason: Text = ""
    requested_on: dt.date
    status: TransferStatus = TransferStatus.REQUESTED
    from_caseworker: Short | None = None  # account ids, as every stored account reference
    to_caseworker: Short | None = None
    decided_by: Short | None = None
    decided_on: dt.date | None = None
    accepted_on: dt.date | None = None

    @model_validator(mode="after")
    def _complete(self) -> Transfer:
        if self.status != TransferStatus.REQUESTED and not (self.decided_by and self.decided_on):
            raise ValueError("decision_incomplete")
        if self.status in (TransferStatus.APPROVED, TransferStatus.ACCEPTED) and not self.to_caseworker:
            raise ValueError("decision_incomplete")
        if self.status == TransferStatus.ACCEPTED and not self.accepted_on:
            raise ValueError("decision_incomplete")
        return self
