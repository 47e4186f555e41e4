"""What a laptop does with the office's signed documents in a return bundle (the revocation
list, the account directory, its own renewed certificate), and what the office's
acknowledgement tells it of its own clock. The office's signature says who wrote them; these
checks say whether they can be true (docs/sync.md "The revocation list", "Certificates expire;
renewal", "A laptop whose clock runs ahead")."""

from __future__ import annotations

import datetime as dt

from caseworker.app import movement
from caseworker.app.enrolment import OWN_CERTIFICATE, REVOCATION_LIST
from caseworker.store import meta
from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import canonical, strict_loads
from caseworker.sync.container import BundleRejected

# A revocation list may be dated this many days ahead of the laptop's date (clocks differ), and
# its version may grow by at most this much between two lists a laptop receives (one per
# revocation: no office revokes a thousand laptops between two syncs of one of them).
REVOCATION_SKEW_DAYS = 2
REVOCATION_LEAP = 1000
# meta key of how far the laptop's clock runs ahead of the office's (hours), and from how many
# hours that is said (clocks differ a little; a wrong date or a year is the point).
CLOCK_AHEAD = "clock_ahead"
CLOCK_AHEAD_HOURS = 2


def apply(conn, document: dict, office_keys, device_id: str, stamp: int) -> None:
    """One control document of a return bundle, the office's signature checked against its keys."""
    body = document.get("body")
    kind = body.get("kind") if isinstance(body, dict) else None
    try:
        if kind == "device_certificate":
            _renewed(conn, documents.read_certificate(document, office_keys), document, office_keys)
        elif kind == "account_directory":
            movement.apply_directory(conn, document, office_keys, device_id, stamp)
        else:
            _revocations(conn, documents.read_revocations(document, office_keys), document)
    except documents.Refused:
        raise BundleRejected("record_invalid") from None


def _revocations(conn, body: dict, document: dict) -> None:
    """The newest list is kept. As TUF checks its metadata: never back in time, never a leap no
    office makes, never from the future (a list taken on any of these would hide a revocation
    for good); an older version, which a replayed bundle carries, is ignored."""
    if body["issued"] > (_today() + dt.timedelta(days=REVOCATION_SKEW_DAYS)).isoformat():
        raise BundleRejected("revocations_future")
    held = meta.get(conn, REVOCATION_LIST)
    if held:
        held_body = strict_loads(held.encode())["body"]
        if held_body["version"] >= body["version"]:
            return
        if body["issued"] < held_body["issued"]:
            raise BundleRejected("revocations_older")
        if body["version"] > held_body["version"] + REVOCATION_LEAP:
            raise BundleRejected("revocations_leap")
    elif body["version"] > REVOCATION_LEAP:
        raise BundleRejected("revocations_leap")
    meta.put(conn, REVOCATION_LIST, canonical(document).decode())


def _renewed(conn, renewed: documents.Certificate, document: dict, office_keys) -> None:
    """This laptop's certificate, renewed by the office: kept when it names this device and its
    keys and expires later than the one held (an older one, replayed, is ignored)."""
    held = documents.read_certificate(strict_loads(meta.get(conn, OWN_CERTIFICATE).encode()), office_keys)
    if renewed.device_id != held.device_id or renewed.keys.fingerprint != held.keys.fingerprint:
        raise BundleRejected("record_invalid")
    if renewed.expires > held.expires:
        meta.put(conn, OWN_CERTIFICATE, canonical(document).decode())


def clock_ahead(conn, office_id: str, ack: dict) -> int | None:
    """Hours this laptop's clock is at least ahead of the office's, or None: the laptop wrote
    its bundle (its own clock) before the office took it in (the office's clock, in the
    acknowledgement), so a bundle written "after" it arrived proves the laptop's clock ahead."""
    latest, arrived = ack.get("latest"), ack.get("latest_at")
    if type(latest) is not int or not isinstance(arrived, str):
        return None
    row = conn.execute("SELECT created FROM outbox WHERE recipient = ? AND sequence = ?",
                       (office_id, latest)).fetchone()
    try:
        ahead = dt.datetime.fromisoformat(row[0]) - dt.datetime.fromisoformat(arrived) if row else None
    except (ValueError, TypeError):
        return None
    if ahead is None or ahead <= dt.timedelta(hours=CLOCK_AHEAD_HOURS):
        return None
    return int(ahead.total_seconds() // 3600)


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
