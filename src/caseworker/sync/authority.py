"""What a laptop may say (BUNDLES.md "Authority", docs/sync.md "What a laptop may say"): the
office believes a laptop about itself only. Each record of a laptop's bundle is checked as it
merges, against what the office already recorded (which cases it routed to that laptop, which
accounts are bound to it, the clocks it holds), never against what the bundle claims. One
record that breaks a rule refuses the whole bundle: the program never writes such a record,
so it is the sign of a laptop in the wrong hands."""

from __future__ import annotations

import json
from collections.abc import Mapping

from caseworker.domain.accounts import Role
from caseworker.domain.case import CASE_FIELDS
from caseworker.domain.messages import QT_TRANSLATE_NOOP
from caseworker.domain.transfer import TransferStatus
from caseworker.store import clocks
from caseworker.store.db import Connection
from caseworker.sync.container import BundleRejected

# Why a record was not permitted, by stable code (docs/bundle-format.md lists them), as the
# supervisor reads it after "it says what the laptop may not say:".
RULES = {
    "case_not_held": QT_TRANSLATE_NOOP("Messages", "a change to a case the office never gave that laptop"),
    "origin": QT_TRANSLATE_NOOP("Messages", "a new record that claims to come from another device"),
    "creator": QT_TRANSLATE_NOOP("Messages", "a new case whose author is not an account of that laptop"),
    "clock": QT_TRANSLATE_NOOP("Messages", "edits in the name of another device that the office never had"),
    "same_clock": QT_TRANSLATE_NOOP("Messages", "a value other than the office's under the same clock"),
    "assignment": QT_TRANSLATE_NOOP("Messages", "an assignment of a case, which only the office makes"),
    "set_once": QT_TRANSLATE_NOOP("Messages", "a change to who registered a case or when"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "a supervisor's name that is not a supervisor's"),
    "account": QT_TRANSLATE_NOOP("Messages", "an account of the office or of another device"),
    "resolution": QT_TRANSLATE_NOOP("Messages", "a conflict's resolution, which only a supervisor at the office makes"),
    "transfer": QT_TRANSLATE_NOOP("Messages", "a decision on a transfer, which only the office makes"),
    "entry_moved": QT_TRANSLATE_NOOP("Messages", "an entry moved to another case or made another kind"),
    "unnamed_file": QT_TRANSLATE_NOOP("Messages", "a file that no entry of the bundle names"),
}

# Set when a case is registered, and never changed after (a tombstone clears them).
_SET_ONCE = frozenset({"created_by", "registered_at"})
# Name an account that must be a supervisor's.
_SUPERVISOR_FIELDS = frozenset({"supervisor", "closure_approved_by"})
# A transfer's decision is the office's; its acceptance is the receiving caseworker's.
_TRANSFER_DECISION = frozenset({"decided_by", "decided_on", "to_caseworker", clocks.DELETED})
_CASE_CLOCKED = (*CASE_FIELDS, clocks.DELETED)


class NotPermitted(BundleRejected):
    """A record its sender may not send; `rule` is a key of RULES."""

    def __init__(self, rule: str, record_kind: str, device: str) -> None:
        super().__init__("not_permitted")
        self.rule, self.record_kind, self.device = rule, record_kind, device


def _roles(text: str) -> list[str]:
    return json.loads(text)


