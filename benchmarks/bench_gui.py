"""GUI benchmark: process start to the unlock screen drawn, beside a bare PySide6 window in the
same run; unlock to the case list drawn, and scrolling the whole list, on 100,000 cases.

    python3 benchmarks/bench_gui.py [--cases 100000]

Each measurement runs in a fresh process with QT_QPA_PLATFORM=offscreen. Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1000, 700); w.show(); w.repaint(); app.processEvents()
print(time.time() - float(sys.argv[1]))
"""

UNLOCK_SCREEN = """
import time, sys
from pathlib import Path
from caseworker.ui.qt import QApplication
from caseworker.ui.program import Program  # the path `caseworker` takes, imports included
app = QApplication(sys.argv)
d = Program(app, "tg").unlock(Path(sys.argv[2])); d.repaint(); app.processEvents()
print(time.time() - float(sys.argv[1]))
"""

CASE_LIST = """
import time, sys
from pathlib import Path
from caseworker.app.session import Session
from caseworker.ui.qt import QApplication
from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
app = QApplication(sys.argv)
languages = Languages(app); languages.switch("tg")
session = Session.open(Path(sys.argv[2]), "sabina", "benchmark password")  # the office's supervisor
start = time.perf_counter()
w = MainWindow(session, languages); w.tabs.setCurrentIndex(1); w.show(); w.repaint(); app.processEvents()
first = time.perf_counter() - start
bar = w.case_view.verticalScrollBar()
start = time.perf_counter()
step = max(1, bar.pageStep())
for value in range(0, bar.maximum() + 1, step * 50):
    bar.setValue(value); w.case_view.viewport().repaint()
bar.setValue(bar.maximum()); w.case_view.viewport().repaint()
scroll = time.perf_counter() - start
shown = w.case_model.rowCount()
header = w.case_view.horizontalHeader()
timings = []
for change in (lambda: w.overdue_filter.setChecked(True), lambda: w.overdue_filter.setChecked(False),
               lambda: w.risk_filter.setChecked(True), lambda: w.risk_filter.setChecked(False),
               lambda: header.setSortIndicator(2, header.sortIndicatorOrder())):
    start = time.perf_counter()
    change(); w.case_view.viewport().repaint()
    timings.append(time.perf_counter() - start)
print(first, scroll, shown, *timings)
w.close()
"""


def timed(script: str, *args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run([sys.executable, "-c", script, str(started), *args], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["CASEWORKER_KDF_PROFILE"] = "fast"  # unlock is measured by bench_core.py
    from caseworker.app import demo
    from caseworker.app.session import Session

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        with Session.create(folder, "nigora", "benchmark password") as s:
            s.accounts.add("sabina", "benchmark password", "supervisor")
            s.cases.add(list(demo.cases(args.cases, seed=11)), check_duplicates=False)
        bare = [float(timed(BARE)[0]) for _ in range(args.runs)]
        unlock = [float(timed(UNLOCK_SCREEN, str(folder))[0]) for _ in range(args.runs)]
        lists = [timed(CASE_LIST, str(folder)) for _ in range(args.runs)]
    first = [float(r[0]) for r in lists]
    scroll = [float(r[1]) for r in lists]
    filters = [[float(x) for x in r[3:]] for r in lists]
    b, u = statistics.median(bare), statistics.median(unlock)
    print(f"cases: {args.cases}, open (the list's default): {lists[0][2]}")
    print(f"process start to a bare PySide6 window drawn: median {b * 1000:.0f} ms")
    print(f"process start to the unlock screen drawn (Tajik): median {u * 1000:.0f} ms  -> ratio {u / b:.2f}x")
    print("main window with the case list drawn, after unlock (a supervisor seeing every case): "
          f"median {statistics.median(first) * 1000:.0f} ms")
    print(f"scrolling the whole list top to bottom (redrawn at every 50 pages): median "
          f"{statistics.median(scroll) * 1000:.0f} ms")
    names = ("overdue only", "back to all open", "high risk only", "back to all open", "sorted by district")
    for i, name in enumerate(names):
        print(f"list redrawn after '{name}': median {statistics.median(f[i] for f in filters) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
