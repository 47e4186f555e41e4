"""Core benchmark: unlock, bulk insert beside a plain sqlcipher3 floor, name search, memory.

    python3 benchmarks/bench_core.py [--cases 100000] [--queries 300]

Prints figures; nothing is asserted. Unlock uses the strong key-derivation profile, as
real workspaces do. Each phase runs in its own process, so its peak memory is its own
(the generated input is made inside the process that uses it).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from anyascii import anyascii

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.domain import names
from caseworker.store.db import open_database

PASSWORD = "benchmark password"
SEED = 11


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor_insert(folder: Path, n: int) -> dict:
    """A plain sqlcipher3 executemany of the same rows, in one transaction: the floor."""
    records = list(demo.cases(n, seed=SEED))
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
    (folder / "floor.db").unlink()
    return {"seconds": elapsed}


def timed(module, name: str, spent: dict) -> None:
    """Wraps module.name so that the time spent in it is added up under `name`."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

    setattr(module, name, wrapper)


def app_insert(folder: Path, n: int) -> dict:
    """The real path: `Cases.add` validates, builds clocks, indexes names, audits, commits."""
    from caseworker.store import audit, cases, workspace

    records = list(demo.cases(n, seed=SEED))
    input_mb = peak_mb()
    session = Session.create(folder, "nigora", PASSWORD)
    session.accounts.add("sabina", PASSWORD, "supervisor")
    spent: dict[str, float] = {}
    timed(cases, "insert", spent)
    timed(audit, "append", spent)
    timed(workspace.Workspace, "write", spent)
    gc.collect()
    start = time.perf_counter()
    session.cases.add(records, check_duplicates=False)
    elapsed = time.perf_counter() - start
    session.close()
    parts = {
        "rows, clocks and name index (Python and SQL)": spent["insert"],
        "audit entries": spent["append"],
        "commit": spent["write"] - spent["insert"] - spent["append"],
    }
    parts["validation, ids and values"] = elapsed - sum(parts.values())
    return {"seconds": elapsed, "peak_mb": peak_mb(), "input_mb": input_mb, "parts": parts}


def typed_variants(records: list[dict], n: int, rng: random.Random) -> list[tuple[str, dict, str]]:
    """(query, the child looked for, style): another script, another order, a typo, a half-typed name."""
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
        queries.append((q, r, style))
    return queries


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def use(folder: Path, queries: list[tuple[str, dict, str]], duplicate: dict) -> dict:
    """Unlock three times, then search as a caseworker types, then register one case."""
    unlocks = []
    for _ in range(3):
        start = time.perf_counter()
        session = Session.open(folder, "nigora", PASSWORD)
        unlocks.append(time.perf_counter() - start)
        session.close()
    session = Session.open(folder, "nigora", PASSWORD)
    session.cases.search(queries[0][0])  # the first query pays for the page cache, as after unlock
    times, full_name, found, first = [], 0, 0, 0
    for q, wanted, style in queries:
        start = time.perf_counter()
        hits = session.cases.search(q, limit=10)
        times.append((time.perf_counter() - start) * 1000)
        if style in ("surname", "prefix"):
            continue  # thousands of children share a surname: no single answer
        # The child looked for, or a namesake (same name in any spelling): nothing in a
        # name tells them apart.
        key = names.fold(f"{wanted['surname']} {wanted['given_name']}")
        same = [names.fold(f"{h.surname} {h.given_name}") == key for h in hits]
        full_name += 1
        found += any(same)
        first += bool(same) and same[0]
    start = time.perf_counter()
    added = session.cases.add([duplicate])
    register = time.perf_counter() - start
    due_mine = timed_runs(lambda: session.due.upcoming(limit=500))
    # Every page's HMAC (store/integrity.py), against the floor of reading the file's bytes
    # once (both with the file in the system's cache, as after the unlock that read it).
    checks = []
    for _ in range(3):
        start = time.perf_counter()
        checked = session.workspace.check()
        checks.append(time.perf_counter() - start)
    reads = []
    for _ in range(3):
        start = time.perf_counter()
        with open(folder / "case.db", "rb") as f:
            while f.read(1 << 20):
                pass
        reads.append(time.perf_counter() - start)
    session.close()
    session = Session.open(folder, "sabina", PASSWORD)
    due_office = timed_runs(lambda: session.due.upcoming(limit=500))
    due_district = timed_runs(lambda: session.due.upcoming(district=duplicate["district"], limit=500))
    session.close()
    return {
        "unlock": statistics.median(unlocks), "times": times, "full_name": full_name, "found": found,
        "first": first, "register": register, "duplicates": len(added.duplicates), "peak_mb": peak_mb(),
        "check": statistics.median(checks), "check_pages": checked.pages, "read_floor": statistics.median(reads),
        "due": {"a caseworker who holds every case": due_mine, "the whole office": due_office,
                "one district": due_district},
    }


def timed_runs(fn, runs: int = 20) -> tuple[float, float]:
    """(median, max) milliseconds of `fn` over some runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def in_process(fn, *args) -> dict:
    """Runs fn in a fresh interpreter (spawn), so that its peak memory is its own."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(fn, args)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    os.environ.pop("CASEWORKER_KDF_PROFILE", None)  # the strong profile, as in real use

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # The floor is noisy (disk writes): the median of three runs.
        floor = statistics.median(in_process(floor_insert, tmp_path, args.cases)["seconds"] for _ in range(3))
        folder = tmp_path / "ws"
        insert = in_process(app_insert, folder, args.cases)
        records = list(demo.cases(args.cases, seed=SEED))
        queries = typed_variants(records, args.queries, random.Random(5))
        duplicate = records[0]
        del records
        used = in_process(use, folder, queries, duplicate)
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    times = used["times"]
    print(f"cases: {args.cases} (about 1.2 KB each)")
    print(f"unlock (Argon2id 64 MiB, 3 passes; open; schema check): median {used['unlock']:.3f} s")
    print(f"bulk registration through app (validation, clocks, name index, audit, commit): {insert['seconds']:.2f} s")
    print("  " + "; ".join(f"{k} {v:.2f} s" for k, v in insert["parts"].items()))
    print(f"floor, plain sqlcipher3 executemany of the same rows (median of 3): {floor:.2f} s"
          f"  -> ratio {insert['seconds'] / floor:.2f}x")
    print(f"name search, {len(times)} typed variants: p50 {percentile(times, 50):.1f} ms, "
          f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")
    print(f"  full-name queries with the child (or a namesake) among the first 10: "
          f"{used['found']}/{used['full_name']}, first: {used['first']}/{used['full_name']}")
    print(f"register one case with the duplicate check: {used['register'] * 1000:.0f} ms "
          f"(likely duplicates reported: {used['duplicates']})")
    for who, (median, worst) in used["due"].items():
        print(f"due and overdue (first 500), {who}: median {median:.1f} ms, max {worst:.1f} ms")
    print(f"integrity check of every page ({used['check_pages']} pages; median of 3): {used['check']:.2f} s; "
          f"floor, reading the file once: {used['read_floor']:.2f} s "
          f"-> ratio {used['check'] / used['read_floor']:.1f}x")
    print(f"workspace size: {size / 1e6:.0f} MB")
    print(f"peak memory: bulk registration {insert['peak_mb']:.0f} MB (of which the generated input "
          f"{insert['input_mb']:.0f} MB); unlock, search and one registration {used['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
