"""The records a bundle carries, checked one by one before anything is applied: their shape,
their clocks, and their values against the same models and limits the workspace checks its own
edits with. A record that fails makes the whole bundle fail (nothing is applied). What a sender
may say is checked apart, as the records merge (sync/authority.py)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from typing import Any

from pydantic import ValidationError

from caseworker.domain.accounts import Role, check_name
from caseworker.domain.case import CASE_FIELDS, CaseInput, ClosureReason
from caseworker.domain.clock import FieldValue
from caseworker.domain.common import stored_form
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.items import KINDS
from caseworker.domain.services import MAX_ATTACHMENT_BYTES
from caseworker.store import audit, clocks
from caseworker.sync.container import BundleRejected

CASE, ITEM, CONFLICT, CONTROL, BLOB, FORM = "case", "item", "conflict", "control", "blob", "form"
ACCOUNT = "account"
AUDIT = "audit"
_AUDIT_TEXT = ("device", "at", "action", "detail", "prev", "hash")
ID_CHARS = set("0123456789abcdef-")
_ID = re.compile(r"[0-9a-f-]{1,64}")  # ids, device ids, hashes: checked 50,000 times a bundle
_HEX = set("0123456789abcdef")
# A clock counts edits; no honest one comes near this (and it stays exact in every JSON reader).
MAX_COUNT = 2**53
MAX_STAMP = 2**62
_CASE_CLOCK_NAMES = frozenset({*CASE_FIELDS, clocks.DEFAULT, clocks.DELETED})
_MAX_FIELD_NAME = 100
# The case's own fields as CaseInput checks them; the others are checked by what they hold.
_CONTENT_FIELDS = tuple(f for f in CaseInput.model_fields if f in CASE_FIELDS and f not in ("assigned_to",
                                                                                            "supervisor"))
_ACCOUNT_IDS = ("assigned_to", "created_by", "supervisor", "closure_approved_by")
_STATUSES = frozenset({"open", "closed"})
# Every live case has these (a registration requires them; a merge keeps a value of each).
_REQUIRED = ("surname", "given_name", "sex", "birth_year", "district", "assigned_to", "created_by", "status")
_CLOSURE_REASONS = frozenset(r.value for r in ClosureReason)


def _id(value: Any) -> str:
    if not isinstance(value, str) or _ID.fullmatch(value) is None:
        raise BundleRejected("record_invalid")
    return value


def _vector(value: Any) -> dict:
    if not isinstance(value, dict):
        raise BundleRejected("record_invalid")
    for device, count in value.items():
        _id(device)
        if type(count) is not int or not 0 <= count <= MAX_COUNT:
            raise BundleRejected("record_invalid")
    return value


def _entry(entry: Any) -> list:
    """One field's clock: [vector {device: count}, stamp, device]."""
    if not (isinstance(entry, list) and len(entry) == 3 and type(entry[1]) is int and 0 <= entry[1] <= MAX_STAMP
            and isinstance(entry[2], str) and len(entry[2]) <= 64):
        raise BundleRejected("record_invalid")
    _vector(entry[0])
    return entry


def _clocks(value: Any, names: frozenset[str] | None = None) -> dict:
    """{field: [vector, stamp, device]}; for a case, its fields' names only."""
    if not isinstance(value, dict) or not value:
        raise BundleRejected("record_invalid")
    for name, entry in value.items():
        if (names is not None and name not in names) or len(name) > _MAX_FIELD_NAME:
            raise BundleRejected("record_invalid")
        _entry(entry)
    return value


def field_value(text: Any) -> FieldValue:
    """One side of a conflict as stored: the canonical JSON of [value, vector, stamp, device]."""
    if not isinstance(text, str) or len(text) > 1_000_000:
        raise BundleRejected("record_invalid")
    try:
        parsed = json.loads(text)
    except ValueError:
        raise BundleRejected("record_invalid") from None
    if not isinstance(parsed, list) or len(parsed) != 4:
        raise BundleRejected("record_invalid")
    value, vector, stamp, device = parsed
    _entry([vector, stamp, device])
    side = FieldValue(value, vector, stamp, device)
    if side.canonical().decode() != text:
        raise BundleRejected("record_invalid")  # one spelling: the id is derived from these bytes
    return side


