"""The documents of enrolment, as files that travel between a laptop and the office:

- the office's identity (its public keys and name, signed by itself);
- an enrolment request (a laptop's public keys, signed by the laptop: it holds the keys);
- an approval: the device certificate the office signed, with the office's identity.

Each is read with the strict JSON reader and checked completely before anything is kept.
The people at both ends compare fingerprints, read from the screens, before trusting a file.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from caseworker.domain.ids import is_id, is_plain_name
from caseworker.sync.canonical import NotCanonical, canonical, strict_loads
from caseworker.sync.identity import Identity, PublicIdentity, signed, verify_signed

FORMAT = 1
CERTIFICATE_YEARS = 5
MAX_FILE = 64 * 1024


class Refused(ValueError):
    """A document this program does not accept; `reason` is a stable code for the message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Office:
    office_id: str
    name: str
    keys: PublicIdentity
    document: dict  # as signed, kept to pass on


@dataclass(frozen=True)
class Request:
    device_id: str
    district: str
    keys: PublicIdentity


@dataclass(frozen=True)
class Certificate:
    office_id: str
    device_id: str
    district: str
    keys: PublicIdentity
    serial: int
    issued: str
    expires: str
    document: dict


def office_document(office_id: str, name: str, identity: Identity) -> dict:
    return signed(
        {"kind": "office_identity", "format": FORMAT, "office_id": office_id, "name": name,
         "keys": identity.public.record()},
        identity,
    )


def request_document(device_id: str, district: str, identity: Identity, today: dt.date) -> dict:
    return signed(
        {"kind": "enrolment_request", "format": FORMAT, "device_id": device_id, "district": district,
         "keys": identity.public.record(), "made": today.isoformat()},
        identity,
    )


def expiry(today: dt.date) -> dt.date:
    """CERTIFICATE_YEARS from today (a 29 February gives the 28th)."""
    try:
        return today.replace(year=today.year + CERTIFICATE_YEARS)
    except ValueError:
        return today.replace(year=today.year + CERTIFICATE_YEARS, day=28)


def certificate_document(office: Identity, office_id: str, request: Request, serial: int, today: dt.date) -> dict:
    """A device's certificate; renewed, the same device, keys, district and serial with new dates."""
    expires = expiry(today)
    return signed(
        {"kind": "device_certificate", "format": FORMAT, "office_id": office_id, "device_id": request.device_id,
         "district": request.district, "keys": request.keys.record(), "serial": serial,
         "issued": today.isoformat(), "expires": expires.isoformat()},
        office,
    )


def revocation_document(office: Identity, office_id: str, version: int, revoked: list[dict], today: dt.date) -> dict:
    """The office's signed revocation list; `version` only ever increases."""
    return signed(
        {"kind": "revocation_list", "format": FORMAT, "office_id": office_id, "version": version,
         "issued": today.isoformat(), "revoked": revoked},
        office,
    )


def read_revocations(document: dict, office: PublicIdentity) -> dict:
    body, _signer = _body(document, "revocation_list", keys_of=office)
    if not isinstance(body.get("version"), int) or not isinstance(body.get("revoked"), list):
        raise Refused("missing_field")
    _text(body, "issued")
    return body


def accounts_document(office: Identity, office_id: str, version: int, accounts: list[dict]) -> dict:
    """The office's signed directory of accounts ({id, name, roles, device, deleted}), so a laptop
    can show who a case is assigned to and who supervises it; `version` only ever increases."""
    return signed(
        {"kind": "account_directory", "format": FORMAT, "office_id": office_id, "version": version,
         "accounts": accounts},
        office,
    )


def read_accounts(document: dict, office: PublicIdentity) -> dict:
    body, _signer = _body(document, "account_directory", keys_of=office)
    if not isinstance(body.get("version"), int) or not isinstance(body.get("accounts"), list):
        raise Refused("missing_field")
    for account in body["accounts"]:
        if not isinstance(account, dict) or set(account) != {"id", "name", "roles", "device", "deleted"}:
            raise Refused("missing_field")
        _text(account, "id")
        _text(account, "name")
        _text(account, "device")
        if not isinstance(account["roles"], list) or not all(isinstance(r, str) for r in account["roles"]):
            raise Refused("missing_field")
        if not isinstance(account["deleted"], bool):
            raise Refused("missing_field")
    return body


