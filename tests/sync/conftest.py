"""What the drop tests share: an office and an enrolled laptop, the drop service running over
TLS on loopback (a real uvicorn in a thread, a generated certificate), and a proxy that cuts
connections after a number of bytes, as a failing mobile link does."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseworker.app.session import Session
from caseworker.sync import drop_server, tls
from tests.conftest import PASSWORD


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Service:
    admin: Session
    laptop: Session
    folder: Path
    trust: Path
    url: str
    pin: str
    port: int
    limits: object = None  # the running drop's Limits (a test may lower them)


def enrol(admin, folder: Path, user: str, tmp: Path) -> Session:
    laptop = Session.create(folder, user, PASSWORD)
    fingerprint = laptop.enrolment.request("Ваҳдат", tmp / f"{user}.request")
    admin.enrolment.approve(tmp / f"{user}.request", fingerprint, tmp / f"{user}.approval")
    laptop.enrolment.complete(tmp / f"{user}.approval", admin.enrolment.office_fingerprint())
    return laptop


@pytest.fixture
def service(office, tmp_path):
    admin = Session.open(office, "admin", PASSWORD)
    laptop = enrol(admin, tmp_path / "laptop", "nigora", tmp_path)
    trust = tmp_path / "trust.json"
    admin.drop.export_trust(trust)
    pin = tls.make_certificate(tmp_path / "tls", ["127.0.0.1"])
    port = free_port()
    limits = drop_server.Limits(max_bundle=8 * 1024 * 1024, requests_per_minute=600)
    server = drop_server.server(tmp_path / "drop", trust, "127.0.0.1", port, tmp_path / "tls" / "drop.crt",
                                tmp_path / "tls" / "drop.key", limits)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the drop did not start"
        time.sleep(0.02)
    yield Service(admin, laptop, tmp_path / "drop", trust, f"https://127.0.0.1:{port}", pin, port, limits)
    server.should_exit = True
    thread.join(timeout=30)
    laptop.close()
    admin.close()


class CuttingProxy:
    """Forwards TCP to the drop, closing each connection once `limit` bytes went up to it (or,
    with `down`, came down from it)."""

    def __init__(self, target_port: int, limit: int, down: bool = False, rate: float | None = None) -> None:
        self.target, self.limit, self.down, self.rate = target_port, limit, down, rate
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cuts = 0
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, upstream, not self.down), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, self.down), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        sent = 0
        try:
            while data := source.recv(16384):
                if counted and sent + len(data) > self.limit:
                    sink.sendall(data[: self.limit - sent])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
                if counted and self.rate:
                    time.sleep(len(data) / self.rate)  # a slow link
        except OSError:
            pass
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.running = False
        self.listener.close()
