"""The bundle file resists what BUNDLES.md lists: every byte is covered by the signature or the
chunk tags; truncation, reordering, duplication and appended bytes fail; only recipients can
read it; a decompression bomb stops at the cap; a failed write leaves nothing behind."""

from __future__ import annotations

import os
import struct

import pytest

from caseworker.sync import container
from caseworker.sync.canonical import canonical
from caseworker.sync.container import CHUNK, TAG, BundleRejected
from caseworker.sync.identity import Identity


@pytest.fixture(scope="module")
def people():
    return {name: Identity.generate() for name in ("laptop", "office", "other")}


def big_records(n: int = 40) -> list[dict]:
    # Incompressible text, so the payload spans several 64 KiB chunks.
    return [{"n": i, "note": os.urandom(6000).hex()} for i in range(n)]


@pytest.fixture
def bundle(tmp_path, people):
    records = big_records()
    written = container.write(tmp_path / "b.cwbundle", people["laptop"], "device-1", [people["office"].public],
                              records, {"kind": "changes", "sequence": 7})
    return written, records


def read_all(path, me: Identity) -> list[dict]:
    header = container.read_header(path)
    return list(container.records(path, header, container.file_key_for(header, me)))


def rejected(path, me: Identity) -> str:
    with pytest.raises(BundleRejected) as refused:
        read_all(path, me)
    return refused.value.reason


def test_every_recipient_reads_it_and_nobody_else(tmp_path, people):
    records = big_records(10)
    path = tmp_path / "two.cwbundle"
    written = container.write(path, people["laptop"], "device-1", [people["office"].public, people["other"].public],
                              records, {"kind": "changes"})
    assert read_all(path, people["office"]) == records
    assert read_all(path, people["other"]) == records
    assert rejected(path, Identity.generate()) == "not_for_us"
    header = container.read_header(path)
    assert header.signed_by(people["laptop"].public) and not header.signed_by(people["office"].public)
    assert header.fields["records"] == 10 and header.bundle_id == written.bundle_id
    assert b"note" not in path.read_bytes()  # nothing readable in the file


def test_the_header_holds_no_record_and_is_canonical(bundle):
    written, _ = bundle
    header = container.read_header(written.path)
    assert set(header.fields) == {"kind", "sequence", "format", "bundle_id", "sender", "recipients", "records",
                                  "chunk", "payload_size", "payload_sha256"}
    assert canonical(header.fields) == header.raw


def test_a_changed_header_byte_breaks_the_signature(bundle, people):
    written, _ = bundle
    data = bytearray(written.path.read_bytes())
    at = data.index(b'"sequence":7')
    data[at + len(b'"sequence":')] = ord("8")
    written.path.write_bytes(bytes(data))
    header = container.read_header(written.path)
    assert not header.signed_by(people["laptop"].public)


def test_a_changed_payload_byte_is_refused(bundle, people):
    written, _ = bundle
    data = bytearray(written.path.read_bytes())
    data[-CHUNK] ^= 0x01
    written.path.write_bytes(bytes(data))
    assert rejected(written.path, people["office"]) == "payload_damaged"


def test_truncated_and_appended_files_are_refused(bundle, people):
    written, _ = bundle
    data = written.path.read_bytes()
    written.path.write_bytes(data[:-1])
    assert rejected(written.path, people["office"]) == "truncated"
    written.path.write_bytes(data + b"\x00")
    assert rejected(written.path, people["office"]) == "extra_bytes"
    written.path.write_bytes(data[:20])
    assert rejected(written.path, people["office"]) == "truncated"


