"""Starting the desktop program: the application, its languages, the unlock screen, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication
from caseworker.ui.unlock import UnlockDialog


def run(folder: Path, language: str = "tg", demo_accounts: str = "", demo_password: str = "") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    languages = Languages(app)
    languages.switch(language)
    windows: list[MainWindow] = []
    dialog = UnlockDialog(Path(folder), languages, demo_accounts, demo_password)

    def open_main(session) -> None:
        window = MainWindow(session, languages)
        windows.append(window)
        window.show()

    dialog.unlocked.connect(open_main)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted:
        return 0
    return app.exec()
