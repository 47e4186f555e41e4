"""Adding an entry to a case file from the screen: plan a visit, write a note. app/ checks the
entry; a refusal is shown in the dialog and what was typed stays."""

from __future__ import annotations

import datetime as dt

from caseworker.domain.errors import CaseworkerError
from caseworker.ui.dates import parsed, shown
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)


class EntryDialog(QDialog):
    def __init__(self, session, case_id: str, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.kind = kind
        self.item_id = ""
        self.setObjectName(f"entry_{kind}")
        self.date = QLineEdit(objectName="entry_date")
        self.text = QPlainTextEdit(objectName="entry_text")
        self.text.setTabChangesFocus(True)
        if kind == "note":
            self.date.setText(shown(dt.date.today().isoformat()))
        self.date_label, self.text_label = QLabel(), QLabel()
        self.date_label.setBuddy(self.date)
        self.text_label.setBuddy(self.text)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        form.addRow(self.text_label, self.text)
        self.problem = QLabel(objectName="entry_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("entry_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def data(self) -> dict | None:
        typed = self.date.text().strip()
        date = parsed(typed)
        if date is None:
            return None
        text = self.text.toPlainText().strip()
        if self.kind == "visit":
            return {"planned_on": date, **({"notes": text} if text else {})}
        return {"written_on": date, "text": text}

    def save(self) -> None:
        data = self.data()
        if data is None:
            self._problem(self.tr("Write the date as dd.mm.yyyy, for example 21.03.2025."))
            self.date.setFocus()
            return
        try:
            self.item_id = self.session.casefile.add(self.case_id, self.kind, data)
        except CaseworkerError as e:
            self._problem(message_text(e.message))
            return
        self.accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def retranslate(self) -> None:
        if self.kind == "visit":
            self.setWindowTitle(self.tr("Plan a visit"))
            self.date_label.setText(self.tr("&Planned for"))
            self.text_label.setText(self.tr("What the visit is for"))
        else:
            self.setWindowTitle(self.tr("Add a note"))
            self.date_label.setText(self.tr("&Written on"))
            self.text_label.setText(self.tr("&Note"))
        self.date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.text.setAccessibleName(self.text_label.text().replace("&", ""))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
