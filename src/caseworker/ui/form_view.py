"""The one component that draws any assessment form from its definition: every field type,
groups, repeats, skip logic applied as the caseworker types, the form's own constraint
messages in the interface language, what is still missing, and the scores and flags at the
end. No form has a widget of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caseworker.app.assessments import Preview, preview
from caseworker.ui.dates import parsed, shown
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

UNANSWERED = ("note", "calculate", "group", "repeat")  # nothing is typed into these


# -- editors: one per kind of answer -------------------------------------------------------------
class LineEditor:
    """Text, whole numbers, decimals and dates typed on one line."""

    def __init__(self, field, changed: Callable[[], None], touched: Callable[[], None]) -> None:
        self.field = field
        self.widget = QLineEdit()
        self.widget.textChanged.connect(lambda _t: changed())
        self.widget.editingFinished.connect(touched)

    def value(self) -> Any:
        text = self.widget.text().strip()
        if not text:
            return None
        if self.field.type == "date":
            return parsed(text) or text  # a date that does not parse stays as typed, and is reported
        if self.field.type == "decimal":
            return text.replace(",", ".")  # Russian and Tajik write a decimal comma
        return text

    def set_value(self, value: Any) -> None:
        self.widget.setText(shown(value) if self.field.type == "date" else ("" if value is None else str(value)))

    def relabel(self, language: str, words: dict[str, str]) -> None:
        if self.field.type == "date":
            self.widget.setPlaceholderText(words["date"])


class LongEditor:
    def __init__(self, field, changed: Callable[[], None], touched: Callable[[], None]) -> None:
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.widget.setMaximumHeight(90)
        self.widget.textChanged.connect(changed)
        self.widget.textChanged.connect(touched)

    def value(self) -> Any:
        return self.widget.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def relabel(self, language: str, words: dict[str, str]) -> None:
        pass


class ChoiceEditor:
    """One choice from a list: select_one, yes/no and the points of a scale."""

    def __init__(self, field, changed: Callable[[], None], touched: Callable[[], None]) -> None:
        self.field = field
        self.widget = QComboBox()
        self.widget.currentIndexChanged.connect(lambda _i: (touched(), changed()))

    def options(self, language: str, words: dict[str, str]) -> list[tuple[Any, str]]:
        f = self.field
        if f.type == "yes_no":
            return [("yes", words["yes"]), ("no", words["no"])]
        if f.type == "scale":
            anchors = {a.value: a.label.get(language) for a in f.scale.anchors}
            return [
                (v, f"{v} — {anchors[v]}" if v in anchors else str(v)) for v in range(f.scale.min, f.scale.max + 1)
            ]
        return [(c.name, c.label.get(language)) for c in f.choices]

    def value(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value) if value is not None else 0
        self.widget.setCurrentIndex(max(index, 0))

    def relabel(self, language: str, words: dict[str, str]) -> None:
        current = self.value()
        self.widget.blockSignals(True)
        self.widget.clear()
        self.widget.addItem(words["choose"], None)
        for value, label in self.options(language, words):
            self.widget.addItem(label, value)
        self.set_value(current)
        self.widget.blockSignals(False)


class ManyEditor:
    """Several choices, one box each."""

    def __init__(self, field, changed: Callable[[], None], touched: Callable[[], None]) -> None:
        self.field = field
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        for choice in field.choices:
            box = QCheckBox(objectName=f"choice_{choice.name}")
            box.toggled.connect(lambda _on: (touched(), changed()))
            layout.addWidget(box)
            self.boxes[choice.name] = box

    def value(self) -> Any:
        return [name for name, box in self.boxes.items() if box.isChecked()] or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(False)

    def relabel(self, language: str, words: dict[str, str]) -> None:
        for choice in self.field.choices:
            self.boxes[choice.name].setText(choice.label.get(language))


EDITORS = {
    "text": LineEditor, "integer": LineEditor, "decimal": LineEditor, "date": LineEditor,
    "long_text": LongEditor,
    "select_one": ChoiceEditor, "yes_no": ChoiceEditor, "scale": ChoiceEditor,
    "select_many": ManyEditor,
}


# -- the parts of a form on screen ---------------------------------------------------------------
class Question(QWidget):
    """One question: its words, its editor (or its computed value) and what does not fit."""

    def __init__(self, field, path: str, view: FormView) -> None:
        super().__init__()
        self.field = field
        self.path = path
        self.touched = False
        self.view = view
        self.setObjectName(f"question_{path}")
        self.label = QLabel(wordWrap=True)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.error = QLabel(wordWrap=True, objectName=f"error_{path}")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        self.editor = None
        if field.type in EDITORS:
            self.editor = EDITORS[field.type](field, view.changed_answer, self.touch)
            self.editor.widget.setObjectName(f"field_{path}")
            self.label.setBuddy(self.editor.widget)
            layout.addWidget(self.editor.widget)
        elif field.type == "calculate":
            self.computed = QLabel(objectName=f"field_{path}")
            layout.addWidget(self.computed)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def touch(self) -> None:
        """The caseworker has been here: from now on a problem with the answer is shown."""
        if not self.touched:
            self.touched = True
            if self.view.result is not None:
                self.view.show_result(self.view.result)

    def relabel(self, language: str, words: dict[str, str]) -> None:
        label = self.field.label.get(language)
        if self.field.required is True and self.editor is not None:
            label += " *"
        self.label.setText(label)
        hint = self.field.hint.get(language) if self.field.hint else ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.editor is not None:
            self.editor.relabel(language, words)
            self.editor.widget.setAccessibleName(self.field.label.get(language))

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))


class Scope:
    """The questions answered together: the form itself, or one entry of a repeat. Answers are
    flat by name (a group only arranges questions); a repeat's answer is a list of entries."""

    def __init__(self, fields, prefix: str, view: FormView, layout) -> None:
        self.view = view
        self.questions: dict[str, Question] = {}
        self.repeats: dict[str, RepeatBox] = {}
        self.groups: dict[str, tuple[Any, QGroupBox]] = {}
        self._build(fields, prefix, layout)

    def _build(self, fields, prefix: str, layout) -> None:
        for f in fields:
            path = f"{prefix}{f.name}"
            if f.type == "group":
                box = QGroupBox(objectName=f"group_{path}")
                inner = QVBoxLayout(box)
                self.groups[path] = (f, box)
                self._build(f.fields, f"{path}/", inner)
                layout.addWidget(box)
            elif f.type == "repeat":
                self.repeats[f.name] = RepeatBox(f, path, self.view)
                layout.addWidget(self.repeats[f.name])
            else:
                self.questions[f.name] = Question(f, path, self.view)
                layout.addWidget(self.questions[f.name])

    def answers(self) -> dict:
        out = {}
        for name, q in self.questions.items():
            value = q.editor.value() if q.editor is not None else None
            if value is not None:
                out[name] = value
        for name, repeat in self.repeats.items():
            if repeat.entries:
                out[name] = [entry.answers() for entry in repeat.entries]
        return out

    def set_answers(self, answers: dict) -> None:
        for name, q in self.questions.items():
            if q.editor is not None:
                q.editor.set_value(answers.get(name))
        for name, repeat in self.repeats.items():
            items = answers.get(name)
            repeat.set_entries(items if isinstance(items, list) else [])

    def parts(self):
        """Every question, group and repeat on screen, entries included: (path, widget)."""
        for path, (_f, box) in self.groups.items():
            yield path, box
        for q in self.questions.values():
            yield q.path, q
        for repeat in self.repeats.values():
            yield repeat.path, repeat
            for entry in repeat.entries:
                yield from entry.scope.parts()

    def questions_all(self):
        yield from self.questions.values()
        for repeat in self.repeats.values():
            for entry in repeat.entries:
                yield from entry.scope.questions_all()

    def show_computed(self, values: dict) -> None:
        for name, q in self.questions.items():
            if q.field.type == "calculate":
                value = values.get(name)
                q.computed.setText("" if value is None else shown(str(value)))
        for name, repeat in self.repeats.items():
            items = values.get(name) or []
            for i, entry in enumerate(repeat.entries):
                entry.scope.show_computed(items[i] if i < len(items) and isinstance(items[i], dict) else {})

    def relabel(self, language: str, words: dict[str, str]) -> None:
        for _path, (f, box) in self.groups.items():
            box.setTitle(f.label.get(language))
        for q in self.questions.values():
            q.relabel(language, words)
        for repeat in self.repeats.values():
            repeat.relabel(language, words)


