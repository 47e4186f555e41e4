"""The case-management steps and what is due: derived from a case, its items and the settings.

Due moments are UTC datetimes (shown as "2026-11-28T23:59:59Z"); a step due on a day is
due at the end of that day. Overdue means due before now.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from caseworker.domain.settings import Settings


class Step(StrEnum):
    INITIAL_ASSESSMENT = "initial_assessment"
    BEST_INTERESTS_ASSESSMENT = "best_interests_assessment"
    CASE_PLAN = "case_plan"
    IMPLEMENTATION = "implementation"  # referrals, visits and plan reviews
    FOLLOW_UP = "follow_up"  # after closure
    CLOSED = "closed"


class What(StrEnum):
    INITIAL_ASSESSMENT = "initial_assessment"
    BEST_INTERESTS_ASSESSMENT = "best_interests_assessment"
    CASE_PLAN = "case_plan"
    PLAN_REVIEW = "plan_review"
    VISIT = "visit"
    GOAL = "goal"
    REFERRAL_FOLLOW_UP = "referral_follow_up"
    FOLLOW_UP = "follow_up"
    AGE_18_REVIEW = "age_18_review"
    PASSPORT_16 = "passport_16"
    PURGE_REVIEW = "purge_review"


@dataclass(frozen=True, slots=True)
class Deadline:
    what: What
    due: dt.datetime  # UTC
    item_id: str | int = ""

    @property
    def moment(self) -> str:
        return iso(self.due)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_END_OF_DAY = dt.time(23, 59, 59, tzinfo=dt.UTC)


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, _END_OF_DAY)


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _birthday(case: dict, years: int) -> dt.date | None:
    born = _date(case.get("birth_date"))
    if born is None and case.get("birth_year"):
        born = dt.date(case["birth_year"], 7, 1)  # an estimated year: mid-year
    if born is None:
        return None
    return add_months(born, 12 * years)


def step(case: dict, settings: Settings) -> Step:
    if case.get("status") == "closed":
        done = len(case.get("follow_ups_done") or [])
        return Step.FOLLOW_UP if done < len(settings.deadlines.follow_up_months) else Step.CLOSED
    if case.get("plan_approved"):
        return Step.IMPLEMENTATION
    if case.get("best_interests_done"):
        return Step.CASE_PLAN
    if case.get("initial_assessment_done"):
        return Step.BEST_INTERESTS_ASSESSMENT
    return Step.INITIAL_ASSESSMENT


def deadlines(case: dict, items: list[tuple[str, str, dict]], settings: Settings) -> list[Deadline]:
    """Everything due for one case. `items` are (id, kind, data) of its live items."""
    if case.get("deleted"):
        return []
    d = settings.deadlines
    out: list[Deadline] = []
    registered_at = case.get("registered_at")
    registered = dt.datetime.fromisoformat(registered_at) if registered_at else None
    closed_on = _date(case.get("closed_on"))

    if case.get("status") == "closed" and closed_on:
        done = len(case.get("follow_ups_done") or [])
        if done < len(d.follow_up_months):
            out.append(Deadline(What.FOLLOW_UP, end_of(add_months(closed_on, d.follow_up_months[done]))))
        years = settings.retention.purge_years_after_closure
        out.append(Deadline(What.PURGE_REVIEW, end_of(add_months(closed_on, 12 * years))))
        return out

    risk = case.get("risk")
    if registered and not case.get("initial_assessment_done"):
        hours = d.initial_assessment_hours_high if risk == "high" else d.initial_assessment_hours
        out.append(Deadline(What.INITIAL_ASSESSMENT, registered + dt.timedelta(hours=hours)))
    if registered and not case.get("best_interests_done"):
        bia_due = registered.date() + dt.timedelta(d.best_interests_days)
        out.append(Deadline(What.BEST_INTERESTS_ASSESSMENT, end_of(bia_due)))
    plan = _date(case.get("plan_approved"))
    if registered and not plan:
        out.append(Deadline(What.CASE_PLAN, end_of(registered.date() + dt.timedelta(d.plan_days))))
    if plan:
        last = max(plan, _date(case.get("plan_reviewed")) or plan)
        out.append(Deadline(What.PLAN_REVIEW, end_of(add_months(last, d.plan_review_months))))

    visits = [data for _, kind, data in items if kind == "visit"]
    planned = sorted(v["planned_on"] for v in visits if v.get("planned_on") and not v.get("done_on"))
    if planned:
        out.append(Deadline(What.VISIT, end_of(_date(planned[0]))))
    elif registered:
        done = [_date(v["done_on"]) for v in visits if v.get("done_on")]
        last = max(done, default=registered.date())
        every = {"high": d.visit_days_high, "low": d.visit_days_low}.get(risk, d.visit_days_medium)
        out.append(Deadline(What.VISIT, end_of(last + dt.timedelta(every))))

    for item_id, kind, data in items:
        if kind == "goal" and data.get("due") and data.get("status") in ("open", "in_progress"):
            out.append(Deadline(What.GOAL, end_of(_date(data["due"])), item_id))
        elif kind == "referral" and data.get("follow_up_on") and data.get("status") in ("planned", "made", "accepted"):
            out.append(Deadline(What.REFERRAL_FOLLOW_UP, end_of(_date(data["follow_up_on"])), item_id))

    eighteen = _birthday(case, 18)
    if eighteen:
        review = add_months(eighteen, -settings.retention.review_months_before_18)
        out.append(Deadline(What.AGE_18_REVIEW, end_of(review)))
    sixteen = _birthday(case, 16)
    has_passport = any(
        kind == "document" and data.get("kind") == "passport" and data.get("status") == "issued"
        for _, kind, data in items
    )
    if sixteen and not has_passport:
        out.append(Deadline(What.PASSPORT_16, end_of(sixteen)))
    return out
