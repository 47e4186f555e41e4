"""The bundle file (BUNDLES.md "The file"; the bytes in docs/bundle-format.md):

    MAGIC | format (u16) | header length (u32) | header | Ed25519 signature (64) | payload

The header is canonical JSON, signed over its exact bytes; it holds the ciphertext's length
and SHA-256, so a signature check covers every byte of the file. The payload is newline-
delimited JSON records, compressed with zstd, encrypted in 64 KiB chunks with AES-256-GCM
under a fresh file key (nonce: an 11-byte chunk counter and a last-chunk flag; associated
data: the bundle id), so truncation, reordering, duplication and appended bytes all fail.
The file key is wrapped for each recipient with HPKE over ML-KEM-768 + X25519, its info
binding the bundle id and the recipient's key id. The payload's first line repeats the
sender, bundle id and recipients, checked against the header (no surreptitious forwarding).

Everything is streamed: writing goes through a temporary file that is synced and renamed,
reading never holds the payload in memory.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import secrets
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from caseworker.sync.canonical import NotCanonical, canonical, strict_loads
from caseworker.sync.identity import Identity, PublicIdentity, b64, unb64

MAGIC = b"CWBUNDLE"
FORMAT = 1
PREFIX = struct.Struct(">8sHI")  # magic, format, header length
SIGNATURE_BYTES = 64
MAX_HEADER = 64 * 1024
CHUNK = 64 * 1024
TAG = 16
MAX_FILE = 4 * 1024**3  # a bundle larger than this is refused before anything is read
MAX_PLAINTEXT = 8 * 1024**3  # decompression stops here: a bomb goes no further
MAX_LINE = 64 * 1024**2  # one record (an attachment included) may not be larger
SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


class BundleRejected(ValueError):
    """The file is not a bundle this workspace accepts; `reason` is a stable code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _wrap_info(bundle_id: str, key_id: str) -> bytes:
    return f"caseworker bundle v1|{bundle_id}|{key_id}".encode()


@dataclass(frozen=True)
class Written:
    path: Path
    bundle_id: str
    size: int
    sha256: str  # of the whole file: an outbox re-sends these exact bytes
    records: int


@dataclass(frozen=True)
class Header:
    """A bundle's header as read (not yet trusted until its signature is checked)."""

    fields: dict
    raw: bytes
    signature: bytes
    payload_offset: int

    @property
    def bundle_id(self) -> str:
        return self.fields["bundle_id"]

    def signed_by(self, sender: PublicIdentity) -> bool:
        return sender.verify(self.signature, self.raw)


