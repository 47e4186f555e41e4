"""The workspace's `keys` file: the data key wrapped for each account, and the login back-off.

The database is keyed with a random 256-bit data key. Each account wraps that key with
AES-256-GCM under a key derived from its password with Argon2id; the associated data
binds the wrap to this workspace and account, so a wrap cannot be moved to another.
The file holds no child data: account names, key-derivation parameters, wraps, and
the failed-login counters (stored, so that restarting the program does not reset them).

The desktop program and the command line may have one workspace open at once: every change
to the file is made under a lock to what is on disk at that moment (`KeysFile.update`), never
by writing back a copy read earlier, so neither loses the other's accounts or counters.
Passwords are derived in Unicode NFC, so the same word typed with composed or decomposed
letters (й, ӣ, ӯ) opens the same wrap.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from filelock import FileLock, Timeout

from caseworker.domain.errors import KeysFileBusy, KeysFileDamaged, LockedOut, WrongPassword
from caseworker.store import sealing
from caseworker.store.files import write_atomic

KEYS_FILE = "keys.json"
LOCK_FILE = "keys.lock"
# The lock is held to read, change and write the file only (keys are derived before it is
# taken), so another program waits for milliseconds; 30 s means something is stuck.
LOCK_TIMEOUT_S = 30
FORMAT = 1
# How a wrap's password was turned into bytes: "nfc" for every wrap written now; a wrap
# without it was written before, from the password exactly as typed, and is rewritten in NFC at
# its next good unlock.
NFC = "nfc"
T = TypeVar("T")
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


def built() -> bool:
    """Whether this is the installed program (PyInstaller sets sys.frozen), not a checkout."""
    return bool(getattr(sys, "frozen", False))


def profile_from_env() -> KdfParams:
    """The tests' weak profile when asked for, in a checkout only: an installed program always
    derives with STRONG (and refuses to start when asked otherwise: main.py)."""
    if built():
        return STRONG
    return FAST if os.environ.get("CASEWORKER_KDF_PROFILE") == "fast" else STRONG


def weaker(params: KdfParams, than: KdfParams) -> bool:
    return params.memory_kib < than.memory_kib or params.iterations < than.iterations


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def normal(password: str) -> str:
    """The password as derived and as its length is counted: Unicode NFC."""
    return unicodedata.normalize("NFC", password)


def _text_or_none(value) -> str | None:
    return value if isinstance(value, str) else None


def _derive(password: str, salt: bytes, params: KdfParams, form: str = NFC) -> bytes:
    if form == NFC:
        password = normal(password)
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
    form: str = NFC
    # The account's key pair (store/sealing.py): `wrapped` then holds its private half, and
    # `sealed` the data key sealed to `public`. Without them (a wrap of an earlier program),
    # `wrapped` holds the data key itself, until the account's next good unlock.
    public: str | None = None
    sealed: str | None = None


@dataclass
class KeysFile:
    workspace_id: str
    device_id: str
    kind: str
    office_name: str | None
    accounts: dict[str, Account]
    # The data key wrapped for the office's recovery (sync/recovery.py), once enrolled.
    recovery: dict | None = None
    # While the data key is being rotated (app/rotation.py): the new key sealed for every
    # account, and the new recovery wrap. Both keys open through this file until it ends.
    rotation: dict | None = None
    # Set by `unwrap` while a rotation is under way: the new key, as the account opened it.
    pending: bytes | None = None

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
                    int(a.get("failures", 0)), float(a.get("last_failure", 0.0)), str(a.get("form", "typed")),
                    _text_or_none(a.get("public")), _text_or_none(a.get("sealed")),
                )
            recovery, rotation = raw.get("recovery"), raw.get("rotation")
            return cls(
                str(raw["workspace_id"]), str(raw["device_id"]), str(raw["kind"]),
                raw.get("office_name"), accounts, recovery if isinstance(recovery, dict) else None,
                rotation if isinstance(rotation, dict) and isinstance(rotation.get("sealed"), dict) else None,
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
        if self.rotation is not None:
            data["rotation"] = self.rotation
        write_atomic(folder / KEYS_FILE, json.dumps(data, indent=1, sort_keys=True).encode())

    def update(self, folder: Path, change: Callable[[KeysFile], T]) -> T:
        """Applies `change` to the file as it is on disk now, under the lock, and writes it; this
        copy then holds what was written."""
        try:
            with FileLock(folder / LOCK_FILE, timeout=LOCK_TIMEOUT_S, mode=0o600):
                fresh = KeysFile.load(folder)
                result = change(fresh)
                fresh.save(folder)
        except Timeout:
            raise KeysFileBusy(path=str(folder)) from None
        self.accounts, self.recovery, self.rotation = fresh.accounts, fresh.recovery, fresh.rotation
        return result

    def reload(self, folder: Path) -> None:
        """Takes what another program may have written since this copy was read."""
        fresh = KeysFile.load(folder)
        self.accounts, self.recovery, self.rotation = fresh.accounts, fresh.recovery, fresh.rotation

    # -- rotation of the data key (app/rotation.py) ---------------------------------------
    def not_sealed(self) -> list[str]:
        """Accounts whose wrap an earlier program wrote: a new key cannot be sealed for them
        until they unlock once."""
        return sorted(n for n, a in self.accounts.items() if a.public is None)

    def begin_rotation(self, new_key: bytes, recovery: dict | None) -> None:
        self.rotation = {
            "sealed": {n: _b64(sealing.seal(new_key, _unb64(a.public), self.workspace_id, n))
                       for n, a in self.accounts.items() if a.public is not None},
            "recovery": recovery,
        }

    def end_rotation(self) -> None:
        """The new key becomes the only one: every account's seal and the recovery wrap."""
        if self.rotation is None:
            return
        for name, sealed in self.rotation["sealed"].items():
            if name in self.accounts:
                self.accounts[name].sealed = sealed
        if self.recovery is not None or self.rotation.get("recovery") is not None:
            self.recovery = self.rotation.get("recovery")
        self.rotation = None

    def abandon_rotation(self) -> None:
        """The database never took the new key: forget it."""
        self.rotation = None

    # -- wrapping ------------------------------------------------------------------------
    def wrapped(self, name: str, user_id: str, password: str, data_key: bytes, params: KdfParams) -> Account:
        """A new key pair for `name`, its private half under the password's key and the data key
        sealed to it (the key derivation: done before `update` takes the lock, then `put` in the
        file)."""
        private, public = sealing.new_pair()
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(password, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, private, _aad(self.workspace_id, name))
        sealed = sealing.seal(data_key, public, self.workspace_id, name)
        return Account(user_id, params, _b64(salt), _b64(nonce), _b64(wrapped), public=_b64(public),
                       sealed=_b64(sealed))

    def wrap(self, name: str, user_id: str, password: str, data_key: bytes, params: KdfParams) -> None:
        """Wraps the data key for `name` in this copy (a new workspace's first account)."""
        self.accounts[name] = self.wrapped(name, user_id, password, data_key, params)

    def put(self, folder: Path, name: str, account: Account) -> None:
        """Writes `name`'s wrap into the file, keeping whatever else it holds now."""
        self.update(folder, lambda keys: keys.accounts.__setitem__(name, account))

    def remove(self, folder: Path, names: set[str]) -> None:
        """Takes these accounts' wraps out of the file: their passwords open nothing."""
        self.update(folder, lambda keys: [keys.accounts.pop(n, None) for n in names])

    def unwrap(self, folder: Path, name: str, password: str, now: float | None = None) -> tuple[bytes, Account, int]:
        """Returns (data key, account, failures since the last good login) or raises.

        A wrong password is counted in the file before the error is raised; a locked
        account is refused before any key derivation, whatever the password.
        """
        now = time.time() if now is None else now
        self.reload(folder)  # the counters another program wrote count here too
        account = self.accounts.get(name)
        if account is None:
            # Spend the same effort as a real attempt so names cannot be probed by timing.
            _derive(password, b"\0" * 16, profile_from_env())
            raise WrongPassword()
        wait = lockout_remaining(account.failures, account.last_failure, now)
        if wait:
            raise LockedOut(seconds=wait)
        secret = self._open(name, account, password)
        key = self._data_key(name, account, secret)
        if key is None:
            self.update(folder, lambda keys: keys._count_failure(name, now))
            raise WrongPassword()
        self.pending = None
        if self.rotation is not None and account.public is not None and name in self.rotation["sealed"]:
            self.pending = sealing.open_sealed(_unb64(self.rotation["sealed"][name]), secret, self.workspace_id, name)
        failures = account.failures
        strong = profile_from_env()
        if account.form != NFC or account.public is None or weaker(account.kdf, strong):
            # Written from the password as typed, without a key pair, or with weaker key
            # derivation than this program's (a workspace made by the tests' profile): rewritten
            # now that the key is known, in NFC, sealed, and with the stronger parameters.
            params = strong if weaker(account.kdf, strong) else account.kdf
            renewed = self.wrapped(name, account.user_id, password, key, params)
            self.update(folder, lambda keys: keys._renew(name, account, renewed))
        elif failures:
            self.update(folder, lambda keys: keys._reset(name))
        return key, self.accounts.get(name, account), failures

    def _open(self, name: str, account: Account, password: str) -> bytes | None:
        # A wrap written before NFC: the password as typed then, which may have been either
        # form of the word typed now (one more derivation, until its first good unlock).
        forms = [NFC] if account.form == NFC else ["typed", NFC, "nfd"]
        tried = set()
        for form in forms:
            typed = unicodedata.normalize("NFD", password) if form == "nfd" else password
            candidate = normal(typed) if form == NFC else typed
            if candidate in tried:
                continue
            tried.add(candidate)
            kek = _derive(candidate, _unb64(account.salt), account.kdf, form="typed")
            try:
                return AESGCM(kek).decrypt(_unb64(account.nonce), _unb64(account.wrapped),
                                           _aad(self.workspace_id, name))
            except InvalidTag:
                continue
        return None

    def _data_key(self, name: str, account: Account, secret: bytes | None) -> bytes | None:
        if secret is None or account.public is None:
            return secret  # an earlier program's wrap holds the data key itself
        if account.sealed is None:
            return None
        return sealing.open_sealed(_unb64(account.sealed), secret, self.workspace_id, name)

    def _count_failure(self, name: str, now: float) -> None:
        account = self.accounts.get(name)
        if account is not None:
            account.failures += 1
            account.last_failure = now

    def _reset(self, name: str) -> None:
        account = self.accounts.get(name)
        if account is not None:
            account.failures, account.last_failure = 0, 0.0

    def _renew(self, name: str, account: Account, renewed: Account) -> None:
        if name in self.accounts and self.accounts[name].wrapped == account.wrapped:  # unchanged since
            self.accounts[name] = renewed
