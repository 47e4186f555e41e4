"""An account's own key pair, and the workspace's data key sealed to it.

Each account has a hybrid post-quantum key pair (ML-KEM-768 + X25519, as bundles use): its
private half is encrypted under the key the account's password derives (store/keys.py), its
public half is kept in the clear, and the data key is sealed to the public half with HPKE.
Sealing needs no password, so a new data key (`caseworker workspace rotate-key`) is given to
every remaining account without asking any of them for theirs; and because the exchange is
hybrid, a copy of keys.json kept for a future quantum computer opens nothing either.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.hpke import (
    AEAD,
    KDF,
    KEM,
    MLKEM768X25519PrivateKey,
    MLKEM768X25519PublicKey,
    Suite,
)
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_SEED = 64  # ML-KEM-768's private key, as its seed
_X25519 = 32
_MLKEM768_PUBLIC = 1184


def _info(workspace_id: str, account: str) -> bytes:
    return f"caseworker data key v2|{workspace_id}|{account}".encode()


def new_pair() -> tuple[bytes, bytes]:
    """(private, public) as bytes: the ML-KEM seed and X25519 key; both public keys."""
    kem, dh = mlkem.MLKEM768PrivateKey.generate(), x25519.X25519PrivateKey.generate()
    private = kem.private_bytes_raw() + dh.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = kem.public_key().public_bytes_raw() + dh.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private, public


def seal(data_key: bytes, public: bytes, workspace_id: str, account: str) -> bytes:
    if len(public) != _MLKEM768_PUBLIC + _X25519:
        raise ValueError("public key length")
    key = MLKEM768X25519PublicKey(mlkem.MLKEM768PublicKey.from_public_bytes(public[:_MLKEM768_PUBLIC]),
                                  x25519.X25519PublicKey.from_public_bytes(public[_MLKEM768_PUBLIC:]))
    return SUITE.encrypt(bytes(data_key), key, info=_info(workspace_id, account))


def open_sealed(sealed: bytes, private: bytes, workspace_id: str, account: str) -> bytes | None:
    """The data key, or None when `sealed` is not for this key pair, workspace and account."""
    if len(private) != _SEED + _X25519:
        return None
    key = MLKEM768X25519PrivateKey(mlkem.MLKEM768PrivateKey.from_seed_bytes(private[:_SEED]),
                                   x25519.X25519PrivateKey.from_private_bytes(private[_SEED:]))
    try:
        data_key = SUITE.decrypt(sealed, key, info=_info(workspace_id, account))
    except Exception:
        return None
    return data_key if len(data_key) == 32 else None
