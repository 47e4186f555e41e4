"""The case file beyond its own fields: family, documents, consent, goals, referrals,
visits, notes, attachments, tracing and disclosure requests, and the rules on them.

Every change is checked first and written after, in one transaction: a patch of a case
and its items is applied whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from caseworker.app import movement
from caseworker.domain import consent as consent_rules
from caseworker.domain.accounts import Role
from caseworker.domain.case import child_age, explain, problem
from caseworker.domain.consent import Consent, Purpose
from caseworker.domain.deadlines import deadlines as derive_deadlines
from caseworker.domain.deadlines import step
from caseworker.domain.errors import (
    AttachmentTooLarge,
    CaseNotFound,
    ChildViewMissing,
    ConsentMissing,
    InvalidInputFile,
    InvalidRecord,
    ItemNotFound,
    RestrictedField,
    UnknownProvider,
)
from caseworker.domain.ids import new_id
from caseworker.domain.items import KINDS, PLURAL_OF, PLURALS, REDACTED, redact_item, touches_restricted
from caseworker.domain.services import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB
from caseworker.domain.transfer import ACCOUNT_FIELDS as TRANSFER_ACCOUNTS
from caseworker.forms.expressions import parse, references
from caseworker.forms.loader import walk
from caseworker.store import audit, cases, deadlines, items, settings
from caseworker.store import directory as directory_store


@dataclass
class Pending:
    """Checked changes waiting to be written together."""

    writes: list = field(default_factory=list)
    # Consents added or changed in this same change, by item id: they replace the stored ones.
    consents: dict[str, Consent] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)  # attachment contents written in this change
    summary: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.summary[what] = self.summary.get(what, 0) + 1


class CaseFile:
    def __init__(self, session) -> None:
        self.s = session

    # -- reading ---------------------------------------------------------------------------------
    def show(self, case_id: str) -> dict:
        """The whole file as the user may see it: need-to-know parts redacted for others."""
        record = self.s.cases.load(case_id, "case.read")
        case = self.s.cases.get(case_id).model_dump()
        entitled = self.s.cases.entitled(record)
        grouped: dict[str, list] = {plural: [] for plural in PLURALS}
        stored = self.s.workspace.read(items.of_case, case_id)
        names = self.s.workspace.read(movement.account_names) if any(i["kind"] == "transfer" for i in stored) else {}
        for item in stored:
            data = item["data"] if entitled else self.redacted(item)
            if item["kind"] == "transfer":  # who asked, decided and receives, by name
                data = {k: names.get(v, v) if k in TRANSFER_ACCOUNTS else v for k, v in data.items()}
            grouped[PLURAL_OF[item["kind"]]].append({"id": item["id"], **data})
        rules = self.s.workspace.read(settings.load)
        live = [(i["id"], i["kind"], i["data"]) for i in stored]
        case["step"] = step(record, rules).value
        case["due"] = [
            {"what": d.what.value, "due": d.moment, "item_id": d.item_id or None}
            for d in sorted(derive_deadlines(record, live, rules), key=lambda d: d.due)
        ]
        case["items"] = grouped
        # Brothers and sisters placed elsewhere, as far as the user may see them.
        scope = None if self.s.user.has(Role.SUPERVISOR) else self.s.user.id
        group = record["sibling_group"]
        siblings = self.s.workspace.read(cases.siblings, group, scope) if group else []
        case["siblings"] = [sib for sib in siblings if sib["id"] != case_id]
        return case

    def redacted(self, item: dict) -> dict:
        """An entry's data as a user not entitled to its need-to-know fields sees it."""
        if item["kind"] != "assessment":
            return redact_item(item["kind"], item["data"])
        # A form marks its own need-to-know questions; their answers are hidden like the case's.
        data = item["data"]
        form = self.s.forms.get(data["form_id"], data["form_version"])
        hidden = {loc.field.name for loc in walk(form.fields) if loc.field.restricted}

        def reveals(expression: str) -> bool:
            return any(ref.name in hidden for ref in references(parse(expression)))

        # A calculation from a need-to-know answer is need-to-know too, and so on down the chain.
        calculated = [loc.field for loc in walk(form.fields) if loc.field.calculation]
        while grown := {f.name for f in calculated if f.name not in hidden and reveals(f.calculation)}:
            hidden |= grown
        answers = {k: (REDACTED if k in hidden else v) for k, v in data.get("answers", {}).items()}

        # A score or flag computed from need-to-know answers would tell them: hide it too.
        secret_scores = {s.name for s in form.scores if reveals(s.expression)}
        secret_flags = {f.name for f in form.flags if reveals(f.when)}
        scores = {k: (REDACTED if k in secret_scores else v) for k, v in data.get("scores", {}).items()}
        flags = [
            {"restricted": True} if flag["name"] in secret_flags else flag for flag in data.get("flags", [])
        ]
        return {**data, "answers": answers, "scores": scores, "flags": flags}

    # -- changing ----------------------------------------------------------------------------------
    def update(self, case_id: str, patch: dict) -> dict[str, int]:
        """Applies a patch: case fields, and lists of items by plural name (`persons`, `visits`...).

        An item without "id" is added; with "id", its given fields are changed; with
        "id" and "deleted": true, it is deleted. Returns what was done, counted.
        """
        if not isinstance(patch, dict):
            raise InvalidRecord(record=case_id, field="-", problem=problem("object"))
        pending = Pending()
        fields = {k: v for k, v in patch.items() if k not in PLURALS}
        if fields:
            edit = self.s.cases.prepare_edit(case_id, fields)

            def write_case(conn, stamp):
                edit(conn, stamp)  # audits its own change
                return []

            pending.writes.append(write_case)
            pending.count("case")
        # Consents first: a referral in the same patch may rely on a consent it adds.
        for plural in sorted(set(patch) & set(PLURALS), key=lambda p: (p != "consents", p)):
            entries = patch[plural]
            if not isinstance(entries, list):
                raise InvalidRecord(record=case_id, field=plural, problem=problem("list"))
            for n, entry in enumerate(entries, start=1):
                self._prepare_entry(case_id, PLURALS[plural], entry, f"{plural}[{n}]", pending)
        return self._commit(case_id, pending)

    def add(self, case_id: str, kind: str, data: dict) -> str:
        pending = Pending()
        item_id = self._prepare_add(case_id, kind, data, kind, pending)
        self._commit(case_id, pending)
        return item_id

    def change(self, item_id: str, changes: dict) -> None:
        item = self.item(item_id)
        pending = Pending()
        self._prepare_change(item, changes, item_id, pending)
        self._commit(item["case_id"], pending)

    def item(self, item_id: str) -> dict:
        """A stored item of a case the user may see."""
        item = self.s.workspace.read(items.get, item_id)
        if item is None or item["deleted"]:
            raise ItemNotFound(item_id=item_id)
        try:
            self.s.cases.load(item["case_id"], "case.read")
        except CaseNotFound:
            raise ItemNotFound(item_id=item_id) from None
        return item

    def _prepare_entry(self, case_id: str, kind: str, entry, label: str, pending: Pending) -> None:
        if not isinstance(entry, dict):
            raise InvalidRecord(record=label, field="-", problem=problem("object"))
        if "id" not in entry:
            self._prepare_add(case_id, kind, entry, label, pending)
            return
        item = self.item(str(entry["id"]))
        if item["case_id"] != case_id or item["kind"] != kind:
            raise ItemNotFound(item_id=str(entry["id"]))
        if entry.get("deleted") is True:
            self._prepare_delete(item, pending)
        else:
            self._prepare_change(item, {k: v for k, v in entry.items() if k != "id"}, label, pending)

    def _validate(self, kind: str, data: dict, label: str):
        model = KINDS[kind]
        try:
            return model.model_validate(data)
        except ValidationError as e:
            field_name, why = explain(e.errors()[0])
            raise InvalidRecord(record=label, field=field_name, problem=why) from None

    def _prepare_add(self, case_id: str, kind: str, data: dict, label: str, pending: Pending) -> str:
        if kind not in KINDS:
            raise InvalidRecord(record=label, field="kind", problem=problem("enum"))
        record = self.s.cases.load(case_id, "case.change")
        model = self._validate(kind, data, label)
        item_id = new_id()
        self._check(record, item_id, kind, model, set(model.model_fields_set), label, pending)
        values = model.model_dump(mode="json", exclude_none=True)
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            items.insert(conn, item_id, case_id, kind, values, device, stamp)
            return [audit.Entry(me, "create", item_id, {"case": case_id, "kind": kind})]

        pending.writes.append(write)
        pending.count(f"{kind} added")
        return item_id

    def _prepare_change(self, item: dict, changes: dict, label: str, pending: Pending) -> None:
        record = self.s.cases.load(item["case_id"], "case.change")
        kind = item["kind"]
        model = self._validate(kind, {**item["data"], **changes}, label)
        values = model.model_dump(mode="json", exclude_none=True)
        changed = {f for f in set(values) | set(item["data"]) if values.get(f) != item["data"].get(f)}
        self._check(record, item["id"], kind, model, changed, label, pending)
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            fields = items.update(conn, item["id"], values, device, stamp)
            if not fields:
                return []
            return [audit.Entry(me, "change", item["id"], {"case": item["case_id"], "fields": fields})]

        pending.writes.append(write)
        pending.count(f"{kind} changed")

    def _prepare_delete(self, item: dict, pending: Pending) -> None:
        record = self.s.cases.load(item["case_id"], "case.change")
        if item["kind"] == "transfer":
            raise InvalidRecord(record=item["id"], field="transfers", problem=problem("transfer_flow"))
        restricted = touches_restricted(item["kind"], set(item["data"]))
        if restricted and not self.s.cases.entitled(record):
            self.s.refuse("case.change", item["case_id"], RestrictedField(field=sorted(restricted)[0]))
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            items.tombstone(conn, item["id"], device, stamp)
            return [audit.Entry(me, "delete", item["id"], {"case": item["case_id"]})]

        pending.writes.append(write)
        pending.count(f"{item['kind']} deleted")

    def _commit(self, case_id: str, pending: Pending) -> dict[str, int]:
        device = self.s.workspace.device_id

        def write(conn, stamp):
            entries = []
            for one in pending.writes:
                entries += one(conn, stamp) or []
            deadlines.rebuild_case(conn, case_id)
            audit.append(conn, device, stamp, entries)

        if pending.writes:
            self.s.workspace.write(write)
        return pending.summary

    # -- the rules -----------------------------------------------------------------------------
    def _check(
        self, record: dict, item_id: str, kind: str, model, changed: set[str], label: str, pending: Pending
    ) -> None:
        """Refuses what the rules of DESIGN.md §11 do not allow, naming the rule."""
        if kind == "transfer":  # its steps are decided by who may take them (app/transfers.py)
            raise InvalidRecord(record=label, field="transfers", problem=problem("transfer_flow"))
        restricted = touches_restricted(kind, changed)
        if restricted and not self.s.cases.entitled(record):
            self.s.refuse("case.change", record["id"], RestrictedField(field=sorted(restricted)[0]))
        if kind == "consent":
            self._check_consent(record, model)
            pending.consents[item_id] = model
        elif kind == "referral" and changed & {"provider", "referred_on", "service"}:
            self._check_provider(record, model.provider)
            self.require_consent(record, Purpose.REFERRAL, model.provider, model.referred_on, pending.consents)
        elif kind == "attachment":
            stored = model.sha256 in pending.blobs or self.s.workspace.read(items.has_blob, model.sha256)
            if not stored:
                raise InvalidRecord(record=label, field="sha256", problem=problem("attachment_missing"))
            if model.photo:
                self.require_consent(record, Purpose.PHOTOGRAPHS, None, dt.date.today(), pending.consents)
        elif kind == "disclosure" and model.decided_by:
            self.s.cases.resolve_supervisor(model.decided_by)

    def _check_consent(self, record: dict, c: Consent) -> None:
        if c.override:
            self.s.cases.resolve_supervisor(c.override_supervisor)
            return
        rules = self.s.workspace.read(settings.load)
        age = child_age(record, c.given_on)
        band = consent_rules.band(age, rules.age_bands)
        if not consent_rules.view_recorded(c.child_view, band):
            raise ChildViewMissing(age=age, view=consent_rules.view_name(band))

    def require_consent(
        self, record: dict, purpose: Purpose, recipient: str | None, on: dt.date, pending: dict | None = None
    ) -> Consent:
        """The valid consent (or override) for a purpose, or a refusal naming what is missing.

        `pending` holds consents added or changed in the same change, by id: a consent
        withdrawn in a patch no longer counts for a referral in that patch.
        """
        stored = {
            i["id"]: Consent.model_validate(i["data"])
            for i in self.s.workspace.read(items.of_case, record["id"])
            if i["kind"] == "consent"
        }
        stored.update(pending or {})
        rules = self.s.workspace.read(settings.load)
        band = consent_rules.band(child_age(record, on), rules.age_bands)
        found = consent_rules.valid_for(stored.values(), purpose, recipient, band, on)
        if found is None:
            self.s.refuse(
                "consent.use",
                record["id"],
                ConsentMissing(purpose=consent_rules.purpose_name(purpose), recipient=recipient or "-"),
            )
        return found

    def _check_provider(self, record: dict, provider: str) -> None:
        listed = self.s.workspace.read(directory_store.providers, record["district"])
        if listed and provider not in listed:
            raise UnknownProvider(provider=provider, district=record["district"])

    def share(self, case_id: str, agency: str) -> None:
        """Checks that sharing with an agency is covered by a consent, and logs the sharing."""
        record = self.s.cases.load(case_id, "case.read")
        self.require_consent(record, Purpose.SHARING, agency, dt.date.today())
        self.s.log("share", case_id, {"agency": agency})

    # -- attachments -------------------------------------------------------------------------------
    def attach(self, case_id: str, path: Path, photo: bool = False, description: str | None = None) -> str:
        """Stores a file encrypted inside the workspace, by content hash, and lists it in the case."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise AttachmentTooLarge(megabytes=MAX_ATTACHMENT_MB)
            data = path.read_bytes()
        except OSError:
            raise InvalidInputFile(path=str(path)) from None
        digest = hashlib.sha256(data).hexdigest()
        pending = Pending()
        meta = {"name": path.name, "size": len(data), "sha256": digest, "photo": photo}
        if description:
            meta["description"] = description
        pending.blobs.add(digest)
        item_id = self._prepare_add(case_id, "attachment", meta, "attachment", pending)
        def write_blob(conn, _stamp):
            items.store_blob(conn, digest, data)
            return []

        pending.writes.insert(0, write_blob)
        self._commit(case_id, pending)
        return item_id

    def attachment_bytes(self, item_id: str) -> tuple[str, bytes]:
        item = self.item(item_id)
        if item["kind"] != "attachment":
            raise ItemNotFound(item_id=item_id)
        data = self.s.workspace.read(items.blob, item["data"]["sha256"])
        if data is None:
            raise ItemNotFound(item_id=item_id)
        self.s.log("view", item_id, {"case": item["case_id"]})
        return item["data"]["name"], data
