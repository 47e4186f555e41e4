"""Rows of the derived `deadlines` table: small numbers for what is due, when, and for which case."""

from __future__ import annotations

import datetime as dt

from caseworker.domain.deadlines import What, deadlines
from caseworker.domain.settings import Settings

INSERT = "INSERT INTO deadlines (case_n, what, item_n, due, assigned_to, district) VALUES (?, ?, ?, ?, ?, ?)"
# Stored codes: never renumber; a new kind of deadline takes the next number.
CODES = {
    What.INITIAL_ASSESSMENT: 1,
    What.BEST_INTERESTS_ASSESSMENT: 2,
    What.CASE_PLAN: 3,
    What.PLAN_REVIEW: 4,
    What.VISIT: 5,
    What.GOAL: 6,
    What.REFERRAL_FOLLOW_UP: 7,
    What.FOLLOW_UP: 8,
    What.AGE_18_REVIEW: 9,
    What.PASSPORT_16: 10,
    What.PURGE_REVIEW: 11,
}
WHATS = {code: what for what, code in CODES.items()}


def to_seconds(moment: str) -> int:
    """'2026-11-28T23:59:59Z' -> Unix seconds (UTC)."""
    return int(dt.datetime.fromisoformat(moment).timestamp())  # the string ends in Z: UTC


def to_moment(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(case_n: int, case: dict, live_items: list[tuple[int, str, dict]], rules: Settings) -> list[tuple]:
    """`live_items` are (item row number, kind, data)."""
    who, where = case.get("assigned_to"), case.get("district")
    return [
        (case_n, CODES[d.what], int(d.item_id or 0), int(d.due.timestamp()), who, where)
        for d in deadlines(case, live_items, rules)
    ]
