"""An assessment being filled for one child: the form drawn by FormView, what is typed kept
as a draft as it is typed, saved as a draft to finish later or saved complete."""

from __future__ import annotations

from caseworker.domain.errors import AnswersInvalid, CaseworkerError
from caseworker.ui.form_view import FormView
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import QEvent, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTimer, QVBoxLayout, QWidget, Signal

AUTOSAVE_MS = 1000


class AssessmentView(QWidget):
    saved = Signal(str)  # the case id: its file shows the new assessment

    def __init__(
        self, session, case_id: str, form, language, item_id: str = "", answers: dict | None = None,
        read_only: bool = False,
    ):
        super().__init__()
        self.session = session
        self.case_id = case_id
        self.item_id = item_id
        self.read_only = read_only
        self.setObjectName("assessment")
        # Typing kept since the last save wins over what was saved: it is newer.
        self.draft_key = f"assessment:{case_id}:{item_id or form.id}"
        kept = None if read_only else session.drafts.load(self.draft_key)
        self.restored = kept is not None
        self.form_view = FormView(form, language, kept["answers"] if kept else answers, read_only=read_only)
        self.form_view.changed.connect(self._typed)
        scroll = QScrollArea(widgetResizable=True, objectName="assessment_scroll")
        scroll.setWidget(self.form_view)
        self.scroll = scroll
        self.message = QLabel(objectName="assessment_message", wordWrap=True)
        self.message.hide()
        self.draft_button = QPushButton(objectName="save_draft")
        self.draft_button.clicked.connect(lambda: self.save(draft=True))
        self.save_button = QPushButton(objectName="save_assessment")
        self.save_button.clicked.connect(lambda: self.save(draft=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        self.dirty = self.restored
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.keep_draft)
        self.retranslate()
        if read_only:
            self.draft_button.hide()
            self.save_button.hide()
        if self.restored:
            self._say(self.tr("Answers you had not saved were kept; they are back in place."))

    def _typed(self) -> None:
        self.dirty = True
        self.autosave.start()

    def detach(self) -> None:
        """The session is closing (lock, quit): nothing may reach it from this view any more."""
        self.autosave.stop()
        self.session = None

    def keep_draft(self) -> None:
        self.autosave.stop()
        if self.session is not None and self.dirty:
            self.session.drafts.save(self.draft_key, self.case_id, {"answers": self.form_view.answers()})

    def has_unsaved(self) -> bool:
        return self.dirty

    def save(self, draft: bool) -> bool:
        if self.read_only:
            return True  # a completed assessment stays as it was completed
        self.autosave.stop()
        answers = self.form_view.answers()
        form = self.form_view.form
        try:
            if draft and self.item_id:
                self.session.assessments.keep_draft(self.item_id, answers)
            elif draft:
                self.item_id = self.session.assessments.add(self.case_id, form.id, answers, True, form.version)
            elif self.item_id:
                self.session.assessments.complete(self.item_id, answers)
            else:
                self.item_id = self.session.assessments.add(self.case_id, form.id, answers, False, form.version)
        except AnswersInvalid:
            # Every problem is shown where it is, missing answers too; the typing stays.
            self.form_view.strict = True
            self.form_view.refresh()
            self._say(self.tr("Some answers need attention: they are marked in red. Nothing was lost."), True)
            self.keep_draft()
            return False
        except CaseworkerError as e:
            self._say(message_text(e.message), True)
            self.keep_draft()
            return False
        self.session.drafts.discard(self.draft_key)
        self.dirty = False
        self._say(self.tr("Saved as a draft.") if draft else self.tr("Saved."))
        self.saved.emit(self.case_id)
        return True

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20;")
        self.message.setText(text)
        self.message.show()

    def retranslate(self) -> None:
        self.draft_button.setText(self.tr("Save as draft"))
        self.save_button.setText(self.tr("Save as complete"))

    def title(self, language: str) -> str:
        return self.form_view.form.title.get(language)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
