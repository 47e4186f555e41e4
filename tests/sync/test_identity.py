"""Identities and the strict reader: keys round-trip through the workspace's private record,
fingerprints are stable and compared as people type them, signatures bind every byte, and a
document from outside is refused when it is ambiguous or oversized."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from caseworker.sync.canonical import NotCanonical, canonical, strict_loads
from caseworker.sync.identity import Identity, PublicIdentity, same_fingerprint, signed, verify_signed


def test_an_identity_survives_its_private_record_and_wraps_a_key_for_itself():
    identity = Identity.generate()
    again = Identity.from_private_record(identity.private_record())
    assert again.public == identity.public
    public = PublicIdentity.from_record(identity.public.record())
    suite = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
    wrapped = suite.encrypt(b"k" * 32, public.kem_key(), info=b"bundle id|key id")
    assert suite.decrypt(wrapped, again.kem, info=b"bundle id|key id") == b"k" * 32
    assert len(wrapped) < 1300  # BUNDLES.md: about 1.2 KB per recipient


def test_fingerprints_are_stable_distinct_and_compared_as_people_type_them():
    a, b = Identity.generate().public, Identity.generate().public
    assert a.fingerprint == PublicIdentity.from_record(a.record()).fingerprint
    assert a.fingerprint != b.fingerprint
    assert len(a.fingerprint.split("-")) == 8
    typed = a.fingerprint.lower().replace("-", " ")
    assert same_fingerprint(typed, a.fingerprint)
    assert not same_fingerprint(typed[:-1], a.fingerprint)
    assert not same_fingerprint(b.fingerprint, a.fingerprint)


def test_a_signature_covers_every_byte_of_the_body():
    identity = Identity.generate()
    document = signed({"device_id": "d1", "district": "Ваҳдат"}, identity)
    assert verify_signed(document, identity.public) == {"device_id": "d1", "district": "Ваҳдат"}
    assert verify_signed({**document, "body": {"device_id": "d1", "district": "Ҳисор"}}, identity.public) is None
    assert verify_signed(document, Identity.generate().public) is None
    assert verify_signed({"body": [], "signature": document["signature"]}, identity.public) is None
    assert verify_signed({"body": document["body"], "signature": "not base64!"}, identity.public) is None


@pytest.mark.parametrize(("text", "reason"), [
    (b'{"a": 1, "a": 2}', "duplicate_key"),
    (b'{"a": NaN}', "not_a_number"),
    (b'{"a": Infinity}', "not_a_number"),
    (b'{"a": 123456789012345678901234567890}', "number_too_large"),
    (b'{"a": 1e400}', "number_too_large"),
    (b"[" * 5000 + b"]" * 5000, "too_deep"),
    (b'{"a": "' + b"x" * 70_000 + b'"}', "string_too_long"),
    (b"\xff\xfe", "not_utf8"),
    (b"{not json", "not_json"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_the_strict_reader_refuses_what_a_careless_parser_accepts(text, reason):
    with pytest.raises(NotCanonical) as refused:
        strict_loads(text)
    assert refused.value.reason == reason


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert strict_loads(b'{"a": "' + b"[" * 100 + b'"}') == {"a": "[" * 100}


def test_canonical_bytes_are_sorted_compact_utf8():
    assert canonical({"b": 1, "a": "Ҷ"}) == '{"a":"Ҷ","b":1}'.encode()
    assert strict_loads(canonical({"b": [1, 2], "a": None})) == {"a": None, "b": [1, 2]}
