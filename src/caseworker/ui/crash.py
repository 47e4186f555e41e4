"""Unexpected errors: what is being typed is kept as drafts, a log is written that holds no
child data (the kind of error and where in the program, never its message or any value), and
a calm dialog lets the user go on."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from caseworker.ui.qt import QMessageBox, QObject


def log_folder() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "caseworker" / "logs"


def write_log(kind: type[BaseException], tb) -> Path:
    """Appends one entry: time, error kind and the program's own frames. The error's message is
    left out on purpose: a KeyError or a database error can carry a child's name."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "caseworker.log"
    frames = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    entry = [f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} {kind.__module__}.{kind.__qualname__}", *frames]
    with path.open("a", encoding="utf-8") as log:
        log.write("\n".join(entry) + "\n")
    return path


class ErrorReporter(QObject):
    """Installed as sys.excepthook while the program runs."""

    def __init__(self, keep_work: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.keep_work = keep_work
        self.dialog: QMessageBox | None = None
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def hook(self, kind, error, tb) -> None:
        path = write_log(kind, tb)
        try:
            self.keep_work()
        except Exception as second:  # keeping the drafts failed too: log it, and still tell the user
            write_log(type(second), second.__traceback__)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        box = QMessageBox()
        box.setObjectName("error_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(self.tr("Something went wrong in the program. What you were typing has been kept, "
                            "and you can go on working."))
        box.setInformativeText(self.tr("If it happens again, give this file to your administrator (it holds no "
                                       "information about any child): %1").replace("%1", str(path)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Go on"))
        self.dialog = box
        box.open()  # not exec(): no second event loop inside the hook
