"""What a thief can do with one enrolled laptop and its caseworker's password: bundles made by
hand with the program's own modules, signed with that laptop's genuine keys, carried to the
office's real import. Used by the authority tests (tests/app/test_authority.py) and the
convergence property test."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from caseworker.app.enrolment import OWN_CERTIFICATE
from caseworker.store import meta, migrations, replicas
from caseworker.sync import container, records
from caseworker.sync.canonical import canonical, strict_loads
from caseworker.sync.container import MAGIC, PREFIX


def own_records(laptop) -> list[dict]:
    """Everything the laptop would send, as the program writes it: the thief's raw material."""
    return laptop.workspace.read(lambda conn: list(replicas.changed_since(conn, 0)))


def own_case(laptop, case_id: str) -> dict:
    return next(r for r in own_records(laptop) if r["t"] == records.CASE and r["id"] == case_id)


def forge(laptop, made: list[dict], folder: Path, **header) -> Path:
    """A bundle of `made` records, signed with the laptop's own device key for its office, as
    `Bundles.write_new` frames one; `header` overrides signed header fields after the fact
    (the payload stays as written)."""
    folder.mkdir(parents=True, exist_ok=True)
    office = laptop.enrolment.trusted_office()
    identity = laptop.enrolment.device_identity()
    certificate = laptop.workspace.read(meta.get, OWN_CERTIFICATE)
    fields = {
        "kind": "changes", "certificate": strict_loads(certificate.encode()), "office_id": office.office_id,
        "sequence": 1000 + secrets.randbelow(10**6), "previous": None, "created": 1, "schema": migrations.LATEST,
        "audit_head": None, "ack": {"contiguous": 0},
    }
    path = folder / f"forged-{secrets.token_hex(4)}.cwbundle"
    container.write(path, identity, laptop.workspace.device_id, [office.keys], made, fields)
    if header:
        _resign(path, identity, header)
    return path


def _resign(path: Path, identity, changes: dict) -> None:
    """Rewrites the signed header with `changes`, signed again with the same genuine key."""
    data = path.read_bytes()
    parsed = container.read_header(path)
    payload = data[parsed.payload_offset:]
    fields = {**parsed.fields, **changes}
    raw = canonical(fields)
    path.write_bytes(PREFIX.pack(MAGIC, container.FORMAT, len(raw)) + raw + identity.sign(raw) + payload)


def office_tables(session) -> dict:
    """Every table an import may change, as stored: for "nothing of it was applied"."""
    names = ("cases", "case_items", "conflicts", "routes", "accounts_elsewhere", "attachment_blobs", "bundles_in",
             "users", "deadlines", "audit_remote", "departed")

    def read(conn):
        return {name: [tuple(row) for row in conn.execute(f"SELECT * FROM {name} ORDER BY 1")] for name in names}

    return session.workspace.read(read)


def refusals(session) -> list[dict]:
    return session.workspace.read(lambda conn: [
        {"record": r, **json.loads(d)} for r, d in conn.execute(
            "SELECT record, detail FROM audit WHERE action = 'bundle_refused' ORDER BY seq")])


def forge_return(admin, laptop, made: list[dict], folder: Path) -> Path:
    """A return bundle of `made` records for the laptop, signed by the office, framed as
    `Bundles._export_returns` frames one: what a laptop must survive even from its office."""
    from caseworker.sync import enrolment as documents

    folder.mkdir(parents=True, exist_ok=True)
    office = admin.enrolment.office_identity()
    office_id = admin.workspace.keys.workspace_id
    device_id = laptop.workspace.device_id
    keys = laptop.enrolment.device_identity().public
    fields = {
        "kind": "return", "office": documents.office_document(office_id, admin.workspace.keys.office_name or "",
                                                              office),
        "office_id": office_id, "device_id": device_id, "sequence": 1000 + secrets.randbelow(10**6),
        "previous": None, "created": 1, "schema": migrations.LATEST, "audit_head": None, "ack": {"contiguous": 0},
    }
    path = folder / f"return-{secrets.token_hex(4)}.cwbundle"
    container.write(path, office, office_id, [keys], made, fields)
    return path
