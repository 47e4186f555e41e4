"""The records a bundle carries, checked one by one before anything is applied: their shape,
their clocks, and their values against the same models the workspace checks its own edits
with. A record that fails makes the whole bundle fail (nothing is applied)."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from pydantic import ValidationError

from caseworker.domain.accounts import Role, check_name
from caseworker.domain.case import CASE_FIELDS
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.items import KINDS
from caseworker.store import audit
from caseworker.sync.container import BundleRejected

CASE, ITEM, CONFLICT, CONTROL, BLOB, FORM = "case", "item", "conflict", "control", "blob", "form"
ACCOUNT = "account"
AUDIT = "audit"
_AUDIT_TEXT = ("device", "at", "action", "detail", "prev", "hash")
ID_CHARS = set("0123456789abcdef-")


def _id(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not set(value) <= ID_CHARS:
        raise BundleRejected("record_invalid")
    return value


def _clocks(value: Any) -> dict:
    """{field: [vector {device: count}, stamp, device]}."""
    if not isinstance(value, dict) or not value:
        raise BundleRejected("record_invalid")
    for entry in value.values():
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], dict)
                and isinstance(entry[1], int) and isinstance(entry[2], str)):
            raise BundleRejected("record_invalid")
        if not all(isinstance(k, str) and isinstance(n, int) and n >= 0 for k, n in entry[0].items()):
            raise BundleRejected("record_invalid")
    return value


def _conflict(record: dict) -> dict:
    if not isinstance(record.get("id"), str) or not set(record["id"]) <= ID_CHARS:
        raise BundleRejected("record_invalid")
    _id(record.get("record_id"))
    if record.get("record_kind") not in (CASE, ITEM) or not isinstance(record.get("field"), str):
        raise BundleRejected("record_invalid")
    for name in ("kept", "lost", "found_at"):
        if not isinstance(record.get(name), str) or len(record[name]) > 1_000_000:
            raise BundleRejected("record_invalid")
    for name in ("resolved_at", "resolved_by"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise BundleRejected("record_invalid")
    return record


def _blob(record: dict) -> dict:
    digest, data = record.get("sha256"), record.get("data")
    if set(record) != {"t", "sha256", "data"} or not isinstance(digest, str) or not isinstance(data, str):
        raise BundleRejected("record_invalid")
    try:
        content = base64.b64decode(data, validate=True)
    except ValueError:
        raise BundleRejected("record_invalid") from None
    if hashlib.sha256(content).hexdigest() != digest:
        raise BundleRejected("record_invalid")
    return record


def _account(record: dict) -> dict:
    if set(record) != {"t", "id", "name", "roles", "deleted"} or not isinstance(record["deleted"], bool):
        raise BundleRejected("record_invalid")
    _id(record["id"])
    try:
        check_name(record["name"])
    except CaseworkerError:
        raise BundleRejected("record_invalid") from None
    if not isinstance(record["roles"], list) or not set(record["roles"]) <= {r.value for r in Role}:
        raise BundleRejected("record_invalid")
    return record


def _audit(record: dict) -> dict:
    if set(record) != {"t", *audit.COLUMNS}:
        raise BundleRejected("record_invalid")
    if not all(isinstance(record[k], str) and len(record[k]) <= 100_000 for k in _AUDIT_TEXT):
        raise BundleRejected("record_invalid")
    if not (isinstance(record["seq"], int) and record["seq"] >= 1 and isinstance(record["stamp"], int)):
        raise BundleRejected("record_invalid")
    if not all(record[k] is None or isinstance(record[k], str) for k in ("actor", "record")):
        raise BundleRejected("record_invalid")
    if not audit.entry_holds(record):
        raise BundleRejected("record_invalid")
    return record


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
    _id(record.get("id"))
    _id(record.get("origin"))
    _clocks(record.get("clocks"))
    if not isinstance(record.get("deleted"), bool) or not isinstance(record.get("fields"), dict):
        raise BundleRejected("record_invalid")
    fields = record["fields"]
    if kind == CASE:
        if set(fields) - set(CASE_FIELDS):
            raise BundleRejected("record_invalid")
        if not record["deleted"] and not (isinstance(fields.get("surname"), str) and fields["surname"]):
            raise BundleRejected("record_invalid")
        return record
    if kind == ITEM:
        _id(record.get("case_id"))
        if record.get("kind") not in KINDS:
            raise BundleRejected("record_invalid")
        if not record["deleted"]:
            try:
                KINDS[record["kind"]].model_validate(fields)
            except ValidationError:
                raise BundleRejected("record_invalid") from None
        return record
    raise BundleRejected("record_invalid")
