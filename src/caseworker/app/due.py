"""What is due and overdue: for me, or (a supervisor) for a district or the whole office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseworker.domain.accounts import Role
from caseworker.domain.deadlines import iso
from caseworker.store import deadlines

DEFAULT_DAYS = 7
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class Due:
    case_id: str
    what: str
    due: str
    overdue: bool
    item_id: str | None
    district: str | None
    surname: str | None
    given_name: str | None


class DueList:
    def __init__(self, session) -> None:
        self.s = session

    def upcoming(
        self,
        within_days: int = DEFAULT_DAYS,
        at: dt.datetime | None = None,
        district: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[Due]:
        """Everything overdue at `at` (now by default) and due within the next days, soonest first."""
        self.s.require("due.read", Role.CASEWORKER, Role.SUPERVISOR)
        now = at or dt.datetime.now(dt.UTC)
        until = iso(now + dt.timedelta(days=max(0, within_days)))
        scope = None if self.s.user.has(Role.SUPERVISOR) else self.s.user.id
        rows = self.s.workspace.read(deadlines.due, until, scope, district, max(1, limit))
        self.s.log("due", detail={"items": len(rows)})
        moment = iso(now)
        return [
            Due(r["case_id"], r["what"], r["due"], r["due"] < moment, r["item_id"], r["district"], r["surname"],
                r["given_name"])
            for r in rows
        ]
