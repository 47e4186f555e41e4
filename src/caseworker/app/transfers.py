"""Moving a case to another district (docs/sync.md "Where a case lives"): the caseworker asks,
a supervisor approves (naming the receiving caseworker, to whom the case is assigned and so
travels) or declines, and the receiving caseworker accepts. Each step is audited and syncs."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from caseworker.app import movement
from caseworker.app.enrolment import OFFICE_KIND
from caseworker.domain.accounts import Role
from caseworker.domain.case import explain
from caseworker.domain.errors import (
    CaseIsClosed,
    DecidedAtOffice,
    InvalidRecord,
    NoTransferToAccept,
    NoTransferToDecide,
    SameDistrict,
    TransferPending,
)
from caseworker.domain.ids import new_id
from caseworker.domain.transfer import ACCOUNT_FIELDS, OPEN_TRANSFER, Transfer, TransferStatus
from caseworker.store import audit, cases, deadlines, items, users


class Transfers:
    def __init__(self, session) -> None:
        self.s = session

    def open(self, case_id: str) -> dict | None:
        """The case's transfer still waiting for a decision or an acceptance, if any, as shown:
        {"id", **fields with account names, "for_me": whether this user is to accept it}."""
        self.s.cases.load(case_id, "case.read")
        transfer = self._open(case_id)
        if transfer is None:
            return None
        names = self.s.workspace.read(movement.account_names)
        shown = {k: names.get(v, v) if k in ACCOUNT_FIELDS else v for k, v in transfer.items()}
        return {**shown, "for_me": transfer.get("to_caseworker") == self.s.user.id}

    def receivers(self) -> list[str]:
        """Who a supervisor may name as the receiving caseworker: caseworkers here and on the
        enrolled laptops (name@serial)."""
        self.s.require("transfer.decide", Role.SUPERVISOR)
        here = [u["name"] for u in self.s.workspace.read(users.all_) if Role.CASEWORKER.value in u["roles"]]
        return sorted(here) + sorted(self.s.workspace.read(movement.caseworkers_elsewhere))

    def _open(self, case_id: str) -> dict | None:
        for item in self.s.workspace.read(items.of_case, case_id):
            if item["kind"] == "transfer" and item["data"].get("status") in OPEN_TRANSFER:
                return {"id": item["id"], **item["data"]}
        return None

    def request(self, case_id: str, to_district: str, reason: str = "") -> str:
        """The case's caseworker (or a supervisor) asks for it to move to another district."""
        record = self.s.cases.load(case_id, "case.change")
        if record["status"] == "closed":
            raise CaseIsClosed(case_id=case_id)
        if self._open(case_id) is not None:
            raise TransferPending(case_id=case_id)
        transfer = _valid({"to_district": to_district, "reason": reason, "requested_on": _today(),
                           "from_caseworker": record["assigned_to"]})
        if transfer.to_district == record["district"]:
            raise SameDistrict(case_id=case_id)
        item_id, device, me = new_id(), self.s.workspace.device_id, self.s.user.id
        values = transfer.model_dump(mode="json", exclude_none=True)

        def write(conn, stamp):
            items.insert(conn, item_id, case_id, "transfer", values, device, stamp)
            audit.append(conn, device, stamp, [audit.Entry(me, "transfer_request", item_id, {"case": case_id})])

        self.s.workspace.write(write)
        return item_id

    def approve(self, case_id: str, to_caseworker: str) -> None:
        """A supervisor approves, naming the caseworker who will receive the case (on another
        laptop: name@serial). The case is assigned to them and moves to the new district at
        once, so it travels to their laptop and leaves the old one."""
        transfer = self._to_decide(case_id)
        receiver = self.s.cases.resolve_assignee(to_caseworker)
        self._decide(case_id, transfer, TransferStatus.APPROVED, receiver)

    def decline(self, case_id: str) -> None:
        self._decide(case_id, self._to_decide(case_id), TransferStatus.DECLINED, None)

    def may_decide(self) -> bool:
        """Whether this user decides transfers here: a supervisor, at the office."""
        return self.s.kind == OFFICE_KIND and self.s.user.has(Role.SUPERVISOR)

    def _to_decide(self, case_id: str) -> dict:
        self.s.require("transfer.decide", Role.SUPERVISOR)
        if self.s.kind != OFFICE_KIND:
            raise DecidedAtOffice()
        self.s.cases.load(case_id, "case.change")
        transfer = self._open(case_id)
        if transfer is None or transfer["status"] != TransferStatus.REQUESTED:
            raise NoTransferToDecide(case_id=case_id)
        return transfer

    def _decide(self, case_id: str, transfer: dict, status: TransferStatus, receiver: str | None) -> None:
        device, me = self.s.workspace.device_id, self.s.user.id
        fields = {k: v for k, v in transfer.items() if k != "id"}
        fields.update(status=status.value, decided_by=me, decided_on=_today(), to_caseworker=receiver)
        values = _valid(fields).model_dump(mode="json", exclude_none=True)

        def write(conn, stamp):
            items.update(conn, transfer["id"], values, device, stamp)
            if status == TransferStatus.APPROVED:
                cases.update(conn, case_id, {"assigned_to": receiver, "district": values["to_district"]},
                             device, stamp)
                deadlines.rebuild_case(conn, case_id)
            audit.append(conn, device, stamp, [audit.Entry(me, f"transfer_{status.value}", transfer["id"],
                                                           {"case": case_id})])

        self.s.workspace.write(write)

    def accept(self, case_id: str) -> None:
        """The receiving caseworker takes the case on."""
        self.s.cases.load(case_id, "case.read")
        transfer = self._open(case_id)
        me = self.s.user.id
        if transfer is None or transfer["status"] != TransferStatus.APPROVED or transfer["to_caseworker"] != me:
            raise NoTransferToAccept(case_id=case_id)
        fields = {k: v for k, v in transfer.items() if k != "id"}
        fields.update(status=TransferStatus.ACCEPTED.value, accepted_on=_today())
        values = _valid(fields).model_dump(mode="json", exclude_none=True)
        device = self.s.workspace.device_id

        def write(conn, stamp):
            items.update(conn, transfer["id"], values, device, stamp)
            audit.append(conn, device, stamp, [audit.Entry(me, "transfer_accept", transfer["id"], {"case": case_id})])

        self.s.workspace.write(write)


def _valid(fields: dict) -> Transfer:
    try:
        return Transfer.model_validate(fields)
    except ValidationError as e:
        name, why = explain(e.errors()[0])
        raise InvalidRecord(record="transfer", field=name, problem=why) from None


def _today() -> str:
    return dt.date.today().isoformat()
