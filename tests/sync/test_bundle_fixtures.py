"""The known-good bundles in tests/data/bundles: the current code reads them, they are what
docs/bundle-format.md describes, and the current code rebuilds them from the same inputs byte for
byte wherever the format is deterministic, so the bundle format cannot drift by accident.

If a test here fails after a change, the change altered the bytes of format 1: undo it, or make
it a new format version on purpose (then, and only then, new fixtures: make_fixtures.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
import zstandard
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from caseworker.sync import container, enrolment, records
from caseworker.sync.canonical import canonical
from caseworker.sync.identity import Identity

FIXTURES = Path(__file__).parents[1] / "data" / "bundles"
NAMES = ("changes", "return")
KEYS = json.loads((FIXTURES / "test-keys.json").read_text(encoding="utf-8"))

# The format as docs/bundle-format.md states it, written out here instead of taken from
# container.py: these tests exist to notice container.py moving away from it.
PREFIX = struct.Struct(">8sHI")
MAGIC, FORMAT, CHUNK, TAG, SIGNATURE = b"CWBUNDLE", 1, 65_536, 16, 64
SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
DECODER_WINDOW = 8 * 1024 * 1024  # RFC 8878: every zstd decoder should handle windows up to 8 MiB


def identity(name: str) -> Identity:
    return Identity.from_private_record(KEYS[name]["private"])


@dataclass(frozen=True)
class Fixture:
    spec: dict  # <name>.json: the inputs of container.write and the header it must give
    data: bytes  # <name>.cwbundle
    plaintext: bytes  # <name>.ndjson: the payload decompressed, its first line and then the records

    @property
    def path(self) -> Path:
        return FIXTURES / self.spec["file"]

    @property
    def sender(self) -> Identity:
        return identity(self.spec["sender"])

    @property
    def recipients(self) -> list[Identity]:
        return [identity(name) for name in self.spec["recipients"]]

    @property
    def file_key(self) -> bytes:
        return bytes.fromhex(self.spec["file_key"])

    @property
    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.plaintext.splitlines()[1:]]


def load(name: str) -> Fixture:
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return Fixture(spec, (FIXTURES / spec["file"]).read_bytes(), (FIXTURES / spec["payload"]).read_bytes())


@dataclass(frozen=True)
class Parts:
    prefix: bytes
    header: bytes
    signature: bytes
    payload: bytes


def split(data: bytes) -> Parts:
    length = PREFIX.unpack_from(data)[2]
    end = PREFIX.size + length
    return Parts(data[: PREFIX.size], data[PREFIX.size : end], data[end : end + SIGNATURE], data[end + SIGNATURE :])


def open_payload(payload: bytes, file_key: bytes, bundle_id: str) -> bytes:
    """The chunks decrypted as the document says (counter, last-chunk flag, bundle id): the zstd frame."""
    aead, sealed = AESGCM(file_key), CHUNK + TAG
    count = max(1, -(-len(payload) // sealed))
    return b"".join(
        aead.decrypt(i.to_bytes(11, "big") + bytes([i == count - 1]), payload[i * sealed : (i + 1) * sealed],
                     bundle_id.encode())
        for i in range(count)
    )


def unpack_frame(frame: bytes) -> bytes:
    """What a reader relies on: one zstd frame, no dictionary, a window any decoder takes, nothing after."""
    parameters = zstandard.get_frame_parameters(frame)
    assert parameters.dict_id == 0 and parameters.window_size <= DECODER_WINDOW
    decompressor = zstandard.ZstdDecompressor().decompressobj()
    plaintext = decompressor.decompress(frame)
    assert decompressor.eof and decompressor.unused_data == b""
    return plaintext


def documented_info(bundle_id: str, key_id: str) -> bytes:
    return f"caseworker bundle v1|{bundle_id}|{key_id}".encode()


# -- the fixtures as they are ----------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_the_current_code_reads_the_fixture(name):
    fx = load(name)
    assert hashlib.sha256(fx.data).hexdigest() == fx.spec["file_sha256"]  # the files belong together
    header = container.read_header(fx.path)
    assert header.fields == {**fx.spec["fields"], **fx.spec["written"]}
    assert header.signed_by(fx.sender.public)
    for recipient in fx.recipients:
        assert container.file_key_for(header, recipient) == fx.file_key
    carried = list(container.records(fx.path, header, fx.file_key))
    assert carried == fx.records and len(carried) == header.fields["records"]
    for record in carried:
        records.check(record)  # known-good: an importer takes every record
    # The documents an importer checks the sender and the control records with still hold.
    office = identity("office").public
    if header.fields["kind"] == "changes":
        certificate = enrolment.read_certificate(header.fields["certificate"], office)
        assert (certificate.device_id, certificate.keys) == (header.fields["sender"], fx.sender.public)
    else:
        assert enrolment.read_office(header.fields["office"]).keys == office
        for record in carried:
            if record["t"] == "control":
                enrolment.read_revocations(record["document"], office)


@pytest.mark.parametrize("name", NAMES)
def test_the_fixture_is_what_the_format_document_describes(name):
    fx = load(name)
    parts = split(fx.data)
    magic, version, length = PREFIX.unpack(parts.prefix)
    fields = json.loads(parts.header)
    assert (magic, version, fields["format"], fields["chunk"]) == (MAGIC, FORMAT, FORMAT, CHUNK)
    assert canonical(fields) == parts.header
    assert len(fx.data) == PREFIX.size + length + SIGNATURE + fields["payload_size"]
    assert fx.sender.public.signing_key().verify(parts.signature, parts.header) is None
    assert hashlib.sha256(parts.payload).hexdigest() == fields["payload_sha256"]
    for recipient in fx.recipients:
        key_id = hashlib.sha256(b"caseworker kem key id\0" + recipient.public.kem).hexdigest()[:32]
        [wrapped] = [r["wrapped"] for r in fields["recipients"] if r["key_id"] == key_id]
        info = documented_info(fields["bundle_id"], key_id)
        assert info.decode() == fx.spec["wrap_info"][key_id]
        assert SUITE.decrypt(base64.b64decode(wrapped), recipient.kem, info=info) == fx.file_key
    frame = open_payload(parts.payload, fx.file_key, fields["bundle_id"])
    assert hashlib.sha256(frame).hexdigest() == fx.spec["zstd"]["frame_sha256"]
    # The installed zstandard still unpacks the pinned frame to exactly the stored NDJSON.
    assert unpack_frame(frame) == fx.plaintext
    first = json.loads(fx.plaintext.splitlines()[0])
    assert first == {"bundle_id": fields["bundle_id"], "sender": fields["sender"],
                     "recipients": [r["key_id"] for r in fields["recipients"]]}


# -- rebuilding ------------------------------------------------------------------------------------
class ReplayedFrame:
    """Stands in for zstandard.ZstdCompressor during a rebuild: keeps the bytes the writer
    compresses and hands back the fixture's own frame.

    Why: the zstandard package bundles its own libzstd, and the compressed bytes at a level may
    change with any upgrade while every reader still reads them; a fixture test that failed then
    would fail on a harmless upgrade. So compression is split out: the bytes going in (the NDJSON)
    are compared exactly, the frame coming out is the fixture's (which the installed zstd must
    still unpack to those bytes, see above), and everything after it (chunks, nonces, tags,
    hash, size, header, signature) is compared byte for byte. A writer that stops compressing
    through ZstdCompressor is not replayed and fails the payload comparison: as it should."""

    def __init__(self, frame: bytes) -> None:
        self.frame, self.fed, self.levels = frame, bytearray(), []

    def __call__(self, level: int = 3, **_options) -> ReplayedFrame:
        self.levels.append(level)
        return self

    def compressobj(self, *_args, **_kwargs) -> ReplayedFrame:
        return self

    def compress(self, data: bytes) -> bytes:
        self.fed += data
        return b""

    def flush(self, *_args) -> bytes:
        return self.frame


class ReplayedWraps:
    """Stands in for container.SUITE during a rebuild: HPKE encapsulation is randomised and
    `cryptography`'s API takes no randomness or ephemeral key that could fix it, so a real wrap
    is never the same twice. This hands back the fixture's recorded wrap, and only for the file
    key and the documented info; that the recorded wraps open is checked above, with the real suite."""

    def __init__(self, fx: Fixture) -> None:
        wrapped = {r["key_id"]: base64.b64decode(r["wrapped"]) for r in fx.spec["written"]["recipients"]}
        self.recorded = {documented_info(fx.spec["bundle_id"], k): wrapped[k] for k in fx.spec["wrap_info"]}
        self.file_key = fx.file_key

    def encrypt(self, plaintext: bytes, _public_key, info: bytes) -> bytes:
        assert plaintext == self.file_key and info in self.recorded, "the wrap's input is not the documented one"
        return self.recorded[info]


@dataclass(frozen=True)
class Rebuilt:
    data: bytes
    fed: bytes  # what the writer gave the compressor
    levels: list


def rebuild(fx: Fixture, folder: Path, replay_wraps: bool = False) -> Rebuilt:
    """container.write with the fixture's inputs, bundle id and file key."""
    frame = open_payload(split(fx.data).payload, fx.file_key, fx.spec["bundle_id"])
    replay = ReplayedFrame(frame)
    path = folder / fx.spec["file"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(container.zstandard, "ZstdCompressor", replay)
        if replay_wraps:
            patch.setattr(container, "SUITE", ReplayedWraps(fx))
        container.write(path, fx.sender, fx.spec["sender_id"], [r.public for r in fx.recipients], fx.records,
                        fx.spec["fields"], bundle_id=fx.spec["bundle_id"], file_key=fx.file_key)
    return Rebuilt(path.read_bytes(), bytes(replay.fed), replay.levels)


def masked(header: bytes) -> bytes:
    """The header bytes with each wrapped file key blanked (same length, so offsets still match)."""
    for recipient in json.loads(header)["recipients"]:
        header = header.replace(recipient["wrapped"].encode(), b"~" * len(recipient["wrapped"]))
    return header


def differences(fx: Fixture, rebuilt: Rebuilt) -> list[str]:
    """Where a rebuild differs from the fixture, in every part the format makes deterministic."""
    ours, theirs = split(fx.data), split(rebuilt.data)
    found = []
    if theirs.prefix != ours.prefix:
        found.append(f"prefix: {theirs.prefix.hex()} instead of {ours.prefix.hex()}")
    if masked(theirs.header) != masked(ours.header):
        expected, got = json.loads(masked(ours.header)), json.loads(masked(theirs.header))
        changed = sorted(k for k in expected.keys() | got.keys() if expected.get(k) != got.get(k))
        found.append(f"header bytes (wrapped keys aside); fields that differ: {changed or 'none, the spelling'}")
    fields = json.loads(theirs.header)
    for recipient in fx.recipients:
        key_id = recipient.public.key_id
        wrapped = [r.get("wrapped") for r in fields["recipients"] if r.get("key_id") == key_id]
        try:
            key = SUITE.decrypt(base64.b64decode(wrapped[0]), recipient.kem, info=documented_info(fields["bundle_id"],
                                                                                                   key_id))
        except Exception:  # any failure to open is the difference reported
            key = None
        if key != fx.file_key:
            found.append(f"wrap for {key_id}: does not open to the file key with the documented suite and info")
    if not fx.sender.public.verify(theirs.signature, theirs.header):
        found.append("signature: not the sender's Ed25519 signature of the header bytes")
    if theirs.payload != ours.payload:
        found.append("payload: the encrypted chunks differ")
    if rebuilt.fed != fx.plaintext:
        at = next((i for i, (a, b) in enumerate(zip(rebuilt.fed, fx.plaintext, strict=False)) if a != b),
                  min(len(rebuilt.fed), len(fx.plaintext)))
        found.append(f"records: the NDJSON compressed differs from {fx.spec['payload']} at byte {at}")
    if rebuilt.levels != [fx.spec["zstd"]["level"]]:
        found.append(f"zstd level: {rebuilt.levels}")
    return found


@pytest.mark.parametrize("name", NAMES)
def test_the_current_code_rebuilds_the_fixture(name, tmp_path):
    # With real HPKE: only the wrapped keys (random encapsulation) and so the signature's bytes
    # may differ; the wraps must open as documented and the signature must be the sender's.
    fx = load(name)
    assert differences(fx, rebuild(fx, tmp_path)) == []


@pytest.mark.parametrize("name", NAMES)
def test_with_the_recorded_wraps_the_rebuild_is_the_fixture_byte_for_byte(name, tmp_path):
    # The header is then the same bytes, and Ed25519 is deterministic (RFC 8032): so is the
    # signature, and the whole file.
    fx = load(name)
    assert rebuild(fx, tmp_path, replay_wraps=True).data == fx.data


@pytest.mark.parametrize("name", NAMES)
def test_with_the_installed_zstd_the_rebuilt_payload_unpacks_to_the_fixtures_records(name, tmp_path):
    # No frame replayed: whatever the installed libzstd makes of it (its bytes are not compared,
    # see ReplayedFrame), a reader unpacks it to exactly the fixture's NDJSON.
    fx = load(name)
    path = tmp_path / fx.spec["file"]
    container.write(path, fx.sender, fx.spec["sender_id"], [r.public for r in fx.recipients], fx.records,
                    fx.spec["fields"], bundle_id=fx.spec["bundle_id"], file_key=fx.file_key)
    assert unpack_frame(open_payload(split(path.read_bytes()).payload, fx.file_key, fx.spec["bundle_id"])) \
        == fx.plaintext


def test_a_bundle_of_several_chunks_is_sealed_as_documented(tmp_path):
    # The fixtures fit in one chunk; the counter and the flag of later chunks are checked here.
    sender, recipient = identity("device"), identity("office")
    carried = [{"n": i, "data": base64.b64encode(os.urandom(30_000)).decode()} for i in range(6)]  # incompressible
    path = tmp_path / "big.cwbundle"
    written = container.write(path, sender, "d", [recipient.public], carried, {"kind": "changes"},
                              file_key=b"\x07" * 32)
    payload = split(path.read_bytes()).payload
    assert len(payload) > 2 * (CHUNK + TAG) and len(payload) % (CHUNK + TAG) != 0
    first = {"bundle_id": written.bundle_id, "sender": "d", "recipients": [recipient.public.key_id]}
    expected = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                        for r in [first, *carried])
    assert unpack_frame(open_payload(payload, b"\x07" * 32, written.bundle_id)) == expected


