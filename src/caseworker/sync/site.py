"""The site file an office's admin puts next to the built program (`caseworker office package`):
the office's identity (the trust anchor) and the settings every laptop of that office starts
with, signed by the office. A laptop verifies it before anything is set up with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import NotCanonical, canonical, strict_loads
from caseworker.sync.identity import Identity, signed, verify_signed

KIND = "site"
FILE = "site.json"
MAX_FILE = 64 * 1024


@dataclass(frozen=True)
class Site:
    office: documents.Office
    settings: dict  # drop_url, drop_pin, language, idle_lock_minutes, backups_kept
    issued: str

    @property
    def fingerprint(self) -> str:
        return self.office.keys.fingerprint


def document(office_doc: dict, office: Identity, office_id: str, settings: dict) -> dict:
    body = {"kind": KIND, "format": documents.FORMAT, "office_id": office_id,
            "issued": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "settings": settings}
    return {"office": office_doc, "site": signed(body, office)}


def write(path: Path, doc: dict) -> None:
    Path(path).write_bytes(canonical(doc) + b"\n")


def read(path: Path) -> Site:
    """The site file, its signature checked against the office identity it carries (which
    signs itself); documents.Refused (a stable code) otherwise. Whether that office is the right
    one is for the person setting up the laptop to confirm, by its fingerprint."""
    data = Path(path).read_bytes()
    if len(data) > MAX_FILE:
        raise documents.Refused("too_large")
    try:
        doc = strict_loads(data.strip())
    except NotCanonical as e:
        raise documents.Refused(e.reason) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("office"), dict) or not isinstance(doc.get("site"), dict):
        raise documents.Refused("not_a_document")
    office = documents.read_office(doc["office"])
    body = verify_signed(doc["site"], office.keys)
    if body is None or body.get("kind") != KIND or body.get("office_id") != office.office_id:
        raise documents.Refused("bad_signature")
    if body.get("format") != documents.FORMAT or not isinstance(body.get("settings"), dict):
        raise documents.Refused("unsupported_format")
    return Site(office, body["settings"], str(body.get("issued")))