def approval_document(certificate: dict, office: dict) -> dict:
    return {"kind": "enrolment_approval", "format": FORMAT, "certificate": certificate, "office": office}


def to_bytes(document: dict) -> bytes:
    return canonical(document) + b"\n"


# -- reading -------------------------------------------------------------------------------------
def _load(data: bytes) -> dict:
    if len(data) > MAX_FILE:
        raise Refused("too_large")
    try:
        document = strict_loads(data.strip())
    except NotCanonical as e:
        raise Refused(e.reason) from None
    if not isinstance(document, dict):
        raise Refused("not_a_document")
    return document


def _keys(body: dict) -> PublicIdentity:
    try:
        return PublicIdentity.from_record(body["keys"])
    except (KeyError, TypeError, ValueError):
        raise Refused("bad_keys") from None


def _body(document: dict, kind: str, keys_of=None) -> tuple[dict, PublicIdentity]:
    """The signed body, checked for kind and format and against the key that must have signed it."""
    body = document.get("body")
    if not isinstance(body, dict) or body.get("kind") != kind:
        raise Refused("wrong_kind")
    if body.get("format") != FORMAT:
        raise Refused("unsupported_format")
    signer = keys_of if keys_of is not None else _keys(body)
    if verify_signed(document, signer) is None:
        raise Refused("bad_signature")
    return body, (_keys(body) if "keys" in body else signer)


def _text(body: dict, name: str, may_be_empty: bool = False) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not (0 if may_be_empty else 1) <= len(value) <= 200:
        raise Refused("missing_field")
    return value


def _id(body: dict, name: str) -> str:
    """An id as the program writes them: it names files (`office-to-device-…`) and folders."""
    value = body.get(name)
    if not is_id(value):
        raise Refused("bad_id")
    return value


def _district(body: dict) -> str:
    value = _text(body, "district", may_be_empty=True)
    if value and not is_plain_name(value):
        raise Refused("bad_name")
    return value


def read_office(document: dict) -> Office:
    body, keys = _body(document, "office_identity")  # self-signed: proves it holds the keys
    name = _text(body, "name")
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise Refused("bad_name")
    return Office(_id(body, "office_id"), name, keys, document)


def read_request(data: bytes) -> Request:
    body, keys = _body(_load(data), "enrolment_request")
    return Request(_id(body, "device_id"), _district(body), keys)


def read_certificate(document: dict, office: PublicIdentity) -> Certificate:
    body, keys = _body(document, "device_certificate", keys_of=office)
    serial = body.get("serial")
    if not isinstance(serial, int) or serial < 1:
        raise Refused("missing_field")
    return Certificate(
        _id(body, "office_id"), _id(body, "device_id"), _district(body), keys, serial,
        _text(body, "issued"), _text(body, "expires"), document,
    )


def certificate_keys(document: dict) -> PublicIdentity:
    """The keys a certificate names, unchecked: for showing who signed a bundle. Whether the
    office stands behind them is `read_certificate`'s question."""
    body = document.get("body")
    if not isinstance(body, dict):
        raise Refused("not_a_document")
    return _keys(body)


def read_approval(data: bytes) -> tuple[Office, Certificate]:
    document = _load(data)
    if document.get("kind") != "enrolment_approval" or document.get("format") != FORMAT:
        raise Refused("wrong_kind")
    if not isinstance(document.get("office"), dict) or not isinstance(document.get("certificate"), dict):
        raise Refused("not_a_document")
    office = read_office(document["office"])
    certificate = read_certificate(document["certificate"], office.keys)
    if certificate.office_id != office.office_id:
        raise Refused("wrong_office")
    return office, certificate
