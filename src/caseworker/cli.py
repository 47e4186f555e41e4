"""The command line, on app/ alone. Exit 0 on success, 1 with one line on standard error for a
refusal or bad input (never a traceback), 2 for a usage error."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from caseworker import __version__
from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.domain.errors import CaseworkerError, InvalidInputFile, InvalidJson, NotAnObject, NotUtf8

USAGE_ERROR = 2


class UsageError(Exception):
    pass


class Passwords:
    """The passwords a command needs: lines of standard input, or prompts on a terminal."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        if not from_stdin and not sys.stdin.isatty():
            raise UsageError("no password: pass --password-stdin or run in a terminal")

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("standard input ended before a password line")
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)


def _workspace_options(p: argparse.ArgumentParser, user: bool = True, top: bool = False) -> None:
    """The options every workspace command takes, before or after the subcommand.

    On the subcommands their default is SUPPRESS, so that a value given before the
    subcommand is not overwritten; `_check_required` then asks for what is missing.
    """
    default = None if top else argparse.SUPPRESS
    p.add_argument("--workspace", type=Path, default=default, help="the workspace folder")
    if user:
        p.add_argument("--user", default=default, help="the account acting")
        p.add_argument(
            "--password-stdin",
            action="store_true",
            default=False if top else argparse.SUPPRESS,
            help="read password(s) from standard input, a line each",
        )


