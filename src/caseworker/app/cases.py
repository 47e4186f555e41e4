"""Case use cases: register, read, list, search, edit, delete; each checked against the user's roles.

A caseworker sees and changes the cases they registered or are assigned; a supervisor
every case of the workspace; the admin role alone no case content.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from caseworker.app import movement
from caseworker.app.enrolment import OFFICE_KIND
from caseworker.domain import names
from caseworker.domain.accounts import Role
from caseworker.domain.case import ACCOUNT_FIELDS, EDITABLE_FIELDS, Case, CaseInput, child_age, explain, problem
from caseworker.domain.deadlines import iso, step
from caseworker.domain.errors import AssignedAtOffice, CaseNotFound, InvalidRecord, NotASupervisor, RestrictedField
from caseworker.domain.ids import new_id
from caseworker.domain.items import RESTRICTED_CASE_FIELDS, redact_case
from caseworker.store import audit, cases, deadlines, due_rows, items, search, settings, users

CONTENT_ROLES = (Role.CASEWORKER, Role.SUPERVISOR)
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Duplicate:
    """A new case (its position in the input) that looks like an existing one."""

    index: int
    new_id: str
    existing_id: str


@dataclass(frozen=True)
class Shown:
    """What the case list shows: all open cases by name unless the user chooses otherwise."""

    mine: bool = False
    overdue: bool = False
    high_risk: bool = False
    status: str | None = "open"
    order: str = "name"  # name, district, born, risk
    descending: bool = False


@dataclass(frozen=True)
class Added:
    ids: list[str]
    duplicates: list[Duplicate]


@dataclass(frozen=True)
class Hit:
    score: float
    id: str
    surname: str
    given_name: str
    patronymic: str | None
    other_names: list[str]
    sex: str
    birth_date: str | None
    birth_year: int | None
    district: str


@contextlib.contextmanager
def paused_gc():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validated(records: Iterable, record_label=lambda i: str(i + 1)) -> Iterator[CaseInput]:
    """Each record validated in turn; the first bad one raises, naming the record and field.

    Callers consume all of it before writing anything, so that bad input adds nothing.
    """
    context = {"today": dt.date.today()}
    for i, raw in enumerate(records):
        if not isinstance(raw, dict):
            raise InvalidRecord(record=record_label(i), field="-", problem=problem("object"))
        try:
            yield CaseInput.model_validate(raw, context=context)
        except ValidationError as e:
            field, why = explain(e.errors()[0])
            raise InvalidRecord(record=record_label(i), field=field, problem=why) from None


class Cases:
    def __init__(self, session) -> None:
        self.s = session

    # -- who sees what -------------------------------------------------------------------------
    def _scope(self, action: str) -> str | None:
        """The user id to filter by (None: every case), or a refusal for a user with no case role."""
        self.s.require(action, *CONTENT_ROLES)
        return None if self.s.user.has(Role.SUPERVISOR) else self.s.user.id

    def load(self, case_id: str, action: str) -> dict:
        """The stored case if the user may act on it; a refusal (audited) otherwise."""
        scope = self._scope(action)
        record = self.s.workspace.read(cases.get, case_id)
        if record is None or record["deleted"]:
            raise CaseNotFound(case_id=case_id)
        if not cases.visible(record, scope):
            # Same answer as a missing case: a caseworker learns nothing about others' cases.
            self.s.refuse(action, case_id, CaseNotFound(case_id=case_id))
        return record

    def _user_names(self) -> dict[str, str]:
        return self.s.workspace.read(movement.account_names)

    def resolve_assignee(self, name: str | None) -> str:
        if not name or name == self.s.user.name:
            return self.s.user.id
        if not self.s.user.has(Role.SUPERVISOR):
            self.s.refuse("case.assign")
        if self.s.kind == OFFICE_KIND:
            # An account elsewhere (a laptop's, name@serial) may be named: the case then travels there.
            row = self.s.workspace.read(movement.account_named, name)
        else:
            # A laptop names only its own accounts: sending a case elsewhere is the office's to do.
            row = self.s.workspace.read(users.by_name, name)
            if row is None and self.s.workspace.read(movement.account_named, name) is not None:
                raise AssignedAtOffice()
        if row is None or Role.CASEWORKER.value not in row["roles"]:
            raise InvalidRecord(record="-", field="assigned_to", problem=problem("enum"))
        return row["id"]

    def may_assign(self) -> bool:
        """Whether this user assigns cases to caseworkers: a supervisor, at the office (on a laptop
        a case stays with its caseworker)."""
        return self.s.kind == OFFICE_KIND and self.s.user.has(Role.SUPERVISOR)

    def resolve_supervisor(self, name: str | None) -> str | None:
        """The account id of a supervisor named by account name (None: no one named)."""
        if not name:
            return None
        row = self.s.workspace.read(movement.account_named, name)
        if row is None or Role.SUPERVISOR.value not in row["roles"]:
            raise NotASupervisor(name=name)
        return row["id"]

    def _may_name_supervisor(self, record: dict) -> bool:
        """The named supervisor opens the need-to-know fields, so not everyone may change who it is:
        the assigned caseworker and the supervisor named now may; any supervisor may name the
        first one."""
        me = self.s.user.id
        if me in (record["assigned_to"], record["supervisor"]):
            return True
        return record["supervisor"] is None and self.s.user.has(Role.SUPERVISOR)

    def entitled(self, record: dict) -> bool:
        """Need-to-know: only the assigned caseworker and the case's named supervisor."""
        return self.s.user.id in (record["assigned_to"], record["supervisor"])

    def _model(self, record: dict, user_names: dict[str, str]) -> Case:
        data = {k: record[k] for k in Case.model_fields if k in record}
        for field in ("assigned_to", "created_by", "supervisor", "closure_approved_by"):
            data[field] = user_names.get(record[field], record[field])
        return Case(**(data if self.entitled(record) else redact_case(data)))

    # -- use cases -----------------------------------------------------------------------------
    def add(self, records: list, check_duplicates: bool = True) -> Added:
        self.s.require("case.create", *CONTENT_ROLES)
        # A bulk registration makes millions of short-lived objects; the cyclic garbage
        # collector finds none among them but costs a third of the time scanning.
        with paused_gc():
            return self._add(records, check_duplicates)

    def _add(self, records: list, check_duplicates: bool) -> Added:
        assignees: dict[str | None, str] = {}
        supervisors: dict[str | None, str | None] = {}
        registered_at = iso(dt.datetime.now(dt.UTC))
        new = []
        # One model at a time: only the row values are kept, which matters at 100,000 records.
        for p in validated(records):
            if p.assigned_to not in assignees:
                assignees[p.assigned_to] = self.resolve_assignee(p.assigned_to)
            if p.supervisor not in supervisors:
                supervisors[p.supervisor] = self.resolve_supervisor(p.supervisor)
            values = p.row()
            values["assigned_to"] = assignees[p.assigned_to]
            values["supervisor"] = supervisors[p.supervisor]
            values["created_by"] = self.s.user.id
            values["registered_at"] = registered_at
            values["status"] = "open"
            new.append((new_id(), values))
        duplicates = self._duplicates(new) if check_duplicates else []
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            cases.insert(conn, new, device, stamp)
            audit.append(conn, device, stamp, [audit.Entry(me, "create", cid) for cid, _ in new])

        self.s.workspace.write(write)
        return Added([cid for cid, _ in new], duplicates)

    def _duplicates(self, new: list[tuple[str, dict]]) -> list[Duplicate]:
        """Likely duplicates among the cases the user may see and the earlier records of the batch.

        Costs one indexed search per record (about 15 ms on 100,000 cases); earlier records
        of the batch are found through their name skeletons, never by comparing all pairs.
        """
        scope = None if self.s.user.has(Role.SUPERVISOR) else self.s.user.id
        found = []
        by_skeleton: dict[str, list[dict]] = {}
        for index, (cid, v) in enumerate(new):
            mine = search.name_strings(v["surname"], v["given_name"], None, v["other_names"])
            query = f"{v['surname']} {v['given_name']}"
            # Every candidate, not only the best few: a common name has many namesakes, and
            # the one born the same year may rank anywhere among them.
            candidates = [h for _, h in self.s.workspace.read(search.search, query, scope, search.MAX_CANDIDATES)]
            skeletons = {skel for _, skel in names.index_terms(mine)}
            earlier = {id(o): o for skel in skeletons for o in by_skeleton.get(skel, [])}
            for other in [*candidates, *earlier.values()]:
                theirs = search.name_strings(other["surname"], other["given_name"], None, other["other_names"])
                if names.likely_duplicate(mine, v["sex"], v["birth_year"], theirs, other["sex"], other["birth_year"]):
                    found.append(Duplicate(index, cid, other["id"]))
                    break
            this = {**v, "id": cid}
            for skel in skeletons:
                by_skeleton.setdefault(skel, []).append(this)
        return found

    def likely_duplicates(self, record: dict) -> list[dict]:
        """The cases the user may see that look like this new one, before it is registered
        (nothing is written): their list rows, best match first."""
        [p] = validated([record], lambda _i: "new")
        v = p.row()
        scope = None if self.s.user.has(Role.SUPERVISOR) else self.s.user.id
        mine = search.name_strings(v["surname"], v["given_name"], None, v["other_names"])
        query = f"{v['surname']} {v['given_name']}"
        candidates = [h for _, h in self.s.workspace.read(search.search, query, scope, search.MAX_CANDIDATES)]
        ids = [
            c["id"] for c in candidates
            if names.likely_duplicate(
                mine, v["sex"], v["birth_year"],
                search.name_strings(c["surname"], c["given_name"], None, c["other_names"]), c["sex"], c["birth_year"],
            )
        ]
        rows = {r["id"]: r for r in self.rows(ids)}
        return [rows[i] for i in ids if i in rows]

    def get(self, case_id: str) -> Case:
        record = self.load(case_id, "case.read")
        self.s.log("view", case_id)
        return self._model(record, self._user_names())

    def list(self) -> list[Case]:
        scope = self._scope("case.read")
        records = self.s.workspace.read(cases.list_, scope)
        self.s.log("list", detail={"count": len(records)})
        user_names = self._user_names()
        return [self._model(r, user_names) for r in records]

    def list_order(self, shown: Shown = Shown()) -> list[str]:
        """Every visible case id that `shown` lets through, in its order: the list then fetches
        any page directly by id, where an OFFSET would read past every earlier row."""
        scope = self._scope("case.read")
        now = int(dt.datetime.now(dt.UTC).timestamp())
        query = cases.ListFilter(
            visible_to=scope,
            assigned_to=self.s.user.id if shown.mine else None,
            status=shown.status,
            risk="high" if shown.high_risk else None,
            overdue_before=now if shown.overdue else None,
            order=shown.order,
            descending=shown.descending,
        )
        return self.s.workspace.read(cases.ordered_ids, query)

    def rows(self, ids: list[str]) -> list[dict]:
        """The list's columns for these cases: the stored ones, and the step, the next visit and
        whether anything is overdue, derived here."""
        def read(conn):
            return cases.rows_by_id(conn, ids), cases.list_marks(conn, ids), settings.load(conn)

        rows, marks, rules = self.s.workspace.read(read)
        now = int(dt.datetime.now(dt.UTC).timestamp())
        today = dt.date.today()
        for row in rows:
            row["age"] = child_age(row, today) if row["birth_date"] or row["birth_year"] else None
            visit, earliest = marks.get(row["id"], (None, None))
            row["step"] = step(row, rules).value
            row["next_visit"] = due_rows.to_moment(visit)[:10] if visit else None
            row["overdue"] = earliest is not None and earliest < now
        return rows

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
        scope = self._scope("case.read")
        results = self.s.workspace.read(search.search, query, scope, max(1, limit))
        # The query itself is a child's name: only the count is audited.
        self.s.log("search", detail={"results": len(results)})
        return [
            Hit(score, r["id"], r["surname"], r["given_name"], r["patronymic"], r["other_names"], r["sex"],
                r["birth_date"], r["birth_year"], r["district"])
            for score, r in results
        ]

    def edit(self, case_id: str, changes: dict) -> list[str]:
        """Changes fields of a case; returns the names of the fields that changed."""
        write = self.prepare_edit(case_id, changes)
        return self.s.workspace.write(write)

    def prepare_edit(self, case_id: str, changes: dict):
        """Checks an edit and returns the write that makes it: `write(conn, stamp) -> changed fields`.

        Everything that can refuse happens here, before any write, so that a patch of a
        case and its items is applied whole or not at all.
        """
        record = self.load(case_id, "case.change")
        unknown = sorted(set(changes) - EDITABLE_FIELDS)
        if unknown:
            raise InvalidRecord(record=case_id, field=unknown[0], problem=problem("extra_forbidden"))
        restricted = sorted(set(changes) & RESTRICTED_CASE_FIELDS)
        if restricted and not self.entitled(record):
            self.s.refuse("case.change", case_id, RestrictedField(field=restricted[0]))
        base = {f: record[f] for f in EDITABLE_FIELDS - {"birth_date", "birth_year", *ACCOUNT_FIELDS}}
        if "birth_date" in changes or "birth_year" in changes:
            base["birth_date"], base["birth_year"] = changes.get("birth_date"), changes.get("birth_year")
        else:
            base["birth_date"] = record["birth_date"]
            base["birth_year"] = None if record["birth_date"] else record["birth_year"]
        base.update({k: v for k, v in changes.items() if k not in ("birth_date", "birth_year", *ACCOUNT_FIELDS)})
        [parsed] = validated([{k: v for k, v in base.items() if v is not None}], lambda _i: case_id)
        values = parsed.row()
        values["assigned_to"] = (
            self.resolve_assignee(changes["assigned_to"]) if "assigned_to" in changes else record["assigned_to"]
        )
        if values["assigned_to"] != record["assigned_to"] and self.s.kind != OFFICE_KIND:
            raise AssignedAtOffice()  # the office would refuse the laptop's bundle that says so
        values["supervisor"] = record["supervisor"]
        if "supervisor" in changes:
            values["supervisor"] = self.resolve_supervisor(changes["supervisor"])
            if values["supervisor"] != record["supervisor"] and not self._may_name_supervisor(record):
                self.s.refuse("case.change", case_id, RestrictedField(field="supervisor"))
        new = {f: values[f] for f in EDITABLE_FIELDS}
        return self.write_fields(case_id, new)

    def write_fields(self, case_id: str, new: dict, action: str = "change"):
        """The write of already-checked case fields, with deadlines and audit."""
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            changed = cases.update(conn, case_id, new, device, stamp)
            if changed:
                deadlines.rebuild_case(conn, case_id)
                audit.append(conn, device, stamp, [audit.Entry(me, action, case_id, {"fields": changed})])
            return changed

        return write

    def delete(self, case_id: str) -> None:
        self.load(case_id, "case.delete")
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            for item in items.of_case(conn, case_id):
                items.tombstone(conn, item["id"], device, stamp)
            cases.tombstone(conn, case_id, device, stamp)
            deadlines.rebuild_case(conn, case_id)
            audit.append(conn, device, stamp, [audit.Entry(me, "delete", case_id)])

        self.s.workspace.write(write)

    def history(self, case_id: str) -> list[dict]:
        self.load(case_id, "case.read")
        return self.s.workspace.read(audit.entries_for, case_id)
