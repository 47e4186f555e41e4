"""Consent per purpose and recipient, the child's view by age, withdrawal and override."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from caseworker.domain.consent import Band, ChildView, Consent, Purpose, band, valid_for
from caseworker.domain.settings import AgeBands

D = dt.date(2026, 5, 1)


def consent(**fields) -> Consent:
    base = {"purpose": "referral", "recipient": "Маркази «Ҳаёт»", "given_on": "2026-04-01",
            "given_by": "Қаюмова Гулноза", "legal_basis": "parent", "child_view": "assent_given"}
    return Consent.model_validate({**base, **fields})


@pytest.mark.parametrize(("age", "expected"), [(3, Band.CAREGIVER), (7, Band.ASSENT), (13, Band.ASSENT),
                                               (14, Band.CONSENT), (17, Band.CONSENT)])
def test_age_bands(age, expected):
    assert band(age, AgeBands()) is expected


def test_a_consent_covers_its_purpose_and_recipient_only():
    c = [consent()]
    assert valid_for(c, Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)
    assert valid_for(c, Purpose.REFERRAL, "Markazi «Hayot»", Band.ASSENT, D)  # the same agency in Latin
    assert not valid_for(c, Purpose.REFERRAL, "Another centre", Band.ASSENT, D)
    assert not valid_for(c, Purpose.SHARING, "Маркази «Ҳаёт»", Band.ASSENT, D)


def test_a_withdrawn_or_future_consent_does_not_count():
    assert not valid_for([consent(withdrawn_on="2026-04-20", withdrawal_reason="The mother changed her mind")],
                         Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)
    assert valid_for([consent(withdrawn_on="2026-06-01", withdrawal_reason="later")],
                     Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)
    assert not valid_for([consent(given_on="2026-06-01")], Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)


def test_the_childs_own_view_is_needed_by_age():
    assent = [consent(child_view="assent_given")]
    assert valid_for(assent, Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)
    assert not valid_for(assent, Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.CONSENT, D)
    refused = [consent(child_view=ChildView.ASSENT_REFUSED)]
    assert not valid_for(refused, Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.ASSENT, D)
    young = [consent(child_view="not_asked")]
    assert valid_for(young, Purpose.REFERRAL, "Маркази «Ҳаёт»", Band.CAREGIVER, D)


def test_an_override_needs_a_reason_and_a_supervisor_and_then_counts():
    with pytest.raises(ValidationError):
        Consent.model_validate({"purpose": "referral", "recipient": "X", "given_on": "2026-04-01", "override": True})
    o = Consent.model_validate({
        "purpose": "referral", "recipient": "X", "given_on": "2026-04-01", "override": True,
        "override_reason": "The child needs urgent medical care", "override_supervisor": "sabina",
    })
    assert valid_for([o], Purpose.REFERRAL, "X", Band.CONSENT, D) is o


@pytest.mark.parametrize("bad", [{"recipient": None}, {"given_by": None}, {"legal_basis": None},
                                 {"withdrawn_on": "2026-03-01", "withdrawal_reason": "before it was given"}])
def test_incomplete_consents_are_refused(bad):
    with pytest.raises(ValidationError):
        consent(**bad)


def test_what_each_age_asks_of_the_childs_view():
    from caseworker.domain.consent import view_recorded

    assert view_recorded(ChildView.NOT_ASKED, Band.CAREGIVER)
    assert not view_recorded(ChildView.NOT_ASKED, Band.ASSENT)
    assert view_recorded(ChildView.ASSENT_REFUSED, Band.ASSENT)
    assert not view_recorded(ChildView.ASSENT_GIVEN, Band.CONSENT)  # a 15-year-old's own consent is asked
    assert view_recorded(ChildView.CONSENT_REFUSED, Band.CONSENT)