def _conflict(record: dict) -> dict:
    if set(record) != {"t", "id", "record_kind", "record_id", "field", "kept", "lost", "found_at", "resolved_at",
                       "resolved_by"}:
        raise BundleRejected("record_invalid")
    _id(record["record_id"])
    name = record["field"]
    if record["record_kind"] not in (CASE, ITEM) or not isinstance(name, str) or not 1 <= len(name) <= 100:
        raise BundleRejected("record_invalid")
    if record["record_kind"] == CASE and name not in _CASE_CLOCK_NAMES - {clocks.DEFAULT}:
        raise BundleRejected("record_invalid")
    # Its id was derived from the two values as they met (the kept one's clock has since joined
    # both), so it cannot be worked out again here: it is only checked for its form.
    if not isinstance(record["id"], str) or len(record["id"]) != 64 or not set(record["id"]) <= _HEX:
        raise BundleRejected("record_invalid")
    field_value(record["kept"])
    field_value(record["lost"])
    if not isinstance(record["found_at"], str) or len(record["found_at"]) > 40:
        raise BundleRejected("record_invalid")
    for key in ("resolved_at", "resolved_by"):
        if record[key] is not None and not (isinstance(record[key], str) and len(record[key]) <= 200):
            raise BundleRejected("record_invalid")
    return record


def _blob(record: dict) -> dict:
    digest, data = record.get("sha256"), record.get("data")
    if set(record) != {"t", "sha256", "data"} or not isinstance(digest, str) or not isinstance(data, str):
        raise BundleRejected("record_invalid")
    if len(data) > (MAX_ATTACHMENT_BYTES + 2) // 3 * 4:  # base64 of the largest file a case may hold
        raise BundleRejected("record_too_large")
    try:
        content = base64.b64decode(data, validate=True)
    except (ValueError, binascii.Error):
        raise BundleRejected("record_invalid") from None
    if hashlib.sha256(content).hexdigest() != digest:
        raise BundleRejected("record_invalid")
    return record


def _account(record: dict) -> dict:
    if set(record) != {"t", "id", "name", "roles", "deleted"} or not isinstance(record["deleted"], bool):
        raise BundleRejected("record_invalid")
    _id(record["id"])
    if not isinstance(record["name"], str):
        raise BundleRejected("record_invalid")
    try:
        check_name(record["name"])
    except CaseworkerError:
        raise BundleRejected("record_invalid") from None
    roles = record["roles"]
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles) or not set(roles) <= {
            r.value for r in Role}:
        raise BundleRejected("record_invalid")
    return record


def _audit(record: dict) -> dict:
    if set(record) != {"t", *audit.COLUMNS}:
        raise BundleRejected("record_invalid")
    if not all(isinstance(record[k], str) and len(record[k]) <= 100_000 for k in _AUDIT_TEXT):
        raise BundleRejected("record_invalid")
    if not (type(record["seq"]) is int and record["seq"] >= 1 and type(record["stamp"]) is int):
        raise BundleRejected("record_invalid")
    if not all(record[k] is None or isinstance(record[k], str) for k in ("actor", "record")):
        raise BundleRejected("record_invalid")
    if not audit.entry_holds(record):
        raise BundleRejected("record_invalid")
    return record


def _as_stored(model: type, values: dict, exclude_none: bool) -> dict:
    """The values as the model stores them (a case keeps its empty values, an entry leaves them
    out); a value that is not spelt the way the model writes it (a year as text, a date as a
    number) is refused, not read another way."""
    try:
        return stored_form(model).model_validate(values).model_dump(mode="json", exclude_unset=True,
                                                                    exclude_none=exclude_none)
    except (ValidationError, TypeError, ValueError):
        raise BundleRejected("record_invalid") from None


