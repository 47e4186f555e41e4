"""A laptop talking to the office's drop over HTTPS (httpx), the drop's certificate pinned: is it
reachable; upload a bundle, resuming where an earlier attempt broke off; list and download the
return bundles addressed to this laptop, resuming too. Every request is signed by the device."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from caseworker.sync import drop_auth, tls
from caseworker.sync.identity import Identity

CHUNK = 256 * 1024
# The largest return bundle a laptop downloads: the largest bundle a reader reads at all.
MAX_DOWNLOAD = 4 * 1024**3
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class DropError(Exception):
    """The drop could not be reached or refused: `code` is stable (`unreachable`, `pin_mismatch`,
    or the drop's own refusal code)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


@dataclass
class Drop:
    url: str
    pin: str
    identity: Identity
    device_id: str
    offset: float = 0.0  # the drop's clock minus ours, learned from its health reply

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url.rstrip("/"), verify=tls.pinned_context(self.pin), timeout=TIMEOUT,
                            trust_env=False)  # no proxy from the environment: the pin is checked end to end

    def _signed(self, method: str, path: str, extra: str = "") -> dict:
        return drop_auth.sign(self.identity, self.device_id, method, path, extra, now=time.time() + self.offset)

    def _call(self, client: httpx.Client, method: str, path: str, extra: str = "", **kwargs) -> httpx.Response:
        headers = {**kwargs.pop("headers", {}), **self._signed(method, path, extra)}
        try:
            return client.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as e:
            raise _explained(e) from None

    # -- reachability -------------------------------------------------------------------------
    def health(self, client: httpx.Client) -> dict:
        """Cheap: one small request. Also learns the drop's clock."""
        try:
            reply = client.get("/health", timeout=httpx.Timeout(10.0, connect=5.0))
        except httpx.HTTPError as e:
            raise _explained(e) from None
        if reply.status_code != 200:
            raise DropError("unreachable", f"health {reply.status_code}")
        body = reply.json()
        self.offset = float(body.get("time", time.time())) - time.time()
        return body

    # -- uploading ----------------------------------------------------------------------------
    def upload(self, client: httpx.Client, path: Path, sha256: str) -> bool:
        """Sends the bundle; resumes from what the drop already has. Returns True once stored
        (False: the connection broke; call again to go on)."""
        size = path.stat().st_size
        reply = self._call(client, "GET", f"/v1/uploads/{sha256}")
        _check(reply)
        state = reply.json()
        if state["complete"]:
            return True
        offset = int(state["offset"])
        try:
            reply = self._call(client, "PUT", f"/v1/uploads/{sha256}", f"{offset}:{size}",
                               headers={drop_auth.OFFSET: str(offset), drop_auth.LENGTH: str(size),
                                        "content-length": str(size - offset)},
                               content=_read_from(path, offset))
        except DropError as e:
            if e.code == "unreachable":
                return False  # the connection broke: the drop kept what arrived
            raise
        if reply.status_code == 409:  # the drop holds a different amount: go on from there next time
            return False
        _check(reply)
        return bool(reply.json().get("stored"))

    # -- downloading --------------------------------------------------------------------------
    def returns(self, client: httpx.Client) -> list[dict]:
        reply = self._call(client, "GET", "/v1/returns")
        _check(reply)
        return reply.json()["returns"]

    def download(self, client: httpx.Client, name: str, size: int, to: Path) -> Path | None:
        """Into `to`/name.part, resumed from what is there; renamed to `to`/name when whole.
        Returns the path, or None if the connection broke (call again to go on)."""
        if type(size) is not int or not 0 < size <= MAX_DOWNLOAD:
            raise DropError("too_large", f"{name} is said to be {size} bytes")
        part = to / f"{name}.part"
        have = part.stat().st_size if part.exists() else 0
        if have > size:
            part.unlink()  # more than the file is said to be: not kept, fetched again
            have = 0
        if have < size:
            extra = f"bytes={have}-" if have else ""
            headers = {"range": extra} if extra else {}
            try:
                with client.stream("GET", f"/v1/returns/{name}",
                                   headers={**headers, **self._signed("GET", f"/v1/returns/{name}", extra)}) as reply:
                    if reply.status_code not in (200, 206):
                        reply.read()
                        _check(reply)
                    if reply.status_code == 200 and have:
                        have = 0  # the drop sent it whole: start over
                    with part.open("r+b" if have else "wb") as f:
                        f.seek(have)
                        f.truncate()
                        for chunk in reply.iter_bytes():  # as it arrives: a cut keeps what came
                            # Never past the size the listing gave: a drop that sends on and on
                            # does not fill the laptop's disk.
                            room = size - f.tell()
                            f.write(chunk[:room])
                            if len(chunk) >= room:
                                break
            except httpx.HTTPError as e:
                explained = _explained(e)
                if explained.code == "pin_mismatch":
                    raise explained from None
                return None
        if part.stat().st_size != size:
            return None
        with part.open("rb+") as f:
            os.fsync(f.fileno())
        final = to / name
        os.replace(part, final)
        return final


def _read_from(path: Path, offset: int) -> Iterator[bytes]:
    """The file from `offset`, a chunk at a time: a 50 MB bundle is never held whole."""
    with path.open("rb") as f:
        f.seek(offset)
        while chunk := f.read(CHUNK):
            yield chunk


def _check(reply: httpx.Response) -> None:
    if reply.status_code >= 400:
        try:
            code = reply.json().get("refused", f"http_{reply.status_code}")
        except ValueError:
            code = f"http_{reply.status_code}"
        raise DropError(code)


def _explained(error: httpx.HTTPError) -> DropError:
    cause = error.__cause__ or error.__context__
    while cause is not None:
        if isinstance(cause, tls.PinMismatch):
            return DropError("pin_mismatch", f"found {cause.found}")
        cause = cause.__cause__ or cause.__context__
    if "pin mismatch" in str(error):
        return DropError("pin_mismatch", str(error))
    return DropError("unreachable", type(error).__name__)
