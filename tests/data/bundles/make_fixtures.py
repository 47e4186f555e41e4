"""Makes the known-good bundle fixtures in this folder (docs/bundle-format.md "Known-good bundles").

Run by hand only, from the repository root:

    python3 tests/data/bundles/make_fixtures.py

Never regenerate the shipped fixtures unless the bundle format version changes on purpose:
they are the record of what format 1 is, and tests/sync/test_bundle_fixtures.py fails when the
current code no longer reads or rebuilds them. Regenerating them to make that test pass hides
exactly the drift it exists to catch (and old bundles on sticks in the field stop importing).

Everything is derived from fixed labels, so a run makes the same keys, documents, records,
bundle ids and file keys each time; only the HPKE wraps (randomised encapsulation) and so the
header's signature and the files' hashes come out different.

The keys in test-keys.json are TEST-ONLY: derived from public labels, they protect nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import zstandard
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseworker.domain.case import CASE_FIELDS
from caseworker.sync import container, enrolment, records
from caseworker.sync.identity import Identity

HERE = Path(__file__).resolve().parent
OFFICE_ID = "0190f000-0000-7000-8000-00000000000f"
OFFICE_DEVICE = "0190f000-0000-7000-8000-0000000000f1"  # the office workspace's own device id (its clocks)
DEVICE_ID = "0190f000-0000-7000-8000-0000000000d1"
REVOKED_ID = "0190f000-0000-7000-8000-0000000000d2"
CASE_ID = "0190f000-0000-7000-8000-0000000000c1"
USER_ID = "0190f000-0000-7000-8000-0000000000a1"
TODAY = dt.date(2026, 11, 2)


def derived(label: str, size: int) -> bytes:
    return hashlib.sha512(f"caseworker TEST-ONLY fixture|{label}".encode()).digest()[:size]


def fixture_identity(name: str) -> Identity:
    return Identity.from_private_record({
        "mlkem": base64.b64encode(derived(f"{name}|mlkem seed", 64)).decode(),
        "sign": base64.b64encode(derived(f"{name}|ed25519", 32)).decode(),
        "x25519": base64.b64encode(derived(f"{name}|x25519", 32)).decode(),
    })


identities = {name: fixture_identity(name) for name in ("office", "device")}


def stamp(minute: int, counter: int = 0) -> int:
    """A clock stamp (milliseconds << 16 plus a counter) on TODAY, 09:00 + `minute` UTC:
    more than 53 bits, as every real one."""
    at = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=minute)
    return (int(at.timestamp() * 1000) << 16) + counter


def clock(counts: dict, minute: int, device: str) -> list:
    return [counts, stamp(minute), device]


def case_record(summary: str, summary_clock: list) -> dict:
    fields = {
        "surname": "Қаюмова", "given_name": "Ситора", "patronymic": "Аҳмадовна", "other_names": ["Sitora Qayumova"],
        "sex": "female", "birth_date": None, "birth_year": 2014, "district": "Ҳисор", "summary": summary,
        "risk": "medium", "status": "open", "assigned_to": USER_ID, "created_by": USER_ID, "supervisor": None,
        "sibling_group": None, "registered_at": "2026-11-02T09:00:00Z", "initial_assessment_done": None,
        "best_interests_done": None, "plan_approved": None, "plan_reviewed": None, "care_arrangement": None,
        "guardian": None, "education": "", "school_enrolled": None, "school": None, "languages": ["tajik", "russian"],
        "health": "", "sexual_violence": None, "follow_ups_done": [], "closed_on": None, "closure_reason": None,
        "closure_approved_by": None,
    }
    assert set(fields) == set(CASE_FIELDS)  # every case field, as a laptop sends them
    return {"t": "case", "id": CASE_ID, "origin": DEVICE_ID, "deleted": False, "fields": fields,
            "clocks": {"*": clock({DEVICE_ID: 1}, 0, DEVICE_ID), "summary": summary_clock}}


def changes_records() -> list[dict]:
    """A laptop's: the case, a note, a deleted note (tombstone), an attachment's bytes and entry,
    and a conflict found on the laptop."""
    scan = bytes(range(256)) + "Ҳуҷҷат".encode()  # a small "attachment", not text
    digest = hashlib.sha256(scan).hexdigest()
    laptop_summary = "Бо бибиаш дар Ҳисор зиндагӣ мекунад."
    office_summary = "Lives with her grandmother in Hisor."
    kept = [laptop_summary, {DEVICE_ID: 2, OFFICE_DEVICE: 1}, stamp(20), DEVICE_ID]
    lost = [office_summary, {DEVICE_ID: 1, OFFICE_DEVICE: 1}, stamp(15), OFFICE_DEVICE]
    return [
        case_record(laptop_summary, clock({DEVICE_ID: 2, OFFICE_DEVICE: 1}, 20, DEVICE_ID)),
        {"t": "item", "id": "0190f000-0000-7000-8000-0000000000e1", "case_id": CASE_ID, "kind": "note",
         "origin": DEVICE_ID, "deleted": False,
         "fields": {"text": "Бибиаш омад; мактабро дубора сар кард.", "written_on": "2026-11-02"},
         "clocks": {"*": clock({DEVICE_ID: 1}, 21, DEVICE_ID)}},
        {"t": "item", "id": "0190f000-0000-7000-8000-0000000000e2", "case_id": CASE_ID, "kind": "note",
         "origin": DEVICE_ID, "deleted": True, "fields": {},
         "clocks": {"*": clock({DEVICE_ID: 1}, 5, DEVICE_ID), "_deleted": clock({DEVICE_ID: 2}, 22, DEVICE_ID),
                    "text": clock({DEVICE_ID: 2}, 22, DEVICE_ID), "written_on": clock({DEVICE_ID: 2}, 22, DEVICE_ID)}},
        {"t": "blob", "sha256": digest, "data": base64.b64encode(scan).decode()},
        {"t": "item", "id": "0190f000-0000-7000-8000-0000000000e3", "case_id": CASE_ID, "kind": "attachment",
         "origin": DEVICE_ID, "deleted": False,
         "fields": {"content_type": "application/octet-stream", "description": "Ҳуҷҷати таваллуд",
                    "name": "шаҳодатнома.bin", "photo": False, "sha256": digest, "size": len(scan)},
         "clocks": {"*": clock({DEVICE_ID: 1}, 23, DEVICE_ID)}},
        {"t": "conflict", "id": hashlib.sha256(b"fixture conflict").hexdigest(), "record_kind": "case",
         "record_id": CASE_ID, "field": "summary",
         "kept": json.dumps(kept, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
         "lost": json.dumps(lost, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
         "found_at": "2026-11-02T09:25:00+00:00", "resolved_at": None, "resolved_by": None},
    ]


def build(name, sender, sender_id, recipients, carried, fields) -> dict:
    """Writes <name>.cwbundle and <name>.ndjson; returns what goes in <name>.json."""
    for record in carried:
        records.check(record)  # known-good: an importer accepts every record
    bundle_id = derived(f"{name}|bundle id", 16).hex()
    file_key = derived(f"{name}|file key", 32)
    path = HERE / f"{name}.cwbundle"
    container.write(path, identities[sender], sender_id, [identities[r].public for r in recipients], carried, fields,
                    bundle_id=bundle_id, file_key=file_key)
    header = container.read_header(path)
    payload = path.read_bytes()[header.payload_offset:]
    sealed = container.CHUNK + container.TAG
    count = max(1, -(-len(payload) // sealed))
    frame = b"".join(
        AESGCM(file_key).decrypt(container._nonce(i, i == count - 1), payload[i * sealed:(i + 1) * sealed],
                                 bundle_id.encode())
        for i in range(count)
    )
    plaintext = zstandard.ZstdDecompressor().decompressobj().decompress(frame)
    assert [json.loads(line) for line in plaintext.splitlines()[1:]] == list(carried)
    (HERE / f"{name}.ndjson").write_bytes(plaintext)
    return {
        "about": f"Inputs and expectations for {name}.cwbundle: container.write(sender, sender_id, recipients, "
                 f"records = the lines of {name}.ndjson after the first, fields, bundle_id=, file_key=) writes it; "
                 "its header is `fields` and `written`. Keys: test-keys.json (TEST-ONLY).",
        "file": f"{name}.cwbundle",
        "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "payload": f"{name}.ndjson",
        "sender": sender,
        "sender_id": sender_id,
        "recipients": recipients,
        "bundle_id": bundle_id,
        "file_key": file_key.hex(),
        "fields": fields,
        "written": {k: v for k, v in header.fields.items() if k not in fields},
        "wrap_info": {identities[r].public.key_id: f"caseworker bundle v1|{bundle_id}|{identities[r].public.key_id}"
                      for r in recipients},
        "zstd": {"level": 3, "frame_size": len(frame), "frame_sha256": hashlib.sha256(frame).hexdigest()},
    }


def dump(path: Path, value: dict) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    office, device = identities["office"], identities["device"]
    request = enrolment.Request(DEVICE_ID, "Ҳисор", device.public)
    certificate = enrolment.certificate_document(office, OFFICE_ID, request, 3, TODAY)
    office_doc = enrolment.office_document(OFFICE_ID, "Дафтари Душанбе", office)
    revoked = fixture_identity("revoked laptop").public.fingerprint  # its keys are not kept anywhere
    revocations = enrolment.revocation_document(
        office, OFFICE_ID, 2, [{"device_id": REVOKED_ID, "fingerprint": revoked,
                                "revoked_at": "2026-10-30T08:15:00+00:00"}], TODAY)
    dump(HERE / "test-keys.json", {
        "about": "TEST-ONLY keys of the identities in the bundle fixtures here. They are derived from public "
                 "labels (make_fixtures.py) and protect nothing: never use them for anything else.",
        **{name: {"private": ident.private_record(), "public": ident.public.record(),
                  "key_id": ident.public.key_id, "fingerprint": ident.public.fingerprint,
                  "id": OFFICE_ID if name == "office" else DEVICE_ID}
           for name, ident in identities.items()},
    })
    dump(HERE / "changes.json", build("changes", "device", DEVICE_ID, ["office"], changes_records(), {
        "kind": "changes", "certificate": certificate, "office_id": OFFICE_ID, "sequence": 2,
        "previous": hashlib.sha256(b"fixture: the laptop's bundle 1").hexdigest(), "created": stamp(30),
        "schema": 8, "audit_head": hashlib.sha256(b"fixture: the laptop's audit head").hexdigest(),
        "ack": {"contiguous": 1, "missing": []},
    }))
    returned = case_record("Lives with her grandmother in Hisor.", clock({DEVICE_ID: 1, OFFICE_DEVICE: 1}, 15,
                                                                          OFFICE_DEVICE))
    dump(HERE / "return.json", build("return", "office", OFFICE_ID, ["device"],
                                     [{"t": "control", "document": revocations}, returned], {
        "kind": "return", "office": office_doc, "office_id": OFFICE_ID, "device_id": DEVICE_ID, "sequence": 1,
        "previous": None, "created": stamp(40), "schema": 8,
        "audit_head": hashlib.sha256(b"fixture: the office's audit head").hexdigest(),
        "ack": {"contiguous": 2, "missing": []},
    }))
