"""Filling assessments: checked against the form version they use, scored and flagged, saved
as part of the case file; a draft is saved as it is and completed later."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caseworker.domain.errors import AnswersInvalid, AssessmentNotDraft, ItemNotFound
from caseworker.forms.answers import Checked, check
from caseworker.forms.schema import FormDefinition
from caseworker.forms.scoring import Flag, scores_and_flags


@dataclass
class Preview:
    """What a screen shows while answers are typed: the checked answers (with calculations),
    the problems, the questions that apply, and scores and flags once the answers are valid."""

    checked: Checked
    scores: dict[str, float | int | None] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)


def preview(form: FormDefinition, answers: dict) -> Preview:
    """Checks answers as they are typed; touches no workspace, so it runs on every keystroke."""
    checked = check(form, answers)
    if not checked.valid:
        return Preview(checked)
    scores, flags = scores_and_flags(form, checked.answers)
    return Preview(checked, scores, flags)


class Assessments:
    def __init__(self, session) -> None:
        self.s = session

    def add(self, case_id: str, form_id: str, answers: dict, draft: bool = False, version: int | None = None) -> str:
        """Saves an assessment (the newest form version unless one is named); returns its id."""
        form = self.s.forms.get(form_id, version)
        data = self._record(form, answers, draft)
        return self.s.casefile.add(case_id, "assessment", data)

    def complete(self, item_id: str, answers: dict) -> dict:
        """Finishes a draft with its own form version; returns the saved record."""
        item = self._draft(item_id)
        form = self.s.forms.get(item["data"]["form_id"], item["data"]["form_version"])
        data = self._record(form, answers, draft=False)
        self.s.casefile.change(item_id, data)
        return data

    def keep_draft(self, item_id: str, answers: dict) -> None:
        """Saves new answers into a stored draft (still a draft)."""
        item = self._draft(item_id)
        form = self.s.forms.get(item["data"]["form_id"], item["data"]["form_version"])
        self.s.casefile.change(item_id, self._record(form, answers, draft=True))

    def _draft(self, item_id: str) -> dict:
        item = self.s.casefile.item(item_id)
        if item["kind"] != "assessment":
            raise ItemNotFound(item_id=item_id)
        if item["data"]["status"] != "draft":
            raise AssessmentNotDraft(item_id=item_id)
        return item

    def _record(self, form, answers: dict, draft: bool) -> dict:
        checked = check(form, answers)
        if draft:
            # A draft keeps what was typed, even what does not fit yet: nothing is lost.
            return {"form_id": form.id, "form_version": form.version, "status": "draft", "answers": answers}
        if not checked.valid:
            raise AnswersInvalid(problems=checked.errors, form=form.id)
        scores, flags = scores_and_flags(form, checked.answers)
        return {
            "form_id": form.id,
            "form_version": form.version,
            "status": "complete",
            "answers": checked.answers,
            "scores": scores,
            "flags": [{"name": f.name, "suggests": f.suggests, "service": f.service} for f in flags],
            "completed_on": dt.date.today().isoformat(),
        }
