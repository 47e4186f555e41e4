"""The office's drop (`caseworker office serve`): a small HTTPS service laptops upload their
bundles to and download their return bundles from. It holds no workspace key: it checks each
request's device signature and each upload's bundle signature against the office's trust file,
and only moves files between folders:

    DROP/incoming/DEVICE/SHA256.part   uploads under way (resumed where they broke off)
    DROP/inbox/SHA256.cwbundle         complete, checked uploads, for the office to import
    DROP/outbox/*.cwbundle             return bundles the office wrote, each for one device

Built on Starlette (routing, streaming request bodies, range responses) served by uvicorn.
Logs name devices, sizes and refusal codes; no bundle content passes through them."""

from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import logging
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from caseworker.sync import container, drop_auth, drop_trust
from caseworker.sync import enrolment as documents
from caseworker.sync.container import BundleRejected
from caseworker.sync.drop_trust import Trust

log = logging.getLogger("caseworker.drop")
SHA = re.compile(r"^[0-9a-f]{64}$")
BUNDLE_NAME = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,200}\.cwbundle$")
PARTS_PER_DEVICE = 16  # uploads under way at once from one laptop (a bound on what it can leave half-sent)
OFFSET, LENGTH = drop_auth.OFFSET, drop_auth.LENGTH


@dataclass
class Limits:
    max_bundle: int = 2 * 1024**3  # bytes of one upload
    requests_per_minute: int = 120  # per device
    # What one laptop may have waiting in the inbox for the office, stored or under way: a
    # laptop in the wrong hands does not fill the drop's disk for the others.
    inbox_files: int = 200
    inbox_bytes: int = 4 * 1024**3


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class Drop:
    folder: Path
    trust_path: Path
    limits: Limits = field(default_factory=Limits)
    verifier: drop_auth.Verifier = field(default_factory=drop_auth.Verifier)
    buckets: dict[str, _Bucket] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    headers_seen: dict[tuple[str, float], dict] = field(default_factory=dict)
    # The request that writes each part now: a retry supersedes a request whose connection died
    # unnoticed (on a weak link the drop may not learn of it for minutes); the old one stops.
    writers: dict[tuple[str, str], object] = field(default_factory=dict)
    completing: set[tuple[str, str]] = field(default_factory=set)
    # The hash of each part as far as it went, kept when an upload breaks off, so a resumed one
    # goes on hashing without reading the part back (and without a pause before reading the
    # body: bytes already received on a connection that just broke would be lost with it).
    digests: dict[tuple[str, str], tuple[int, object]] = field(default_factory=dict)

    loaded: tuple[float, Trust] | None = None

    def __post_init__(self) -> None:
        for name in ("incoming", "inbox", "outbox"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        _ = self.trust  # a trust file that does not verify stops the service before it starts

    @property
    def trust(self) -> Trust:
        """The trust file, read again whenever the office writes a new one (a laptop enrolled or
        revoked takes effect without a restart); a new file that fails to verify is not used."""
        mtime = self.trust_path.stat().st_mtime
        if self.loaded is None or self.loaded[0] != mtime:
            try:
                self.loaded = (mtime, drop_trust.read(self.trust_path))
                log.info("trust read: office %s, %d devices", self.loaded[1].office_fingerprint,
                         len(self.loaded[1].devices))
            except documents.Refused as e:
                if self.loaded is None:
                    raise
                log.error("new trust file refused (%s); the previous one stays in use", e.reason)
        return self.loaded[1]

    def allowed(self, device: str) -> bool:
        """A token bucket per device: a burst of a minute's worth, refilled steadily."""
        rate = self.limits.requests_per_minute / 60
        now = time.monotonic()
        with self.lock:
            bucket = self.buckets.setdefault(device, _Bucket(self.limits.requests_per_minute, now))
            bucket.tokens = min(self.limits.requests_per_minute, bucket.tokens + (now - bucket.at) * rate)
            bucket.at = now
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True

    def header_of(self, path: Path) -> dict | None:
        """A bundle's header fields (read once per file version): return bundles' recipients,
        inbox bundles' senders."""
        key = (path.name, path.stat().st_mtime)
        if key not in self.headers_seen:
            if len(self.headers_seen) > 10_000:  # files come and go: forget the old ones now and then
                self.headers_seen.clear()
            try:
                self.headers_seen[key] = container.read_header(path).fields
            except (BundleRejected, OSError):
                self.headers_seen[key] = {}
        return self.headers_seen[key] or None


def _refuse(status: int, code: str, device: str | None = None) -> JSONResponse:
    log.info("refused %s device=%s", code, device or "-")
    return JSONResponse({"refused": code}, status_code=status)


def _authenticate(drop: Drop, request: Request, extra: str = "") -> str | JSONResponse:
    try:
        device = drop.verifier.check(request.headers, request.method, request.url.path, extra,
                                     drop.trust.devices.get)
    except drop_auth.Replayed as e:
        return _refuse(401, str(e))
    except ValueError as e:
        code = str(e)
        if code == "unknown_device" and request.headers.get(drop_auth.DEVICE) in drop.trust.revoked:
            code = "revoked"
        return _refuse(401 if code != "revoked" else 403, code)
    if drop.trust.expires.get(device, "9999") < dt.datetime.now(dt.UTC).date().isoformat():
        return _refuse(403, "certificate_expired", device)  # by the drop's clock, the office's
    if not drop.allowed(device):
        return _refuse(429, "too_many_requests", device)
    return device


def _part(drop: Drop, device: str, sha: str) -> Path:
    return drop.folder / "incoming" / device / f"{sha}.part"


def _stored(drop: Drop, sha: str) -> Path:
    return drop.folder / "inbox" / f"{sha}.cwbundle"


async def health(request: Request) -> JSONResponse:
    # The time lets a laptop with a wrong clock sign its requests in the drop's time.
    return JSONResponse({"status": "ok", "time": int(time.time()), "office": request.app.state.drop.trust.office_id})


async def upload_state(request: Request) -> Response:
    drop: Drop = request.app.state.drop
    sha = request.path_params["sha"]
    device = _authenticate(drop, request)
    if isinstance(device, Response):
        return device
    if not SHA.match(sha):
        return _refuse(400, "bad_name", device)
    if _stored(drop, sha).exists():
        return JSONResponse({"offset": _stored(drop, sha).stat().st_size, "complete": True})
    part = _part(drop, device, sha)
    return JSONResponse({"offset": part.stat().st_size if part.exists() else 0, "complete": False})


async def upload(request: Request) -> Response:
    """Appends the body at the offset the laptop names (which must be what arrived so far); once
    the declared length is reached, the whole file is checked and moved to the inbox."""
    drop: Drop = request.app.state.drop
    sha = request.path_params["sha"]
    try:
        offset, length = int(request.headers[OFFSET]), int(request.headers[LENGTH])
    except (KeyError, ValueError):
        return _refuse(400, "no_offset")
    device = _authenticate(drop, request, f"{offset}:{length}")
    if isinstance(device, Response):
        return device
    if not SHA.match(sha):
        return _refuse(400, "bad_name", device)
    if length > drop.limits.max_bundle or length < 1:
        return _refuse(413, "too_large", device)
    key = (device, sha)
    if key in drop.completing:  # being checked and stored right now: ask again in a moment
        return JSONResponse({"refused": "upload_under_way"}, status_code=409)
    me = drop.writers[key] = object()
    try:
        return await _append(request, drop, key, me, offset, length)
    finally:
        if drop.writers.get(key) is me:
            del drop.writers[key]


async def _append(request: Request, drop: Drop, key: tuple[str, str], me: object, offset: int,
                  length: int) -> Response:
    device, sha = key
    if _stored(drop, sha).exists():
        return JSONResponse({"stored": True, "already": True})  # the same bundle is stored once
    part = _part(drop, device, sha)
    part.parent.mkdir(parents=True, exist_ok=True)
    if not part.exists() and len(list(part.parent.glob("*.part"))) >= PARTS_PER_DEVICE:
        return _refuse(429, "too_many_uploads", device)
    if not part.exists() and _over_quota(drop, device, length):
        return _refuse(507, "inbox_full", device)
    have = part.stat().st_size if part.exists() else 0
    if offset != have:
        return JSONResponse({"refused": "wrong_offset", "offset": have}, status_code=409)
    received = have
    # The file's hash is taken as it arrives, so a whole bundle is not read again at the end.
    saved = drop.digests.pop(key, None)
    digest = saved[1] if saved and saved[0] == have else _hash_of(part) if have else hashlib.sha256()
    try:
        with part.open("ab") as f:
            async for chunk in request.stream():
                if drop.writers.get(key) is not me:  # a newer request took over this part
                    drop.digests[key] = (received, digest)
                    return JSONResponse({"refused": "superseded"}, status_code=409)
                if received + len(chunk) > length:
                    f.truncate(have)  # (its hash state is dropped: read back at the next attempt)
                    return _refuse(413, "longer_than_declared", device)
                f.write(chunk)
                f.flush()  # what arrived stays, whatever happens to the connection next
                digest.update(chunk)
                received += len(chunk)
    except ClientDisconnect:
        log.info("upload interrupted device=%s received=%d of %d", device, received, length)
        drop.digests[key] = (received, digest)
        return Response(status_code=499)
    if received < length:
        drop.digests[key] = (received, digest)
        return JSONResponse({"offset": received, "complete": False}, status_code=202)
    # Hashing and checking a large bundle takes a while: off the event loop, so other laptops'
    # requests go on meanwhile; a retry of this one waits until it is done.
    drop.completing.add(key)
    try:
        return await run_in_threadpool(_complete, drop, device, sha, part, digest.hexdigest())
    finally:
        drop.completing.discard(key)


def _over_quota(drop: Drop, device: str, length: int) -> bool:
    """Whether a new upload of `length` bytes would take the device past its share of the inbox:
    its bundles stored there (their headers name it; read once per file) and its uploads under
    way."""
    files, size = 1, length
    for path in (drop.folder / "inbox").glob("*.cwbundle"):
        fields = drop.header_of(path)
        if fields and fields.get("sender") == device:
            files, size = files + 1, size + path.stat().st_size
    for path in (drop.folder / "incoming" / device).glob("*.part"):
        files, size = files + 1, size + path.stat().st_size
    return files > drop.limits.inbox_files or size > drop.limits.inbox_bytes


def _hash_of(part: Path):
    digest = hashlib.sha256()
    with part.open("rb") as f:
        while block := f.read(1024 * 1024):
            digest.update(block)
    return digest


def _complete(drop: Drop, device: str, sha: str, part: Path, digest: str) -> Response:
    """The whole file arrived: its hash (taken as it arrived) is its name, it is a bundle of this
    office's, signed by the device that sent it, which the office enrolled and has not revoked."""
    code = None
    if digest != sha:
        code = "hash_mismatch"
    else:
        try:
            header = container.read_header(part)
            fields = header.fields
            certificate = documents.read_certificate(fields.get("certificate") or {}, drop.trust.office_keys)
            if fields.get("kind") != "changes" or fields.get("sender") != device:
                code = "not_from_this_device"
            elif certificate.device_id != device or certificate.office_id != drop.trust.office_id:
                code = "not_from_this_device"
            elif drop.trust.devices.get(device) != certificate.keys or not header.signed_by(certificate.keys):
                code = "bad_signature"
        except BundleRejected as e:
            code = e.reason
        except (documents.Refused, OSError, AttributeError, TypeError):
            code = "not_a_bundle"
    if code is not None:
        part.unlink(missing_ok=True)
        return _refuse(422, code, device)
    with part.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(part, _stored(drop, sha))
    log.info("stored device=%s bytes=%d", device, _stored(drop, sha).stat().st_size)
    return JSONResponse({"stored": True}, status_code=201)


async def returns(request: Request) -> Response:
    drop: Drop = request.app.state.drop
    device = _authenticate(drop, request)
    if isinstance(device, Response):
        return device
    listed = []
    for path in sorted((drop.folder / "outbox").glob("*.cwbundle")):
        fields = drop.header_of(path)
        if fields and fields.get("kind") == "return" and fields.get("device_id") == device \
                and fields.get("office_id") == drop.trust.office_id:
            listed.append({"name": path.name, "size": path.stat().st_size,
                           "sequence": fields.get("sequence")})
    return JSONResponse({"returns": listed})


async def download(request: Request) -> Response:
    """One return bundle, to its own device only; a Range header resumes a broken download."""
    drop: Drop = request.app.state.drop
    name = request.path_params["name"]
    device = _authenticate(drop, request, request.headers.get("range", ""))
    if isinstance(device, Response):
        return device
    path = drop.folder / "outbox" / name
    if not BUNDLE_NAME.match(name) or not path.is_file():
        return _refuse(404, "no_such_bundle", device)
    fields = drop.header_of(path)
    if not fields or fields.get("device_id") != device:
        return _refuse(404, "no_such_bundle", device)  # another device's: as if it were not there
    return _BundleFile(path, media_type="application/octet-stream")


class _BundleFile(FileResponse):
    # Starlette reads a file 64 KiB at a time, each read a hop to a worker thread and back:
    # larger reads took the service's CPU time for a 210 MB download from 0.5 s to 0.2 s.
    chunk_size = 512 * 1024


def make_app(folder: Path, trust_path: Path, limits: Limits | None = None) -> Starlette:
    app = Starlette(routes=[
        Route("/health", health),
        Route("/v1/uploads/{sha}", upload_state, methods=["GET"]),
        Route("/v1/uploads/{sha}", upload, methods=["PUT"]),
        Route("/v1/returns", returns),
        Route("/v1/returns/{name}", download),
    ])
    app.state.drop = Drop(Path(folder), Path(trust_path), limits or Limits())
    return app


def server(folder: Path, trust_path: Path, host: str, port: int, certfile: Path, keyfile: Path,
           limits: Limits | None = None):
    """A uvicorn server for the drop (call .run(), or run it in a thread in tests). On SIGTERM or
    Ctrl+C it stops taking connections and lets uploads under way finish (up to 30 s); what
    arrived of an upload cut short stays, to be resumed."""
    import uvicorn

    _steady_heap()
    config = uvicorn.Config(make_app(folder, trust_path, limits), host=host, port=port, ssl_certfile=str(certfile),
                            ssl_keyfile=str(keyfile), log_level="info", access_log=False,
                            timeout_graceful_shutdown=30, limit_concurrency=200)
    return uvicorn.Server(config)


def _steady_heap() -> None:
    """Every request body passes through blocks of 256 KiB, each allocated and freed in turn
    (asyncio's TLS reads, h11's receive buffer, uvicorn's body). By default glibc gives the top
    of its heap back to the kernel once about twice that is free there, so the next block
    needs fresh zeroed pages: that churn was half of the service's CPU time during an upload
    (benchmarks/bench_drop.py: 0.9 s to 0.4 s for 210 MB). Now up to 8 MiB freed at the top
    is kept for the next blocks. Setting the trim threshold turns off glibc's own adjusting of
    the mmap threshold too, so that one is set as well (blocks under 1 MiB from the heap).
    Elsewhere than glibc, nothing changes (musl's mallopt does nothing)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # from glibc's malloc.h
    mallopt(m_mmap_threshold, 1024 * 1024)
    mallopt(m_trim_threshold, 8 * 1024 * 1024)
