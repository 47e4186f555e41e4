"""Core benchmark: unlock, bulk insert beside a plain sqlcipher3 floor, name search, memory.

    python3 benchmarks/bench_core.py [--cases 100000] [--queries 300]

Prints figures; nothing is asserted. Uses the strong key-derivation profile for unlock
(as real workspaces do) and synthetic data from caseworker.app.demo.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from anyascii import anyascii

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.store.db import open_database

PASSWORD = "benchmark password"


def floor_insert(folder: Path, records: list[dict]) -> float:
    """A plain sqlcipher3 executemany of the same rows, in one transaction: the floor."""
    conn = open_database(folder / "floor.db", os.urandom(32))
    conn.execute(
        "CREATE TABLE cases (id TEXT PRIMARY KEY, surname, given_name, patronymic, other_names, sex, "
        "birth_date, birth_year, district, summary, risk)"
    )
    rows = [
        (
            f"{i:08d}-0000-4000-8000-000000000000", r["surname"], r["given_name"], r.get("patronymic"),
            repr(r.get("other_names", [])), r["sex"], r.get("birth_date"), r.get("birth_year"), r["district"],
            r["summary"], r["risk"],
        )
        for i, r in enumerate(records)
    ]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO cases VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def typed_variants(records: list[dict], n: int, rng: random.Random) -> list[tuple[str, dict]]:
    """(query, the child looked for): another script, another order, a typo, a half-typed name."""
    queries = []
    for r in rng.sample(records, n):
        q = f"{r['surname']} {r['given_name']}"
        style = rng.choice(("latin", "russian", "reversed", "typo", "surname", "prefix"))
        if style == "latin":
            q = anyascii(q)
        elif style == "russian":
            q = q.translate(demo.RUSSIAN_SPELLING)
        elif style == "reversed":
            q = f"{r['given_name']} {r['surname']}"
        elif style == "typo":
            i = rng.randrange(1, len(q) - 1)
            q = q[:i] + q[i + 1 :]
        elif style == "surname":
            q = r["surname"]
        else:
            q = r["surname"][:4]
        queries.append((q, r))
    return queries


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    os.environ.pop("CASEWORKER_KDF_PROFILE", None)  # the strong profile, as in real use

    records = list(demo.cases(args.cases, seed=11))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        floor = floor_insert(tmp_path, records)

        folder = tmp_path / "ws"
        session = Session.create(folder, "nigora", PASSWORD)
        gc.collect()
        start = time.perf_counter()
        session.cases.add(records, check_duplicates=False)
        insert = time.perf_counter() - start
        session.close()

        unlocks = []
        for _ in range(3):
            start = time.perf_counter()
            session = Session.open(folder, "nigora", PASSWORD)
            unlocks.append(time.perf_counter() - start)
            session.close()

        session = Session.open(folder, "nigora", PASSWORD)
        rng = random.Random(5)
        queries = typed_variants(records, args.queries, rng)
        session.cases.search(queries[0][0])  # warm the page cache once, as after unlock
        times, found, first = [], 0, 0
        for q, wanted in queries:
            start = time.perf_counter()
            hits = session.cases.search(q, limit=10)
            times.append((time.perf_counter() - start) * 1000)
            same = [h.surname == wanted["surname"] and h.given_name == wanted["given_name"] for h in hits]
            found += any(same)
            first += bool(same) and same[0]
        start = time.perf_counter()
        added = session.cases.add([records[0]])
        dup_check = time.perf_counter() - start
        session.close()
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"cases: {args.cases}")
    print(f"unlock (Argon2id 64 MiB, 3 passes, + open + migrate check): median {statistics.median(unlocks):.3f} s")
    print(f"bulk insert through app (validation, clocks, name index, audit): {insert:.2f} s")
    print(f"floor: plain sqlcipher3 executemany of the same rows: {floor:.2f} s  -> ratio {insert / floor:.2f}x")
    print(f"name search over {args.queries} typed variants: p50 {percentile(times, 50):.1f} ms, "
          f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")
    print(f"  the child looked for (or a namesake) among the first 10: {found}/{len(queries)}, first: {first}")
    print(f"register one case with the duplicate check: {dup_check * 1000:.0f} ms "
          f"(duplicates found: {len(added.duplicates)})")
    print(f"workspace size: {size / 1e6:.1f} MB; peak memory (max RSS): {peak:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
