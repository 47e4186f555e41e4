"""Commands of the full case file: patches, consent, visits, referrals, attachments, closure,
purging, what is due, and the office's settings and service directory."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from caseworker.cli.common import (
    Context,
    UsageError,
    command,
    date_arg,
    moment_arg,
    print_json,
    read_json,
    read_object,
)
from caseworker.domain.errors import InvalidOutputFile
from caseworker.domain.services import file_name


def _summary(done: dict[str, int]) -> str:
    return ", ".join(f"{what}: {n}" for what, n in sorted(done.items())) or "Nothing changed"


def case_update(ctx: Context) -> None:
    print(_summary(ctx.session.casefile.update(ctx.args.id, read_object(ctx.args.file))))


def case_close(ctx: Context) -> None:
    a = ctx.args
    ctx.session.closure.close(a.id, a.reason, a.on, a.approved_by)
    print(f"Case {a.id} closed")


def case_reopen(ctx: Context) -> None:
    ctx.session.closure.reopen(ctx.args.id)
    print(f"Case {ctx.args.id} reopened")


def case_purge(ctx: Context) -> None:
    ctx.session.closure.purge(ctx.args.id)
    print(f"Case {ctx.args.id} purged")


def case_share(ctx: Context) -> None:
    ctx.session.casefile.share(ctx.args.id, ctx.args.agency)
    print(f"Sharing with {ctx.args.agency} is covered by a consent; it was logged")


def consent_add(ctx: Context) -> None:
    print(ctx.session.casefile.add(ctx.args.case_id, "consent", read_object(ctx.args.file)))


def consent_withdraw(ctx: Context) -> None:
    a = ctx.args
    ctx.session.casefile.change(a.consent_id, {"withdrawn_on": a.on.isoformat(), "withdrawal_reason": a.reason})
    print(f"Consent {a.consent_id} withdrawn")


def _visit_fields(a) -> dict:
    fields = {
        "reached": a.reached,
        "child_seen": a.child_seen,
        "seen_alone": a.seen_alone,
        "safety": a.safety,
        "notes": a.notes,
    }
    return {k: v for k, v in fields.items() if v is not None}


def visit_add(ctx: Context) -> None:
    a = ctx.args
    data = _visit_fields(a)
    if a.planned:
        data["planned_on"] = a.planned.isoformat()
    if a.done:
        data["done_on"] = a.done.isoformat()
    print(ctx.session.casefile.add(a.case_id, "visit", data))


def visit_done(ctx: Context) -> None:
    a = ctx.args
    ctx.session.casefile.change(a.visit_id, {"done_on": a.on.isoformat(), **_visit_fields(a)})
    print(f"Visit {a.visit_id} recorded")


def referral_add(ctx: Context) -> None:
    a = ctx.args
    data = {"service": a.service, "provider": a.provider, "referred_on": a.on.isoformat()}
    if a.follow_up:
        data["follow_up_on"] = a.follow_up.isoformat()
    print(ctx.session.casefile.add(a.case_id, "referral", data))


def referral_update(ctx: Context) -> None:
    a = ctx.args
    changes = {"status": a.status, "feedback": a.feedback, "outcome": a.outcome}
    if a.follow_up:
        changes["follow_up_on"] = a.follow_up.isoformat()
    ctx.session.casefile.change(a.referral_id, {k: v for k, v in changes.items() if v is not None})
    print(f"Referral {a.referral_id} updated")


def attachment_add(ctx: Context) -> None:
    a = ctx.args
    print(ctx.session.casefile.attach(a.case_id, a.file, a.photo, a.description))


def attachment_get(ctx: Context) -> None:
    name, data = ctx.session.casefile.attachment_bytes(ctx.args.item_id)
    out = ctx.args.out
    if out.is_dir():  # a folder: the file goes in it under its own name (a final component only)
        out = out / file_name(name)
    try:
        out.write_bytes(data)
    except OSError:
        raise InvalidOutputFile(path=str(out)) from None
    print(f"{name}: {len(data)} bytes written to {out}")


def due(ctx: Context) -> None:
    a = ctx.args
    items = ctx.session.due.upcoming(a.days, a.at, a.district, a.limit)
    if a.json:
        print_json([asdict(i) for i in items])
    else:
        for i in items:
            mark = "OVERDUE" if i.overdue else "due"
            print(f"{i.due}  {mark:7}  {i.what:26}  {i.case_id}  {i.surname or ''} {i.given_name or ''}")


def settings_show(ctx: Context) -> None:
    print_json(ctx.session.settings.get().model_dump(mode="json"))


DROP_SETTINGS = {"drop-url": "url", "drop-pin": "pin", "drop-folder": "folder"}


def settings_set(ctx: Context) -> None:
    a = ctx.args
    if a.name in DROP_SETTINGS:  # this workspace's own, for the office's drop
        if a.value is None:
            raise UsageError(f"settings set {a.name} needs a value")
        ctx.session.drop.configure(**{DROP_SETTINGS[a.name]: a.value})
        print(f"{a.name} set")
        return
    if a.name is not None or a.file is None:
        raise UsageError("settings set takes --file FILE, or drop-url URL, drop-pin SHA256 or drop-folder PATH")
    ctx.session.settings.replace(read_object(a.file))
    print("Settings saved; deadlines follow them")


def service_list(ctx: Context) -> None:
    print_json([s.model_dump() for s in ctx.session.settings.services()])


def service_set(ctx: Context) -> None:
    print(f"Services listed: {ctx.session.settings.replace_services(read_json(ctx.args.file))}")


def _visit_options(p) -> None:
    p.add_argument("--reached", action="store_true", default=None, help="someone was found")
    p.add_argument("--not-reached", dest="reached", action="store_false", help="nobody was found")
    p.add_argument("--child-seen", action="store_true", default=None)
    p.add_argument("--seen-alone", action="store_true", default=None, help="the child was seen alone")
    p.add_argument("--safety", choices=("ok", "concern", "urgent"))
    p.add_argument("--notes")


def register(sub, groups: dict) -> None:
    case = groups["case"]
    p = command(case, "update", case_update, "apply a JSON patch of fields and items to a case")
    p.add_argument("id")
    p.add_argument("--file", required=True, type=Path)
    p = command(case, "close", case_close, "close a case with a reason")
    p.add_argument("id")
    p.add_argument(
        "--reason",
        required=True,
        choices=("goals_met", "turned_18", "unreachable", "moved_abroad", "declined_services", "died", "duplicate"),
    )
    p.add_argument("--on", type=date_arg, help="the closing date (default today)")
    p.add_argument("--approved-by", metavar="SUPERVISOR", help="the supervisor who approved the closure")
    p = command(case, "reopen", case_reopen, "reopen a closed case")
    p.add_argument("id")
    p = command(case, "purge", case_purge, "destroy a closed case's content after the retention period")
    p.add_argument("id")
    p = command(case, "share", case_share, "check and log sharing a case with an agency")
    p.add_argument("id")
    p.add_argument("--agency", required=True)

    p = command(groups["consent"], "add", consent_add, "record a consent (or an emergency override) from a JSON file")
    p.add_argument("case_id")
    p.add_argument("--file", required=True, type=Path)
    p = command(groups["consent"], "withdraw", consent_withdraw, "record that a consent was withdrawn")
    p.add_argument("consent_id")
    p.add_argument("--reason", required=True)
    p.add_argument("--on", type=date_arg, required=True)

    p = command(groups["visit"], "add", visit_add, "plan a visit, or record one made")
    p.add_argument("case_id")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--planned", type=date_arg)
    when.add_argument("--done", type=date_arg)
    _visit_options(p)
    p = command(groups["visit"], "done", visit_done, "record a planned visit as made")
    p.add_argument("visit_id")
    p.add_argument("--on", type=date_arg, required=True)
    _visit_options(p)

    p = command(groups["referral"], "add", referral_add, "refer the child to a service (needs a consent)")
    p.add_argument("case_id")
    p.add_argument("--service", required=True)
    p.add_argument("--provider", required=True)
    p.add_argument("--on", type=date_arg, required=True)
    p.add_argument("--follow-up", type=date_arg)
    p = command(groups["referral"], "update", referral_update, "record a referral's status, feedback or outcome")
    p.add_argument("referral_id")
    p.add_argument("--status", choices=("planned", "made", "accepted", "completed", "declined", "cancelled"))
    p.add_argument("--feedback")
    p.add_argument("--outcome")
    p.add_argument("--follow-up", type=date_arg)

    p = command(groups["attachment"], "add", attachment_add, "attach a file, kept encrypted in the workspace")
    p.add_argument("case_id")
    p.add_argument("--file", required=True, type=Path)
    p.add_argument("--photo", action="store_true", help="a photograph of the child (needs a consent)")
    p.add_argument("--description")
    p = command(groups["attachment"], "get", attachment_get, "write an attached file out")
    p.add_argument("item_id")
    p.add_argument("--out", required=True, type=Path)

    p = command(sub, "due", due, "what is due and overdue: yours, or a district's (supervisor)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--district")
    p.add_argument("--days", type=int, default=7, help="also what falls due within this many days (default 7)")
    p.add_argument("--at", type=moment_arg, help="as if it were this moment (YYYY-MM-DDTHH:MM, UTC)")
    p.add_argument("--limit", type=int, default=500)

    command(groups["settings"], "show", settings_show, "the office's settings")
    p = command(groups["settings"], "set", settings_set,
                "replace the office's settings from a JSON file; or set drop-url and drop-pin (a laptop), "
                "drop-folder (the office) (admin)")
    p.add_argument("name", nargs="?", choices=tuple(DROP_SETTINGS))
    p.add_argument("value", nargs="?")
    p.add_argument("--file", type=Path)
    command(groups["service"], "list", service_list, "the service directory")
    p = command(groups["service"], "set", service_set, "replace the service directory from a JSON file (admin)")
    p.add_argument("--file", required=True, type=Path)
