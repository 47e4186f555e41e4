"""The cost of SQLCipher's memory security (store/db.py turns it on): the same work with it on,
as the program runs, and off, each in a fresh process, alternating, in the same run.

    python3 benchmarks/bench_memory_security.py [--cases 10000] [--runs 2]

The work: register the cases in one call, 200 name searches, export them as a bundle and
import it at an office. Prints figures only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEWORKER_KDF_PROFILE", "fast")  # unlock is measured by bench_core.py

PASSWORD = "benchmark password"


def work(cases: int, memory_security: bool) -> dict:
    from caseworker.store import db

    if not memory_security:
        db.MEMORY_SECURITY = "OFF"  # before the first connection: it is global to the process
    from benchmarks.bench_bundles import enrolled
    from caseworker.app import demo
    from caseworker.app.session import Session

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        office = Session.create(tmp / "office", "admin", PASSWORD, office_name="Dushanbe office")
        laptop = enrolled(tmp, office, "laptop")
        state = laptop.workspace.read(lambda c: c.execute("PRAGMA cipher_memory_security").fetchone()[0])
        records = list(demo.cases(cases, seed=5))
        start = time.perf_counter()
        laptop.cases.add(records, check_duplicates=False)
        register = time.perf_counter() - start
        names = [r["surname"] for r in records[:200]]
        start = time.perf_counter()
        for name in names:
            laptop.cases.search(name, limit=10)
        search = time.perf_counter() - start
        bundle = laptop.bundles.export(tmp / "stick").new
        start = time.perf_counter()
        office.bundles.import_file(bundle)
        imported = time.perf_counter() - start
        laptop.close()
        office.close()
    return {"state": state, "register": register, "search": search, "import": imported}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--one", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(work(args.cases, args.one == "on")))
        return
    root = Path(__file__).resolve().parents[1]
    results = {"on": [], "off": []}
    for _ in range(args.runs):
        for mode in ("on", "off"):
            out = subprocess.run([sys.executable, __file__, "--cases", str(args.cases), "--one", mode],
                                 capture_output=True, text=True, check=True, cwd=root,
                                 env={**os.environ, "PYTHONPATH": str(root)})
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    for mode in ("on", "off"):
        assert {r["state"] for r in results[mode]} == {"1" if mode == "on" else "0"}
    print(f"{args.cases} cases, median of {args.runs} fresh processes each, alternating:")
    for part, label in (("register", "register them in one call"), ("search", "200 name searches"),
                        ("import", "import their bundle at the office")):
        on = statistics.median(r[part] for r in results["on"])
        off = statistics.median(r[part] for r in results["off"])
        print(f"  {label}: memory security on {on:.2f} s, off {off:.2f} s -> {on / off:.1f}x")


if __name__ == "__main__":
    main()
