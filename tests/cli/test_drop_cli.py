"""The office's drop from the command line, as the office's IT person and a laptop run it: a
certificate and its pin, the trust file, `office serve` as a real process, `sync` on the laptop,
`office take-in` at the office, a graceful stop, and a clear line when the drop is gone."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time

import httpx

from caseworker.app.session import Session
from caseworker.sync import tls
from tests.cli.test_cli import cw
from tests.conftest import PASSWORD, child, run_cli
from tests.sync.conftest import CuttingProxy, enrol, free_port


def wait_for(url: str, pin: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        try:
            with httpx.Client(verify=tls.pinned_context(pin), trust_env=False) as client:
                if client.get(f"{url}/health").status_code == 200:
                    return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError("the drop did not start")


def test_the_drop_from_the_command_line(office, tmp_path):
    r = run_cli("office", "tls-certificate", "--out", str(tmp_path / "tls"), "--host", "127.0.0.1")
    assert r.returncode == 0, r.stderr
    pin = r.stdout.strip().splitlines()[-1]
    with Session.open(office, "admin", PASSWORD) as admin:
        laptop = enrol(admin, tmp_path / "laptop", "nigora", tmp_path)
        [case_id] = laptop.cases.add([child()]).ids
        laptop.close()
    r = cw(office, "office", "export-trust", "--out", str(tmp_path / "trust.json"), user="admin")
    assert r.returncode == 0 and "1 device(s)" in r.stdout, r.stderr

    port = free_port()
    url = f"https://127.0.0.1:{port}"
    service = subprocess.Popen(
        [sys.executable, "-m", "caseworker", "office", "serve", "--drop", str(tmp_path / "drop"), "--trust",
         str(tmp_path / "trust.json"), "--certificate", str(tmp_path / "tls" / "drop.crt"), "--key",
         str(tmp_path / "tls" / "drop.key"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    try:
        wait_for(url, pin, service)
        laptop = tmp_path / "laptop"
        r = cw(laptop, "sync")
        assert r.returncode == 1 and "not set up here" in r.stderr
        assert cw(laptop, "settings", "set", "drop-url", url).returncode == 0
        assert cw(laptop, "settings", "set", "drop-pin", pin).returncode == 0
        r = cw(laptop, "sync")
        assert r.returncode == 0, r.stderr
        assert "Sent 1 bundle(s); received 0" in r.stdout

        r = cw(office, "office", "take-in", "--drop", str(tmp_path / "drop"), user="sabina")
        assert r.returncode == 0 and "Taken in: 1 bundle(s); refused: 0" in r.stdout, r.stderr
        r = cw(laptop, "sync")
        assert r.returncode == 0 and "received 1" in r.stdout and "acknowledgement: 0" in r.stdout, r.stderr
    finally:
        service.send_signal(signal.SIGTERM)
        try:
            code = service.wait(timeout=40)
        finally:
            service.kill()
    assert code == 0  # a graceful stop
    r = cw(tmp_path / "laptop", "sync")
    assert r.returncode == 1 and "cannot be reached" in r.stderr and "Traceback" not in r.stderr
    with Session.open(office, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).surname == "Қаюмова"


def test_stopping_the_drop_lets_an_upload_under_way_finish(office, tmp_path):
    pin = tls.make_certificate(tmp_path / "tls", ["127.0.0.1"])
    with Session.open(office, "admin", PASSWORD) as admin:
        laptop = enrol(admin, tmp_path / "laptop", "nigora", tmp_path)
        admin.drop.export_trust(tmp_path / "trust.json")
    [case_id] = laptop.cases.add([child()]).ids
    scan = tmp_path / "scan.bin"
    scan.write_bytes(os.urandom(1_500_000))
    laptop.casefile.attach(case_id, scan)
    bundle = laptop.bundles.write_new()
    sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
    port = free_port()
    service = subprocess.Popen(
        [sys.executable, "-m", "caseworker", "office", "serve", "--drop", str(tmp_path / "drop"), "--trust",
         str(tmp_path / "trust.json"), "--certificate", str(tmp_path / "tls" / "drop.crt"), "--key",
         str(tmp_path / "tls" / "drop.key"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proxy = CuttingProxy(port, limit=10**9, rate=600_000)  # 1.5 MB takes about 2.5 s
    outcome = {}
    try:
        wait_for(f"https://127.0.0.1:{port}", pin, service)
        laptop.drop.configure(f"https://127.0.0.1:{proxy.port}", pin)
        drop = laptop.drop._client()

        def send():
            with drop.client() as client:
                drop.health(client)
                outcome["stored"] = drop.upload(client, bundle, sha)

        sender = threading.Thread(target=send)
        sender.start()
        part = tmp_path / "drop" / "incoming" / laptop.workspace.device_id / f"{sha}.part"
        deadline = time.monotonic() + 20
        while not (part.exists() and part.stat().st_size > 0):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        service.send_signal(signal.SIGTERM)  # the office's machine shuts down, mid-upload
        sender.join(timeout=60)
        code = service.wait(timeout=60)
    finally:
        proxy.close()
        service.kill()
        laptop.close()
    assert outcome == {"stored": True} and code == 0
    stored = tmp_path / "drop" / "inbox" / f"{sha}.cwbundle"
    assert stored.read_bytes() == bundle.read_bytes()
