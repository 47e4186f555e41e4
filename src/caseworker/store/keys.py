"""The workspace's `keys` file: the data key wrapped for each account, and the login back-off.

The database is keyed with a random 256-bit data key. Each account wraps that key with
AES-256-GCM under a key derived from its password with Argon2id; the associated data
binds the wrap to this workspace and account, so a wrap cannot be moved to another.
The file holds no child data: account names, key-derivation parameters, wraps, and
the failed-login counters (stored, so that restarting the program does not reset them).
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from caseworker.domain.errors import KeysFileDamaged, LockedOut, WrongPassword
from caseworker.store.files import write_atomic

KEYS_FILE = "keys.json"
FORMAT = 1
# Failures allowed before the back-off starts, then 5 s doubling up to 15 minutes.
FREE_FAILURES = 3
FIRST_DELAY_S = 5
MAX_DELAY_S = 15 * 60


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int


# DESIGN.md §3: real workspaces use Argon2id with 64 MiB and 3 passes.
STRONG = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# Tests only (CASEWORKER_KDF_PROFILE=fast): keeps the suite quick; never for real data.
FAST = KdfParams(memory_kib=64, iterations=1, lanes=1)
# Parameters read back from a keys file are capped, so a doctored file cannot make an
# unlock take hours or exhaust memory.
CAP = KdfParams(memory_kib=1024 * 1024, iterations=16, lanes=16)


def profile_from_env() -> KdfParams:
    return FAST if os.environ.get("CASEWORKER_KDF_PROFILE") == "fast" else STRONG


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(password.encode())


def _aad(workspace_id: str, account: str) -> bytes:
    return f"caseworker key wrap v1|{workspace_id}|{account}".encode()


def lockout_remaining(failures: int, last_failure: float, now: float) -> int:
    """Seconds until the next attempt is allowed; 0 when it is allowed now."""
    if failures < FREE_FAILURES:
        return 0
    delay = min(FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES), MAX_DELAY_S)
    remaining = last_failure + delay - now
    return max(0, int(remaining + 0.999))


@dataclass
class Account:
    user_id: str
    kdf: KdfParams
    salt: str
    nonce: str
    wrapped: str
    failures: int = 0
    last_failure: float = 0.0


@dataclass
class KeysFile:
    workspace_id: str
    device_id: str
    kind: str
    office_name: str | None
    accounts: dict[str, Account]
    # The data key wrapped for the office's recovery (sync/recovery.py), once enrolled.
    recovery: dict | None = None

    # -- persistence -------------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> KeysFile:
        path = folder / KEYS_FILE
        try:
            raw = json.loads(path.read_text("utf-8"))
            if raw.get("format") != FORMAT:
                raise ValueError("format")
            accounts = {}
            for name, a in raw["accounts"].items():
                k = a["kdf"]
                params = KdfParams(
                    min(int(k["memory_kib"]), CAP.memory_kib),
                    min(int(k["iterations"]), CAP.iterations),
                    min(int(k["lanes"]), CAP.lanes),
                )
                accounts[name] = Account(
                    str(a["user_id"]), params, a["salt"], a["nonce"], a["wrapped"],
                    int(a.get("failures", 0)), float(a.get("last_failure", 0.0)),
                )
            recovery = raw.get("recovery")
            return cls(
                str(raw["workspace_id"]), str(raw["device_id"]), str(raw["kind"]),
                raw.get("office_name"), accounts, recovery if isinstance(recovery, dict) else None,
            )
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise KeysFileDamaged(path=str(folder)) from e

    def save(self, folder: Path) -> None:
        data = {
            "format": FORMAT,
            "workspace_id": self.workspace_id,
            "device_id": self.device_id,
            "kind": self.kind,
            "office_name": self.office_name,
            "accounts": {
                name: {**asdict(a), "kdf": asdict(a.kdf)} for name, a in sorted(self.accounts.items())
            },
        }
        if self.recovery is not None:
            data["recovery"] = self.recovery
        write_atomic(folder / KEYS_FILE, json.dumps(data, indent=1, sort_keys=True).encode())

    # -- wrapping ------------------------------------------------------------------------
    def wrap(self, name: str, user_id: str, password: str, data_key: bytes, params: KdfParams) -> None:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(password, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(self.workspace_id, name))
        self.accounts[name] = Account(user_id, params, _b64(salt), _b64(nonce), _b64(wrapped))

    def unwrap(self, folder: Path, name: str, password: str, now: float | None = None) -> tuple[bytes, Account, int]:
        """Returns (data key, account, failures since the last good login) or raises.

        A wrong password is counted in the file before the error is raised; a locked
        account is refused before any key derivation, whatever the password.
        """
        now = time.time() if now is None else now
        account = self.accounts.get(name)
        if account is None:
            # Spend the same effort as a real attempt so names cannot be probed by timing.
            _derive(password, b"\0" * 16, profile_from_env())
            raise WrongPassword()
        wait = lockout_remaining(account.failures, account.last_failure, now)
        if wait:
            raise LockedOut(seconds=wait)
        kek = _derive(password, _unb64(account.salt), account.kdf)
        try:
            key = AESGCM(kek).decrypt(_unb64(account.nonce), _unb64(account.wrapped), _aad(self.workspace_id, name))
        except InvalidTag:
            account.failures += 1
            account.last_failure = now
            self.save(folder)
            raise WrongPassword() from None
        failures = account.failures
        if failures:
            account.failures, account.last_failure = 0, 0.0
            self.save(folder)
        return key, account, failures
