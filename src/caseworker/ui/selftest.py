"""`caseworker selftest`: proves an installed (or just built) program works before it leaves the
office: the checks of app/selftest.py, each language's translations loaded, the main window
drawn (off-screen where there is no display), and on a Linux display the X11 plugin's system
libraries found. Prints one line per check; exits 0, or 1 naming what failed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from caseworker.app import selftest as below
from caseworker.app.selftest import Check, run_check
from caseworker.ui.qt import QApplication, QCoreApplication, QLibraryInfo

LANGUAGES = ("tg", "ru", "en")


def languages(app) -> str:
    from caseworker.ui.i18n import Languages

    langs = Languages(app)
    try:
        for code in LANGUAGES:
            langs.switch(code)
            cases = QCoreApplication.translate("MainWindow", "Cases")
            if code != "en" and (len(langs.translators) != 2 or cases == "Cases"):
                raise AssertionError(f"the {code} translations did not load")
    finally:
        langs.switch("en")
    return ", ".join(LANGUAGES)


def main_window(app, folder: Path) -> str:
    from caseworker.app.session import Session
    from caseworker.ui.i18n import Languages
    from caseworker.ui.main_window import MainWindow

    session = Session.open(folder, "selftest", "selftest password")
    window = MainWindow(session, Languages(app), idle_minutes=0)
    try:
        window.show()
        deadline = time.monotonic() + 10  # the list loads off the GUI thread
        while window.case_model.rowCount() != 1 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        picture = window.grab()
        if picture.isNull() or window.case_model.rowCount() != 1:
            raise AssertionError("the main window did not draw its case list")
        return f"{picture.width()}x{picture.height()} on {app.platformName()}"
    finally:
        window.auto_sync.stop()
        window.close()
        if window.session is not None:
            window.session.close()


def x11_libraries(app) -> str:
    """On a Linux display, the xcb platform plugin needs system packages (libxcb-cursor0 and its
    siblings): say which library is missing rather than let the window fail to appear."""
    if not sys.platform.startswith("linux") or app.platformName() in ("offscreen", "minimal"):
        return f"not needed ({app.platformName()})"
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return "not checked (no xcb plugin or no ldd)"
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = sorted({line.split()[0] for line in listing.splitlines() if "not found" in line})
    if missing:
        raise AssertionError("missing system libraries: " + ", ".join(missing))
    return "all found"


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not _has_display() else "")
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    app = QApplication.instance() or QApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="caseworker-selftest-"))
    try:
        results: list[Check] = below.checks(folder / "workspace")
        results.append(run_check("languages", lambda: languages(app)))
        if results[0].ok:
            results.append(run_check("main window", lambda: main_window(app, folder / "workspace")))
        results.append(run_check("display libraries", lambda: x11_libraries(app)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for check in results:
        print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    failed = [c.name for c in results if not c.ok]
    print("selftest passed" if not failed else "selftest failed: " + ", ".join(failed))
    return 1 if failed else 0


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
