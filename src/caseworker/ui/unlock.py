"""The unlock screen: account, password and language; the key derivation runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

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
    QVBoxLayout,
    Signal,
)
from caseworker.ui.work import run_in_background


def _open(folder: Path, user: str, password: str):
    # Imported here, on the worker thread: the unlock screen itself needs none of it, and
    # leaving it out makes the screen appear about twice as fast.
    from caseworker.app.session import Session

    return Session.open(folder, user, password)


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # the Session

    def __init__(self, folder: Path, languages: Languages, demo_accounts: str = "", demo_password: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.languages = languages
        self.demo = (demo_accounts, demo_password)
        self.setObjectName("unlock")
        self.user = QLineEdit(objectName="user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(languages.current))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_chosen = False  # chosen here: it becomes the account's language
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.button = QPushButton(objectName="unlock_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.labels = {field: QLabel() for field in (self.user, self.password, self.language)}
        self.form = QFormLayout()
        for field, label in self.labels.items():
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.hint_label = QLabel(objectName="hint")
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        self.busy = QProgressBar(objectName="busy")  # the key derivation takes a moment
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.button)
        layout.addWidget(self.hint_label)
        self.retranslate()

    def _language_chosen(self, _index: int) -> None:
        self.language_chosen = True
        self.languages.switch(self.language.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caseworker: unlock"))
        self.labels[self.user].setText(self.tr("&Account"))
        self.labels[self.password].setText(self.tr("&Password"))
        self.labels[self.language].setText(self.tr("&Language"))
        self.button.setText(self.tr("Unlock"))
        self.user.setAccessibleName(self.tr("Account"))
        accounts, password = self.demo
        if accounts:
            self.hint_label.setText(
                self.tr("A demo workspace of synthetic children. Accounts: {accounts}. Password: {password}")
                .format(accounts=accounts, password=password)
            )
        self.password.setAccessibleName(self.tr("Password"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_unlock(self) -> None:
        self.button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self.busy.show()
        folder, user, password = self.folder, self.user.text().strip(), self.password.text()
        self.job = run_in_background(lambda: _open(folder, user, password), self._done, self._failed)

    def _done(self, session) -> None:
        self.busy.hide()
        self.password.clear()
        self.button.setEnabled(True)
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.password.clear()
        self.button.setEnabled(True)
        if isinstance(error, CaseworkerError):
            self.message.setText(message_text(error.message))
        else:
            self.message.setText(self.tr("The workspace could not be opened."))