class Authority:
    """One laptop's bundle at the office: what that laptop may say, read once per bundle."""

    def __init__(self, conn: Connection, device: str) -> None:
        self.conn, self.device = conn, device
        self.office_accounts = {i for (i,) in conn.execute("SELECT id FROM users")}
        self.bound = dict(conn.execute("SELECT id, device FROM accounts_elsewhere").fetchall())
        self.own = {i for i, d in self.bound.items() if d == device}
        supervisor = Role.SUPERVISOR.value
        self.supervisors = {i for i, r in conn.execute("SELECT id, roles FROM users") if supervisor in _roles(r)}
        self.supervisors |= {i for i, r in conn.execute("SELECT id, roles FROM accounts_elsewhere")
                             if supervisor in _roles(r)}
        # Every case the office ever routed to this laptop, or took from it as new: the laptop
        # may still send edits it made to one it held before the case moved on.
        self.routed = {c for (c,) in conn.execute("SELECT case_id FROM routes WHERE device_id = ?", (device,))}
        self.new_cases: list[str] = []  # new cases of this bundle: the laptop holds them from now on
        self._new = set()
        self.files: set[str] = set()  # attachments' bytes in this bundle
        self.named: set[str] = set()  # ... and the hashes its entries name

    def refuse(self, rule: str, kind: str) -> None:
        raise NotPermitted(rule, kind, self.device)

    def _holds(self, case_id: str) -> bool:
        return case_id in self.routed or case_id in self._new

    # -- accounts ------------------------------------------------------------------------------
    def account(self, record: dict) -> None:
        """An account new to the office, or one already bound to this laptop: never the office's
        own, never another device's (whose ids every laptop reads in the office's directory)."""
        account_id = record["id"]
        if account_id in self.office_accounts or self.bound.get(account_id, self.device) != self.device:
            self.refuse("account", "account")
        self.bound[account_id] = self.device
        self.own.add(account_id)
        if Role.SUPERVISOR.value in record["roles"]:
            self.supervisors.add(account_id)

    # -- cases -----------------------------------------------------------------------------------
    def case(self, record: dict, local: dict | None) -> None:
        if local is None:
            self._new_case(record)
            return
        if not self._holds(record["id"]):
            self.refuse("case_not_held", "case")
        if record["origin"] != local["origin"]:
            self.refuse("origin", "case")
        fields, mine = record["fields"], clocks.loads(local["clocks"])
        for name in _CASE_CLOCKED:
            if name == clocks.DELETED:
                theirs, ours = record["deleted"], local["deleted"]
            else:
                theirs, ours = fields[name], local[name]
            if self._edited(record["clocks"], mine, name, theirs, ours, "case"):
                self._case_edit(name, theirs, record["deleted"])

    def _new_case(self, record: dict) -> None:
        """A case the office has never seen: made on this laptop, by one of its accounts, for one
        of them, with no clock but its own."""
        if record["origin"] != self.device:
            self.refuse("origin", "case")
        self._only_mine(record["clocks"], "case")
        fields = record["fields"]
        if not record["deleted"]:
            if fields["created_by"] not in self.own:
                self.refuse("creator", "case")
            if fields["assigned_to"] not in self.own:
                self.refuse("assignment", "case")
            for name in _SUPERVISOR_FIELDS:
                if fields[name] is not None and fields[name] not in self.supervisors:
                    self.refuse("supervisor", "case")
        if record["id"] not in self._new:
            self._new.add(record["id"])
            self.new_cases.append(record["id"])

    def _case_edit(self, name: str, value, deleted: bool) -> None:
        """A field this laptop changed: the office's fields it may not change."""
        if name == "assigned_to" and not (deleted and value is None):
            self.refuse("assignment", "case")
        if name in _SET_ONCE and not (deleted and value is None):
            self.refuse("set_once", "case")
        if name in _SUPERVISOR_FIELDS and value is not None and value not in self.supervisors:
            self.refuse("supervisor", "case")

    # -- entries ---------------------------------------------------------------------------------
    def item(self, record: dict, local: dict | None) -> None:
        if not self._holds(record["case_id"]):
            self.refuse("case_not_held", "item")
        kind, fields = record["kind"], record["fields"]
        if local is None:
            if record["origin"] != self.device:
                self.refuse("origin", "item")
            self._only_mine(record["clocks"], "item")
            if kind == "transfer" and (record["deleted"] or fields.get("status") != TransferStatus.REQUESTED
                                       or _TRANSFER_DECISION & set(fields) or "accepted_on" in fields):
                self.refuse("transfer", "item")  # a laptop asks for a transfer; the office decides
        else:
            if local["case_id"] != record["case_id"] or local["kind"] != kind:
                self.refuse("entry_moved", "item")
            if record["origin"] != local["origin"]:
                self.refuse("origin", "item")
            mine, data = clocks.loads(local["clocks"]), local["data"]
            names = set(data) | set(fields) | (set(record["clocks"]) - {clocks.DEFAULT}) | {clocks.DELETED}
            for name in sorted(names):
                if name == clocks.DELETED:
                    theirs, ours = record["deleted"], local["deleted"]
                else:
                    theirs, ours = fields.get(name), data.get(name)
                if self._edited(record["clocks"], mine, name, theirs, ours, "item") and kind == "transfer":
                    self._transfer_edit(name, theirs, {**data, **fields})
        if kind == "attachment" and not record["deleted"]:
            self.named.add(fields["sha256"])

    def _transfer_edit(self, name: str, value, merged: dict) -> None:
        """On a laptop, a transfer can only be accepted, by its receiving caseworker."""
        if name in _TRANSFER_DECISION:
            self.refuse("transfer", "item")
        if name == "status" and not (value == TransferStatus.ACCEPTED and merged.get("to_caseworker") in self.own):
            self.refuse("transfer", "item")

    def blob(self, record: dict) -> None:
        self.files.add(record["sha256"])

    # -- conflicts ---------------------------------------------------------------------------------
    def conflict(self, record: dict, kept: list, lost: list) -> None:
        """A conflict the laptop found, on a record it holds; the values' clocks are no newer than
        the office's (the bundle's own records, applied before it, brought the laptop's edits);
        never a resolution, unless it is the very one the office already made."""
        if record["record_kind"] == "case":
            row = self.conn.execute("SELECT id, clocks FROM cases WHERE id = ?", (record["record_id"],)).fetchone()
        else:
            row = self.conn.execute("SELECT case_id, clocks FROM case_items WHERE id = ?",
                                    (record["record_id"],)).fetchone()
        if row is None or not self._holds(row[0]):
            self.refuse("case_not_held", "conflict")
        held = clocks.of(clocks.loads(row[1]), record["field"])[0]
        for side in (kept, lost):
            if any(n > held.get(d, 0) for d, n in side[1].items()):
                self.refuse("clock", "conflict")
        if record["resolved_at"] is not None or record["resolved_by"] is not None:
            ours = self.conn.execute("SELECT resolved_at, resolved_by FROM conflicts WHERE id = ?",
                                     (record["id"],)).fetchone()
            if ours is None or tuple(ours) != (record["resolved_at"], record["resolved_by"]):
                self.refuse("resolution", "conflict")

    def finish(self) -> None:
        """After the last record: every file's bytes belong to an entry of the bundle."""
        if self.files - self.named:
            self.refuse("unnamed_file", "blob")

    # -- clocks ------------------------------------------------------------------------------------
    def _only_mine(self, record_clocks: Mapping[str, list], kind: str) -> None:
        for vector, _stamp, _device in record_clocks.values():
            if any(d != self.device for d in vector):
                self.refuse("clock", kind)

    def _edited(self, remote: Mapping[str, list], local: Mapping[str, list], name: str, theirs, ours,
                kind: str) -> bool:
        """Whether the laptop changed this field since the office's value. Its clock may count
        only its own edits beyond what the office holds: any other device's count above the
        office's is a forgery. A clock equal to the office's must carry the office's value."""
        r, lc = clocks.of(remote, name), clocks.of(local, name)
        if r == lc:
            if theirs != ours:
                self.refuse("same_clock", kind)
            return False
        theirs_vector, ours_vector = r[0], lc[0]
        for d, n in theirs_vector.items():
            if d != self.device and n > ours_vector.get(d, 0):
                self.refuse("clock", kind)
        if theirs_vector.get(self.device, 0) > ours_vector.get(self.device, 0):
            return True
        if theirs_vector == ours_vector and theirs != ours:
            self.refuse("same_clock", kind)
        return False
