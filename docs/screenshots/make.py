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

from caseworker.app import demo, site
from caseworker.app.session import Session
from caseworker.ui.first_run import FirstRunDialog
from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication, QWidget
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
            case = window.open_case(window.case_model.index(0, 0))
            shoot(window, f"case-{language}")
            case.start_editing()
            shoot(window, f"case-edit-{language}")
            case.discard()
            if session.transfers.open(case.case_id) is None:  # asked for once, shown in each language
                session.transfers.request(case.case_id, "Ҳисор", "Оила ба назди бибиаш кӯчид.")
            case.reload()
            shoot(window, f"case-transfer-{language}")
            assessment = window.open_assessment(case, "wellbeing")
            form = assessment.form_view
            form.findChild(QWidget, "field_about/child_age").setText("3")  # the months question appears
            form.findChild(QWidget, "field_about/age_months").setText("70")  # does not fit: the form says why
            form.findChild(QWidget, "field_about/age_months").editingFinished.emit()
            shoot(window, f"assessment-{language}")
            dialog = window.new_case()
            first = session.cases.list()[0]
            dialog.fields.editors["surname"].setText(first.surname)
            dialog.fields.editors["given_name"].setText(first.given_name)
            dialog.fields.editors["sex"].setCurrentIndex(dialog.fields.editors["sex"].findData(first.sex))
            dialog.fields.editors["birth_year"].setText(str(first.birth_year))
            dialog.fields.editors["district"].setCurrentText(first.district)
            dialog.register()
            dialog.resize(560, 640)
            shoot(dialog, f"new-case-duplicate-{language}")
            dialog.reject()
            sync = window.open_sync()
            sync.resize(820, 420)
            shoot(sync, f"sync-{language}")
            sync.close()
            for view in window.open_views():
                view.detach()
                window.tabs.removeTab(window.tabs.indexOf(view))
            window.close()
            start = FirstRunDialog(languages, {"laptop": Path(tmp) / "laptop", "office": Path(tmp) / "office"})
            shoot(start, f"first-run-{language}")
            start.close()
            packaged = FirstRunDialog(languages, {"laptop": Path(tmp) / "laptop", "office": Path(tmp) / "office"},
                                      site_of(Path(tmp)))
            packaged.resize(560, 360)
            shoot(packaged, f"first-run-site-{language}")
            packaged.close()


def site_of(tmp: Path):
    """A program packaged by an office: its site file, as the first start finds it."""
    if not (tmp / "dist" / "site.json").exists():
        with Session.create(tmp / "office", "admin", "screenshot password", office_name="Dushanbe office") as admin:
            site.package(admin, tmp / "dist", "https://drop.example.tj:8443", "ab" * 32)
    os.environ[site.ENV] = str(tmp / "dist" / "site.json")
    return site.find()


if __name__ == "__main__":
    main()
