"""Draws the main screens off-screen in Tajik, Russian and English into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python3 docs/screenshots/make.py

Uses a fresh demo workspace of synthetic children (no real person)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEWORKER_KDF_PROFILE"] = "fast"  # a throwaway demo workspace

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication
from caseworker.ui.unlock import UnlockDialog

OUT = Path(__file__).parent


def shoot(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    languages = Languages(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        demo.build(folder, 300)
        accounts = ", ".join(name for name, _ in demo.DEMO_ACCOUNTS)
        for language in ("tg", "ru", "en"):
            languages.switch(language)
            dialog = UnlockDialog(folder, languages, accounts, demo.DEMO_PASSWORD)
            dialog.resize(480, 260)
            shoot(dialog, f"unlock-{language}")
            dialog.close()
            session = Session.open(folder, "supervisor", demo.DEMO_PASSWORD)
            window = MainWindow(session, languages)
            window.resize(1100, 650)
            shoot(window, f"due-{language}")
            window.tabs.setCurrentIndex(1)
            shoot(window, f"cases-{language}")
            window.search.setText("Мухаммаджон")
            window.case_model.show_search("Мухаммаджон")
            shoot(window, f"search-{language}")
            window.open_case(window.case_model.index(0, 0))
            shoot(window, f"case-{language}")
            window.close()


if __name__ == "__main__":
    main()
