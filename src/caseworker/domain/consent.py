"""Consent per purpose and recipient, the child's own view by age, withdrawal, and the
emergency override; and the rule that decides whether a valid consent exists."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, model_validator

from caseworker.domain.common import MODEL_CONFIG, Reason, Short
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.domain.names import fold
from caseworker.domain.settings import AgeBands


class Purpose(StrEnum):
    DATA_COLLECTION = "data_collection"
    SHARING = "sharing"  # with a named agency
    PHOTOGRAPHS = "photographs"
    REFERRAL = "referral"  # to a named service provider


PURPOSE_NAMES = {
    Purpose.DATA_COLLECTION: QT_TRANSLATE_NOOP("Messages", "collecting the child's data"),
    Purpose.SHARING: QT_TRANSLATE_NOOP("Messages", "sharing with an agency"),
    Purpose.PHOTOGRAPHS: QT_TRANSLATE_NOOP("Messages", "photographs"),
    Purpose.REFERRAL: QT_TRANSLATE_NOOP("Messages", "a referral"),
}


def purpose_name(purpose: Purpose) -> Message:
    return Message(f"purpose.{purpose}", PURPOSE_NAMES[Purpose(purpose)])


# Purposes that are given for one named recipient.
NEEDS_RECIPIENT = frozenset({Purpose.SHARING, Purpose.REFERRAL})


class LegalBasis(StrEnum):
    PARENT = "parent"
    GUARDIAN_APPOINTED = "guardian_appointed"  # e.g. by the district administration
    COURT = "court"
    CHILD = "child"  # an adolescent's own consent where the law allows it
    OTHER = "other"


class ChildView(StrEnum):
    """The child's own view, required by age (settings: AgeBands)."""

    NOT_ASKED = "not_asked"  # young enough that the caregiver consents alone
    ASSENT_GIVEN = "assent_given"
    ASSENT_REFUSED = "assent_refused"
    CONSENT_GIVEN = "consent_given"
    CONSENT_REFUSED = "consent_refused"


class Band(StrEnum):
    CAREGIVER = "caregiver"
    ASSENT = "assent"
    CONSENT = "consent"


VIEW_NAMES = {
    Band.ASSENT: QT_TRANSLATE_NOOP("Messages", "assent"),
    Band.CONSENT: QT_TRANSLATE_NOOP("Messages", "consent"),
}


def view_name(child_band: Band) -> Message:
    return Message(f"band.{child_band}", VIEW_NAMES[child_band])


class Consent(BaseModel):
    """A consent, or (override=True) an emergency override with a reason and a supervisor."""

    model_config = MODEL_CONFIG

    purpose: Purpose
    recipient: Short | None = None
    given_on: dt.date
    given_by: Short | None = None
    legal_basis: LegalBasis | None = None
    child_view: ChildView = ChildView.NOT_ASKED
    withdrawn_on: dt.date | None = None
    withdrawal_reason: Reason | None = None
    override: bool = False
    override_reason: Reason | None = None
    override_supervisor: Short | None = None

    @model_validator(mode="after")
    def _complete(self) -> Consent:
        if self.purpose in NEEDS_RECIPIENT and not self.recipient:
            raise ValueError("consent_recipient")
        if self.override:
            if not (self.override_reason and self.override_supervisor):
                raise ValueError("override_incomplete")
        elif not (self.given_by and self.legal_basis):
            raise ValueError("consent_who")
        if self.withdrawn_on and self.withdrawn_on < self.given_on:
            raise ValueError("withdrawn_before_given")
        return self


def band(age: int, bands: AgeBands) -> Band:
    if age >= bands.consent_from:
        return Band.CONSENT
    if age >= bands.assent_from:
        return Band.ASSENT
    return Band.CAREGIVER


# The child's views that satisfy each band; a refusal satisfies none.
_SATISFIES = {
    Band.CAREGIVER: {ChildView.NOT_ASKED, ChildView.ASSENT_GIVEN, ChildView.CONSENT_GIVEN},
    Band.ASSENT: {ChildView.ASSENT_GIVEN, ChildView.CONSENT_GIVEN},
    Band.CONSENT: {ChildView.CONSENT_GIVEN},
}


# The child's views that answer what each band asks (given or refused).
_RECORDED = {
    Band.CAREGIVER: set(ChildView),
    Band.ASSENT: {ChildView.ASSENT_GIVEN, ChildView.ASSENT_REFUSED, ChildView.CONSENT_GIVEN, ChildView.CONSENT_REFUSED},
    Band.CONSENT: {ChildView.CONSENT_GIVEN, ChildView.CONSENT_REFUSED},
}


def view_recorded(view: ChildView, child_band: Band) -> bool:
    """Whether the consent records the child's own view as the child's age asks."""
    return ChildView(view) in _RECORDED[child_band]


def child_view_fits(view: ChildView, child_band: Band) -> bool:
    return ChildView(view) in _SATISFIES[child_band]


def _same_recipient(a: str | None, b: str | None) -> bool:
    # Agencies are typed by hand in Tajik, Russian or Latin: compare folded names; folding
    # keeps letters only, so their numbers are compared too («Маркази саломатии №1» and №2).
    if a is None or b is None:
        return a is None and b is None
    return fold(a) == fold(b) and re.findall(r"\d+", a) == re.findall(r"\d+", b)


def valid_for(
    consents: Iterable[Consent], purpose: Purpose, recipient: str | None, child_band: Band, on: dt.date
) -> Consent | None:
    """The consent (or override) that allows `purpose` with `recipient` on a date, if any."""
    for c in consents:
        if c.purpose != purpose:
            continue
        if purpose in NEEDS_RECIPIENT and not _same_recipient(c.recipient, recipient):
            continue
        if c.given_on > on or (c.withdrawn_on and c.withdrawn_on <= on):
            continue
        if c.override or child_view_fits(c.child_view, child_band):
            return c
    return None
