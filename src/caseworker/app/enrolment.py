"""Enrolment: the office's identity, a laptop's request, the office's approval with the
fingerprint the admin was told, the laptop's completion with the office's fingerprint, and
revocation (BUNDLES.md "Keys and trust"). Every step is the admin's, and audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseworker.domain.accounts import Role
from caseworker.domain.errors import (
    AlreadyEnrolled,
    DeviceNotFound,
    DeviceRevoked,
    DistrictNotPlain,
    EnrolmentFileInvalid,
    FingerprintMismatch,
    InvalidInputFile,
    NotALaptop,
    NotAnOffice,
    NotTheExpectedOffice,
)
from caseworker.domain.ids import is_plain_name
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.store import audit, identities, meta
from caseworker.store.files import write_atomic
from caseworker.sync import enrolment as documents
from caseworker.sync import recovery
from caseworker.sync.canonical import canonical, strict_loads
from caseworker.sync.identity import Identity, same_fingerprint

OFFICE_KIND, LAPTOP_KIND = "office", "laptop"
TRUSTED_OFFICE, OWN_CERTIFICATE = "trusted_office", "own_certificate"  # meta keys on a laptop
REVOCATION_VERSION = "revocation_version"  # on the office: the version of its revocation list
REVOCATION_LIST = "revocation_list"  # on a laptop: the newest signed list received

# What a refused file is, and why, in words.
WHAT = {
    "request": QT_TRANSLATE_NOOP("Messages", "enrolment request"),
    "approval": QT_TRANSLATE_NOOP("Messages", "enrolment approval"),
}
REASONS = {
    "too_large": QT_TRANSLATE_NOOP("Messages", "the file is too large"),
    "bad_signature": QT_TRANSLATE_NOOP("Messages", "its signature does not match its contents"),
    "wrong_kind": QT_TRANSLATE_NOOP("Messages", "it is another kind of file"),
    "unsupported_format": QT_TRANSLATE_NOOP("Messages", "it was written by a newer version of the program"),
    "wrong_office": QT_TRANSLATE_NOOP("Messages", "its certificate is from another office"),
    "not_this_device": QT_TRANSLATE_NOOP("Messages", "its certificate is for another laptop"),
    "bad_id": QT_TRANSLATE_NOOP("Messages", "a device or office id in it is not written as the program writes ids"),
    "bad_name": QT_TRANSLATE_NOOP("Messages", "a name in it holds control characters, / or \\"),
}
DAMAGED = QT_TRANSLATE_NOOP("Messages", "the file is damaged or incomplete")


def _read(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as f:
            return f.read(documents.MAX_FILE + 1)  # more than this is refused as too large
    except OSError:
        raise InvalidInputFile(path=str(path)) from None


# `device list` marks certificates that expire within this many days (renew them then).
EXPIRY_WARNING_DAYS = 60


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class Enrolment:
    def __init__(self, session) -> None:
        self.s = session

    def _refused(self, path: Path, what: str, reason: str) -> EnrolmentFileInvalid:
        words = Message(f"enrol.reason.{reason}", REASONS.get(reason, DAMAGED))
        return EnrolmentFileInvalid(path=str(path), what=Message(f"enrol.what.{what}", WHAT[what]), reason=words)

    # -- the office ------------------------------------------------------------------------------
    def office_identity(self) -> Identity:
        """The office's root identity, made the first time it is needed (at `init --office`)."""
        if self.s.kind != OFFICE_KIND:
            raise NotAnOffice()
        return self._own(identities.OFFICE)

    def office_fingerprint(self) -> str:
        return self.office_identity().public.fingerprint

    def approve(self, request_path: Path, expected: str, out: Path) -> dict:
        """Signs a device certificate if the request's fingerprint is the one the admin was told,
        writes the approval file for the laptop, and returns the device's row."""
        self.s.require("device.enrol", Role.ADMIN)
        office = self.office_identity()
        try:
            request = documents.read_request(_read(request_path))
        except documents.Refused as e:
            raise self._refused(request_path, "request", e.reason) from None
        if not same_fingerprint(expected, request.keys.fingerprint):
            self.s.log("enrol_refused", request.device_id, {"reason": "fingerprint"})
            raise FingerprintMismatch(path=str(request_path), actual=request.keys.fingerprint, expected=expected)
        known = self.s.workspace.read(identities.device, request.device_id)
        if known and known["revoked_at"]:
            raise DeviceRevoked(device_id=request.device_id, on=known["revoked_at"][:10])
        office_id = self.s.workspace.keys.workspace_id
        name = self.s.workspace.keys.office_name or ""
        today = _today()

        def write(conn, _stamp):
            serial = identities.next_serial(conn)
            certificate = documents.certificate_document(office, office_id, request, serial, today)
            row = {
                "device_id": request.device_id, "serial": serial, "district": request.district,
                "fingerprint": request.keys.fingerprint, "certificate": canonical(certificate).decode(),
                "approved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "approved_by": self.s.user.id,
            }
            if known:  # a laptop that asks again gets a new certificate for its new keys
                conn.execute("DELETE FROM devices WHERE device_id = ?", (request.device_id,))
            identities.add_device(conn, row)
            return certificate, row

        certificate, row = self.s.workspace.write(write)
        self.s.log("device_enrol", request.device_id, {"serial": row["serial"], "district": request.district})
        approval = documents.approval_document(certificate, documents.office_document(office_id, name, office))
        write_atomic(Path(out), documents.to_bytes(approval))
        return row

    def devices(self) -> list[dict]:
        """The enrolled devices, each with its certificate's expiry and whether it falls within
        EXPIRY_WARNING_DAYS (the office's clock)."""
        self.s.require("device.enrol", Role.ADMIN)
        office = self.office_identity().public
        found = self.s.workspace.read(identities.devices)
        soon = (_today() + dt.timedelta(days=EXPIRY_WARNING_DAYS)).isoformat()
        for device in found:
            text = self.s.workspace.read(identities.certificate_of, device["device_id"])
            expires = documents.read_certificate(strict_loads(text.encode()), office).expires
            device["expires"] = expires
            device["expires_soon"] = expires <= soon
        return found

    def renew(self, device_id: str) -> documents.Certificate:
        """A new certificate for an enrolled device, its keys, serial and district unchanged and
        its dates new: no re-enrolment. It travels to the laptop in its next return bundle; the
        office believes the laptop's bundles by it at once."""
        self.s.require("device.enrol", Role.ADMIN)
        office = self.office_identity()
        device = self.s.workspace.read(identities.device, device_id)
        if device is None:
            raise DeviceNotFound(device_id=device_id)
        if device["revoked_at"]:
            raise DeviceRevoked(device_id=device_id, on=device["revoked_at"][:10])
        text = self.s.workspace.read(identities.certificate_of, device_id)
        old = documents.read_certificate(strict_loads(text.encode()), office.public)
        request = documents.Request(old.device_id, old.district, old.keys)
        document = documents.certificate_document(office, old.office_id, request, old.serial, _today())
        self.s.workspace.write(lambda conn, _stamp: identities.renew(conn, device_id, canonical(document).decode()))
        renewed = documents.read_certificate(document, office.public)
        self.s.log("device_renew", device_id, {"serial": old.serial, "expires": renewed.expires})
        return renewed

    def expired(self, device_id: str) -> str | None:
        """At the office: the day the device's certificate expired, by the office's clock and
        the office's own record of it (a renewal counts at once), or None while it holds."""
        text = self.s.workspace.read(identities.certificate_of, device_id)
        if text is None:
            return None
        expires = documents.read_certificate(strict_loads(text.encode()), self.office_identity().public).expires
        return expires if expires < _today().isoformat() else None

    def certificate_expires(self) -> str | None:
        """On a laptop: when its own certificate expires (None before enrolment)."""
        text = self.s.workspace.read(meta.get, OWN_CERTIFICATE)
        return strict_loads(text.encode())["body"]["expires"] if text else None

    def history(self, device_id: str) -> dict:
        """What the office received from a device and what it held, for deciding what to review
        after a laptop is lost or revoked: the bundles imported from it (oldest first), those
        refused (a refusal for a rule the program never breaks means the laptop is in the wrong
        hands), and the cases that lived on it (ids only)."""
        self.s.require("device.enrol", Role.ADMIN, Role.SUPERVISOR)
        if self.s.workspace.read(identities.device, device_id) is None:
            raise DeviceNotFound(device_id=device_id)

        def read(conn):
            bundles = [{"bundle_id": b, "sequence": n, "records": r, "imported_at": at} for b, n, r, at in conn.execute(
                "SELECT bundle_id, sequence, records, imported_at FROM bundles_in WHERE sender = ? ORDER BY sequence",
                (device_id,))]
            held = [r[0] for r in conn.execute(
                "SELECT case_id FROM routes WHERE device_id = ? AND left_at IS NULL ORDER BY case_id", (device_id,))]
            return {"device_id": device_id, "bundles": bundles, "refused": audit.refusals(conn, device_id),
                    "audit_forks": audit.forks(conn, device_id), "cases_held": held}

        return self.s.workspace.read(read)

    def revoke(self, device_id: str, reason: str) -> None:
        self.s.require("device.revoke", Role.ADMIN)
        if self.s.kind != OFFICE_KIND:
            raise NotAnOffice()
        device = self.s.workspace.read(identities.device, device_id)
        if device is None:
            raise DeviceNotFound(device_id=device_id)
        if device["revoked_at"]:
            return
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

        def write(conn, _stamp):
            identities.revoke(conn, device_id, at, self.s.user.id, reason)
            # The signed list that travels to every laptop gets a higher version.
            meta.put(conn, REVOCATION_VERSION, str(int(meta.get(conn, REVOCATION_VERSION) or 0) + 1))

        self.s.workspace.write(write)
        self.s.log("device_revoke", device_id, {"reason": reason})

    # -- a laptop --------------------------------------------------------------------------------
    def request(self, district: str, out: Path) -> str:
        """Writes this laptop's enrolment request; returns its fingerprint, for the person setting
        up the laptop to read to the office's admin."""
        self.s.require("device.enrol", Role.ADMIN)
        if self.s.kind != LAPTOP_KIND:
            raise NotALaptop()
        if district and not is_plain_name(district):
            raise DistrictNotPlain()  # the office refuses such a request: say so here, first
        identity = self._own(identities.DEVICE)
        document = documents.request_document(self.s.workspace.device_id, district, identity, _today())
        write_atomic(Path(out), documents.to_bytes(document))
        self.s.log("enrol_request", detail={"fingerprint": identity.public.fingerprint})
        return identity.public.fingerprint

    def complete(self, approval_path: Path, office_fingerprint: str) -> documents.Certificate:
        """Trusts the office whose fingerprint the person setting up the laptop was given."""
        self.s.require("device.enrol", Role.ADMIN)
        if self.s.kind != LAPTOP_KIND:
            raise NotALaptop()
        trusted = self.trusted_office()
        if trusted is not None:
            raise AlreadyEnrolled(office=trusted.name)
        try:
            office, certificate = documents.read_approval(_read(approval_path))
        except documents.Refused as e:
            raise self._refused(approval_path, "approval", e.reason) from None
        if not same_fingerprint(office_fingerprint, office.keys.fingerprint):
            self.s.log("enrol_refused", detail={"reason": "office_fingerprint"})
            raise FingerprintMismatch(path=str(approval_path), actual=office.keys.fingerprint,
                                      expected=office_fingerprint)
        from caseworker.app.site import expected_office  # the office the site file named, if any

        expected = self.s.workspace.read(expected_office)
        if expected is not None and (expected.office_id, expected.keys) != (office.office_id, office.keys):
            self.s.log("enrol_refused", detail={"reason": "not_expected_office"})
            raise NotTheExpectedOffice(path=str(approval_path))
        own = self._own(identities.DEVICE).public
        if certificate.device_id != self.s.workspace.device_id or certificate.keys != own:
            raise self._refused(approval_path, "approval", "not_this_device")

        def write(conn, _stamp):
            meta.put(conn, TRUSTED_OFFICE, canonical(office.document).decode())
            meta.put(conn, OWN_CERTIFICATE, canonical(certificate.document).decode())

        self.s.workspace.write(write)
        # The office can reopen this workspace if every password here is forgotten (two of
        # its administrators together, audited): the data key, wrapped for the office.
        ws = self.s.workspace
        wrap = recovery.wrap(ws.data_key, office.keys, ws.keys.workspace_id)
        ws.keys.update(ws.folder, lambda keys: setattr(keys, "recovery", wrap))
        self.s.log("enrol_complete", detail={"office": office.office_id, "serial": certificate.serial})
        return certificate

    def revocation_list(self) -> dict:
        """The office's current list of revoked devices, signed and versioned (a control
        document that travels in every return bundle)."""
        office = self.office_identity()
        ws = self.s.workspace

        def read(conn):
            version = int(meta.get(conn, REVOCATION_VERSION) or 0)
            revoked = [{"device_id": d["device_id"], "fingerprint": d["fingerprint"], "revoked_at": d["revoked_at"]}
                       for d in identities.devices(conn) if d["revoked_at"]]
            return version, revoked

        version, revoked = ws.read(read)
        return documents.revocation_document(office, ws.keys.workspace_id, version, revoked, _today())

    def held_revocations(self) -> dict | None:
        """On a laptop: the newest revocation list received from the office (its body)."""
        text = self.s.workspace.read(meta.get, REVOCATION_LIST)
        return strict_loads(text.encode())["body"] if text else None

    def revocations_are_old(self, today: dt.date | None = None, days: int = 60) -> bool:
        """BUNDLES.md: a laptop warns when its newest revocation list is more than 60 days old
        (or when it has none though it is enrolled), so a frozen office does not go unnoticed."""
        if self.trusted_office() is None:
            return False
        held = self.held_revocations()
        if held is None:
            return True
        issued = dt.date.fromisoformat(held["issued"])
        return ((today or _today()) - issued).days > days

    def trusted_office(self) -> documents.Office | None:
        text = self.s.workspace.read(meta.get, TRUSTED_OFFICE)
        return documents.read_office(strict_loads(text.encode())) if text else None

    def device_identity(self) -> Identity:
        """This laptop's own keys (made at its first enrolment request)."""
        if self.s.kind != LAPTOP_KIND:
            raise NotALaptop()
        return self._own(identities.DEVICE)

    # -- keys --------------------------------------------------------------------------------------
    def _own(self, role: str) -> Identity:
        stored = self.s.workspace.read(identities.own, role)
        if stored is not None:
            return Identity.from_private_record(stored)
        identity = Identity.generate()
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.s.workspace.write(
            lambda conn, _s: identities.put_own(conn, role, identity.private_record(), identity.public.record(),
                                                created)
        )
        self.s.log("identity_created", detail={"role": role, "fingerprint": identity.public.fingerprint})
        return identity
