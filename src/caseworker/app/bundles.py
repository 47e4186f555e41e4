"""Bundles between a laptop and its office (BUNDLES.md): export of every change not yet sent,
kept in the outbox until acknowledged and re-sent byte-identical; import with the checks in
the order BUNDLES.md gives, one transaction per bundle, and quarantine with a reason for
every refusal; conflicts kept for a supervisor."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from caseworker.app import movement, office_documents, transfer_files
from caseworker.app.accounts import forget_disabled
from caseworker.app.enrolment import OFFICE_KIND, OWN_CERTIFICATE
from caseworker.app.forms import shipped_forms
from caseworker.app.transfer_files import OUTBOX
from caseworker.domain.accounts import Role
from caseworker.domain.errors import (
    BundleNotPermitted,
    BundleRefused,
    CaseworkerError,
    DeviceNotFound,
    NotEnrolled,
    WorkspaceFull,
)
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.forms.loader import load_form
from caseworker.store import audit, identities, meta, migrations, replicas
from caseworker.store import forms as form_store
from caseworker.store import movement as move
from caseworker.store.db import DatabaseError
from caseworker.store.files import copy_atomic
from caseworker.sync import authority, container, records
from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import canonical, strict_loads
from caseworker.sync.container import BundleRejected
from caseworker.sync.identity import Identity

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
    "count_mismatch": QT_TRANSLATE_NOOP("Messages", "it holds another number of records than its header says"),
    "record_repeated": QT_TRANSLATE_NOOP("Messages", "it holds the same record more than once"),
    "revocations_future": QT_TRANSLATE_NOOP(
        "Messages", "its revocation list says it was issued days ahead of this computer's date"),
    "revocations_older": QT_TRANSLATE_NOOP(
        "Messages", "its revocation list was issued before the one this laptop holds"),
    "revocations_leap": QT_TRANSLATE_NOOP(
        "Messages", "its revocation list's version leaps further ahead than any office counts"),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "the sending laptop's certificate has expired; an administrator renews it (caseworker device renew)"),
    "not_permitted": QT_TRANSLATE_NOOP("Messages", "it says what its sender may not say"),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read"),
}


def inspect(path: Path) -> dict:
    """A bundle's signed header as it may be shown (no wrapped keys, no record), and whether its
    signature holds against the identity it names: the sender's certificate, or the office's
    identity for a return bundle. Reads no payload and needs no workspace."""
    try:
        header = container.read_header(Path(path))
    except BundleRejected as rejected:
        raise BundleRefused(path=str(path), code=reason_code(rejected),
                            reason=Message(f"bundle.reason.{reason_code(rejected)}",
                                           REASONS[reason_code(rejected)])) from None
    fields = dict(header.fields)
    signer = None
    try:
        if fields.get("kind") == "return" and isinstance(fields.get("office"), dict):
            signer = documents.read_office(fields["office"]).keys
        elif isinstance(fields.get("certificate"), dict):
            signer = documents.certificate_keys(fields["certificate"])
    except (documents.Refused, ValueError, TypeError, KeyError):
        signer = None
    shown = {k: v for k, v in fields.items() if k not in ("recipients", "certificate", "office")}
    shown["recipients"] = [r.get("key_id") for r in fields.get("recipients", []) if isinstance(r, dict)]
    shown["signed_by"] = signer.fingerprint if signer else None
    shown["signature"] = "valid" if signer and header.signed_by(signer) else "invalid"
    return shown


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
    left: int = 0  # on a laptop: cases that left it (the office has them, they are someone else's now)
    district: str = ""  # at the office: the district on the sending laptop's certificate
    forked: tuple = ()  # at the office: where the laptop's audit log forked from the office's copy


@dataclass(frozen=True)
class Exported:
    paths: list[Path]
    new: Path | None  # None: nothing new to send (waiting bundles were copied again)


class Bundles:
    def __init__(self, session) -> None:
        self.s = session
        self._signer: str | None = None

    # -- export ----------------------------------------------------------------------------------
    def export(self, to: Path, device: str | None = None) -> Exported:
        """A laptop: a bundle of every change not yet sent to the office. The office: a return
        bundle for each enrolled device (or the one named) with what it has not received of its
        cases and the acknowledgement of its bundles. Then every bundle not yet acknowledged is
        copied into `to` (a stick, a shared folder), byte-identical each time."""
        if self.s.kind == OFFICE_KIND:
            exported = self._export_returns(Path(to), device)
            transfer_files.expire(self.s)
            return exported
        new = self.write_new()
        copied = self._copy_waiting(Path(to), [self.s.enrolment.trusted_office().office_id])
        self.s.log("bundle_export", detail={"new": new is not None, "copied": len(copied)})
        transfer_files.expire(self.s)
        return Exported(copied, Path(to) / new.name if new else None)

    def write_new(self) -> Path | None:
        """A laptop: writes into its outbox a bundle of every change not yet sent (None: nothing
        new). Transports take it from there (a folder, the office's drop)."""
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
            up_to = max(replicas.latest_change(conn), since)
            # The laptop's accounts go first, so the office can name them (and assign cases to
            # them) even before a case was written here.
            accounts = [{"t": records.ACCOUNT, **a} for a in move.own_accounts(conn)]
            accounts_sent = hashlib.sha256(canonical(accounts)).hexdigest()
            if up_to <= since and meta.get(conn, "accounts_sent") == accounts_sent:
                return None
            name = f"{ws.device_id}-{sequence:06d}.cwbundle"
            fields = {
                "kind": "changes", "certificate": strict_loads(certificate.encode()), "office_id": recipient,
                "sequence": sequence, "previous": previous, "created": stamp, "schema": migrations.LATEST,
                "audit_head": audit.head(conn)[1], "ack": replicas.acknowledgement(conn, recipient),
            }
            # The audit entries written since the last bundle travel too (they ride with changes:
            # an export is itself audited, so they alone would never let "nothing new" be said).
            audit_sent = int(meta.get(conn, "audit_sent") or 0)
            entries = [{"t": records.AUDIT, **e} for e in audit.since(conn, audit_sent)]
            written = container.write(outbox / name, identity, ws.device_id, [office.keys],
                                      itertools.chain(accounts, replicas.changed_since(conn, since), entries), fields)
            conn.execute(
                "INSERT INTO outbox (recipient, sequence, bundle_id, file, sha256, up_to, records, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (recipient, sequence, written.bundle_id, name, written.sha256, up_to, written.records, _now()),
            )
            meta.put(conn, "accounts_sent", accounts_sent)
            if entries:
                meta.put(conn, "audit_sent", str(entries[-1]["seq"]))
            return written.path

        return ws.write(write)

    def waiting(self) -> list[tuple[Path, str]]:
        """A laptop's bundles the office has not acknowledged: (file, SHA-256), oldest first."""
        outbox = self.s.workspace.folder / OUTBOX
        return [(outbox / name, sha) for name, sha in self.s.workspace.read(lambda conn: conn.execute(
            "SELECT file, sha256 FROM outbox WHERE acknowledged = 0 ORDER BY sequence").fetchall())]

    def _copy_waiting(self, to: Path, recipients: list[str]) -> list[Path]:
        outbox = self.s.workspace.folder / OUTBOX
        marks = ",".join("?" * len(recipients))
        waiting = self.s.workspace.read(lambda conn: [r[0] for r in conn.execute(
            f"SELECT file FROM outbox WHERE recipient IN ({marks}) AND acknowledged = 0 ORDER BY recipient, sequence",
            recipients)])
        to.mkdir(parents=True, exist_ok=True)
        copied = []
        for name in waiting:
            copy_atomic(outbox / name, to / name)  # byte-identical every time
            copied.append(to / name)
        return copied

    def _export_returns(self, to: Path, only: str | None) -> Exported:
        self.s.require("bundle.export", Role.SUPERVISOR, Role.ADMIN)
        office = self.s.enrolment.office_identity()
        ws = self.s.workspace
        office_id = ws.keys.workspace_id
        devices = [d for d in ws.read(identities.devices) if not d["revoked_at"] and only in (None, d["device_id"])]
        if only is not None and not devices:
            raise DeviceNotFound(device_id=only)
        outbox = ws.folder / OUTBOX
        outbox.mkdir(mode=0o700, exist_ok=True)
        office_doc = documents.office_document(office_id, ws.keys.office_name or "", office)
        revocations = self.s.enrolment.revocation_list()
        written_now = []
        for device in devices:
            device_id = device["device_id"]
            certificate = ws.read(identities.certificate_of, device_id)
            keys = documents.read_certificate(strict_loads(certificate.encode()), office.public).keys
            renewed = hashlib.sha256(certificate.encode()).hexdigest()[:16]

            def write(conn, stamp, device_id=device_id, keys=keys, certificate=certificate, renewed=renewed):
                last = conn.execute(
                    "SELECT sequence, up_to, sha256 FROM outbox WHERE recipient = ? ORDER BY sequence DESC LIMIT 1",
                    (device_id,),
                ).fetchone()
                sequence, since, previous = (last[0] + 1, last[1], last[2]) if last else (1, 0, None)
                move.route(conn, device_id, stamp)  # cases newly its, and cases that left it
                up_to = max(replicas.latest_change(conn, device=device_id), since)
                ack = replicas.acknowledgement(conn, device_id)
                ack_key, forms_key = f"ack_sent:{device_id}", f"forms_sent:{device_id}"
                directory = movement.directory_document(conn, office, office_id)
                before = json.loads(meta.get(conn, ack_key) or "{}")
                sent = json.dumps({"ack": ack, "revocations": revocations["body"]["version"],
                                   "accounts": directory["body"]["version"], "certificate": renewed}, sort_keys=True)
                forms = form_store.installed_since(conn, int(meta.get(conn, forms_key) or 0))
                if up_to <= since and meta.get(conn, ack_key) == sent and not forms:
                    return None
                name = f"{office_id}-to-{device_id}-{sequence:06d}.cwbundle"
                fields = {
                    "kind": "return", "office": office_doc, "office_id": office_id, "device_id": device_id,
                    "sequence": sequence,
                    "previous": previous, "created": stamp, "schema": migrations.LATEST,
                    "audit_head": audit.head(conn)[1], "ack": ack,
                }
                control = [{"t": records.CONTROL, "document": revocations},
                           {"t": records.CONTROL, "document": directory}]
                if before.get("certificate") != renewed:  # renewed since the last one (or never sent)
                    control.append({"t": records.CONTROL, "document": strict_loads(certificate.encode())})
                # New form versions go to every laptop, before the assessments that may use them.
                # (The shipped forms are left out: every program installs its own.)
                shipped = {(f.id, f.version) for f in shipped_forms()}
                form_records = [{"t": "form", "definition": json.loads(definition), "override_reason": reason}
                                for form_id, version, definition, reason, _installed in forms
                                if (form_id, version) not in shipped]
                written = container.write(outbox / name, office, office_id, [keys],
                                          itertools.chain(control, form_records,
                                                          replicas.changed_since(conn, since, device=device_id)),
                                          fields)
                if forms:
                    meta.put(conn, forms_key, str(max(f[4] for f in forms)))
                conn.execute(
                    "INSERT INTO outbox (recipient, sequence, bundle_id, file, sha256, up_to, records, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (device_id, sequence, written.bundle_id, name, written.sha256, up_to, written.records, _now()),
                )
                meta.put(conn, ack_key, sent)
                return to / name

            made = ws.write(write)
            if made is not None:
                written_now.append(made)
        copied = self._copy_waiting(to, [d["device_id"] for d in devices]) if devices else []
        self.s.log("bundle_export", detail={"new": len(written_now), "copied": len(copied)})
        return Exported(copied, written_now[0] if written_now else None)

    # -- import (the office) -----------------------------------------------------------------------
    def import_file(self, path: Path) -> Imported:
        """Checks and applies one bundle, whole or not at all; a refused one is copied to the
        quarantine with its reason, audited, and BundleRefused is raised."""
        if self.s.kind == OFFICE_KIND:
            self.s.require("bundle.import", Role.SUPERVISOR, Role.ADMIN)
        else:
            self.s.require("bundle.import", *ANY_ROLE)
        path = Path(path)
        self._signer = None  # set once the signature holds: a refusal after that names the device
        rule = None
        try:
            return self._import(path)
        except authority.NotPermitted as refused:
            code, rule = refused.reason, refused.rule
        except BundleRejected as rejected:
            code = reason_code(rejected)
        except OSError:
            code = "unreadable"
        except DatabaseError as e:
            # Not the bundle's fault: the transaction was rolled back whole; no quarantine.
            if "full" in str(e).lower():
                raise WorkspaceFull(path=str(path)) from None
            raise
        transfer_files.quarantine(self.s, path, code, self._signer, rule)
        reason = Message(f"bundle.reason.{code}", REASONS[code])
        if rule is None:
            raise BundleRefused(path=str(path), code=code, reason=reason)
        # A genuine laptop's bundle that the program would never write: the supervisor is told
        # which laptop, and what to do about it.
        device = self.s.workspace.read(identities.device, self._signer) or {}
        raise BundleNotPermitted(path=str(path), code=code, reason=reason, device_id=self._signer,
                                 serial=device.get("serial", "?"), district=device.get("district") or "-",
                                 rule=Message(f"bundle.rule.{rule}", authority.RULES[rule]))

    def _import(self, path: Path) -> Imported:
        header = container.read_header(path)  # 1-3
        if self.s.kind == OFFICE_KIND:
            me = self.s.enrolment.office_identity()
            certificate = self._check_sender(header, me)  # 4
            sender_id, sender_keys, district = certificate.device_id, certificate.keys, certificate.district
        else:
            me = self.s.enrolment.device_identity()
            sender_id, sender_keys = self._check_office(header)  # 4
            district = ""
        if not header.signed_by(sender_keys):  # 5
            raise BundleRejected("bad_signature")
        self._signer = sender_id
        file_key = container.file_key_for(header, me)  # 6
        ws = self.s.workspace
        if ws.read(lambda c: c.execute("SELECT 1 FROM bundles_in WHERE bundle_id = ?",
                                       (header.bundle_id,)).fetchone()):
            return Imported(path, already=True, sender=sender_id, district=district)  # 7
        user = self.s.user.id
        ack = header.fields.get("ack") if isinstance(header.fields.get("ack"), dict) else {}
        acked = ack.get("contiguous") if isinstance(ack.get("contiguous"), int) else 0
        at_office = self.s.kind == OFFICE_KIND

        def apply(conn, stamp):
            applied = replicas.Applied()
            if not at_office:  # what the office sends back as it is need not go back to it
                applied.quiet = conn.execute(
                    "SELECT coalesce(max(up_to), 0) FROM outbox WHERE recipient = ? AND sequence <= ?",
                    (sender_id, acked)).fetchone()[0]
            # At the office, what the laptop may say (10): checked as each record meets the
            # office's own copy, from what the office recorded, never from the bundle.
            guard = authority.Authority(conn, sender_id) if at_office else None
            applied.guard = guard
            trail, last, forks = [], None, []
            once = records.Once()
            for record in container.records(path, header, file_key):  # 8-9
                records.check(record)  # 10
                if not once.first(record):
                    continue
                if record["t"] == records.ACCOUNT:
                    if not at_office:
                        raise BundleRejected("kind_not_allowed")  # the office's come signed, as a directory
                    guard.account(record)
                    movement.keep_device_accounts(conn, sender_id, [record])
                elif record["t"] == records.AUDIT:
                    if not at_office or record["device"] != sender_id:
                        raise BundleRejected("kind_not_allowed")
                    if last and (record["seq"] != last["seq"] + 1 or record["prev"] != last["hash"]):
                        raise BundleRejected("record_invalid")  # the entries must chain, one to the next
                    last = record
                    trail.append(record)
                    if len(trail) >= replicas.BATCH:
                        forks += audit.keep_remote(conn, trail)
                        trail = []
                elif record["t"] == records.CASE:
                    replicas.apply_case(conn, record, stamp, applied)
                elif record["t"] == records.ITEM:
                    replicas.apply_item(conn, record, stamp, applied)
                elif record["t"] == records.BLOB:
                    if guard is not None:
                        guard.blob(record)
                    replicas.apply_blob(conn, record)
                elif record["t"] == records.FORM:
                    self._apply_form(conn, record, stamp)
                elif record["t"] == records.CONTROL:
                    if at_office:
                        raise BundleRejected("kind_not_allowed")  # only the office issues them
                    office_documents.apply(conn, record["document"], sender_keys, ws.device_id, stamp)
                else:
                    replicas.apply_conflict(conn, record, stamp, applied)
            applied.flush(conn)  # the last new cases
            if last is not None:  # the laptop's audit log, up to the head its signed header names
                if last["hash"] != header.fields.get("audit_head"):
                    raise BundleRejected("record_invalid")
                forks += audit.keep_remote(conn, trail)
            if forks:
                # The office's own chain keeps what gave way, and says so (device history).
                audit.append(conn, ws.device_id, stamp, [
                    audit.Entry(self.s.user.id, "audit_fork", sender_id,
                                {"seq": f["seq"], "unlinked": f["unlinked"], "gave_way": f["held"]})
                    for f in forks])
                applied.forked = [f["seq"] for f in forks]
            if at_office:
                guard.finish()
                # The laptop holds the new cases it made: they go back to it as changes only.
                move.held_by(conn, sender_id, guard.new_cases)
            conn.execute(  # 11: in the same transaction as the changes
                "INSERT INTO bundles_in (bundle_id, sender, sequence, kind, records, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (header.bundle_id, sender_id, int(header.fields.get("sequence") or 0),
                 header.fields["kind"], applied.new + applied.changed + applied.unchanged, _now()),
            )
            # 13: what the other side has of our bundles leaves the outbox (our outbox names its
            # recipient as the sender of this bundle: a device at the office, the office on a laptop).
            conn.execute("UPDATE outbox SET acknowledged = 1 WHERE recipient = ? AND sequence <= ?",
                         (sender_id, acked))
            if not at_office:  # what the office said it holds, for the Sync window
                missing = [n for n in ack.get("missing", []) if isinstance(n, int)][:100]
                meta.put(conn, "office_ack", json.dumps({"contiguous": acked, "missing": missing, "at": _now()}))
                meta.put(conn, office_documents.CLOCK_AHEAD,
                         json.dumps(office_documents.clock_ahead(conn, sender_id, ack)))
            audit.append(conn, ws.device_id, stamp, [audit.Entry(user, "bundle_import", header.bundle_id, {  # 12
                "sender": sender_id, "sequence": header.fields.get("sequence"), "new": applied.new,
                "changed": applied.changed, "conflicts": len(applied.conflicts),
                "sender_audit_head": header.fields.get("audit_head"),
            })])
            return applied

        try:
            applied = ws.write(apply)
        except replicas.Unapplicable:
            raise BundleRejected("record_invalid") from None
        if not at_office:
            forget_disabled(ws)  # accounts the office disabled no longer open this workspace
        left = [] if at_office else movement.leave(self.s)
        return Imported(path, False, applied.new, applied.changed, len(applied.conflicts), sender_id, len(left),
                        district, tuple(applied.forked))

    def _apply_form(self, conn, record: dict, stamp: int) -> None:
        """A form version the office installed (and audited, with any override) arrives: it is
        loaded with every check of the forms engine and kept; a version is never changed."""
        if self.s.kind == OFFICE_KIND:
            raise BundleRejected("kind_not_allowed")  # forms come from the office
        try:
            form = load_form(record["definition"], override=True)
        except CaseworkerError:
            raise BundleRejected("record_invalid") from None
        if form_store.install(conn, form.id, form.version, form.model_dump_json(exclude_none=True), stamp,
                              record.get("override_reason")):
            audit.append(conn, self.s.workspace.device_id, stamp, [audit.Entry(
                None, "form_install", detail={"form": form.id, "version": form.version, "from_office": True})])

    def _check_office(self, header: container.Header) -> tuple[str, object]:
        """A laptop accepts return bundles from the office it enrolled with, and only those."""
        office = self.s.enrolment.trusted_office()
        if office is None:
            raise BundleRejected("unknown_sender")
        if header.fields.get("sender") != office.office_id or header.fields.get("office_id") != office.office_id:
            raise BundleRejected("other_office")
        if header.fields.get("kind") != "return" or header.fields.get("device_id") != self.s.workspace.device_id:
            raise BundleRejected("kind_not_allowed")
        return office.office_id, office.keys

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
        if self.s.enrolment.expired(certificate.device_id):
            # By the office's clock and its own record (a renewal counts before the laptop has
            # it); the laptop keeps the bundle until the office takes it, after a renewal.
            raise BundleRejected("certificate_expired")
        if header.fields.get("sender") != certificate.device_id:
            raise BundleRejected("unknown_sender")
        if header.fields.get("kind") != "changes":
            raise BundleRejected("kind_not_allowed")
        return certificate

    # -- where things stand ---------------------------------------------------------------------------
    def status(self) -> dict:
        """On a laptop: the bundles waiting for the office's acknowledgement, the last one it
        acknowledged and when that was heard, the ones it says are missing, and whether changes
        were made since the last bundle was written."""
        self.s.require("bundle.export", *ANY_ROLE)

        def read(conn):
            waiting = [{"sequence": n, "records": r, "created": c} for n, r, c in conn.execute(
                "SELECT sequence, records, created FROM outbox WHERE acknowledged = 0 ORDER BY sequence")]
            last = conn.execute("SELECT max(up_to) FROM outbox").fetchone()[0] or 0
            heard = json.loads(meta.get(conn, "office_ack") or "null")
            return {"waiting": waiting, "acknowledged": heard["contiguous"] if heard else 0,
                    "heard_at": heard["at"] if heard else None, "missing": heard["missing"] if heard else [],
                    "unsent_changes": replicas.latest_change(conn) > last}

        return self.s.workspace.read(read)

    # -- a folder: a USB stick, a shared drive ------------------------------------------------------
    def in_folder(self, folder: Path) -> tuple[list[Path], int]:
        """The bundles in a folder meant for this workspace (at the office, the laptops' changes;
        on a laptop, the office's return bundles addressed to it), and how many others were left
        in place: a stick carried for several laptops works for each, and a laptop's own outgoing
        bundles on the stick are not read back. Only the headers are read."""
        mine, others = [], 0
        for path in sorted(Path(folder).glob("*.cwbundle")):
            try:
                fields = container.read_header(path).fields
            except (BundleRejected, OSError):
                mine.append(path)  # damaged or unreadable: the import says so, and quarantines it
                continue
            if self.s.kind == OFFICE_KIND:
                wanted = fields.get("kind") == "changes"
            else:
                wanted = fields.get("kind") == "return" and fields.get("device_id") == self.s.workspace.device_id
            if wanted:
                mine.append(path)
            else:
                others += 1
        return mine, others

    # -- inspection --------------------------------------------------------------------------------
    def trusted(self, path: Path) -> tuple[bool, str]:
        """Whether this workspace would accept the bundle's sender (no payload is read):
        (True, "") or (False, refusal code)."""
        try:
            header = container.read_header(Path(path))
            if self.s.kind == OFFICE_KIND:
                keys = self._check_sender(header, self.s.enrolment.office_identity()).keys
            else:
                keys = self._check_office(header)[1]
            if not header.signed_by(keys):
                raise BundleRejected("bad_signature")
        except BundleRejected as rejected:
            return False, reason_code(rejected)
        except OSError:
            return False, "unreadable"
        return True, ""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
