"""Commands for forms and assessments."""

from __future__ import annotations

import sys
from pathlib import Path

from caseworker.cli.common import Context, command, print_json, read_object
from caseworker.domain.errors import AnswersInvalid


def form_list(ctx: Context) -> None:
    for form in ctx.session.forms.list():
        print(f"{form.id}\t{form.version}\t{form.title.get('en')}")


def form_show(ctx: Context) -> None:
    form = ctx.session.forms.get(ctx.args.id, ctx.args.version)
    print_json(form.model_dump(mode="json", exclude_none=True))


def form_install(ctx: Context) -> None:
    form = ctx.session.forms.install(read_object(ctx.args.file), ctx.args.override_reason)
    print(f"Installed {form.id} version {form.version}")


def form_import(ctx: Context) -> None:
    form, notes = ctx.session.forms.import_xlsx(ctx.args.file, ctx.args.override_reason)
    for note in notes:
        print(f"note: {note}")
    print(f"Installed {form.id} version {form.version}")


def form_export(ctx: Context) -> None:
    form = ctx.session.forms.export_xlsx(ctx.args.id, ctx.args.out, ctx.args.version)
    print(f"Wrote {form.id} version {form.version} to {ctx.args.out}")


def _answers_refused(e: AnswersInvalid) -> None:
    """Every problem on its own line after the one-line summary, each naming its question."""
    print(f"caseworker: {e.message.english()}", file=sys.stderr)
    for problem in e.problems:
        print(f"  {problem.path}: {problem.message.english()}", file=sys.stderr)


def assessment_add(ctx: Context) -> int:
    a = ctx.args
    try:
        item_id = ctx.session.assessments.add(a.case, a.form, read_object(a.answers), draft=a.draft)
    except AnswersInvalid as e:
        _answers_refused(e)
        return 1
    record = ctx.session.casefile.item(item_id)["data"]
    print(item_id)
    for flag in record.get("flags", []):
        print(f"flag: {flag['name']} (suggests {flag['suggests']})")
    return 0


def assessment_complete(ctx: Context) -> int:
    try:
        record = ctx.session.assessments.complete(ctx.args.id, read_object(ctx.args.answers))
    except AnswersInvalid as e:
        _answers_refused(e)
        return 1
    print(f"Assessment {ctx.args.id} completed")
    for flag in record["flags"]:
        print(f"flag: {flag['name']} (suggests {flag['suggests']})")
    return 0


def register(sub, groups: dict) -> None:
    command(groups["form"], "list", form_list, "the installed forms: id, version, title")
    p = command(groups["form"], "show", form_show, "a form's definition")
    p.add_argument("id")
    p.add_argument("--version", type=int)
    p = command(groups["form"], "install", form_install, "install an office's own form from a JSON file (admin)")
    p.add_argument("--file", required=True, type=Path)
    p.add_argument("--override-reason", help="install despite the guardrail against forbidden topics (audited)")

    p = command(groups["form"], "import", form_import, "install a form from an XLSForm workbook (admin)")
    p.add_argument("file", type=Path)
    p.add_argument("--override-reason", help="install despite the guardrail against forbidden topics (audited)")
    p = command(groups["form"], "export-xlsx", form_export, "write a form to an XLSForm workbook")
    p.add_argument("id")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--version", type=int)

    p = command(groups["assessment"], "add", assessment_add, "fill an assessment from a JSON file of answers")
    p.add_argument("--case", required=True)
    p.add_argument("--form", required=True)
    p.add_argument("--answers", required=True, type=Path)
    p.add_argument("--draft", action="store_true", help="save as it is, to complete later")
    p = command(groups["assessment"], "complete", assessment_complete, "complete a draft assessment")
    p.add_argument("id")
    p.add_argument("--answers", required=True, type=Path)
