"""Bundle benchmark: a laptop with N changed cases exports them, the office imports them; beside,
in the same run, the floors (a plain sqlcipher3 read of the same rows, a plain sqlcipher3
insert of the same rows) and the size of the zstd-compressed JSON of the same records.

    python3 benchmarks/bench_bundles.py [--cases 10000]

Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEWORKER_KDF_PROFILE", "fast")  # unlock is measured by bench_core.py

import sqlcipher3
import zstandard

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.store import replicas

PASSWORD = "benchmark password"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--laptops", type=int, default=30, help="for the office's day: bundles from this many")
    parser.add_argument("--cases-per-laptop", type=int, default=1_000)
    args = parser.parse_args()
    one_laptop(args)
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
        bundles, rows = [], []
        for n in range(args.laptops):
            laptop = enrolled(tmp, office, f"laptop{n}")
            laptop.cases.add(list(demo.cases(args.cases_per_laptop, seed=100 + n)), check_duplicates=False)
            bundles.append(laptop.bundles.export(tmp / "stick").new)
            rows += laptop.workspace.read(lambda c: c.execute("SELECT * FROM cases").fetchall())
            laptop.close()
        start = time.perf_counter()
        for path in bundles:
            office.bundles.import_file(path)
        import_time = time.perf_counter() - start
        office.close()
        conn = sqlcipher3.connect(str(tmp / "floor.db"))
        conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
        conn.execute(f"CREATE TABLE cases ({', '.join(f'c{i}' for i in range(len(rows[0])))})")
        start = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO cases VALUES ({', '.join('?' * len(rows[0]))})", rows)
        floor = time.perf_counter() - start
        conn.close()
    print(f"the office imports {args.laptops} bundles of {args.cases_per_laptop} cases: {import_time:.2f} s; "
          f"floor, plain insert of the same {len(rows)} rows: {floor:.2f} s -> ratio {import_time / floor:.1f}x")


def one_laptop(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
        laptop = enrolled(tmp, office, "laptop")
        laptop.cases.add(list(demo.cases(args.cases, seed=5)), check_duplicates=False)

        # The export floor: a plain read of the same rows, in the same workspace.
        start = time.perf_counter()
        rows = laptop.workspace.read(lambda c: c.execute("SELECT * FROM cases").fetchall())
        read_floor = time.perf_counter() - start

        start = time.perf_counter()
        exported = laptop.bundles.export(tmp / "stick")
        export_time = time.perf_counter() - start
        size = exported.new.stat().st_size

        records = laptop.workspace.read(lambda c: list(replicas.changed_since(c, 0)))
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
        start = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO cases VALUES ({', '.join('?' * len(rows[0]))})", rows)
        insert_floor = time.perf_counter() - start
        conn.close()
        laptop.close()
        office.close()

    print(f"cases: {args.cases} (about 1.2 KB each); records in the bundle: {result.new}")
    print(f"export (read, encode, compress, encrypt, write, sync): {export_time:.2f} s; "
          f"floor, plain read of the same rows: {read_floor:.2f} s -> ratio {export_time / read_floor:.1f}x")
    print(f"import (checks, decrypt, decompress, validate, merge, index, deadlines, audit, commit): "
          f"{import_time:.2f} s; floor, plain insert of the same rows: {insert_floor:.2f} s "
          f"-> ratio {import_time / insert_floor:.1f}x")
    print(f"bundle size: {size / 1e6:.2f} MB; zstd-compressed JSON of the same records: {zstd_size / 1e6:.2f} MB "
          f"-> {size / zstd_size:.3f}x")
    print(f"peak memory of the process: {rss_after / 1024:.0f} MB (before the import: {rss_before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
