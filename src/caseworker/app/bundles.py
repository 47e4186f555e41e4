"""Bundles between a laptop and its office (BUNDLES.md): export of every change not yet sent,
kept in the outbox until acknowledged and re-sent byte-identical; import with the checks in
the order BUNDLES.md gives, one transaction per bundle, and quarantine with a reason for
every refusal; conflicts kept for a supervisor."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from caseworker.app.enrolment import OWN_CERTIFICATE
from caseworker.domain.accounts import Role
from caseworker.domain.errors import BundleRefused, NotEnrolled
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.store import audit, identities, meta, migrations, replicas
from caseworker.store.files import write_atomic
from caseworker.sync import container, records
from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import strict_loads
from caseworker.sync.container import BundleRejected
from caseworker.sync.identity import Identity

OUTBOX, QUARANTINE = "outbox", "quarantine"
ANY_ROLE = (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN)

# Why a bundle was refused, by code (docs/bundle-format.md lists them).
REASONS = {
    "too_large": QT_TRANSLATE_NOOP("Messages", "the file is larger than any bundle may be"),
    "not_a_bundle": QT_TRANSLATE_NOOP("Messages", "the file is not a bundle"),
    "unsupported_format": QT_TRANSLATE_NOOP("Messages", "it was written by a newer version of the program"),
    "header_too_large": QT_TRANSLATE_NOOP("Messages", "its header is larger than allowed"),
    "truncated": QT_TRANSLATE_NOOP("Messages", "the file is cut short"),
    "extra_bytes": QT_TRANSLATE_NOOP("Messages", "bytes were added to the end of the file"),
    "header_invalid": QT_TRANSLATE_NOOP("Messages", "its header is damaged or forged"),
    "unknown_sender": QT_TRANSLATE_NOOP("Messages", "it comes from a device this office did not enrol"),
    "other_office": QT_TRANSLATE_NOOP("Messages", "it was made for another office"),
    "revoked": QT_TRANSLATE_NOOP("Messages", "it comes from a device that was revoked"),
    "kind_not_allowed": QT_TRANSLATE_NOOP("Messages", "its sender may not send this kind of bundle"),
    "bad_signature": QT_TRANSLATE_NOOP("Messages", "its signature does not match its contents"),
    "not_for_us": QT_TRANSLATE_NOOP("Messages", "it is addressed to another workspace"),
    "payload_damaged": QT_TRANSLATE_NOOP("Messages", "its contents are damaged"),
    "payload_too_large": QT_TRANSLATE_NOOP("Messages", "its contents unpack to more than is allowed"),
    "record_too_large": QT_TRANSLATE_NOOP("Messages", "one of its records is larger than allowed"),
    "record_invalid": QT_TRANSLATE_NOOP("Messages", "one of its records is not valid"),
    "forwarded": QT_TRANSLATE_NOOP("Messages", "its contents were made for another sender or recipient"),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read"),
}


def reason_code(rejected: BundleRejected) -> str:
    code = rejected.reason
    return "header_invalid" if code.startswith("header_") and code != "header_too_large" else code


@dataclass(frozen=True)
class Imported:
    path: Path
    already: bool
    new: int = 0
    changed: int = 0
    conflicts: int = 0
    sender: str = ""


@dataclass(frozen=True)
class Exported:
    paths: list[Path]
    new: Path | None  # None: nothing new to send (waiting bundles were copied again)


class Bundles:
    def __init__(self, session) -> None:
        self.s = session

    # -- export (a laptop) -----------------------------------------------------------------------
    def export(self, to: Path) -> Exported:
        """Writes a bundle of every change not yet sent to the office, then copies every bundle
        the office has not acknowledged into `to` (a stick, a shared folder)."""
        self.s.require("bundle.export", *ANY_ROLE)
        enrolment = self.s.enrolment
        office = enrolment.trusted_office()
        certificate = self.s.workspace.read(meta.get, OWN_CERTIFICATE)
        if office is None or certificate is None:
            raise NotEnrolled()
        identity = enrolment.device_identity()
        ws, recipient = self.s.workspace, office.office_id
        outbox = ws.folder / OUTBOX
        outbox.mkdir(mode=0o700, exist_ok=True)

        def write(conn, stamp):
            last = conn.execute(
                "SELECT sequence, up_to, sha256 FROM outbox WHERE recipient = ? ORDER BY sequence DESC LIMIT 1",
                (recipient,),
            ).fetchone()
            sequence, since, previous = (last[0] + 1, last[1], last[2]) if last else (1, 0, None)
            up_to = replicas.latest_change(conn)
            if up_to <= since:
                return None
            name = f"{ws.device_id}-{sequence:06d}.cwbundle"
            fields = {
                "kind": "changes", "certificate": strict_loads(certificate.encode()), "office_id": recipient,
                "sequence": sequence, "previous": previous, "created": stamp, "schema": migrations.LATEST,
                "audit_head": audit.head(conn)[1],
            }
            written = container.write(outbox / name, identity, ws.device_id, [office.keys],
                                      replicas.changed_since(conn, since), fields)
            conn.execute(
                "INSERT INTO outbox (recipient, sequence, bundle_id, file, sha256, up_to, records, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (recipient, sequence, written.bundle_id, name, written.sha256, up_to, written.records, _now()),
            )
            return written.path

        new = ws.write(write)
        waiting = ws.read(lambda conn: [r[0] for r in conn.execute(
            "SELECT file FROM outbox WHERE recipient = ? AND acknowledged = 0 ORDER BY sequence", (recipient,))])
        to = Path(to)
        to.mkdir(parents=True, exist_ok=True)
        copied = []
        for name in waiting:
            target = to / name
            write_atomic(target, (outbox / name).read_bytes())  # byte-identical every time
            copied.append(target)
        self.s.log("bundle_export", detail={"new": new is not None, "copied": len(copied)})
        return Exported(copied, to / new.name if new else None)

    # -- import (the office) -----------------------------------------------------------------------
    def import_file(self, path: Path) -> Imported:
        """Checks and applies one bundle, whole or not at all; a refused one is copied to the
        quarantine with its reason, audited, and BundleRefused is raised."""
        self.s.require("bundle.import", Role.SUPERVISOR, Role.ADMIN)
        path = Path(path)
        try:
            return self._import(path)
        except BundleRejected as rejected:
            code = reason_code(rejected)
        except OSError:
            code = "unreadable"
        self._quarantine(path, code)
        raise BundleRefused(path=str(path), code=code, reason=Message(f"bundle.reason.{code}", REASONS[code]))

    def _import(self, path: Path) -> Imported:
        header = container.read_header(path)  # 1-3
        office = self.s.enrolment.office_identity()
        sender = self._check_sender(header, office)  # 4
        if not header.signed_by(sender.keys):  # 5
            raise BundleRejected("bad_signature")
        file_key = container.file_key_for(header, office)  # 6
        ws = self.s.workspace
        if ws.read(lambda c: c.execute("SELECT 1 FROM bundles_in WHERE bundle_id = ?",
                                       (header.bundle_id,)).fetchone()):
            return Imported(path, already=True, sender=sender.device_id)  # 7
        me = self.s.user.id

        def apply(conn, stamp):
            applied = replicas.Applied()
            for record in container.records(path, header, file_key):  # 8-9
                records.check(record)  # 10
                if record["t"] == records.CASE:
                    replicas.apply_case(conn, record, stamp, applied)
                else:
                    replicas.apply_item(conn, record, stamp, applied)
            conn.execute(  # 11: in the same transaction as the changes
                "INSERT INTO bundles_in (bundle_id, sender, sequence, kind, records, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (header.bundle_id, sender.device_id, int(header.fields.get("sequence") or 0),
                 header.fields["kind"], applied.new + applied.changed + applied.unchanged, _now()),
            )
            audit.append(conn, ws.device_id, stamp, [audit.Entry(me, "bundle_import", header.bundle_id, {  # 12
                "sender": sender.device_id, "sequence": header.fields.get("sequence"), "new": applied.new,
                "changed": applied.changed, "conflicts": len(applied.conflicts),
                "sender_audit_head": header.fields.get("audit_head"),
            })])
            return applied

        applied = ws.write(apply)
        return Imported(path, False, applied.new, applied.changed, len(applied.conflicts), sender.device_id)

    def _check_sender(self, header: container.Header, office: Identity) -> documents.Certificate:
        document = header.fields.get("certificate")
        if not isinstance(document, dict):
            raise BundleRejected("unknown_sender")
        try:
            certificate = documents.read_certificate(document, office.public)
        except documents.Refused:
            raise BundleRejected("unknown_sender") from None
        if certificate.office_id != self.s.workspace.keys.workspace_id or header.fields.get("office_id") not in (
            None, certificate.office_id
        ):
            raise BundleRejected("other_office")
        device = self.s.workspace.read(identities.device, certificate.device_id)
        if device is None or device["fingerprint"] != certificate.keys.fingerprint:
            raise BundleRejected("unknown_sender")
        if device["revoked_at"]:
            raise BundleRejected("revoked")  # whatever date the bundle claims
        if header.fields.get("sender") != certificate.device_id:
            raise BundleRejected("unknown_sender")
        if header.fields.get("kind") != "changes":
            raise BundleRejected("kind_not_allowed")
        return certificate

    def _quarantine(self, path: Path, code: str) -> None:
        """A copy (the stick may be read-only) and the reason, named by the file's hash."""
        folder = self.s.workspace.folder / QUARANTINE
        folder.mkdir(mode=0o700, exist_ok=True)
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        digest = hashlib.sha256(data).hexdigest()[:16]
        if data:
            shutil.copyfile(path, folder / f"{digest}.cwbundle")
        write_atomic(folder / f"{digest}.reason", f"{code}\n".encode())
        self.s.log("bundle_refused", detail={"code": code, "file_sha256": digest})

    # -- conflicts ---------------------------------------------------------------------------------
    def conflicts(self) -> list[dict]:
        self.s.require("conflict.read", Role.SUPERVISOR)
        return self.s.workspace.read(replicas.open_conflicts)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
