"""Run by test_crash.py as a real process: the program on a workspace, a caseworker typing into a
case file; once the draft is kept it says "kept" and waits to be killed (a flat battery)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseworker.app.session import Session
from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication, QTimer

TYPED = "Typed just before the battery died: the grandmother will take her to school."


def main() -> None:
    folder, password = sys.argv[1], sys.stdin.readline().rstrip("\n")
    app = QApplication([])
    session = Session.open(folder, "nigora", password)
    window = MainWindow(session, Languages(app))
    window.show()
    view = window.open_case_id(session.cases.list()[0].id)
    view.start_editing()
    view.editor.editors["summary"].setPlainText(TYPED)

    def check() -> None:
        if session.drafts.load(view.draft_key):
            print("kept", flush=True)
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    app.exec()


if __name__ == "__main__":
    main()
