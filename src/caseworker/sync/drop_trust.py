"""What the office's drop service trusts without holding any workspace key: a document the office
signs (`caseworker office export-trust`) naming the office, the device certificates it issued
and its revocation list. The service checks every upload and every request against it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import NotCanonical, canonical, strict_loads
from caseworker.sync.identity import Identity, PublicIdentity, signed, verify_signed

KIND = "drop_trust"
MAX_FILE = 16 * 1024 * 1024  # thousands of certificates fit


@dataclass(frozen=True)
class Trust:
    office_id: str
    office_fingerprint: str
    office_keys: PublicIdentity
    devices: dict[str, PublicIdentity]  # device id -> keys, revoked devices left out
    revoked: frozenset[str]
    issued: str
    expires: dict[str, str] = field(default_factory=dict)  # device id -> its certificate's last day


def trust_document(office_doc: dict, office: Identity, office_id: str, certificates: list[dict],
                   revocations: dict) -> dict:
    body = {"kind": KIND, "format": documents.FORMAT, "office_id": office_id,
            "issued": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "certificates": certificates, "revocations": revocations}
    return {"office": office_doc, "trust": signed(body, office)}


def write(path: Path, document: dict) -> None:
    Path(path).write_bytes(canonical(document) + b"\n")


def read(path: Path) -> Trust:
    """The trust file, every signature checked; documents.Refused (a stable code) otherwise."""
    data = Path(path).read_bytes()
    if len(data) > MAX_FILE:
        raise documents.Refused("too_large")
    try:
        document = strict_loads(data.strip(), max_string=MAX_FILE)
    except NotCanonical as e:
        raise documents.Refused(e.reason) from None
    if not isinstance(document, dict) or not isinstance(document.get("office"), dict):
        raise documents.Refused("not_a_document")
    office = documents.read_office(document["office"])
    trust = document.get("trust")
    body = verify_signed(trust, office.keys) if isinstance(trust, dict) else None
    if body is None or body.get("kind") != KIND or body.get("office_id") != office.office_id:
        raise documents.Refused("bad_signature")
    revoked_body = documents.read_revocations(body.get("revocations") or {}, office.keys)
    revoked = frozenset(r["device_id"] for r in revoked_body["revoked"] if isinstance(r, dict))
    devices, expires = {}, {}
    for doc in body.get("certificates") or []:
        certificate = documents.read_certificate(doc, office.keys)
        if certificate.office_id == office.office_id and certificate.device_id not in revoked:
            devices[certificate.device_id] = certificate.keys
            expires[certificate.device_id] = certificate.expires
    return Trust(office.office_id, office.keys.fingerprint, office.keys, devices, revoked, str(body.get("issued")),
                 expires)