# -- writing ---------------------------------------------------------------------------------------
def write(
    path: Path,
    sender: Identity,
    sender_id: str,
    recipients: list[PublicIdentity],
    records: Iterable[dict],
    fields: dict,
    *,
    bundle_id: str | None = None,  # fixed only by the format fixtures (tests/data/bundles)
    file_key: bytes | None = None,  # fixed only by the format fixtures (tests/data/bundles)
) -> Written:
    """Writes a bundle of `records` for `recipients`; `fields` join the header (kind, sender's
    certificate, sequence, acknowledgements, ...). Temporary file, fsync, rename: a crash leaves
    no half bundle under the final name."""
    path = Path(path)
    bundle_id = secrets.token_hex(16) if bundle_id is None else bundle_id
    file_key = AESGCM.generate_key(bit_length=256) if file_key is None else file_key
    key_ids = [r.key_id for r in recipients]
    cipher_tmp = path.with_name(f".{path.name}.payload.tmp")
    final_tmp = path.with_name(f".{path.name}.tmp")
    try:
        size, digest, count = _encrypt_payload(
            cipher_tmp, file_key, bundle_id,
            # chained, not unpacked into a list: the records (attachments among them) stay streamed
            itertools.chain([{"bundle_id": bundle_id, "sender": sender_id, "recipients": key_ids}], records),
        )
        header = {
            **fields,
            "format": FORMAT,
            "bundle_id": bundle_id,
            "sender": sender_id,
            "recipients": [
                {"key_id": r.key_id, "wrapped": b64(SUITE.encrypt(file_key, r.kem_key(), info=_wrap_info(bundle_id,
                                                                                                      r.key_id)))}
                for r in recipients
            ],
            "records": count - 1,
            "chunk": CHUNK,
            "payload_size": size,
            "payload_sha256": digest,
        }
        raw = canonical(header)
        if len(raw) > MAX_HEADER:
            raise BundleRejected("header_too_large")
        whole = hashlib.sha256()
        fd = os.open(final_tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, cipher_tmp.open("rb") as payload:
            for part in (PREFIX.pack(MAGIC, FORMAT, len(raw)), raw, sender.sign(raw)):
                out.write(part)
                whole.update(part)
            while block := payload.read(1024 * 1024):
                out.write(block)
                whole.update(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(final_tmp, path)
        return Written(path, bundle_id, path.stat().st_size, whole.hexdigest(), count - 1)
    finally:
        for leftover in (cipher_tmp, final_tmp):
            leftover.unlink(missing_ok=True)


def _encrypt_payload(target: Path, key: bytes, bundle_id: str, records: Iterable[dict]) -> tuple[int, str, int]:
    """Compresses and encrypts the records into `target`; returns (size, sha256, count)."""
    aead, aad = AESGCM(key), bundle_id.encode()
    digest, size, counter, count = hashlib.sha256(), 0, 0, 0
    pending = bytearray()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:

        def emit(chunk: bytes, last: bool) -> None:
            nonlocal size, counter
            sealed = aead.encrypt(_nonce(counter, last), chunk, aad)
            out.write(sealed)
            digest.update(sealed)
            size += len(sealed)
            counter += 1

        compressor = zstandard.ZstdCompressor(level=3).compressobj()
        for record in records:
            pending += compressor.compress(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
                                           + b"\n")
            count += 1
            while len(pending) > CHUNK:  # keep one chunk back: the last one is marked as last
                emit(bytes(pending[:CHUNK]), last=False)
                del pending[:CHUNK]
        pending += compressor.flush()
        while len(pending) > CHUNK:
            emit(bytes(pending[:CHUNK]), last=False)
            del pending[:CHUNK]
        emit(bytes(pending), last=True)
    return size, digest.hexdigest(), count


# -- reading ---------------------------------------------------------------------------------------
def read_header(path: Path) -> Header:
    """Checks 1-3 of BUNDLES.md: size cap, strict header, supported format. Reads only the start."""
    path = Path(path)
    total = path.stat().st_size
    if total > MAX_FILE:
        raise BundleRejected("too_large")
    with path.open("rb") as f:
        prefix = f.read(PREFIX.size)
        if len(prefix) < PREFIX.size:
            raise BundleRejected("not_a_bundle")
        magic, version, length = PREFIX.unpack(prefix)
        if magic != MAGIC:
            raise BundleRejected("not_a_bundle")
        if version != FORMAT:
            raise BundleRejected("unsupported_format")
        if length > MAX_HEADER:
            raise BundleRejected("header_too_large")
        raw = f.read(length)
        signature = f.read(SIGNATURE_BYTES)
    if len(raw) < length or len(signature) < SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    try:
        fields = strict_loads(raw)
    except NotCanonical as e:
        raise BundleRejected(f"header_{e.reason}") from None
    if not isinstance(fields, dict) or canonical(fields) != raw:
        raise BundleRejected("header_not_canonical")  # one meaning, one spelling: the signed bytes
    if fields.get("format") != FORMAT:
        raise BundleRejected("unsupported_format")
    offset = PREFIX.size + length + SIGNATURE_BYTES
    if not isinstance(fields.get("payload_size"), int) or offset + fields["payload_size"] != total:
        raise BundleRejected("truncated" if offset + int(fields.get("payload_size") or 0) > total else "extra_bytes")
    for name in ("bundle_id", "sender", "payload_sha256"):
        if not isinstance(fields.get(name), str):
            raise BundleRejected("header_incomplete")
    if fields.get("chunk") != CHUNK or not isinstance(fields.get("recipients"), list):
        raise BundleRejected("header_incomplete")
    return Header(fields, raw, signature, offset)


def file_key_for(header: Header, me: Identity) -> bytes:
    """Check 6: this workspace is a recipient; unwraps the file key with its own key."""
    mine = me.public.key_id
    for recipient in header.fields["recipients"]:
        if isinstance(recipient, dict) and recipient.get("key_id") == mine:
            try:
                key = SUITE.decrypt(unb64(recipient["wrapped"]), me.kem, info=_wrap_info(header.bundle_id, mine))
            except (InvalidTag, ValueError, KeyError, TypeError):
                raise BundleRejected("not_for_us") from None
            if len(key) == 32:
                return key
    raise BundleRejected("not_for_us")


class _Plaintext:
    """The decrypted payload as a file for zstd's stream reader: chunks are decrypted as read,
    the last one must carry the last-chunk flag, and the hash is checked after the last."""

    def __init__(self, path: Path, header: Header, file_key: bytes) -> None:
        self.f = Path(path).open("rb")
        self.f.seek(header.payload_offset)
        self.header, self.aead, self.aad = header, AESGCM(file_key), header.bundle_id.encode()
        size = header.fields["payload_size"]
        self.chunks = max(1, -(-size // (CHUNK + TAG)))
        self.counter, self.digest, self.pending = 0, hashlib.sha256(), b""

    def read(self, size: int = -1) -> bytes:
        while not self.pending and self.counter < self.chunks:
            sealed = self.f.read(CHUNK + TAG)
            self.digest.update(sealed)
            last = self.counter == self.chunks - 1
            try:
                self.pending = self.aead.decrypt(_nonce(self.counter, last), sealed, self.aad)
            except InvalidTag:
                raise BundleRejected("payload_damaged") from None
            self.counter += 1
            if last and self.digest.hexdigest() != self.header.fields["payload_sha256"]:
                raise BundleRejected("payload_damaged")
        n = len(self.pending) if size < 0 else size
        out, self.pending = self.pending[:n], self.pending[n:]
        return out

    def close(self) -> None:
        self.f.close()


def records(path: Path, header: Header, file_key: bytes) -> Iterator[dict]:
    """Checks 8-9: streams the payload (decrypt, decompress within the cap), yielding each record
    after the first line's sender, bundle id and recipients are checked against the header. The
    caller applies the records in one transaction and commits only when this iterator has
    finished without an error (the hash is checked when the last chunk is read)."""
    source = _Plaintext(path, header, file_key)
    produced, buffer, first = 0, bytearray(), True
    # The signed header counts the records: the payload must hold that many, no more, no fewer.
    declared, count = header.fields.get("records"), 0
    if type(declared) is not int or declared < 0:
        raise BundleRejected("count_mismatch")
    try:
        with zstandard.ZstdDecompressor().stream_reader(source, read_size=CHUNK, closefd=False) as reader:
            while True:
                try:
                    out = reader.read(1024 * 1024)  # bounded: a bomb never lands in memory whole
                except zstandard.ZstdError:
                    raise BundleRejected("payload_damaged") from None
                if not out:
                    break
                produced += len(out)
                if produced > MAX_PLAINTEXT:
                    raise BundleRejected("payload_too_large")
                buffer += out
                while (end := buffer.find(b"\n")) >= 0:
                    record = _record(bytes(buffer[:end]))
                    del buffer[: end + 1]
                    if first:
                        _check_inner(record, header)
                        first = False
                    else:
                        count += 1
                        if count > declared:
                            raise BundleRejected("count_mismatch")
                        yield record
                if len(buffer) > MAX_LINE:
                    raise BundleRejected("record_too_large")
        if source.read() or source.counter != source.chunks:
            raise BundleRejected("payload_damaged")  # bytes after the end of the zstd frame
    finally:
        source.close()
    if buffer or first:
        raise BundleRejected("payload_damaged")
    if count != declared:
        raise BundleRejected("count_mismatch")


def _record(line: bytes) -> dict:
    try:
        record = strict_loads(line, max_string=MAX_LINE)
    except NotCanonical:
        raise BundleRejected("record_invalid") from None
    if not isinstance(record, dict):
        raise BundleRejected("record_invalid")
    return record


def _check_inner(first: dict, header: Header) -> None:
    expected = {
        "bundle_id": header.bundle_id,
        "sender": header.fields["sender"],
        "recipients": [r.get("key_id") for r in header.fields["recipients"] if isinstance(r, dict)],
    }
    if first != expected:
        raise BundleRejected("forwarded")
