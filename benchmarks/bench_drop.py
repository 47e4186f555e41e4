"""Drop benchmark: the office's drop service (`caseworker office serve`, in a process of its own,
over TLS on loopback) against a plain file copy of the same bytes: a laptop uploads a real
bundle and downloads a real return bundle, each timed beside `shutil.copyfile` of the same file
on the same disk (with and without fsync: the drop and the laptop fsync what they receive).
Then twenty laptops upload a bundle each at the same time, and the service's memory is read
while they do (VmRSS sampled, VmHWM reset before each part).

    python3 benchmarks/bench_drop.py [--mb 200] [--uploads 20] [--upload-mb 100] [--runs 3]
    python3 benchmarks/bench_drop.py --quick      # small sizes: a smoke run of seconds

Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("CASEWORKER_KDF_PROFILE", "fast")  # unlock is measured by bench_core.py

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.sync import drop_client, tls

PASSWORD = "benchmark password"
MIB = 1024 * 1024
SCAN_MIB = 4  # each attachment: a scanned document of random bytes (scans do not compress)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="MiB of attachments in the bundle timed each way")
    parser.add_argument("--uploads", type=int, default=20, help="laptops uploading at the same time")
    parser.add_argument("--upload-mb", type=int, default=100, help="MiB of attachments in each of those bundles")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each transfer and each floor (best kept)")
    parser.add_argument("--quick", action="store_true", help="8 MiB, 3 uploads of 4 MiB, one run")
    args = parser.parse_args()
    if args.quick:
        args.mb, args.uploads, args.upload_mb, args.runs = 8, 3, 4, 1
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp), args)


def enrolled(tmp: Path, office, name: str):
    laptop = Session.create(tmp / name, "nigora", PASSWORD)
    fingerprint = laptop.enrolment.request("Ваҳдат", tmp / f"{name}.request")
    office.enrolment.approve(tmp / f"{name}.request", fingerprint, tmp / f"{name}.approval")
    laptop.enrolment.complete(tmp / f"{name}.approval", office.enrolment.office_fingerprint())
    return laptop


def attach_random(session, case_id: str, mib: int, scratch: Path) -> None:
    scan = scratch / "scan.pdf"
    for left in range(mib, 0, -SCAN_MIB):
        scan.write_bytes(os.urandom(min(SCAN_MIB, left) * MIB))
        session.casefile.attach(case_id, scan)
    scan.unlink()


# What the benchmark needs on disk, in multiples of the timed bundle: the laptop's blobs and its
# bundle, the office's blobs, its return bundle and the drop's copy of it, what the drop stores,
# the floors' copies and the download; and of each concurrent upload: the laptop's blobs, its
# bundle and what the drop stores.
DISK_TIMED, DISK_UPLOAD = 9, 3


def run(tmp: Path, args) -> None:
    free = shutil.disk_usage(tmp).free
    need = (DISK_TIMED * args.mb + DISK_UPLOAD * args.uploads * args.upload_mb) * MIB
    if need > free * 0.9:
        uploads = max(1, int((free * 0.9 / MIB - DISK_TIMED * args.mb) // (DISK_UPLOAD * args.upload_mb)))
        print(f"not enough disk for {args.uploads} uploads of {args.upload_mb} MiB ({free / 1e9:.1f} GB free in "
              f"{tmp.parent}): measuring {uploads}")
        args.uploads = uploads

    # The office, and a laptop whose case the office holds too (imported from its first bundle):
    # what the office attaches to it goes back to the laptop as a return bundle.
    office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
    office.accounts.add("sabina", PASSWORD, "supervisor")
    supervisor = Session.open(tmp / "office", "sabina", PASSWORD)
    laptop = enrolled(tmp, office, "laptop")
    [case_id] = laptop.cases.add(list(demo.cases(1, seed=3)), check_duplicates=False).ids
    supervisor.bundles.import_file(laptop.bundles.write_new())
    drop_folder = tmp / "drop"
    attach_random(supervisor, case_id, args.mb, tmp)
    returned = supervisor.bundles.export(drop_folder / "outbox").new
    attach_random(laptop, case_id, args.mb, tmp)
    bundle = laptop.bundles.write_new()
    bundle_sha = dict(laptop.bundles.waiting())[bundle]
    timed = drop_client.Drop("", "", laptop.enrolment.device_identity(), laptop.workspace.device_id)
    laptop.close()
    supervisor.close()

    # The laptops uploading at the same time: a bundle each (distinct bytes: the drop stores
    # the same bundle once).
    crowd = []
    for n in range(args.uploads):
        other = enrolled(tmp, office, f"laptop{n}")
        [other_case] = other.cases.add(list(demo.cases(1, seed=100 + n)), check_duplicates=False).ids
        attach_random(other, other_case, args.upload_mb, tmp)
        path = other.bundles.write_new()
        crowd.append((drop_client.Drop("", "", other.enrolment.device_identity(), other.workspace.device_id),
                      path, dict(other.bundles.waiting())[path]))
        other.close()
    trust = tmp / "trust.json"
    office.drop.export_trust(trust)
    office.close()

    pin = tls.make_certificate(tmp / "tls", ["127.0.0.1"])
    with serving(tmp, drop_folder, trust) as (url, memory):
        for drop in [timed] + [d for d, _p, _s in crowd]:
            drop.url, drop.pin = url, pin
        with timed.client() as client:
            timed.health(client)
            idle = memory.now()
            report_transfers(tmp, args, timed, client, bundle, bundle_sha, returned, drop_folder, memory)
        report_crowd(args, crowd, drop_folder, memory, idle)


def report_transfers(tmp: Path, args, drop, client, bundle: Path, sha: str, returned: Path, drop_folder: Path,
                     memory) -> None:
    size = bundle.stat().st_size
    stored = drop_folder / "inbox" / f"{sha}.cwbundle"

    def upload() -> None:
        stored.unlink(missing_ok=True)  # each run sends the whole body, as a first upload does
        assert drop.upload(client, bundle, sha), "the upload did not complete"

    # Two floors: a copy alone, and a copy made durable with fsync. The second is the fair one:
    # the drop fsyncs every upload before it says "stored", the laptop every download.
    copies = tmp / "copies"
    copies.mkdir()
    with memory.part() as upload_peak:
        upload_time = best(args.runs, upload)
    copy_time = best(args.runs, lambda: copy(bundle, copies / "copy", sync=False))
    synced_time = best(args.runs, lambda: copy(bundle, copies / "copy", sync=True))
    assert stored.stat().st_size == size

    [listed] = drop.returns(client)
    back = tmp / "laptop-inbox"
    back.mkdir()
    down_size = listed["size"]

    def download() -> None:
        (back / listed["name"]).unlink(missing_ok=True)
        assert drop.download(client, listed["name"], down_size, back), "the download did not complete"

    with memory.part() as download_peak:
        download_time = best(args.runs, download)
    down_copy = best(args.runs, lambda: copy(returned, copies / "copy", sync=False))
    down_synced = best(args.runs, lambda: copy(returned, copies / "copy", sync=True))
    shutil.rmtree(copies)

    def mbs(seconds: float, n: int) -> str:
        return f"{n / 1e6 / seconds:.0f} MB/s"

    print(f"upload of a {size / 1e6:.0f} MB bundle ({args.mb} MiB of random attachments), best of {args.runs}: "
          f"{upload_time:.2f} s, {mbs(upload_time, size)}; floor, copyfile + fsync of the same file: "
          f"{synced_time:.2f} s, {mbs(synced_time, size)} -> {synced_time / upload_time:.0%} of it; "
          f"copyfile alone: {copy_time:.2f} s, {mbs(copy_time, size)} -> {copy_time / upload_time:.0%}")
    print(f"download of a {down_size / 1e6:.0f} MB return bundle, best of {args.runs}: {download_time:.2f} s, "
          f"{mbs(download_time, down_size)}; floor, copyfile + fsync: {down_synced:.2f} s, "
          f"{mbs(down_synced, down_size)} -> {down_synced / download_time:.0%} of it; copyfile alone: "
          f"{down_copy:.2f} s, {mbs(down_copy, down_size)} -> {down_copy / download_time:.0%}")
    print(f"the service's peak memory: {upload_peak.mb:.0f} MB during the uploads, {download_peak.mb:.0f} MB "
          f"during the downloads")


def report_crowd(args, crowd, drop_folder: Path, memory, idle: float) -> None:
    start_line = threading.Barrier(len(crowd) + 1)
    seconds: list[float] = []
    errors: list[BaseException] = []

    def one(drop, path: Path, sha: str) -> None:
        try:
            with drop.client() as client:
                drop.health(client)
                start_line.wait()
                start = time.perf_counter()
                assert drop.upload(client, path, sha), "the upload did not complete"
                seconds.append(time.perf_counter() - start)
        except BaseException as e:  # reported below, after the others finished
            errors.append(e)
            start_line.abort()

    threads = [threading.Thread(target=one, args=entry) for entry in crowd]
    os.sync()
    with memory.part() as peak:
        for t in threads:
            t.start()
        start_line.wait()
        start, cpu, own = time.perf_counter(), memory.cpu(), time.process_time()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        cpu, own = memory.cpu() - cpu, time.process_time() - own
    if errors:
        raise errors[0]
    total = sum(path.stat().st_size for _d, path, _s in crowd)
    stored = len(list((drop_folder / "inbox").glob("*.cwbundle"))) - 1  # the timed bundle is there too
    print(f"{len(crowd)} laptops upload a bundle each at the same time ({args.upload_mb} MiB of attachments, "
          f"{total / len(crowd) / 1e6:.0f} MB each, {total / 1e6:.0f} MB in all): all stored in {wall:.1f} s, "
          f"{total / 1e6 / wall:.0f} MB/s together; each took {min(seconds):.1f}-{max(seconds):.1f} s "
          f"(median {statistics.median(seconds):.1f} s); stored: {stored}; CPU time meanwhile: the service "
          f"{cpu:.1f} s, the laptops (this process) {own:.1f} s")
    print(f"the service's memory: idle {idle:.0f} MB; peak during the {len(crowd)} uploads {peak.mb:.0f} MB "
          f"(+{peak.mb - idle:.0f} MB)")


def best(runs: int, step) -> float:
    times = []
    for _ in range(runs):
        os.sync()  # what an earlier step left to write back is not charged to this one
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def copy(source: Path, target: Path, sync: bool) -> None:
    target.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    if sync:
        with target.open("rb+") as f:
            os.fsync(f.fileno())


# -- the service, in a process of its own ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Memory:
    """The service's resident memory: VmRSS sampled every 10 ms in a thread, and VmHWM (the
    kernel's own peak, reset through clear_refs at the start of each part)."""

    def __init__(self, pid: int) -> None:
        self.status = Path(f"/proc/{pid}/status")
        self.clear_refs = Path(f"/proc/{pid}/clear_refs")
        self.sampled = 0.0
        self.running = True
        threading.Thread(target=self._sample, daemon=True).start()

    def _read(self, field: str) -> float:
        for line in self.status.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
        return 0.0

    def now(self) -> float:
        return self._read("VmRSS")

    def cpu(self) -> float:
        """Seconds of CPU the service used so far (user and system)."""
        fields = self.status.with_name("stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _sample(self) -> None:
        while self.running:
            try:
                self.sampled = max(self.sampled, self.now())
            except OSError:
                return
            time.sleep(0.01)

    @contextmanager
    def part(self):
        class Peak:
            mb = 0.0

        peak = Peak()
        try:
            self.clear_refs.write_text("5")  # VmHWM starts again from the present VmRSS
            reset = True
        except OSError:
            reset = False
        self.sampled = 0.0
        yield peak
        peak.mb = max(self.sampled, self._read("VmHWM") if reset else 0.0)


@contextmanager
def serving(tmp: Path, folder: Path, trust: Path):
    port = free_port()
    log = (tmp / "drop.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "caseworker", "office", "serve", "--drop", str(folder), "--trust", str(trust),
         "--certificate", str(tmp / "tls" / "drop.crt"), "--key", str(tmp / "tls" / "drop.key"),
         "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"https://127.0.0.1:{port}"
    memory = None
    try:
        probe = drop_client.Drop(url, tls.pin_of_file(tmp / "tls" / "drop.crt"), None, "")
        deadline = time.monotonic() + 30
        with probe.client() as client:
            while True:
                try:
                    probe.health(client)
                    break
                except drop_client.DropError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("the drop did not start:\n" + (tmp / "drop.log").read_text()) from None
                    time.sleep(0.1)
        memory = Memory(process.pid)
        yield url, memory
    finally:
        if memory is not None:
            memory.running = False
        process.terminate()
        process.wait(timeout=60)
        log.close()


if __name__ == "__main__":
    main()