class RepeatEntry(QFrame):
    def __init__(self, repeat: RepeatBox, n: int) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"entry_{repeat.path}[{n}]")
        layout = QVBoxLayout(self)
        self.number = QLabel()
        layout.addWidget(self.number)
        self.scope = Scope(repeat.field.fields, f"{repeat.path}[{n}]/", repeat.view, layout)
        self.remove = QPushButton(objectName=f"remove_{repeat.path}[{n}]")
        self.remove.clicked.connect(lambda: repeat.remove_entry(self))
        layout.addWidget(self.remove)

    def answers(self) -> dict:
        return self.scope.answers()


class RepeatBox(QGroupBox):
    """A repeat group: as many entries as the caseworker adds (up to the form's limit)."""

    def __init__(self, field, path: str, view: FormView) -> None:
        super().__init__(objectName=f"group_{path}")
        self.field = field
        self.path = path
        self.view = view
        self.entries: list[RepeatEntry] = []
        layout = QVBoxLayout(self)
        self.holder = QVBoxLayout()
        layout.addLayout(self.holder)
        self.add = QPushButton(objectName=f"add_{path}")
        self.add.clicked.connect(self.add_entry)
        layout.addWidget(self.add)

    def add_entry(self) -> RepeatEntry | None:
        if len(self.entries) >= self.field.max_repeats:
            return None
        entry = RepeatEntry(self, len(self.entries) + 1)
        self.entries.append(entry)
        self.holder.addWidget(entry)
        entry.scope.relabel(self.view.language(), self.view.words())
        self._renumber()
        self.view.changed_answer()
        return entry

    def remove_entry(self, entry: RepeatEntry) -> None:
        # Entries are numbered: rebuild from the answers that remain, so paths stay in step.
        kept = [e.answers() for e in self.entries if e is not entry]
        self.set_entries(kept)
        self.view.changed_answer()

    def set_entries(self, items: list[dict]) -> None:
        for entry in self.entries:
            entry.setParent(None)
            entry.deleteLater()
        self.entries = []
        for item in items[: self.field.max_repeats]:
            entry = RepeatEntry(self, len(self.entries) + 1)
            self.entries.append(entry)
            self.holder.addWidget(entry)
            entry.scope.set_answers(item if isinstance(item, dict) else {})
            entry.scope.relabel(self.view.language(), self.view.words())
        self._renumber()

    def _renumber(self) -> None:
        words = self.view.words()
        for n, entry in enumerate(self.entries, start=1):
            entry.number.setText(words["entry"].replace("%1", str(n)))
            entry.remove.setText(words["remove"])
        self.add.setEnabled(len(self.entries) < self.field.max_repeats)

    def relabel(self, language: str, words: dict[str, str]) -> None:
        self.setTitle(self.field.label.get(language))
        self.add.setText(words["add"])
        for entry in self.entries:
            entry.scope.relabel(language, words)
        self._renumber()