# -- the comparison can fail -----------------------------------------------------------------------
DRIFTS = {
    "format version": ("prefix", lambda patch: patch.setattr(container, "FORMAT", 2)),
    "chunk size": ("header", lambda patch: patch.setattr(container, "CHUNK", 32 * 1024)),
    "header spelling": ("header", lambda patch: patch.setattr(
        container, "canonical", lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False).encode())),
    "nonce layout": ("payload", lambda patch: patch.setattr(
        container, "_nonce", lambda counter, last: bytes([last]) + counter.to_bytes(11, "big"))),
    "wrap info": ("wrap", lambda patch: patch.setattr(
        container, "_wrap_info", lambda bundle_id, key_id: f"caseworker bundle v2|{bundle_id}|{key_id}".encode())),
    "records escaped to ASCII": ("records", lambda patch: patch.setattr(container, "json", SimpleNamespace(
        dumps=lambda value, **options: json.dumps(value, **{**options, "ensure_ascii": True})))),
}


@pytest.mark.parametrize("drift", DRIFTS)
def test_a_deliberate_format_drift_is_caught(drift, tmp_path, monkeypatch):
    part, apply = DRIFTS[drift]
    fx = load("changes")
    apply(monkeypatch)
    found = differences(fx, rebuild(fx, tmp_path))
    assert any(d.startswith(part) for d in found), found