def test_reordered_or_duplicated_chunks_are_refused(bundle, people):
    written, _ = bundle
    header = container.read_header(written.path)
    data = written.path.read_bytes()
    start, size = header.payload_offset, CHUNK + TAG
    chunks = [data[start + i : start + i + size] for i in range(0, len(data) - start, size)]
    assert len(chunks) >= 4
    swapped = chunks[:]
    swapped[1], swapped[2] = swapped[2], swapped[1]
    written.path.write_bytes(data[:start] + b"".join(swapped))
    assert rejected(written.path, people["office"]) == "payload_damaged"
    duplicated = [chunks[0], chunks[0], *chunks[2:]]
    written.path.write_bytes(data[:start] + b"".join(duplicated))
    assert rejected(written.path, people["office"]) == "payload_damaged"
    # The last chunk dropped and a full one in its place: the last-chunk flag is missing.
    written.path.write_bytes(data[:start] + b"".join([*chunks[:-1], chunks[-2][: len(chunks[-1])]]))
    assert rejected(written.path, people["office"]) == "payload_damaged"


def test_a_file_that_is_not_a_bundle_or_from_a_newer_program_is_refused(tmp_path, bundle, people):
    written, _ = bundle
    junk = tmp_path / "junk.cwbundle"
    junk.write_bytes(b"PK\x03\x04 a zip file, not a bundle")
    assert rejected(junk, people["office"]) == "not_a_bundle"
    data = bytearray(written.path.read_bytes())
    struct.pack_into(">H", data, 8, 2)
    junk.write_bytes(bytes(data))
    assert rejected(junk, people["office"]) == "unsupported_format"


@pytest.mark.parametrize(("header", "reason"), [
    (b'{"format":1,"format":1}', "header_duplicate_key"),
    (b'{"b":1,"a":2}', "header_not_canonical"),
    (b'{"format":NaN}', "header_not_a_number"),
    (b"[" * 40 + b"]" * 40, "header_too_deep"),
])
def test_a_header_a_careless_parser_would_accept_is_refused(tmp_path, people, header, reason):
    path = tmp_path / "forged.cwbundle"
    path.write_bytes(container.PREFIX.pack(container.MAGIC, container.FORMAT, len(header)) + header + b"\0" * 64)
    assert rejected(path, people["office"]) == reason


def test_an_oversized_header_is_refused_before_it_is_read(tmp_path, people):
    path = tmp_path / "huge.cwbundle"
    path.write_bytes(container.PREFIX.pack(container.MAGIC, container.FORMAT, 10 * 1024 * 1024) + b"{")
    assert rejected(path, people["office"]) == "header_too_large"
    with pytest.raises(BundleRejected):
        container.write(tmp_path / "w.cwbundle", people["laptop"], "d", [people["office"].public], [],
                        {"kind": "changes", "padding": "x" * 70_000})


def test_a_decompression_bomb_stops_at_the_cap(tmp_path, people, monkeypatch):
    path = tmp_path / "bomb.cwbundle"
    container.write(path, people["laptop"], "device-1", [people["office"].public],
                    ({"zeros": "0" * (8 * 1024 * 1024)} for _ in range(4)), {"kind": "changes"})
    assert path.stat().st_size < 64 * 1024  # 32 MB of text in a few kilobytes
    monkeypatch.setattr(container, "MAX_PLAINTEXT", 10 * 1024 * 1024)
    assert rejected(path, people["office"]) == "payload_too_large"


def test_the_payload_names_the_same_sender_and_recipients_as_the_signed_header(bundle):
    written, _ = bundle
    header = container.read_header(written.path)
    with pytest.raises(BundleRejected) as refused:
        container._check_inner({"bundle_id": header.bundle_id, "sender": "device-2",
                                "recipients": [r["key_id"] for r in header.fields["recipients"]]}, header)
    assert refused.value.reason == "forwarded"


def test_a_failed_write_leaves_no_half_bundle(tmp_path, people):
    def broken():
        yield {"n": 1}
        raise OSError("the stick was pulled out")

    with pytest.raises(OSError):
        container.write(tmp_path / "b.cwbundle", people["laptop"], "d", [people["office"].public], broken(),
                        {"kind": "changes"})
    assert list(tmp_path.iterdir()) == []
