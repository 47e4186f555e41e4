"""Bundle benchmark: a laptop with N changed cases exports them, the office imports them; beside,
in the same run, the floors (a plain sqlcipher3 read of the same rows, a plain sqlcipher3
insert of the same rows) and the size of the zstd-compressed JSON of the same records.
Then the office's day: one bundle from each of many laptops.

    python3 benchmarks/bench_bundles.py [--cases 10000]

Apart, and only when asked: a big bundle (attachments: scanned documents), exported
and imported each in a fresh process, so that its peak memory is that operation's alone,
beside the peak memory of a process that only opens the same workspace.

    python3 benchmarks/bench_bundles.py --only big [--big-mb 1024]

Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEWORKER_KDF_PROFILE", "fast")  # unlock is measured by bench_core.py

import sqlcipher3
import zstandard

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.store import audit, db, replicas

PASSWORD = "benchmark password"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--laptops", type=int, default=30, help="for the office's day: bundles from this many")
    parser.add_argument("--cases-per-laptop", type=int, default=1_000)
    parser.add_argument("--only", choices=("laptop", "office-day", "big"),
                        help="one part alone; without it, the laptop and the office's day (not the big bundle)")
    parser.add_argument("--big-mb", type=int, default=1024, help="for the big bundle: MiB of attachments in it")
    parser.add_argument("--big-cases", type=int, default=300, help="for the big bundle: cases the attachments go to")
    # The fresh process the big bundle's export and import run in (see big_bundle).
    parser.add_argument("--measure", choices=("open", "export", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--user", help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args)
    elif args.only == "big":
        big_bundle(args)
    else:
        if args.only in (None, "laptop"):
            one_laptop(args)
        if args.only in (None, "office-day"):
            office_day(args)


def enrolled(tmp: Path, office, name: str):
    laptop = Session.create(tmp / name, "nigora", PASSWORD)
    fingerprint = laptop.enrolment.request("Ваҳдат", tmp / f"{name}.request")
    office.enrolment.approve(tmp / f"{name}.request", fingerprint, tmp / f"{name}.approval")
    laptop.enrolment.complete(tmp / f"{name}.approval", office.enrolment.office_fingerprint())
    return laptop


def office_day(args) -> None:
    """The office imports one bundle from each of many laptops, against a plain insert of the
    same number of rows."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
        bundles, rows, audit_rows = [], [], []
        for n in range(args.laptops):
            laptop = enrolled(tmp, office, f"laptop{n}")
            laptop.cases.add(list(demo.cases(args.cases_per_laptop, seed=100 + n)), check_duplicates=False)
            bundles.append(laptop.bundles.export(tmp / "stick").new)
            rows += laptop.workspace.read(lambda c: c.execute("SELECT * FROM cases").fetchall())
            audit_rows += laptop.workspace.read(lambda c: c.execute("SELECT * FROM audit").fetchall())
            laptop.close()
        start = time.perf_counter()
        for path in bundles:
            office.bundles.import_file(path)
        import_time = time.perf_counter() - start
        office.close()
        conn = sqlcipher3.connect(str(tmp / "floor.db"))
        conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
        conn.execute(f"CREATE TABLE cases ({', '.join(f'c{i}' for i in range(len(rows[0])))})")
        conn.execute(f"CREATE TABLE audit ({', '.join(f'c{i}' for i in range(len(audit_rows[0])))})")
        start = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO cases VALUES ({', '.join('?' * len(rows[0]))})", rows)
            conn.executemany(f"INSERT INTO audit VALUES ({', '.join('?' * len(audit_rows[0]))})", audit_rows)
        floor = time.perf_counter() - start
        conn.close()
    print(f"the office imports {args.laptops} bundles of {args.cases_per_laptop} cases: {import_time:.2f} s; "
          f"floor, plain insert of the same {len(rows)} case rows and {len(audit_rows)} audit entries: {floor:.2f} s "
          f"-> ratio {import_time / floor:.1f}x")


def one_laptop(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
        laptop = enrolled(tmp, office, "laptop")
        laptop.cases.add(list(demo.cases(args.cases, seed=5)), check_duplicates=False)

        # The export floor: a plain read of the same rows (the cases and the audit entries that
        # travel with them), in the same workspace.
        start = time.perf_counter()
        rows = laptop.workspace.read(lambda c: c.execute("SELECT * FROM cases").fetchall())
        audit_rows = laptop.workspace.read(lambda c: c.execute("SELECT * FROM audit").fetchall())
        read_floor = time.perf_counter() - start

        start = time.perf_counter()
        exported = laptop.bundles.export(tmp / "stick")
        export_time = time.perf_counter() - start
        size = exported.new.stat().st_size

        records = laptop.workspace.read(lambda c: [*replicas.changed_since(c, 0), *audit.since(c, 0)])
        ndjson = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records)
        zstd_size = len(zstandard.ZstdCompressor(level=3).compress(ndjson))

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        result = office.bundles.import_file(exported.new)
        import_time = time.perf_counter() - start
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        # The import floor: a plain sqlcipher3 insert of the same rows into a fresh encrypted table.
        conn = sqlcipher3.connect(str(tmp / "floor.db"))
        conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
        conn.execute(f"CREATE TABLE cases ({', '.join(f'c{i}' for i in range(len(rows[0])))})")
        conn.execute(f"CREATE TABLE audit ({', '.join(f'c{i}' for i in range(len(audit_rows[0])))})")
        start = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO cases VALUES ({', '.join('?' * len(rows[0]))})", rows)
            conn.executemany(f"INSERT INTO audit VALUES ({', '.join('?' * len(audit_rows[0]))})", audit_rows)
        insert_floor = time.perf_counter() - start
        conn.close()
        laptop.close()
        office.close()

    print(f"cases: {args.cases} (about 1.2 KB each) and their {len(audit_rows)} audit entries; "
          f"new records at the office: {result.new}")
    print(f"export (read, encode, compress, encrypt, write, sync): {export_time:.2f} s; "
          f"floor, plain read of the same rows: {read_floor:.2f} s -> ratio {export_time / read_floor:.1f}x")
    print(f"import (checks, decrypt, decompress, validate, merge, index, deadlines, audit, commit): "
          f"{import_time:.2f} s; floor, plain insert of the same rows: {insert_floor:.2f} s "
          f"-> ratio {import_time / insert_floor:.1f}x")
    print(f"bundle size: {size / 1e6:.2f} MB; zstd-compressed JSON of the same records: {zstd_size / 1e6:.2f} MB "
          f"-> {size / zstd_size:.3f}x")
    print(f"peak memory of the process: {rss_after / 1024:.0f} MB (before the import: {rss_before / 1024:.0f} MB)")


