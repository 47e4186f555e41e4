"""After each unlock, every page of the encrypted database is checked off the GUI thread, a moment
after the first screen is drawn (it never delays it). A damaged page shows one calm message that
counts the damaged pages and names the newest intact backup; an administrator is offered to
restore it there and then (docs/workspace.md "A damaged page"). What the unlock mended (a
folder open to other users) is said in the status bar."""

from __future__ import annotations

from caseworker.app.maintenance import made_at
from caseworker.domain.accounts import Role
from caseworker.domain.errors import CaseworkerError, PagesDamaged, PagesDamagedNoBackup
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import QMessageBox, QObject, QTimer, Signal
from caseworker.ui.work import run_in_background


class WorkspaceCheck(QObject):
    """Owned by the main window: `start(session)` after each unlock, `stop()` when it locks."""

    # After the first screen has been drawn and its lists have had their first pages.
    DELAY_MS = 1500
    restored = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = None
        self.job = None
        self.box: QMessageBox | None = None
        self.timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self.timer.timeout.connect(self._run)

    def start(self, session) -> None:
        self.session = session
        # What the unlock found and mended (a folder open to others): said once, quietly.
        for warning in session.warnings():
            self.window.statusBar().showMessage(message_text(warning))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.session = None

    def _run(self) -> None:
        session = self.session
        if session is None:
            return
        self.job = run_in_background(lambda: session.maintenance.check(log=False), lambda _pages: None,
                                     lambda error: self._failed(session, error))

    def _failed(self, session, error: Exception) -> None:
        if session is not self.session or not isinstance(error, PagesDamaged | PagesDamagedNoBackup):
            return  # locked meanwhile; or not the pages (an error of the check itself says nothing)
        box = QMessageBox(self.window, objectName="damage_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The workspace is damaged"))
        box.setText(message_text(error.message))
        restore = None
        if isinstance(error, PagesDamaged) and session.user.has(Role.ADMIN):
            label = self.tr("Restore the backup of %1 now").replace("%1", backup_time(error.params["backup"]))
            restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restore_button")
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self._answered(session, box, restore, error))
        self.box = box
        box.open()

    def _answered(self, session, box: QMessageBox, restore, error: Exception) -> None:
        if restore is None or box.clickedButton() is not restore or session is not self.session:
            return
        name = error.params["backup"]

        def failed(e: Exception) -> None:
            text = (message_text(e.message) if isinstance(e, CaseworkerError)
                    else self.tr("The backup was not restored."))
            self.window.statusBar().showMessage(text)

        def done(_result) -> None:
            self.window.statusBar().showMessage(self.tr("Restored %1").replace("%1", backup_time(name)))
            self.restored.emit()

        self.job = run_in_background(lambda: session.maintenance.restore(name), done, failed)


def backup_time(name: str) -> str:
    """When a backup was made, as people read a date, in this computer's time zone."""
    made = made_at(name)
    return made.astimezone().strftime("%d.%m.%Y %H:%M") if made else name