def _check_required(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.workspace is None:
        parser.error("the following arguments are required: --workspace")
    if args.command != "demo" and args.user is None:
        parser.error("the following arguments are required: --user")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseworker", description="Encrypted case management for caseworkers.")
    parser.add_argument("--version", action="version", version=f"caseworker {__version__}")
    _workspace_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a workspace")
    _workspace_options(p)
    p.add_argument("--office", metavar="NAME", help="make it the central office's workspace")

    users = sub.add_parser("user", help="accounts").add_subparsers(dest="action", metavar="ACTION", required=True)
    p = users.add_parser("add", help="add an account (admin)")
    _workspace_options(p)
    p.add_argument("--new-user", required=True)
    p.add_argument("--role", required=True, help="caseworker, supervisor, admin (comma-separated)")
    p = users.add_parser("list", help="list accounts (admin)")
    _workspace_options(p)

    p = sub.add_parser("passwd", help="change your password")
    _workspace_options(p)

    case = sub.add_parser("case", help="case files").add_subparsers(dest="action", metavar="ACTION", required=True)
    p = case.add_parser("add", help="register cases from a JSON file")
    _workspace_options(p)
    p.add_argument("--file", required=True, type=Path)
    p = case.add_parser("show", help="show one case")
    _workspace_options(p)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = case.add_parser("list", help="list the cases you may see")
    _workspace_options(p)
    p.add_argument("--json", action="store_true")
    p = case.add_parser("search", help="find a child by any spelling of a name")
    _workspace_options(p)
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p = case.add_parser("edit", help="change fields of a case from a JSON object file")
    _workspace_options(p)
    p.add_argument("id")
    p.add_argument("--file", required=True, type=Path)
    p = case.add_parser("delete", help="delete a case (keeps only a tombstone)")
    _workspace_options(p)
    p.add_argument("id")

    district = sub.add_parser("district", help="the districts offered for picking").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = district.add_parser("list", help="the districts offered")
    _workspace_options(p)
    p.add_argument("--language", choices=("tg", "ru", "en"), default="tg")
    p = district.add_parser("set", help="replace the list by the office's own, from a JSON file (admin)")
    _workspace_options(p)
    p.add_argument("--file", required=True, type=Path)

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action", metavar="ACTION", required=True)
    p = audit.add_parser("verify", help="check the audit log's hash chain")
    _workspace_options(p)

    backup = sub.add_parser("backup", help="encrypted backups").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = backup.add_parser("create", help="make a backup now")
    _workspace_options(p)
    p = backup.add_parser("list", help="list backups")
    _workspace_options(p)
    p = backup.add_parser("restore", help="replace the data by a backup (admin)")
    _workspace_options(p)
    p.add_argument("name")

    p = sub.add_parser("demo", help="build a demo workspace of synthetic cases")
    _workspace_options(p, user=False)
    p.add_argument("--cases", type=int, default=300)
    return parser


def _read_json(path: Path):
    try:
        return json.loads(path.read_text("utf-8"))
    except OSError:
        raise InvalidInputFile(path=str(path)) from None
    except UnicodeDecodeError:
        raise NotUtf8(path=str(path)) from None
    except json.JSONDecodeError as e:
        raise InvalidJson(path=str(path), line=e.lineno, column=e.colno) from None


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _case_line(c) -> str:
    names = " ".join(x for x in (c.surname, c.given_name, c.patronymic) if x)
    born = c.birth_date or c.birth_year
    return f"{c.id}  {names}  {c.sex}  {born}  {c.district}"


def run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        info = demo.build(args.workspace, args.cases)
        print(info)
        return 0
    passwords = Passwords(args.password_stdin)
    if args.command == "init":
        password = passwords.read("Password for the new workspace: ")
        Session.create(args.workspace, args.user, password, args.office).close()
        print(f"Workspace created in {args.workspace}")
        return 0
    password = passwords.read(f"Password for {args.user}: ")
    with Session.open(args.workspace, args.user, password) as s:
        return dispatch(s, args, passwords, password)


def dispatch(s: Session, args: argparse.Namespace, passwords: Passwords, password: str) -> int:
    key = (args.command, getattr(args, "action", None))
    if key == ("user", "add"):
        s.accounts.add(args.new_user, passwords.read(f"Password for {args.new_user}: "), args.role)
        print(f"Account {args.new_user} added")
    elif key == ("user", "list"):
        for u in s.accounts.list():
            print(f"{u['name']}  {','.join(u['roles'])}")
    elif key == ("passwd", None):
        s.accounts.change_password(password, passwords.read("New password: "))
        print("Password changed")
    elif key == ("case", "add"):
        data = _read_json(args.file)
        added = s.cases.add(data if isinstance(data, list) else [data])
        for d in added.duplicates:
            print(f"warning: record {d.index + 1} may be the same child as case {d.existing_id}", file=sys.stderr)
        for cid in added.ids:
            print(cid)
    elif key == ("case", "show"):
        c = s.cases.get(args.id)
        _print_json(c.model_dump()) if args.json else print(_case_line(c))
    elif key == ("case", "list"):
        items = s.cases.list()
        if args.json:
            _print_json([c.model_dump() for c in items])
        else:
            for c in items:
                print(_case_line(c))
    elif key == ("case", "search"):
        hits = s.cases.search(args.query, args.limit)
        if args.json:
            _print_json([asdict(h) for h in hits])
        else:
            for h in hits:
                print(f"{h.score:5.1f}  {h.id}  {' '.join(x for x in (h.surname, h.given_name, h.patronymic) if x)}")
    elif key == ("case", "edit"):
        changes = _read_json(args.file)
        if not isinstance(changes, dict):
            raise NotAnObject(path=str(args.file))
        changed = s.cases.edit(args.id, changes)
        print(f"Changed: {', '.join(changed)}" if changed else "Nothing changed")
    elif key == ("case", "delete"):
        s.cases.delete(args.id)
        print(f"Case {args.id} deleted")
    elif key == ("district", "list"):
        for name in s.districts.names(args.language):
            print(name)
    elif key == ("district", "set"):
        print(f"Districts offered: {s.districts.replace(_read_json(args.file))}")
    elif key == ("audit", "verify"):
        print(f"Audit log intact: {s.maintenance.verify_audit()} entries")
    elif key == ("backup", "create"):
        print(s.maintenance.backup())
    elif key == ("backup", "list"):
        for name in s.maintenance.backups():
            print(name)
    elif key == ("backup", "restore"):
        s.maintenance.restore(args.name)
        print(f"Restored {args.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # The desktop program will start here; until it exists, the commands are shown.
        parser.print_help()
        return 0
    _check_required(args, parser)
    try:
        return run(args)
    except UsageError as e:
        print(f"caseworker: {e}", file=sys.stderr)
        return USAGE_ERROR
    except CaseworkerError as e:
        print(f"caseworker: {e.message.english()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as e:
        if os.environ.get("CASEWORKER_DEBUG") == "1":  # developers only, on synthetic data
            raise
        print(f"caseworker: internal error ({type(e).__name__}); nothing more is shown to protect case data",
              file=sys.stderr)
        return 1
