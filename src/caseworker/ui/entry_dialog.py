"""Adding or changing an entry of a case file on screen (a family member, a document, a consent,
a plan goal, a referral, a visit, a note, a tracing or disclosure request). The fields are
drawn from the entry's model in domain/, so every kind edits the same way; app/ checks the
entry, and a refusal comes back under the field it concerns with the typing kept."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing

from caseworker.domain.errors import CaseworkerError, InvalidRecord
from caseworker.domain.items import KINDS, REDACTED
from caseworker.ui.dates import parsed, shown
from caseworker.ui.i18n import message_text
from caseworker.ui.item_words import ItemWords
from caseworker.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The kinds a caseworker adds from the screen (attachments come from a file, assessments from a form).
EDITABLE_KINDS = ("person", "tracing", "document", "consent", "goal", "referral", "visit", "note", "disclosure")
LONG = 2000  # a text allowed to be longer than this gets a box of several lines


def shape(annotation, metadata) -> tuple[str, type | None]:
    """What kind of field a model annotation is: date, bool, int, choice (with its enum), text or line."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *metadata = typing.get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "choice", annotation
    if annotation is dt.date:
        return "date", None
    if annotation is bool:
        return "bool", None
    if annotation is int:
        return "int", None
    longest = max((getattr(m, "max_length", None) or 0 for m in metadata), default=0)
    return ("text" if longest > LONG else "line"), None


class EntryDialog(QDialog):
    def __init__(self, session, case_id: str, kind: str, parent=None, item: dict | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.kind = kind
        self.item = item  # the stored entry when changing one
        self.item_id = item["id"] if item else ""
        self.words = ItemWords(self)
        self.setObjectName(f"entry_{kind}")
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        self.shapes: dict[str, tuple[str, type | None]] = {}
        holder = QWidget()
        form = QFormLayout(holder)
        for name, info in KINDS[kind].model_fields.items():
            stored = (item or {}).get(name)
            if stored == REDACTED:
                continue  # need-to-know and not this user's: not offered at all
            self.shapes[name] = shape(info.annotation, info.metadata)
            editor = self._editor(name)
            problem = QLabel(objectName=f"problem_{name}", wordWrap=True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(problem)
            label = QLabel()
            label.setBuddy(editor)
            form.addRow(label, cell)
            self.editors[name], self.labels[name], self.problems[name] = editor, label, problem
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(holder)
        self.problem = QLabel(objectName="entry_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("entry_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill(item or self._defaults())
        self.resize(560, min(700, 120 + 52 * len(self.editors)))

    def _editor(self, name: str) -> QWidget:
        kind, _choices = self.shapes[name]
        if kind == "text":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(90)
        elif kind in ("choice", "bool"):
            editor = QComboBox()
        else:
            editor = QLineEdit()
        editor.setObjectName(f"entry_{name}")
        return editor

    def _defaults(self) -> dict:
        today = dt.date.today().isoformat()
        return {"note": {"written_on": today}, "referral": {"referred_on": today},
                "consent": {"given_on": today}}.get(self.kind, {})

    # -- values ----------------------------------------------------------------------------------
    def _fill(self, values: dict) -> None:
        for name, editor in self.editors.items():
            value = values.get(name)
            kind, _choices = self.shapes[name]
            if kind == "text":
                editor.setPlainText("" if value is None else str(value))
            elif kind in ("choice", "bool"):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif kind == "date":
                editor.setText(shown(value))
            else:
                editor.setText("" if value is None else str(value))

    def values(self) -> dict:
        """What is typed, as the case file stores it; an empty field is None."""
        out = {}
        for name, editor in self.editors.items():
            kind, _choices = self.shapes[name]
            if kind == "text":
                text = editor.toPlainText().strip()
                out[name] = text or None
            elif kind in ("choice", "bool"):
                out[name] = editor.currentData()
            else:
                text = editor.text().strip()
                if not text:
                    out[name] = None
                elif kind == "date":
                    out[name] = parsed(text) or text  # one that does not parse is reported at its field
                elif kind == "int":
                    out[name] = int(text) if text.isdigit() else text
                else:
                    out[name] = text
        return out

    def changes(self) -> dict:
        now = self.values()
        if self.item is None:
            return {k: v for k, v in now.items() if v is not None}
        return {k: v for k, v in now.items() if v != self.item.get(k)}

    def save(self) -> bool:
        for label in self.problems.values():
            label.hide()
        self.problem.hide()
        changes = self.changes()
        try:
            if self.item is None:
                self.item_id = self.session.casefile.add(self.case_id, self.kind, changes)
            elif changes:
                self.session.casefile.change(self.item_id, changes)
        except InvalidRecord as e:
            field = str(e.params.get("field", "")).split(".")[-1]
            problem = e.params.get("problem")
            text = message_text(problem) if hasattr(problem, "render") else message_text(e.message)
            if field in self.problems:
                self.problems[field].setText(text)
                self.problems[field].show()
                self.editors[field].setFocus()
            else:
                self._problem(message_text(e.message))
            return False
        except CaseworkerError as e:
            self._problem(message_text(e.message))
            return False
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- words -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.words.kinds()[self.kind]
        self.setWindowTitle(title if self.item is None else self.tr("%1: change").replace("%1", title))
        labels = self.words.fields()
        choices = self.words.choices()
        for name, editor in self.editors.items():
            kind, enum_type = self.shapes[name]
            self.labels[name].setText(labels.get(name, name))
            editor.setAccessibleName(labels.get(name, name))
            if kind == "date":
                editor.setPlaceholderText(self.tr("dd.mm.yyyy"))
            if kind in ("choice", "bool"):
                current = editor.currentData()
                editor.blockSignals(True)
                editor.clear()
                editor.addItem("", None)
                if kind == "bool":
                    editor.addItem(self.words.yes_no(True), True)
                    editor.addItem(self.words.yes_no(False), False)
                else:
                    for member in enum_type:
                        code = member.value
                        editor.addItem(self.words.of_field(name, code) or choices.get(code, code), code)
                editor.setCurrentIndex(max(editor.findData(current), 0))
                editor.blockSignals(False)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
