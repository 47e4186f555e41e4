"""Rows of the derived `deadlines` table: one per deadline of a case, the due moment in Unix seconds."""

from __future__ import annotations

import datetime as dt

from caseworker.domain.deadlines import deadlines
from caseworker.domain.settings import Settings

INSERT = "INSERT INTO deadlines (case_id, what, item_id, due, assigned_to, district) VALUES (?, ?, ?, ?, ?, ?)"


def to_seconds(moment: str) -> int:
    """'2026-11-28T23:59:59Z' -> Unix seconds (UTC)."""
    return int(dt.datetime.fromisoformat(moment).timestamp())  # the string ends in Z: UTC


def to_moment(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(case_id: str, case: dict, live_items: list[tuple[str, str, dict]], rules: Settings) -> list[tuple]:
    return [
        (case_id, d.what.value, d.item_id, to_seconds(d.due), case.get("assigned_to"), case.get("district"))
        for d in deadlines(case, live_items, rules)
    ]
