"""The kinds of item a case file holds, their models, and what of them is need-to-know.

Need-to-know (DESIGN.md §11): sexual violence, health details, parents' legal status and
family tracing are shown only to the case's assigned caseworker and named supervisor;
everyone else, and every export, sees them redacted.
"""

from __future__ import annotations

from pydantic import BaseModel

from caseworker.domain.assessment import Assessment
from caseworker.domain.consent import Consent
from caseworker.domain.documents import Document
from caseworker.domain.family import Person, TracingRequest
from caseworker.domain.services import Attachment, DisclosureRequest, Note, PlanGoal, Referral, Visit
from caseworker.domain.transfer import Transfer

# kind -> model; the plural is how a patch file and `case show --json` name the list.
KINDS: dict[str, type[BaseModel]] = {
    "person": Person,
    "tracing": TracingRequest,
    "document": Document,
    "consent": Consent,
    "goal": PlanGoal,
    "referral": Referral,
    "visit": Visit,
    "note": Note,
    "attachment": Attachment,
    "disclosure": DisclosureRequest,
    "assessment": Assessment,
    "transfer": Transfer,
}
PLURALS = {
    "persons": "person",
    "tracing": "tracing",
    "documents": "document",
    "consents": "consent",
    "goals": "goal",
    "referrals": "referral",
    "visits": "visit",
    "notes": "note",
    "attachments": "attachment",
    "disclosures": "disclosure",
    "assessments": "assessment",
    "transfers": "transfer",
}
PLURAL_OF = {kind: plural for plural, kind in PLURALS.items()}

REDACTED = "[restricted]"
# Case fields that are need-to-know.
RESTRICTED_CASE_FIELDS = frozenset({"health", "sexual_violence"})
# Item fields that are need-to-know, by kind; a kind listed as None is need-to-know whole.
RESTRICTED_ITEM_FIELDS: dict[str, frozenset[str] | None] = {
    "person": frozenset({"legal_status", "detained_where", "expected_release", "contact_plan"}),
    "tracing": None,
}


def _empty(value) -> bool:
    return value in (None, "", [], {})


def redact_case(values: dict) -> dict:
    return {k: (REDACTED if k in RESTRICTED_CASE_FIELDS and not _empty(v) else v) for k, v in values.items()}


def redact_item(kind: str, data: dict) -> dict:
    if kind not in RESTRICTED_ITEM_FIELDS:
        return data
    fields = RESTRICTED_ITEM_FIELDS[kind]
    if fields is None:
        return {"restricted": True}
    return {k: (REDACTED if k in fields and not _empty(v) else v) for k, v in data.items()}


def touches_restricted(kind: str, fields: set[str]) -> set[str]:
    """The need-to-know fields among `fields` of an item of `kind`."""
    if kind not in RESTRICTED_ITEM_FIELDS:
        return set()
    restricted = RESTRICTED_ITEM_FIELDS[kind]
    return set(fields) if restricted is None else set(fields) & restricted
