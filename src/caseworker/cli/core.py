"""Commands of the core: workspaces, accounts, registering and finding cases, audit, backups."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from caseworker.app import demo
from caseworker.app.maintenance import restore_damaged
from caseworker.app.session import Session
from caseworker.cli.common import Context, command, print_json, read_json, read_object
from caseworker.domain.errors import PagesDamaged, PagesDamagedNoBackup


def _case_line(c) -> str:
    names = " ".join(x for x in (c.surname, c.given_name, c.patronymic) if x)
    born = c.birth_date or c.birth_year
    return f"{c.id}  {names}  {c.sex}  {born}  {c.district}"


def init(ctx: Context) -> None:
    a = ctx.args
    password = ctx.passwords.read("Password for the new workspace: ")
    with Session.create(a.workspace, a.user, password, a.office) as session:
        print(f"Workspace created in {a.workspace}")
        if a.office:
            # Last line: the office's fingerprint, which every laptop compares when it enrols.
            print("Office fingerprint (give it to every laptop that enrols):")
            print(session.enrolment.office_fingerprint())


def demo_build(ctx: Context) -> None:
    print(demo.build(ctx.args.workspace, ctx.args.cases))


def user_add(ctx: Context) -> None:
    a = ctx.args
    ctx.session.accounts.add(a.new_user, ctx.passwords.read(f"Password for {a.new_user}: "), a.role)
    print(f"Account {a.new_user} added")


def user_disable(ctx: Context) -> None:
    ctx.session.accounts.disable(ctx.args.name)
    print(f"Account {ctx.args.name} disabled")
    if "@" not in ctx.args.name:  # this workspace's own: a copy of its keys file may be kept
        print("A copy of the keys file made before still opens this workspace with that password: "
              "`caseworker workspace rotate-key` closes it.")


def user_list(ctx: Context) -> None:
    for u in ctx.session.accounts.list():
        print(f"{u['name']}  {','.join(u['roles'])}")


def passwd(ctx: Context) -> None:
    ctx.session.accounts.change_password(ctx.password, ctx.passwords.read("New password: "))
    print("Password changed")


def case_add(ctx: Context) -> None:
    data = read_json(ctx.args.file)
    added = ctx.session.cases.add(data if isinstance(data, list) else [data])
    for d in added.duplicates:
        print(f"warning: record {d.index + 1} may be the same child as case {d.existing_id}", file=sys.stderr)
    for cid in added.ids:
        print(cid)


def case_show(ctx: Context) -> None:
    if ctx.args.json:
        print_json(ctx.session.casefile.show(ctx.args.id))
    else:
        print(_case_line(ctx.session.cases.get(ctx.args.id)))


def case_list(ctx: Context) -> None:
    items = ctx.session.cases.list()
    if ctx.args.json:
        print_json([c.model_dump() for c in items])
    else:
        for c in items:
            print(_case_line(c))


def case_search(ctx: Context) -> None:
    hits = ctx.session.cases.search(ctx.args.query, ctx.args.limit)
    if ctx.args.json:
        print_json([asdict(h) for h in hits])
    else:
        for h in hits:
            print(f"{h.score:5.1f}  {h.id}  {' '.join(x for x in (h.surname, h.given_name, h.patronymic) if x)}")


def case_edit(ctx: Context) -> None:
    changed = ctx.session.cases.edit(ctx.args.id, read_object(ctx.args.file))
    print(f"Changed: {', '.join(changed)}" if changed else "Nothing changed")


def case_delete(ctx: Context) -> None:
    ctx.session.cases.delete(ctx.args.id)
    print(f"Case {ctx.args.id} deleted")


def district_list(ctx: Context) -> None:
    for name in ctx.session.districts.names(ctx.args.language):
        print(name)


def district_set(ctx: Context) -> None:
    print(f"Districts offered: {ctx.session.districts.replace(read_json(ctx.args.file))}")


def audit_verify(ctx: Context) -> None:
    print(f"Audit log intact: {ctx.session.maintenance.verify_audit()} entries")


def backup_create(ctx: Context) -> None:
    print(ctx.session.maintenance.backup())


def backup_list(ctx: Context) -> None:
    for name in ctx.session.maintenance.backups():
        print(name)


def backup_restore(ctx: Context) -> None:
    a = ctx.args
    password = ctx.passwords.read(f"Password for {a.user}: ")
    try:
        session = Session.open(a.workspace, a.user, password)
    except (PagesDamaged, PagesDamagedNoBackup):
        # Too damaged to open a session on: the backup itself says whether this is an admin.
        restore_damaged(a.workspace, a.user, password, a.name)
    else:
        with session:
            session.maintenance.restore(a.name)
    print(f"Restored {a.name}")


def workspace_rotate_key(ctx: Context) -> None:
    done = ctx.session.rotation.rotate()
    print(f"Workspace key rotated: {done['rekeyed'] + done['already']} backup(s) rewritten under the new key, "
          f"{done['destroyed']} unreadable one(s) removed; a keys file copied before opens nothing now")


def workspace_check(ctx: Context) -> None:
    print(f"Workspace intact: {ctx.session.maintenance.check()} pages checked")


def register(sub, groups: dict) -> None:
    p = command(sub, "init", init, "create a workspace")
    p.set_defaults(needs_session=False)
    p.add_argument("--office", metavar="NAME", help="make it the central office's workspace")
    p = command(sub, "demo", demo_build, "build a demo workspace of synthetic cases", session=False)
    p.add_argument("--cases", type=int, default=300)

    p = command(groups["user"], "add", user_add, "add an account (admin)")
    p.add_argument("--new-user", required=True)
    p.add_argument("--role", required=True, help="caseworker, supervisor, admin (comma-separated)")
    command(groups["user"], "list", user_list, "list accounts (admin)")
    p = command(groups["user"], "disable", user_disable,
                "disable an account: its password no longer opens the workspace (admin; at the office, "
                "a laptop's account as name@serial, disabled there at its next sync)")
    p.add_argument("name")
    command(sub, "passwd", passwd, "change your password")

    case = groups["case"]
    p = command(case, "add", case_add, "register cases from a JSON file")
    p.add_argument("--file", required=True, type=Path)
    p = command(case, "show", case_show, "show one case file")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command(case, "list", case_list, "list the cases you may see")
    p.add_argument("--json", action="store_true")
    p = command(case, "search", case_search, "find a child by any spelling of a name")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p = command(case, "edit", case_edit, "change fields of a case from a JSON object file")
    p.add_argument("id")
    p.add_argument("--file", required=True, type=Path)
    p = command(case, "delete", case_delete, "delete a case (keeps only a tombstone)")
    p.add_argument("id")

    p = command(groups["district"], "list", district_list, "the districts offered")
    p.add_argument("--language", choices=("tg", "ru", "en"), default="tg")
    p = command(groups["district"], "set", district_set, "replace the list by the office's own (admin)")
    p.add_argument("--file", required=True, type=Path)

    command(groups["audit"], "verify", audit_verify, "check the audit log's hash chain")
    command(groups["backup"], "create", backup_create, "make a backup now")
    command(groups["backup"], "list", backup_list, "list backups")
    command(groups["workspace"], "rotate-key", workspace_rotate_key,
            "a new data key for the database and every backup, so that a copy of the keys file kept from "
            "before opens nothing (admin; after disabling an account or a password someone else learned)")
    command(groups["workspace"], "check", workspace_check,
            "check every page of the encrypted database; name the newest intact backup if one is damaged")
    p = command(groups["backup"], "restore", backup_restore, "replace the data by a backup (admin)")
    p.set_defaults(needs_session=False)  # it opens the workspace itself, damaged or not
    p.add_argument("name")