def _case_fields(fields: dict, deleted: bool) -> None:
    """A case's values, as stored: its own fields by the model a registration is checked with,
    the accounts by their ids, the program's own fields by what they may hold. A tombstone keeps
    no content."""
    if set(fields) != set(CASE_FIELDS):
        raise BundleRejected("record_invalid")
    if deleted:
        # (a list field reads back empty, not as nothing)
        if any(v is not None and v != [] for v in fields.values()):
            raise BundleRejected("record_invalid")
        return
    content = {k: fields[k] for k in _CONTENT_FIELDS if fields[k] is not None}
    if _as_stored(CaseInput, content, exclude_none=False) != content:
        raise BundleRejected("record_invalid")
    for name in _REQUIRED:
        if fields[name] is None:
            raise BundleRejected("record_invalid")
    for name in _ACCOUNT_IDS:
        if fields[name] is not None:
            _id(fields[name])
    if not isinstance(fields["status"], str) or fields["status"] not in _STATUSES:
        raise BundleRejected("record_invalid")
    reason = fields["closure_reason"]
    if reason is not None and not (isinstance(reason, str) and reason in _CLOSURE_REASONS):
        raise BundleRejected("record_invalid")
    for name in ("registered_at", "closed_on"):
        if fields[name] is not None and not (isinstance(fields[name], str) and len(fields[name]) <= 40):
            raise BundleRejected("record_invalid")
    if fields["closed_on"] is not None:
        try:
            dt.date.fromisoformat(fields["closed_on"])
        except ValueError:
            raise BundleRejected("record_invalid") from None


def _item_fields(kind: str, fields: dict, deleted: bool) -> None:
    if deleted:
        if fields:
            raise BundleRejected("record_invalid")  # a tombstone keeps no content
        return
    if _as_stored(KINDS[kind], fields, exclude_none=True) != fields:
        raise BundleRejected("record_invalid")


def check(record: dict) -> dict:
    """The record if it is well formed, else BundleRejected("record_invalid")."""
    kind = record.get("t")
    if kind == CONFLICT:
        return _conflict(record)
    if kind == FORM:  # loaded and checked by the importer, as any form is
        if set(record) - {"t", "definition", "override_reason"} or not isinstance(record.get("definition"), dict):
            raise BundleRejected("record_invalid")
        if record.get("override_reason") is not None and not isinstance(record["override_reason"], str):
            raise BundleRejected("record_invalid")
        return record
    if kind == BLOB:  # an attachment's bytes must be what their name (their hash) says
        return _blob(record)
    if kind == AUDIT:  # one entry of the sending laptop's audit log, its hash its own content's
        return _audit(record)
    if kind == ACCOUNT:  # one of the sending laptop's accounts: never a password or a key
        return _account(record)
    if kind == CONTROL:  # its signature is checked by the importer, against the office's key
        if set(record) != {"t", "document"} or not isinstance(record["document"], dict):
            raise BundleRejected("record_invalid")
        return record
    if kind == CASE:
        if set(record) != {"t", "id", "origin", "deleted", "fields", "clocks"}:
            raise BundleRejected("record_invalid")
    elif kind == ITEM:
        if set(record) != {"t", "id", "case_id", "kind", "origin", "deleted", "fields", "clocks"}:
            raise BundleRejected("record_invalid")
    else:
        raise BundleRejected("record_invalid")
    _id(record["id"])
    _id(record["origin"])
    if not isinstance(record["deleted"], bool) or not isinstance(record["fields"], dict):
        raise BundleRejected("record_invalid")
    if kind == CASE:
        _clocks(record["clocks"], _CASE_CLOCK_NAMES)
        _case_fields(record["fields"], record["deleted"])
        return record
    _id(record["case_id"])
    if not isinstance(record["kind"], str) or record["kind"] not in KINDS:
        raise BundleRejected("record_invalid")
    _clocks(record["clocks"])
    _item_fields(record["kind"], record["fields"], record["deleted"])
    return record


# An honest program writes each record once (replicas.changed_since); the same file's bytes
# may come twice from an older program (two entries naming one scan), a few times at most.
MAX_REPEATED_FILES = 100


class Once:
    """Each record of a bundle once: a bundle holding one valid record two million times (25 KB
    compressed, a minute of work) is refused at its second copy (`record_repeated`)."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()
        self.repeated_files = 0

    def first(self, record: dict) -> bool:
        """Whether to apply the record (False: the same file's bytes again, already stored)."""
        kind = record["t"]
        if kind == BLOB:
            key = (kind, record["sha256"])
            if key in self.seen:
                self.repeated_files += 1
                if self.repeated_files > MAX_REPEATED_FILES:
                    raise BundleRejected("record_repeated")
                return False
        elif kind in (CASE, ITEM, CONFLICT, ACCOUNT):
            key = (kind, record["id"])
            if key in self.seen:
                raise BundleRejected("record_repeated")
        else:
            return True  # audit entries chain one to the next; forms and control documents are few
        self.seen.add(key)
        return True
