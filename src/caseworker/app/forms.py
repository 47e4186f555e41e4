"""Forms in the workspace: the shipped ones installed on opening, an office's own installed by
an admin, every version kept."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from caseworker.domain.accounts import Role
from caseworker.domain.errors import FormNotFound, FormVersionExists
from caseworker.domain.resources import resource
from caseworker.forms import xlsform
from caseworker.forms.loader import GUARDRAIL_WORDS, load_form
from caseworker.forms.schema import FormDefinition
from caseworker.store import audit, settings
from caseworker.store import forms as form_store


def shipped() -> list[dict]:
    """The definitions in resources/forms/, as data."""
    folder = resource("forms")
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


@functools.lru_cache(maxsize=1)
def shipped_forms() -> tuple[FormDefinition, ...]:
    """The shipped forms, loaded and checked once per run of the program."""
    return tuple(load_form(data) for data in shipped())


class Forms:
    def __init__(self, session) -> None:
        self.s = session

    def install_shipped(self) -> int:
        """Installs shipped form versions the workspace does not hold yet; returns how many."""
        have = self.s.workspace.read(form_store.versions)
        new = [f for f in shipped_forms() if (f.id, f.version) not in have]
        for form in new:
            self._install(form, None)
        return len(new)

    def install(self, data: dict, override_reason: str | None = None) -> FormDefinition:
        """An office's own form (admin). With a reason, the guardrail against forbidden topics is
        overridden; the override is audited and the reason kept with the form."""
        self.s.require("form.install", Role.ADMIN)
        reason = (override_reason or "").strip() or None
        form = load_form(data, words=self._guardrail(), override=reason is not None)
        if not self._install(form, reason):
            raise FormVersionExists(form=form.id, version=form.version)
        return form

    def import_xlsx(self, path: Path, override_reason: str | None = None) -> tuple[FormDefinition, list[str]]:
        """An XLSForm workbook installed as a form (admin); returns it and what was not carried over.
        A workbook that does not load installs nothing."""
        self.s.require("form.install", Role.ADMIN)
        overriding = bool((override_reason or "").strip())
        imported = xlsform.read(Path(path), words=self._guardrail(), override=overriding)
        form = self.install(imported.form.model_dump(mode="json", exclude_none=True), override_reason)
        return form, imported.notes

    def export_xlsx(self, form_id: str, path: Path, version: int | None = None) -> FormDefinition:
        form = self.get(form_id, version)
        xlsform.save(form, Path(path))
        return form

    def _guardrail(self) -> tuple[str, ...]:
        """The words no form may use: the program's, and those the office added in its settings."""
        return GUARDRAIL_WORDS + tuple(self.s.workspace.read(settings.load).guardrail_words)

    def _install(self, form: FormDefinition, reason: str | None) -> bool:
        device, me = self.s.workspace.device_id, self.s.user.id
        definition = form.model_dump_json(exclude_none=True)

        def write(conn, stamp):
            added = form_store.install(conn, form.id, form.version, definition, stamp, reason)
            if added:
                detail = {"form": form.id, "version": form.version}
                if reason:
                    detail["override"] = True  # the reason itself is kept with the form
                audit.append(conn, device, stamp, [audit.Entry(me, "form_install", detail=detail)])
            return added

        return self.s.workspace.write(write)

    def get(self, form_id: str, version: int | None = None) -> FormDefinition:
        found = self.s.workspace.read(form_store.get, form_id, version)
        if found is None:
            raise FormNotFound(form=form_id, version=version or "-")
        # Stored forms were checked when installed, guardrail and all; not checked again here.
        return FormDefinition.model_validate_json(found[1])

    def list(self) -> list[FormDefinition]:
        return [FormDefinition.model_validate_json(d) for _, _, d in self.s.workspace.read(form_store.newest)]