MIB = 1024 * 1024
# What the big bundle needs on disk, in multiples of its attachments: the laptop's blobs, the
# outbox's two temporary files while writing (ciphertext, then the file), the stick's copy,
# and the office's blobs with the import's write-ahead log (one transaction) beside them.
DISK_FACTOR = 6


def big_bundle(args) -> None:
    """A laptop with `--big-mb` scanned documents of 1 MiB of random bytes (scans do not
    compress) on `--big-cases` cases; the export, the import and, as their floors, the bare
    opening of each workspace each run in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        free = shutil.disk_usage(tmp).free
        count = min(args.big_mb, int(free * 0.9) // (DISK_FACTOR * MIB))
        if count < args.big_mb:
            print(f"not enough disk for {args.big_mb} MiB of attachments ({free / 1e9:.1f} GB free in {tmp.parent}): "
                  f"measuring {count} MiB")
        office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
        laptop = enrolled(tmp, office, "laptop")
        office.close()
        case_ids = laptop.cases.add(list(demo.cases(args.big_cases, seed=11)), check_duplicates=False).ids
        scan = tmp / "scan.pdf"
        for n in range(count):
            scan.write_bytes(os.urandom(MIB))
            laptop.casefile.attach(case_ids[n % len(case_ids)], scan)
        scan.unlink()
        laptop.close()

        open_laptop = _measured("open", tmp / "laptop", "nigora")
        export = _measured("export", tmp / "laptop", "nigora", tmp / "stick")
        bundle = Path(export["path"])
        size = bundle.stat().st_size
        open_office = _measured("open", tmp / "office", "admin")
        imported = _measured("import", tmp / "office", "admin", bundle)
        office_db = sum(f.stat().st_size for f in (tmp / "office").rglob("*") if f.is_file())
        used = sum(f.stat().st_size for f in tmp.rglob("*") if f.is_file())

    print(f"big bundle: {count} attachments of 1 MiB of random bytes on {args.big_cases} cases, "
          f"{imported['records']} new cases and items; bundle size: {size / 1e6:.0f} MB")
    print(f"export, in a fresh process: {export['seconds']:.1f} s; peak memory of the process: "
          f"{export['peak_kib'] / 1024:.0f} MB (a process that only opens the laptop: "
          f"{open_laptop['peak_kib'] / 1024:.0f} MB)")
    print(f"import, in a fresh process: {imported['seconds']:.1f} s; peak memory of the process: "
          f"{imported['peak_kib'] / 1024:.0f} MB (a process that only opens the office: "
          f"{open_office['peak_kib'] / 1024:.0f} MB) -> the import's own share: "
          f"{(imported['peak_kib'] - open_office['peak_kib']) / 1024:.0f} MB, "
          f"SQLite's page cache (at most {db.CACHE_KIB // 1024} MB) included")
    print(f"disk: the office's workspace after the import {office_db / 1e6:.0f} MB; "
          f"all of the benchmark's files at the end {used / 1e6:.0f} MB")


def _measured(what: str, workspace: Path, user: str, path: Path | None = None) -> dict:
    command = [sys.executable, __file__, "--measure", what, "--workspace", str(workspace), "--user", user]
    if path is not None:
        command += ["--path", str(path)]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)  # its errors show
    return json.loads(done.stdout.splitlines()[-1])


def measure(args) -> None:
    """In a fresh process: opens the workspace, does one thing, prints its time and the
    process's peak resident memory as one line of JSON."""
    session = Session.open(args.workspace, args.user, PASSWORD)
    start = time.perf_counter()
    out = {}
    if args.measure == "export":
        out["path"] = str(session.bundles.export(args.path).new)
    elif args.measure == "import":
        out["records"] = session.bundles.import_file(args.path).new
    out["seconds"] = time.perf_counter() - start
    session.close()
    out["peak_kib"] = _peak_kib()
    print(json.dumps(out))


def _peak_kib() -> int:
    # VmHWM, not ru_maxrss: a child's ru_maxrss keeps the peak of the process it was started
    # from (the parent's, across fork and exec), which would hide the child's own.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
