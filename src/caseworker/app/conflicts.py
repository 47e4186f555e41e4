"""Conflicts kept for a supervisor (docs/sync.md "Conflicts"): the open ones with both values,
what the user may not see hidden, and a supervisor's resolution at the office, which travels."""

from __future__ import annotations

import copy
import datetime as dt

from caseworker.app.enrolment import OFFICE_KIND
from caseworker.domain.accounts import Role
from caseworker.domain.errors import ConflictNotFound, ConflictValueNotFound, ResolvedAtOffice
from caseworker.domain.items import REDACTED, RESTRICTED_CASE_FIELDS, touches_restricted
from caseworker.store import audit, cases, deadlines, items, replicas

# The fields of an assessment that hold what its form may mark need-to-know.
ASSESSMENT_RESULTS = frozenset({"answers", "scores", "flags"})


class Conflicts:
    def __init__(self, session) -> None:
        self.s = session

    def may_resolve(self) -> bool:
        """Whether this user resolves conflicts here: a supervisor, at the office."""
        return self.s.kind == OFFICE_KIND and self.s.user.has(Role.SUPERVISOR)

    def open(self) -> list[dict]:
        """Open conflicts, both values side by side with who and when; need-to-know values are
        shown only to the case's assigned caseworker and named supervisor."""
        self.s.require("conflict.read", Role.SUPERVISOR)
        shown = []
        for c in self.s.workspace.read(replicas.open_conflicts):
            self._redact(c)
            shown.append(c)
        return shown

    def _redact(self, conflict: dict) -> bool:
        """Hides, in both values, what the user may not see: a need-to-know field whole, and in
        an assessment's answers, scores and flags what its form marks need-to-know (as the case
        file hides them). Returns whether anything was hidden."""
        ws = self.s.workspace
        item = None
        if conflict["record_kind"] == replicas.CASE:
            case_id, restricted = conflict["record_id"], conflict["field"] in RESTRICTED_CASE_FIELDS
        else:
            item = ws.read(items.get, conflict["record_id"])
            if item is None:
                restricted, case_id = True, None
            else:
                case_id = item["case_id"]
                restricted = bool(touches_restricted(item["kind"], {conflict["field"]}))
        partly = item is not None and item["kind"] == "assessment" and conflict["field"] in ASSESSMENT_RESULTS
        if not restricted and not partly:
            return False
        record = ws.read(cases.get, case_id) if case_id else None
        if record is not None and self.s.cases.entitled(record):
            return False
        hidden = False
        for side in ("kept", "lost"):
            value = conflict[side]["value"]
            if partly:
                shown = self.s.casefile.redacted({"kind": "assessment",
                                                  "data": {**item["data"], conflict["field"]: value}})
                value = shown[conflict["field"]]
            else:
                value = REDACTED
            hidden |= value != conflict[side]["value"]
            conflict[side]["value"] = value
        return hidden

    def resolve(self, conflict_id: str, keep: str) -> None:
        """The supervisor keeps one of the two values (by its value id). Keeping the other one is
        a new edit that has seen both, so it wins everywhere; the resolution travels and is
        audited."""
        self.s.require("conflict.resolve", Role.SUPERVISOR)
        if self.s.kind != OFFICE_KIND:
            raise ResolvedAtOffice()  # the office would refuse the laptop's bundle that says so
        conflict = next((c for c in self.s.workspace.read(replicas.open_conflicts) if c["id"] == conflict_id), None)
        if conflict is None:
            raise ConflictNotFound(conflict_id=conflict_id)
        if self._redact(copy.deepcopy(conflict)):  # one who may not see both values does not choose
            self.s.refuse("conflict.resolve", conflict["record_id"])
        chosen = next((side for side in ("kept", "lost") if conflict[side]["value_id"] == keep), None)
        if chosen is None:
            raise ConflictValueNotFound(conflict_id=conflict_id, value_id=keep)
        device, me = self.s.workspace.device_id, self.s.user
        value, name, record_id = conflict[chosen]["value"], conflict["field"], conflict["record_id"]

        def write(conn, stamp):
            if chosen == "lost":  # the value that lost becomes a new edit of the merged field
                if conflict["record_kind"] == replicas.CASE:
                    cases.update(conn, record_id, {name: value}, device, stamp)
                    deadlines.rebuild_case(conn, record_id)
                else:
                    item = items.get(conn, record_id)
                    data = {**item["data"], name: value}
                    items.update(conn, record_id, {k: v for k, v in data.items() if v is not None}, device, stamp)
                    deadlines.rebuild_case(conn, item["case_id"])
            conn.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, changed = ? WHERE id = ?",
                         (_now(), me.name, stamp, conflict_id))
            audit.append(conn, device, stamp, [audit.Entry(me.id, "conflict_resolve", record_id,
                                                           {"conflict": conflict_id, "field": name, "kept": chosen})])

        self.s.workspace.write(write)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
