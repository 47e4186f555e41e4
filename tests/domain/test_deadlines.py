"""Steps and deadlines from a case, its items, its protection risk and the settings."""

from __future__ import annotations

import datetime as dt

import pytest

from caseworker.domain.deadlines import Step, What, add_months, deadlines, step
from caseworker.domain.settings import Deadlines, Retention, Settings

DEFAULT = Settings()


def case(**fields) -> dict:
    base = {"registered_at": "2026-03-01T08:00:00Z", "status": "open", "risk": "medium", "birth_year": 2015}
    return {**base, **fields}


def due(found, what: What) -> list[str]:
    return [d.moment for d in found if d.what == what]


@pytest.mark.parametrize(("risk", "expected"), [("high", "2026-03-02T08:00:00Z"), ("medium", "2026-03-04T08:00:00Z"),
                                                ("low", "2026-03-04T08:00:00Z"), (None, "2026-03-04T08:00:00Z")])
def test_initial_assessment_is_due_by_risk(risk, expected):
    assert due(deadlines(case(risk=risk), [], DEFAULT), What.INITIAL_ASSESSMENT) == [expected]


def test_settings_move_the_deadlines():
    rules = Settings(deadlines=Deadlines(initial_assessment_hours_high=12, best_interests_days=10))
    found = deadlines(case(risk="high"), [], rules)
    assert due(found, What.INITIAL_ASSESSMENT) == ["2026-03-01T20:00:00Z"]
    assert due(found, What.BEST_INTERESTS_ASSESSMENT) == ["2026-03-11T23:59:59Z"]


def test_done_steps_are_no_longer_due_and_the_step_moves_on():
    c = case(initial_assessment_done="2026-03-02", best_interests_done="2026-03-20", plan_approved="2026-04-01")
    found = deadlines(c, [], DEFAULT)
    assert not due(found, What.INITIAL_ASSESSMENT) and not due(found, What.CASE_PLAN)
    assert due(found, What.PLAN_REVIEW) == ["2026-07-01T23:59:59Z"]
    assert step(c, DEFAULT) is Step.IMPLEMENTATION
    assert step(case(), DEFAULT) is Step.INITIAL_ASSESSMENT


@pytest.mark.parametrize(("risk", "days"), [("high", 7), ("medium", 30), ("low", 90)])
def test_visits_follow_the_last_visit_by_risk(risk, days):
    visits = [("v1", "visit", {"done_on": "2026-05-10"}), ("v0", "visit", {"done_on": "2026-04-01"})]
    expected = dt.date(2026, 5, 10) + dt.timedelta(days)
    assert due(deadlines(case(risk=risk), visits, DEFAULT), What.VISIT) == [f"{expected}T23:59:59Z"]


def test_a_planned_visit_is_what_is_due():
    visits = [("v1", "visit", {"planned_on": "2026-06-02"}), ("v2", "visit", {"planned_on": "2026-05-20"})]
    assert due(deadlines(case(), visits, DEFAULT), What.VISIT) == ["2026-05-20T23:59:59Z"]


def test_goals_and_referral_follow_ups_have_their_own_dates():
    items = [
        ("g1", "goal", {"due": "2026-09-01", "status": "open"}),
        ("g2", "goal", {"due": "2026-08-01", "status": "achieved"}),
        ("r1", "referral", {"follow_up_on": "2026-04-15", "status": "made"}),
    ]
    found = deadlines(case(), items, DEFAULT)
    assert [(d.what, d.item_id) for d in found if d.item_id] == [(What.GOAL, "g1"), (What.REFERRAL_FOLLOW_UP, "r1")]


def test_a_closed_case_has_its_follow_ups_and_retention_review():
    c = case(status="closed", closed_on="2026-01-31")
    found = deadlines(c, [], DEFAULT)
    assert due(found, What.FOLLOW_UP) == ["2026-04-30T23:59:59Z"]
    assert due(found, What.PURGE_REVIEW) == ["2031-01-31T23:59:59Z"]
    assert not due(found, What.VISIT)
    second = deadlines({**c, "follow_ups_done": ["2026-04-29"]}, [], DEFAULT)
    assert due(second, What.FOLLOW_UP) == ["2026-07-31T23:59:59Z"]
    assert step({**c, "follow_ups_done": ["a", "b"]}, DEFAULT) is Step.CLOSED


def test_nearing_18_and_a_passport_at_16():
    c = case(birth_date="2009-05-20", birth_year=2009)
    rules = Settings(retention=Retention(review_months_before_18=6))
    found = deadlines(c, [], rules)
    assert due(found, What.AGE_18_REVIEW) == ["2026-11-20T23:59:59Z"]
    assert due(found, What.PASSPORT_16) == ["2025-05-20T23:59:59Z"]
    passport = [("d1", "document", {"kind": "passport", "status": "issued"})]
    assert not due(deadlines(c, passport, rules), What.PASSPORT_16)


def test_a_tombstone_has_nothing_due():
    assert deadlines(case(deleted=True), [], DEFAULT) == []


def test_months_are_added_as_on_a_calendar():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    assert add_months(dt.date(2026, 3, 15), -6) == dt.date(2025, 9, 15)
