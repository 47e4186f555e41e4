"""The first start on a computer with no workspace: create the office's workspace, set up this
laptop, or open the demo. A program packaged by an office carries its signed site file: then
the office's fingerprint is shown first, to compare with the printed handover sheet, and only
once it is confirmed does the set-up go on, straight to this laptop's workspace, which starts
with the office's settings; a site file that does not verify, or a fingerprint that differs,
stops the set-up with a clear message. The workspace is created off the GUI thread (the key
derivation takes a moment)."""

from __future__ import annotations

from pathlib import Path

from caseworker.domain.accounts import MIN_PASSWORD
from caseworker.domain.errors import CaseworkerError
from caseworker.ui.i18n import LANGUAGES, Languages, message_text
from caseworker.ui.qt import (
    QComboBox,
    QDialog,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from caseworker.ui.work import run_in_background

OFFICE, LAPTOP = "office", "laptop"


def _create(folder: Path, user: str, password: str, office: str | None, site=None):
    from caseworker.app import places
    from caseworker.app import site as site_package
    from caseworker.app.session import Session

    session = Session.create(folder, user, password, office)
    if site is not None:
        site_package.apply(session, site)
    places.remember(folder)
    return session


class FirstRunDialog(QDialog):
    created = Signal(object)  # the new workspace's Session, unlocked
    demo_wanted = Signal()

    def __init__(self, languages: Languages, folders: dict[str, Path], site=None, site_error=None) -> None:
        super().__init__()
        self.languages = languages
        self.folders = folders
        self.kind = LAPTOP
        self.site, self.site_error = site, site_error
        self.setObjectName("first_run")
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(languages.current))
        self.language.currentIndexChanged.connect(lambda _i: languages.switch(self.language.currentData()))

        # The choice.
        self.welcome = QLabel(objectName="welcome", wordWrap=True)
        self.laptop_button = QPushButton(objectName="choose_laptop")
        self.laptop_button.clicked.connect(lambda: self.show_form(LAPTOP))
        self.office_button = QPushButton(objectName="choose_office")
        self.office_button.clicked.connect(lambda: self.show_form(OFFICE))
        self.demo_button = QPushButton(objectName="choose_demo")
        self.demo_button.clicked.connect(self._demo)
        choice = QWidget()
        column = QVBoxLayout(choice)
        column.addWidget(self.welcome)
        for button in (self.laptop_button, self.office_button, self.demo_button):
            button.setMinimumHeight(40)
            column.addWidget(button)
        column.addStretch(1)

        # The new workspace.
        self.explain = QLabel(objectName="explain", wordWrap=True)
        self.office_name = QLineEdit(objectName="office_name")
        self.user = QLineEdit(objectName="new_user")
        self.password = QLineEdit(objectName="new_password")
        self.again = QLineEdit(objectName="new_password_again")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {f: QLabel() for f in (self.office_name, self.user, self.password, self.again)}
        form = QFormLayout()
        for field, label in self.labels.items():
            label.setBuddy(field)
            form.addRow(label, field)
        self.where = QLabel(objectName="where", wordWrap=True)
        self.message = QLabel(objectName="first_run_message", wordWrap=True)
        self.create_button = QPushButton(objectName="create_workspace")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.back_button = QPushButton(objectName="back")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(2 if self.site is not None else 0))
        setup = QWidget()
        column = QVBoxLayout(setup)
        column.addWidget(self.explain)
        column.addLayout(form)
        column.addWidget(self.where)
        column.addWidget(self.message)
        self.busy = QProgressBar(objectName="busy")  # the key derivation takes a moment
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        column.addWidget(self.busy)
        column.addWidget(self.create_button)
        column.addWidget(self.back_button)
        column.addStretch(1)

        # The office's site file: its fingerprint to confirm, or why the set-up stops.
        self.site_text = QLabel(objectName="site_text", wordWrap=True)
        self.fingerprint = QLabel(objectName="site_fingerprint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.same_button = QPushButton(objectName="fingerprint_same")
        self.same_button.clicked.connect(lambda: self.show_form(LAPTOP))
        self.differs_button = QPushButton(objectName="fingerprint_differs")
        self.differs_button.clicked.connect(self._differs)
        confirm = QWidget()
        column = QVBoxLayout(confirm)
        for w in (self.site_text, self.fingerprint, self.same_button, self.differs_button):
            column.addWidget(w)
        column.addStretch(1)
        self.stopped = QLabel(objectName="setup_stopped", wordWrap=True)
        self.stopped.setStyleSheet("color: #b00020; font-weight: bold;")
        stop = QWidget()
        QVBoxLayout(stop).addWidget(self.stopped)

        self.pages = QStackedWidget()
        self.pages.addWidget(choice)
        self.pages.addWidget(setup)
        self.pages.addWidget(confirm)
        self.pages.addWidget(stop)
        if site_error is not None:
            self.pages.setCurrentWidget(stop)
        elif site is not None:
            self.pages.setCurrentWidget(confirm)
        top = QFormLayout()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        self.retranslate()
        self.resize(520, 420)

    def show_form(self, kind: str) -> None:
        self.kind = kind
        self.office_name.setVisible(kind == OFFICE)
        self.labels[self.office_name].setVisible(kind == OFFICE)
        self.message.clear()
        self.retranslate()
        self.pages.setCurrentIndex(1)
        (self.office_name if kind == OFFICE else self.user).setFocus()

    def create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords are not the same. Type them again."))
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        office = self.office_name.text().strip() if self.kind == OFFICE else None
        if self.kind == OFFICE and not office:
            self.message.setText(self.tr("Write the office's name."))
            self.office_name.setFocus()
            return
        self.create_button.setEnabled(False)
        self.message.setText(self.tr("Creating the encrypted workspace…"))
        self.busy.show()
        folder, user, password = self.folders[self.kind], self.user.text().strip(), self.password.text()
        site = self.site if self.kind == LAPTOP else None
        self.job = run_in_background(lambda: _create(folder, user, password, office, site), self._done, self._failed)

    def _done(self, session) -> None:
        self.busy.hide()
        self.password.clear()
        self.again.clear()
        self.created.emit(session)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.create_button.setEnabled(True)
        if isinstance(error, CaseworkerError):
            self.message.setText(message_text(error.message))
        else:
            self.message.setText(self.tr("The workspace could not be created."))

    def _differs(self) -> None:
        self.site = None  # not this office's: nothing is set up with it
        self.differed = True
        self.retranslate()
        self.pages.setCurrentIndex(3)

    def _demo(self) -> None:
        self.demo_wanted.emit()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caseworker: first start"))
        self.language_label.setText(self.tr("&Language"))
        self.welcome.setText(self.tr("There is no workspace on this computer yet. What is this computer for?"))
        self.laptop_button.setText(self.tr("Set up this laptop for a caseworker"))
        self.office_button.setText(self.tr("Create the central office's workspace"))
        self.demo_button.setText(self.tr("Open the demo (synthetic children only)"))
        self.labels[self.office_name].setText(self.tr("&Office name"))
        self.labels[self.user].setText(self.tr("&Your account name"))
        self.labels[self.password].setText(
            self.tr("&Password (at least %1 characters)").replace("%1", str(MIN_PASSWORD)))
        self.labels[self.again].setText(self.tr("Password &again"))
        if self.kind == OFFICE:
            self.explain.setText(self.tr("The office's workspace holds every district's cases. You will be its "
                                         "administrator; add the supervisors' and caseworkers' accounts next."))
        else:
            self.explain.setText(self.tr("This laptop's workspace is encrypted with your password. Enrolment with "
                                         "the office comes later, when the office sends its invitation."))
        self.where.setText(self.tr("The workspace will be kept in %1").replace("%1", str(self.folders[self.kind])))
        self.create_button.setText(self.tr("Create the workspace"))
        self.back_button.setText(self.tr("Back"))
        if self.site is not None:
            self.site_text.setText(self.tr("This program was prepared by %1. Compare this fingerprint with the one "
                                           "printed on the handover sheet from the office, every group of four:")
                                   .replace("%1", self.site.office.name))
            self.fingerprint.setText(self.site.fingerprint)
            self.same_button.setText(self.tr("They are the same: set up this laptop"))
            self.differs_button.setText(self.tr("They differ"))
        if self.site_error is not None:
            self.stopped.setText(message_text(self.site_error.message))
        elif getattr(self, "differed", False):
            self.stopped.setText(self.tr("The set-up stopped: this program may not be the office's. Do not use it; "
                                         "tell the office and ask for the program again."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
