"""Closing and reopening a case, and purging it once the retention period has passed.

A purge destroys the content everywhere in the workspace: the case and its items become
tombstones that keep nothing, attachments are deleted, the name index and the free pages
are cleared (VACUUM with secure_delete), and every backup is purged the same way.
"""

from __future__ import annotations

import datetime as dt

from caseworker.domain.accounts import Role
from caseworker.domain.case import ClosureReason, problem
from caseworker.domain.deadlines import add_months
from caseworker.domain.errors import (
    CaseIsClosed,
    CaseIsOpen,
    CaseNotFound,
    InvalidRecord,
    PurgeTooEarly,
    TooFewAttempts,
)
from caseworker.store import audit, backup, deadlines, items, purge, settings


class Closure:
    def __init__(self, session) -> None:
        self.s = session

    def close(self, case_id: str, reason: str, on: dt.date | None = None, approved_by: str | None = None) -> None:
        record = self.s.cases.load(case_id, "case.change")
        if record["status"] == "closed":
            raise CaseIsClosed(case_id=case_id)
        try:
            reason = ClosureReason(reason).value
        except ValueError:
            raise InvalidRecord(record=case_id, field="reason", problem=problem("enum")) from None
        on = on or dt.date.today()
        if on > dt.date.today():
            raise InvalidRecord(record=case_id, field="date", problem=problem("date_in_future"))
        if reason == ClosureReason.UNREACHABLE:
            needed = self.s.workspace.read(settings.load).unreachable_attempts
            made = sum(
                1
                for i in self.s.workspace.read(items.of_case, case_id)
                if i["kind"] == "visit" and i["data"].get("reached") is False
            )
            if made < needed:
                raise TooFewAttempts(needed=needed, made=made)
        approver = self.s.cases.resolve_supervisor(approved_by)
        new = {
            "status": "closed",
            "closed_on": on.isoformat(),
            "closure_reason": reason,
            "closure_approved_by": approver,
            "follow_ups_done": [],
        }
        self.s.workspace.write(self.s.cases.write_fields(case_id, new, action="close"))

    def reopen(self, case_id: str) -> None:
        record = self.s.cases.load(case_id, "case.change")
        if record["status"] != "closed":
            raise CaseIsOpen(case_id=case_id)
        new = {"status": "open", "closed_on": None, "closure_reason": None, "closure_approved_by": None}
        self.s.workspace.write(self.s.cases.write_fields(case_id, new, action="reopen"))

    def purge(self, case_id: str) -> None:
        """Destroys a closed case's content once the retention period has passed (supervisor or admin)."""
        self.s.require("case.purge", Role.SUPERVISOR, Role.ADMIN)
        record = self.s.workspace.read(lambda conn: purge.case_row(conn, case_id))
        if record is None:
            raise CaseNotFound(case_id=case_id)
        if record["status"] != "closed" or not record["closed_on"]:
            raise CaseIsOpen(case_id=case_id)
        years = self.s.workspace.read(settings.load).retention.purge_years_after_closure
        allowed = add_months(dt.date.fromisoformat(record["closed_on"]), 12 * years)
        if allowed > dt.date.today():
            raise PurgeTooEarly(case_id=case_id, date=allowed.isoformat(), years=years)
        ws = self.s.workspace
        device, me = ws.device_id, self.s.user.id

        def write(conn, stamp):
            purge.purge_case(conn, case_id, device, stamp)
            deadlines.rebuild_case(conn, case_id)
            audit.append(conn, device, stamp, [audit.Entry(me, "purge", case_id)])

        ws.write(write)
        ws.read(purge.scrub)
        for name in backup.list_backups(ws.folder):
            backup.purge_in(ws.folder, name, ws.data_key, case_id, device)