class FormView(QWidget):
    """A form on screen. `answers()` gives what is typed (as the forms engine reads it);
    `changed` fires on every edit, so the owner can keep a draft."""

    changed = Signal()

    def __init__(
        self, form, language: Callable[[], str], answers: dict | None = None, parent=None, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.language = language
        self.read_only = read_only  # a completed assessment: read, never changed
        self.strict = False  # after a save was tried, every problem shows, missing answers too
        self.result: Preview | None = None
        self._quiet = True
        self.setObjectName("form_view")
        layout = QVBoxLayout(self)
        self.title = QLabel(objectName="form_title", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.description = QLabel(objectName="form_description", wordWrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        self.scope = Scope(form.fields, "", self, layout)
        self.progress = QLabel(objectName="form_progress")
        self.summary = QLabel(objectName="form_summary", wordWrap=True)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.relabel()
        if answers:
            self.scope.set_answers(answers)
            self.scope.relabel(self.language(), self.words())
        self._quiet = False
        self.refresh()
        if read_only:
            for q in self.scope.questions_all():
                if q.editor is not None:
                    q.editor.widget.setEnabled(False)
            for repeat in self.scope.repeats.values():
                repeat.add.hide()

    # -- words -----------------------------------------------------------------------------------
    def words(self) -> dict[str, str]:
        return {
            "yes": self.tr("Yes"), "no": self.tr("No"), "choose": self.tr("(not answered)"),
            "date": self.tr("dd.mm.yyyy"), "add": self.tr("Add an entry"), "remove": self.tr("Remove this entry"),
            "entry": self.tr("Entry %1"),
        }

    def relabel(self) -> None:
        language = self.language()
        self.title.setText(self.form.title.get(language))
        description = self.form.description.get(language) if self.form.description else ""
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.scope.relabel(language, self.words())
        if self.result is not None:
            self.show_result(self.result)

    # -- answers ---------------------------------------------------------------------------------
    def answers(self) -> dict:
        return self.scope.answers()

    def changed_answer(self) -> None:
        if self._quiet:
            return
        self.refresh()
        self.changed.emit()

    def refresh(self) -> Preview:
        """Checks what is typed and shows it: which questions apply, what does not fit, what is
        missing, and the scores and flags once everything needed is there."""
        self.result = preview(self.form, self.answers())
        self.show_result(self.result)
        return self.result

    def show_result(self, result: Preview) -> None:
        applies = set(result.checked.shown)
        for path, widget in self.scope.parts():
            widget.setVisible(path in applies)
        self.scope.show_computed(result.checked.answers)
        problems = {e.path: e for e in result.checked.errors}
        for q in self.scope.questions_all():
            problem = None if self.read_only else problems.get(q.path)
            missing = problem is not None and problem.message.key == "answer.required"
            visible = problem is not None and (self.strict or (q.touched and not missing))
            q.show_error(self.problem_text(q, problem) if visible else None)
        self.show_progress(result, applies)
        self.show_summary(result)

    def problem_text(self, q: Question, problem) -> str:
        if problem.form_message:
            own = problem.form_message.get(self.language()) or problem.form_message.get("ru")
            if own or problem.form_message.get("en"):
                return own or problem.form_message["en"]
        if q.field.type == "date" and problem.message.key == "answer.type":
            return self.tr("Write the date as dd.mm.yyyy, for example 21.03.2025.")
        if q.field.type in ("integer", "scale") and problem.message.key == "answer.type":
            return self.tr("Write a whole number.")
        if q.field.type == "decimal" and problem.message.key == "answer.type":
            return self.tr("Write a number.")
        return message_text(problem.message)

    def show_progress(self, result: Preview, applies: set[str]) -> None:
        answerable = [q for q in self.scope.questions_all() if q.path in applies and q.editor is not None]
        answered = sum(1 for q in answerable if q.editor.value() is not None)
        missing = sum(1 for e in result.checked.errors if e.message.key == "answer.required")
        text = self.tr("Answered %1 of %2 questions.").replace("%1", str(answered)).replace("%2", str(len(answerable)))
        if missing:
            text += " " + self.tr("%n required question(s) still without an answer.", "", missing)
        self.progress.setText(text)

    def show_summary(self, result: Preview) -> None:
        if not result.checked.valid:
            self.summary.setText(self.tr("Scores and flags appear when the answers are complete."))
            return
        language = self.language()
        lines = []
        for score in self.form.scores:
            value = result.scores.get(score.name)
            lines.append(f"{score.label.get(language)}: {'' if value is None else value}")
        raised = {f.name for f in result.flags}
        for flag in self.form.flags:
            if flag.name in raised:
                suggests = self.tr("suggests a referral") if flag.suggests == "referral" else self.tr(
                    "suggests reviewing the protection risk")
                lines.append(f"⚑ {flag.label.get(language)} — {suggests}")
        if not raised:
            lines.append(self.tr("No flags raised."))
        self.summary.setText("\n".join(lines))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)

