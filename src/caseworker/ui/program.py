"""Starting the desktop program: the application and its languages; the first-run screen when
this computer has no workspace, else the unlock screen; then the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.domain.resources import resource
from caseworker.ui.crash import ErrorReporter
from caseworker.ui.i18n import Languages
from caseworker.ui.qt import QApplication, QIcon, QObject, QProgressDialog
from caseworker.ui.unlock import UnlockDialog
from caseworker.ui.work import run_in_background

if TYPE_CHECKING:  # the main window (and app/ behind it) loads after the unlock screen is drawn
    from caseworker.ui.main_window import MainWindow


class Program(QObject):
    """The running program: one application, its languages, its windows."""

    def __init__(self, app: QApplication, language: str) -> None:
        super().__init__()
        self.app = app
        app.setWindowIcon(QIcon(str(resource("icons/caseworker.png"))))  # title bars, task bar
        self.languages = Languages(app)
        self.languages.switch(language)
        self.windows: list[MainWindow] = []
        self.dialog = None
        self.errors = ErrorReporter(self.keep_work)

    def keep_work(self) -> None:
        for window in self.windows:
            window.keep_drafts()

    def unlock(self, folder: Path, demo_accounts: str = "", demo_password: str = "") -> UnlockDialog:
        self.dialog = UnlockDialog(Path(folder), self.languages, demo_accounts, demo_password)
        self.dialog.unlocked.connect(self.open_main)
        self.dialog.show()
        return self.dialog

    def first_run(self, folders: dict[str, Path], open_demo) -> None:
        from caseworker.app import site as site_package  # a packaged program carries its office's site file
        from caseworker.domain.errors import SiteInvalid
        from caseworker.ui.first_run import FirstRunDialog

        site, error = None, None
        try:
            site = site_package.find()
        except SiteInvalid as e:
            error = e
        self.dialog = FirstRunDialog(self.languages, folders, site, error)
        self.dialog.created.connect(self.open_main)
        self.dialog.demo_wanted.connect(open_demo)
        self.dialog.show()

    def prepare_demo(self, build, then) -> QProgressDialog:
        """Makes the demo workspace off the GUI thread (keys, accounts, 300 synthetic children)."""
        progress = QProgressDialog(self.tr("Preparing the demo workspace…"), "", 0, 0)
        progress.setObjectName("demo_progress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()

        def done(_result) -> None:
            progress.close()
            then()

        def failed(error: Exception) -> None:
            progress.close()
            raise error  # the error reporter logs it and tells the user

        self.demo_job = run_in_background(build, done, failed)
        self.demo_progress = progress
        return progress

    def open_main(self, session) -> MainWindow:
        from caseworker.app import places

        chosen = getattr(self.dialog, "language_chosen", False)
        if chosen:
            session.drafts.remember_language(self.languages.current)
        else:
            remembered = session.drafts.language()  # each user's own language, from last time
            if remembered and remembered != self.languages.current:
                self.languages.switch(remembered)
        places.remember(session.workspace.folder)
        from caseworker.ui.main_window import MainWindow

        window = MainWindow(session, self.languages)
        self.windows.append(window)
        window.show()
        return window


def run(folder: Path | None, language: str = "tg", demo: bool = False) -> int:
    from caseworker.app import places

    app = QApplication.instance() or QApplication(sys.argv)
    program = Program(app, language)
    program.errors.install()

    def open_demo() -> None:
        from caseworker.app import demo as demo_data  # all of app/: only when the demo is wanted

        accounts = ", ".join(name for name, _roles in demo_data.DEMO_ACCOUNTS)
        program.prepare_demo(lambda: demo_data.build(places.demo_folder(), 300),
                             lambda: program.unlock(places.demo_folder(), accounts, demo_data.DEMO_PASSWORD))

    if demo:
        open_demo()
    elif folder is not None:
        program.unlock(folder)
    elif places.known():
        program.unlock(places.known()[0])
    else:
        program.first_run({"laptop": places.laptop_folder(), "office": places.office_folder()}, open_demo)
    try:
        return app.exec()
    finally:
        program.errors.uninstall()
