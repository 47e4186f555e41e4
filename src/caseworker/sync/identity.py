"""Who is who in sync: an identity is a signing key (Ed25519) and an encryption key (the hybrid
post-quantum KEM ML-KEM-768 + X25519 that bundles are wrapped for). The office has one (its
root), each enrolled laptop has one. Private keys live only inside the encrypted workspace;
what travels is the public half, recognised by its fingerprint.

Only `cryptography`'s primitives are used, composed as DESIGN.md section 6 says.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.hpke import MLKEM768X25519PrivateKey, MLKEM768X25519PublicKey

from caseworker.sync.canonical import canonical

RAW = serialization.Encoding.Raw
RAW_PUBLIC = serialization.PublicFormat.Raw
RAW_PRIVATE = serialization.PrivateFormat.Raw
NO_ENCRYPTION = serialization.NoEncryption()
MLKEM768_PUBLIC = 1184  # bytes of an ML-KEM-768 encapsulation key; the X25519 key's 32 follow
X25519_BYTES = 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class PublicIdentity:
    """The public half: what a certificate or an office's identity document carries."""

    sign: bytes  # Ed25519, 32 bytes
    kem: bytes  # the ML-KEM-768 encapsulation key (1,184 bytes), then the X25519 public key (32)

    def record(self) -> dict:
        return {"kem": b64(self.kem), "sign": b64(self.sign)}

    @classmethod
    def from_record(cls, record: dict) -> PublicIdentity:
        identity = cls(unb64(record["sign"]), unb64(record["kem"]))
        identity.signing_key()  # refuses bytes that are not a key
        identity.kem_key()
        return identity

    def signing_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign)

    def kem_key(self) -> MLKEM768X25519PublicKey:
        if len(self.kem) != MLKEM768_PUBLIC + X25519_BYTES:
            raise ValueError("kem_key_length")
        return MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.kem[:MLKEM768_PUBLIC]),
            x25519.X25519PublicKey.from_public_bytes(self.kem[MLKEM768_PUBLIC:]),
        )

    @property
    def key_id(self) -> str:
        """A short stable id of the encryption key (bundles name their recipients by it)."""
        return hashlib.sha256(b"caseworker kem key id\0" + self.kem).hexdigest()[:32]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            self.signing_key().verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Identity:
    """Both halves. Made once per office or device; stored encrypted in the workspace."""

    signing: Ed25519PrivateKey
    mlkem: mlkem.MLKEM768PrivateKey
    x25519: x25519.X25519PrivateKey

    @classmethod
    def generate(cls) -> Identity:
        return cls(Ed25519PrivateKey.generate(), mlkem.MLKEM768PrivateKey.generate(),
                   x25519.X25519PrivateKey.generate())

    @property
    def kem(self) -> MLKEM768X25519PrivateKey:
        """The hybrid decapsulation key that bundles' file keys are wrapped for."""
        return MLKEM768X25519PrivateKey(self.mlkem, self.x25519)

    @property
    def public(self) -> PublicIdentity:
        kem = self.mlkem.public_key().public_bytes_raw() + self.x25519.public_key().public_bytes(RAW, RAW_PUBLIC)
        return PublicIdentity(self.signing.public_key().public_bytes(RAW, RAW_PUBLIC), kem)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    def private_record(self) -> dict:
        """For the encrypted workspace only."""
        return {
            "mlkem": b64(self.mlkem.private_bytes_raw()),  # the 64-byte seed
            "sign": b64(self.signing.private_bytes(RAW, RAW_PRIVATE, NO_ENCRYPTION)),
            "x25519": b64(self.x25519.private_bytes(RAW, RAW_PRIVATE, NO_ENCRYPTION)),
        }

    @classmethod
    def from_private_record(cls, record: dict) -> Identity:
        return cls(
            Ed25519PrivateKey.from_private_bytes(unb64(record["sign"])),
            mlkem.MLKEM768PrivateKey.from_seed_bytes(unb64(record["mlkem"])),
            x25519.X25519PrivateKey.from_private_bytes(unb64(record["x25519"])),
        )


def fingerprint(public: PublicIdentity) -> str:
    """What two people read aloud or compare on paper to know they hold the same keys:
    SHA-256 of both public keys, its first 20 bytes as 8 groups of 4 base32 letters and digits."""
    digest = hashlib.sha256(b"caseworker identity\0" + canonical(public.record())).digest()[:20]
    text = base64.b32encode(digest).decode()  # 32 characters, no padding for 20 bytes
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(expected: str, actual: str) -> bool:
    """Compares as people type: case, spaces and dashes do not matter."""

    def norm(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    return norm(expected) == norm(actual) and len(norm(actual)) == 32


def signed(body: dict, identity: Identity) -> dict:
    """A document and its signature over the canonical bytes of the body."""
    return {"body": body, "signature": b64(identity.sign(canonical(body)))}


def verify_signed(document: dict, public: PublicIdentity) -> dict | None:
    """The body if the signature is the given identity's, else None."""
    try:
        body, signature = document["body"], unb64(document["signature"])
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(body, dict):
        return None
    return body if public.verify(signature, canonical(body)) else None
