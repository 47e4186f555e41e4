"""A case file on screen, section by section: the child, family, documents, consent,
assessments, plan, referrals, visits, notes, attachments, what is due and the history.
What the user may not see arrives from app/ already redacted and is shown as such.

The child's details edit in place: what is typed is kept as a draft as it is typed (a crash
or a flat battery loses nothing), offered back when the file is opened again, and dropped
once saved."""

from __future__ import annotations

from caseworker.domain.errors import CaseworkerError, InvalidRecord
from caseworker.domain.items import PLURALS, REDACTED
from caseworker.ui.case_fields import CaseFieldsForm
from caseworker.ui.case_words import CaseWords
from caseworker.ui.dates import shown
from caseworker.ui.entry_dialog import EDITABLE_KINDS
from caseworker.ui.i18n import message_text
from caseworker.ui.item_words import ItemWords
from caseworker.ui.qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from caseworker.ui.transfer_view import TransferBar

KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: the field or item an entry of the tree shows
AUTOSAVE_MS = 1000
CHOICE_FIELDS = ("relation", "kind", "status", "purpose", "decision")  # shown in words, never as stored


class CaseFileView(QWidget):
    # form id, item id of a draft to go on with (or ""), asked of the main window
    assessment_wanted = Signal(str, str)
    item_wanted = Signal(str)  # a kind of entry to add: the main window opens the entry dialog
    entry_wanted = Signal(str)  # the id of a stored entry to change

    def __init__(self, session, case_id: str, language=lambda: "en", parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.language = language
        self.draft_key = f"case:{case_id}"
        self.case_words = CaseWords(self)
        self.item_words = ItemWords(self)
        self.setObjectName("case_file")
        self.heading = QLabel(objectName="case_heading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status_line = QLabel(objectName="case_status", wordWrap=True)
        self.banner = QLabel(objectName="draft_banner", wordWrap=True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px;")
        self.banner.hide()

        self.edit_button = QPushButton(objectName="edit_profile")
        self.edit_button.clicked.connect(self.start_editing)
        self.form_choice = QComboBox(objectName="form_choice")
        self.fill_button = QPushButton(objectName="fill_assessment")
        self.fill_button.clicked.connect(
            lambda: self.assessment_wanted.emit(self.form_choice.currentData() or "", "")
        )
        self.visit_button = QPushButton(objectName="plan_visit")
        self.visit_button.clicked.connect(lambda: self.item_wanted.emit("visit"))
        self.note_button = QPushButton(objectName="add_note")
        self.note_button.clicked.connect(lambda: self.item_wanted.emit("note"))
        self.add_kind = QComboBox(objectName="add_kind")
        self.add_button = QPushButton(objectName="add_entry")
        self.add_button.clicked.connect(lambda: self.item_wanted.emit(self.add_kind.currentData()))
        actions = QHBoxLayout()
        for w in (self.edit_button, self.visit_button, self.note_button, self.add_kind, self.add_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.form_choice)
        actions.addWidget(self.fill_button)

        self.transfer = TransferBar(session, case_id, session.districts.names(language()))
        self.transfer.changed.connect(self.reload)

        self.tree = QTreeWidget(objectName="case_tree")
        self.tree.setColumnCount(2)
        self.tree.itemActivated.connect(self._activated)

        self.editor = CaseFieldsForm(session.districts.names(language()))
        self.editor.changed.connect(self._typed)
        self.problem = QLabel(objectName="edit_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.save_button = QPushButton(objectName="save_profile")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(objectName="discard_profile")
        self.cancel_button.clicked.connect(self.discard)
        edit_page = QWidget()
        edit_layout = QVBoxLayout(edit_page)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.editor)
        edit_layout.addWidget(scroll)
        edit_layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        edit_layout.addLayout(buttons)

        self.pages = QStackedWidget(objectName="case_pages")
        self.pages.addWidget(self.tree)
        self.pages.addWidget(edit_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_line)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.transfer)
        layout.addWidget(self.pages)

        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_draft)
        self.reload()
        self.retranslate()
        self._offer_draft()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.file = self.session.casefile.show(self.case_id)
        self.history = self.session.cases.history(self.case_id)
        self.forms = self.session.forms.list()
        self.transfer.refresh()
        self.fill()

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() == 1

    # -- editing in place --------------------------------------------------------------------------
    def start_editing(self) -> None:
        if not self.editing:
            self.editor.set_values(self.file)
            self.editor.clear_problems()
            self.problem.hide()
            self.pages.setCurrentIndex(1)
        self.editor.editors["surname"].setFocus()

    def _offer_draft(self) -> None:
        draft = self.session.drafts.load(self.draft_key)
        if not draft:
            return
        self.start_editing()
        self.editor.set_values({**self.file, **draft.get("fields", {})})
        self.banner.setText(self.tr("Changes you had not saved were kept; they are back in place. Save them or "
                                    "discard them."))
        self.banner.show()

    def _typed(self) -> None:
        if self.editing:
            self.autosave.start()

    def detach(self) -> None:
        """The session is closing (lock, quit): nothing may reach it from this view any more."""
        self.autosave.stop()
        self.session = None

    def keep_draft(self) -> None:
        """Saves what is typed and not yet saved, so nothing is lost if the program stops."""
        self.autosave.stop()
        if self.session is None or not self.editing:
            return
        changes = self.editor.changes(self.file)
        if changes:
            self.session.drafts.save(self.draft_key, self.case_id, {"fields": changes})
        else:
            self.session.drafts.discard(self.draft_key)

    def has_unsaved(self) -> bool:
        return self.editing and bool(self.editor.changes(self.file))

    def save(self) -> bool:
        """Saves the typed details; on a refusal the fields stay as typed with the reason shown."""
        if not self.editing:
            return True
        self.autosave.stop()
        self.editor.clear_problems()
        self.problem.hide()
        changes = self.editor.changes(self.file)
        try:
            if changes:
                self.session.casefile.update(self.case_id, changes)
        except InvalidRecord as e:
            problem = e.params.get("problem")
            text = message_text(problem) if hasattr(problem, "render") else message_text(e.message)
            if not self.editor.show_problem(e.params.get("field", ""), text):
                self._show_problem(message_text(e.message))
            self.keep_draft()
            return False
        except CaseworkerError as e:
            self._show_problem(message_text(e.message))
            self.keep_draft()
            return False
        self.session.drafts.discard(self.draft_key)
        self.banner.hide()
        self.pages.setCurrentIndex(0)
        self.reload()
        return True

    def discard(self) -> None:
        self.autosave.stop()
        self.session.drafts.discard(self.draft_key)
        self.banner.hide()
        self.pages.setCurrentIndex(0)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- words -----------------------------------------------------------------------------------
    def field_value(self, key: str, v) -> str:
        choices = self.case_words.choices()
        words = choices.get(key)
        if words and isinstance(v, str) and v in words:
            return words[v]
        if words and isinstance(v, list):
            return ", ".join(words.get(x, self.value(x)) for x in v)
        if isinstance(v, dict) and v != {"restricted": True}:
            # A guardian, or a disclosure: each part with its own words.
            parts = self.case_words.parts()
            return "; ".join(
                f"{parts.get(k, k)}: {choices.get(k, {}).get(x) or self.value(x)}"
                for k, x in v.items() if x not in (None, "")
            )
        return self.value(v)

    def value(self, v) -> str:
        if v == REDACTED or v == {"restricted": True}:
            return self.tr("[restricted: need to know]")
        if isinstance(v, bool):
            return self.item_words.yes_no(v)
        if isinstance(v, list):
            return ", ".join(self.value(x) for x in v)
        if isinstance(v, dict):
            fields = self.item_words.fields()
            return "; ".join(f"{fields.get(k, k)}: {self.value(x)}" for k, x in v.items())
        if isinstance(v, str):
            return self.item_words.choices().get(v, shown(v))
        return "" if v is None else str(v)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit the child's details"))
        self.visit_button.setText(self.tr("Plan a visit"))
        self.note_button.setText(self.tr("Add a note"))
        self.fill_button.setText(self.tr("Fill in"))
        self.form_choice.setAccessibleName(self.tr("Assessment form"))
        self.add_button.setText(self.tr("Add"))
        self.add_kind.setAccessibleName(self.tr("Kind of entry to add"))
        kind = self.add_kind.currentData()
        self.add_kind.clear()
        for code, name in self.item_words.kinds().items():
            self.add_kind.addItem(name, code)
        self.add_kind.setCurrentIndex(max(self.add_kind.findData(kind), 0))
        self.tree.setAccessibleName(self.tr("Case file"))
        self.transfer.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Discard changes"))
        language = self.language()
        current = self.form_choice.currentData()
        self.form_choice.clear()
        for form in self.forms:
            self.form_choice.addItem(form.title.get(language), form.id)
        self.form_choice.setCurrentIndex(max(self.form_choice.findData(current), 0))
        self.fill()

    # -- drawing ---------------------------------------------------------------------------------
    def fill(self) -> None:
        f = self.file
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.heading.setText(" ".join(p for p in (f["surname"], f["given_name"], f["patronymic"]) if p))
        step = self.case_words.choices()["step"].get(f.get("step"), "")
        due_next = f["due"][0] if f["due"] else None
        line = self.tr("Step: %1").replace("%1", step)
        if due_next:
            line += " · " + self.tr("next: %1 by %2").replace("%1", self.what_due(due_next["what"])).replace(
                "%2", shown(due_next["due"][:10]))
        self.status_line.setText(line)
        profile = QTreeWidgetItem(self.tree, [self.tr("The child")])
        for key, label in self.case_words.labels().items():
            if f.get(key) not in (None, "", []):
                QTreeWidgetItem(profile, [label, self.field_value(key, f[key])]).setData(1, KEY_ROLE, key)
        profile.setExpanded(True)
        fields = self.item_words.fields()
        for plural, title in self.case_words.sections().items():
            entries = f["items"].get(plural, [])
            section = QTreeWidgetItem(self.tree, [f"{title} ({len(entries)})"])
            for entry in entries:
                if plural == "assessments":
                    self._assessment_entry(section, entry)
                    continue
                node = QTreeWidgetItem(section, [self.entry_title(plural, entry), ""])
                node.setData(0, KEY_ROLE, entry["id"])
                for k, v in entry.items():
                    if k != "id" and v not in (None, "", [], {}):
                        shown_value = self.item_words.of_field(k, v) or self.value(v)
                        QTreeWidgetItem(node, [fields.get(k, k), shown_value])
        due = QTreeWidgetItem(self.tree, [self.tr("Due")])
        for d in f["due"]:
            QTreeWidgetItem(due, [self.what_due(d["what"]), shown(d["due"][:10])])
        history = QTreeWidgetItem(self.tree, [self.tr("History")])
        for h in self.history:
            QTreeWidgetItem(history, [shown(h["at"][:10]), self.action(h["action"])])
        self.tree.resizeColumnToContents(0)

    def entry_title(self, plural: str, entry: dict) -> str:
        """A one-line name for an entry: what it is and its date, in the interface language."""
        first = {
            "persons": ("relation", "given_name"), "documents": ("kind", "status"), "consents": ("purpose", "given_on"),
            "goals": ("goal", "status"), "referrals": ("service", "referred_on"), "visits": ("planned_on", "done_on"),
            "notes": ("written_on", "text"), "attachments": ("name", "description"), "tracing": ("about", "sent_on"),
            "disclosures": ("agency", "decision"), "transfers": ("to_district", "status"),
        }[plural]
        choices = self.item_words.choices()
        parts = [(self.item_words.of_field(k, entry[k]) or choices.get(entry[k]) if k in CHOICE_FIELDS else None)
                 or self.value(entry[k]) for k in first if entry.get(k) not in (None, "")]
        text = " · ".join(parts)
        return text if len(text) <= 80 else text[:79] + "…"

    def _assessment_entry(self, section: QTreeWidgetItem, entry: dict) -> None:
        language = self.language()
        titles = {form.id: form for form in self.forms}
        form = titles.get(entry.get("form_id"))
        name = form.title.get(language) if form else entry.get("form_id", "")
        status = self.item_words.choices().get(entry.get("status"), "")
        node = QTreeWidgetItem(section, [name, f"{status} {shown(entry.get('completed_on'))}".strip()])
        node.setData(0, KEY_ROLE, entry["id"])
        node.setData(1, KEY_ROLE, entry.get("form_id"))
        if form is not None:
            labels = {s.name: s.label.get(language) for s in form.scores}
            for k, v in (entry.get("scores") or {}).items():
                QTreeWidgetItem(node, [labels.get(k, k), self.value(v)])
            flags = {fl.name: fl.label.get(language) for fl in form.flags}
            for flag in entry.get("flags") or []:
                text = self.value(flag) if flag.get("restricted") else flags.get(flag.get("name"), "")
                QTreeWidgetItem(node, ["⚑", text])

    def _activated(self, node: QTreeWidgetItem, _column: int) -> None:
        # An assessment opens in its form; any other entry opens to be changed.
        item_id, form_id = node.data(0, KEY_ROLE), node.data(1, KEY_ROLE)
        if item_id and form_id:
            # A draft opens to be gone on with; a completed assessment opens to be read.
            self.assessment_wanted.emit(form_id, item_id)
        elif item_id and self.entry(item_id)[0] in EDITABLE_KINDS:
            self.entry_wanted.emit(item_id)

    def entry(self, item_id: str) -> tuple[str, dict]:
        """The kind and the stored values (as this user may see them) of an entry of this file."""
        for plural, entries in self.file["items"].items():
            for entry in entries:
                if entry["id"] == item_id:
                    return PLURALS[plural], entry
        return "", {}

    def what_due(self, code: str) -> str:
        return self.case_words.what_due().get(code, code)

    def action(self, code: str) -> str:
        return {
            "create": self.tr("registered"), "change": self.tr("changed"), "view": self.tr("viewed"),
            "delete": self.tr("deleted"), "share": self.tr("shared"), "refusal": self.tr("access refused"),
            "purge": self.tr("purged"),
        }.get(code, code)

    def shown_value(self, key: str) -> str | None:
        """What the profile shows for a field (tests read the screen through this)."""
        profile = self.tree.topLevelItem(0)
        for i in range(profile.childCount()):
            item = profile.child(i)
            if item.data(1, KEY_ROLE) == key:
                return item.text(1)
        return None

    def section_texts(self, plural: str) -> list[str]:
        """The titles of a section's entries as shown (for tests and screen readers alike)."""
        title = self.case_words.sections()[plural]
        for i in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(i)
            if node.text(0).startswith(title + " ("):
                return [node.child(j).text(0) for j in range(node.childCount())]
        return []

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
