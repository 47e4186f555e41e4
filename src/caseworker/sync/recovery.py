"""The recovery wrap (DESIGN.md section 3): on enrolment a laptop wraps its workspace's data key
for the office's encryption key, with the same hybrid post-quantum HPKE as bundles, so that the
office (two of its administrators together) can reopen a laptop whose users forgot their
passwords. The info binds the workspace and the office key: a wrap cannot be moved."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag

from caseworker.sync.container import SUITE
from caseworker.sync.identity import Identity, PublicIdentity, b64, unb64


def _info(workspace_id: str, key_id: str) -> bytes:
    return f"caseworker recovery v1|{workspace_id}|{key_id}".encode()


def wrap(data_key: bytes, office: PublicIdentity, workspace_id: str) -> dict:
    return {
        "office_key_id": office.key_id,
        "wrapped": b64(SUITE.encrypt(data_key, office.kem_key(), info=_info(workspace_id, office.key_id))),
    }


def unwrap(recovery: dict, office: Identity, workspace_id: str) -> bytes | None:
    """The data key, or None when the wrap is not for this office (or was tampered with)."""
    key_id = office.public.key_id
    if not isinstance(recovery, dict) or recovery.get("office_key_id") != key_id:
        return None
    try:
        key = SUITE.decrypt(unb64(recovery["wrapped"]), office.kem, info=_info(workspace_id, key_id))
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
    return key if len(key) == 32 else None
