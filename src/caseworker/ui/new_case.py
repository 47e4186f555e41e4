"""Registering a new child. Before anything is written, the cases that look like the same
child (any spelling, same sex, near birth year) are shown: the caseworker opens the existing
file, or registers anyway knowing about them."""

from __future__ import annotations

from caseworker.domain.errors import CaseworkerError, InvalidRecord
from caseworker.ui.case_fields import CaseFieldsForm
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import (
    QDialog,
    QEvent,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    Signal,
)

ID_ROLE = 256


class NewCaseDialog(QDialog):
    open_existing = Signal(str)  # the id of a likely duplicate the caseworker chose to open

    def __init__(self, session, language, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = ""
        self.warned_for: dict | None = None  # the values the duplicate warning was shown for
        self.setObjectName("new_case")
        self.fields = CaseFieldsForm(session.districts.names(language()))
        self.fields.editors["health"].hide()  # the case file asks this later, not at registration
        self.fields.labels["health"].hide()
        self.fields.hidden.add("health")
        self.problem = QLabel(objectName="new_case_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.warning = QLabel(objectName="duplicate_warning", wordWrap=True)
        self.matches = QListWidget(objectName="duplicates")
        self.matches.itemActivated.connect(self._open_match)
        self.open_button = QPushButton(objectName="open_duplicate")
        self.open_button.clicked.connect(lambda: self._open_match(self.matches.currentItem()))
        for w in (self.warning, self.matches, self.open_button):
            w.hide()
        self.register_button = QPushButton(objectName="register_case")
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(objectName="cancel_case")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)
        layout.addWidget(self.matches)
        layout.addLayout(buttons)
        self.retranslate()

    def record(self) -> dict:
        return {k: v for k, v in self.fields.values().items() if v not in (None, "")}

    def register(self) -> bool:
        """Checks, warns once about likely duplicates, then registers."""
        self.fields.clear_problems()
        self.problem.hide()
        record = self.record()
        try:
            if self.warned_for != record:
                found = self.session.cases.likely_duplicates(record)
                if found:
                    self._warn(found, record)
                    return False
            self.case_id = self.session.cases.add([record], check_duplicates=False).ids[0]
        except InvalidRecord as e:
            problem = e.params.get("problem")
            text = message_text(problem) if hasattr(problem, "render") else message_text(e.message)
            if not self.fields.show_problem(e.params.get("field", ""), text):
                self._problem(message_text(e.message))
            return False
        except CaseworkerError as e:
            self._problem(message_text(e.message))
            return False
        self.accept()
        return True

    def _warn(self, found: list[dict], record: dict) -> None:
        self.warned_for = record
        self.matches.clear()
        for row in found:
            name = " ".join(p for p in (row["surname"], row["given_name"], row["patronymic"]) if p)
            born = row["birth_year"] or ""
            item = QListWidgetItem(f"{name} · {born} · {row['district']}")
            item.setData(ID_ROLE, row["id"])
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.warning.setText(self.tr("%n case(s) may be this same child. Open one to check, or register anyway.",
                                     "", len(found)))
        for w in (self.warning, self.matches, self.open_button):
            w.show()
        self.register_button.setText(self.tr("Register anyway"))

    def _open_match(self, item) -> None:
        if item is not None:
            self.open_existing.emit(item.data(ID_ROLE))
            self.reject()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        self.register_button.setText(self.tr("Register anyway") if self.warned_for else self.tr("Register"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open the chosen case"))
        self.matches.setAccessibleName(self.tr("Cases that may be the same child"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
