"""The child's own details as editable fields: used to register a new case and to edit a case
file in place. It only shows and collects values; app/ checks them, and a refusal comes back
to the field it concerns."""

from __future__ import annotations

from caseworker.domain.items import REDACTED
from caseworker.ui.case_words import CaseWords
from caseworker.ui.dates import parsed, shown
from caseworker.ui.qt import (
    QComboBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)

LINES = ("surname", "given_name", "patronymic", "birth_date", "birth_year", "education")
CHOICES = ("sex", "risk", "care_arrangement")
TEXTS = ("summary", "health")
ORDER = (
    "surname", "given_name", "patronymic", "sex", "birth_date", "birth_year", "district", "risk",
    "care_arrangement", "education", "health", "summary",
)
BIRTH = ("birth_date", "birth_year")


class CaseFieldsForm(QWidget):
    changed = Signal()

    def __init__(self, districts: list[str], parent=None) -> None:
        super().__init__(parent)
        self.words = CaseWords(self)
        self.editors: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.hidden: set[str] = set()
        layout = QFormLayout(self)
        for name in ORDER:
            if name in LINES:
                editor = QLineEdit()
                editor.textChanged.connect(lambda _t: self.changed.emit())
            elif name in TEXTS:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(80)
                editor.textChanged.connect(self.changed.emit)
            elif name == "district":
                editor = QComboBox(editable=True)
                editor.addItem("")
                editor.addItems(districts)
                editor.currentTextChanged.connect(lambda _t: self.changed.emit())
            else:
                editor = QComboBox()
                editor.currentIndexChanged.connect(lambda _i: self.changed.emit())
            editor.setObjectName(f"edit_{name}")
            problem = QLabel(objectName=f"problem_{name}", wordWrap=True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(problem)
            label = QLabel()
            label.setBuddy(editor)
            layout.addRow(label, holder)
            self.editors[name], self.problems[name], self.labels[name] = editor, problem, label
        self.retranslate()

    # -- values ----------------------------------------------------------------------------------
    def values(self) -> dict:
        """What is typed, as the case file stores it (dates as ISO, choices as their codes)."""
        out = {}
        for name, editor in self.editors.items():
            if name in self.hidden:
                continue
            if name in LINES:
                text = editor.text().strip()
                if name == "birth_date":
                    out[name] = (parsed(text) or text) if text else None
                elif name == "birth_year":
                    out[name] = int(text) if text.isdigit() else (text or None)
                else:
                    out[name] = text or (None if name == "patronymic" else "")
            elif name in TEXTS:
                out[name] = editor.toPlainText().strip()
            elif name == "district":
                out[name] = editor.currentText().strip()
            else:
                out[name] = editor.currentData()
        return out

    def set_values(self, values: dict) -> None:
        for name, editor in self.editors.items():
            value = values.get(name)
            if value == REDACTED:
                # Need-to-know and not this user's to see: not offered for editing at all.
                self.hidden.add(name)
                editor.hide()
                self.labels[name].hide()
                continue
            editor.blockSignals(True)
            if name in LINES:
                editor.setText(shown(value) if name == "birth_date" else ("" if value is None else str(value)))
            elif name in TEXTS:
                editor.setPlainText(value or "")
            elif name == "district":
                editor.setCurrentText(value or "")
            else:
                editor.setCurrentIndex(max(editor.findData(value), 0))
            editor.blockSignals(False)

    def changes(self, stored: dict) -> dict:
        """The values that differ from `stored`; both birth fields travel together, because
        the case file reads them as one fact (a date, or only a year)."""
        now = self.values()
        out = {k: v for k, v in now.items() if v != stored.get(k) and not (v in ("", None) and not stored.get(k))}
        if out.keys() & set(BIRTH):
            if now.get("birth_date"):
                out["birth_date"], out["birth_year"] = now["birth_date"], None
            else:
                out["birth_date"], out["birth_year"] = None, now.get("birth_year")
        return out

    # -- problems ----------------------------------------------------------------------------------
    def show_problem(self, field: str, text: str) -> bool:
        """Shows a refusal under the field it concerns; False when no field here matches."""
        name = "birth_date" if field == "birth" else field
        if name not in self.problems:
            return False
        self.problems[name].setText(text)
        self.problems[name].show()
        self.editors[name].setFocus()
        return True

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.hide()

    # -- words -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        labels = self.words.labels()
        choices = self.words.choices()
        for name, label in self.labels.items():
            label.setText(labels[name])
            self.editors[name].setAccessibleName(labels[name])
        self.editors["birth_date"].setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.editors["birth_year"].setPlaceholderText(self.tr("if the date is not known"))
        for name in CHOICES:
            combo = self.editors[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not known)") if name != "sex" else "", None)
            for code, word in choices[name].items():
                combo.addItem(word, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
