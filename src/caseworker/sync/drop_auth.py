"""How a laptop proves who is asking the office's drop: each request is signed with the device's
Ed25519 key over its method, path, range, a timestamp and a fresh nonce. The drop refuses a
stale timestamp and a nonce seen before, so a recorded request cannot be replayed. A laptop's
own clock may be wrong: it stamps requests in the drop's time (learned from its health reply)."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict

from caseworker.sync.identity import Identity, PublicIdentity, b64, unb64

DEVICE, TIME, NONCE, SIGNATURE = ("caseworker-device", "caseworker-time", "caseworker-nonce",
                                  "caseworker-signature")
OFFSET, LENGTH = "upload-offset", "upload-length"  # an upload's place in the file, and the file's size
WINDOW = 300  # seconds either side of the drop's clock
NONCE_CHARS = 32


def _message(method: str, path: str, extra: str, stamp: int, nonce: str) -> bytes:
    return f"caseworker drop v1\n{method.upper()}\n{path}\n{extra}\n{stamp}\n{nonce}".encode()


def sign(identity: Identity, device_id: str, method: str, path: str, extra: str = "",
         now: float | None = None) -> dict[str, str]:
    """The headers of a signed request; `extra` is whatever else the request must bind (its
    upload offset)."""
    stamp = int(time.time() if now is None else now)
    nonce = secrets.token_hex(NONCE_CHARS // 2)
    signature = identity.sign(_message(method, path, extra, stamp, nonce))
    return {DEVICE: device_id, TIME: str(stamp), NONCE: nonce, SIGNATURE: b64(signature)}


class Replayed(Exception):
    """A request whose nonce was already used, or whose time is outside the window."""


class Verifier:
    """The drop's side: which device signed a request, refusing replays. Nonces are kept for
    twice the window (a request older than the window is refused by its time anyway)."""

    def __init__(self, window: int = WINDOW, clock=time.time) -> None:
        self.window, self.clock = window, clock
        self.seen: OrderedDict[str, float] = OrderedDict()
        self.lock = threading.Lock()

    def check(self, headers, method: str, path: str, extra: str, keys_of) -> str:
        """The device id, or ValueError (unsigned, unknown device, bad signature) or Replayed.
        `keys_of(device_id)` gives the device's keys, or None."""
        try:
            device, stamp, nonce = headers[DEVICE], int(headers[TIME]), headers[NONCE]
            signature = unb64(headers[SIGNATURE])
        except (KeyError, ValueError):
            raise ValueError("unsigned") from None
        if len(nonce) != NONCE_CHARS or not all(c in "0123456789abcdef" for c in nonce):
            raise ValueError("unsigned")
        keys: PublicIdentity | None = keys_of(device)
        if keys is None:
            raise ValueError("unknown_device")
        if not keys.verify(signature, _message(method, path, extra, stamp, nonce)):
            raise ValueError("bad_signature")
        now = self.clock()
        if abs(now - stamp) > self.window:
            raise Replayed("stale")
        with self.lock:
            while self.seen and next(iter(self.seen.values())) < now - 2 * self.window:
                self.seen.popitem(last=False)
            if nonce in self.seen:
                raise Replayed("replayed")
            self.seen[nonce] = now
        return device
