"""The command line, on app/ alone. Exit 0 on success, 1 with one line on standard error for a
refusal or bad input (never a traceback), 2 for a usage error."""

from __future__ import annotations

import argparse
import os
import sys

from caseworker import __version__
from caseworker.app.session import Session
from caseworker.cli import casefile, core, drop, forms, sync, transfers
from caseworker.cli.common import Context, Passwords, UsageError, workspace_options
from caseworker.domain.errors import CaseworkerError

USAGE_ERROR = 2
GROUPS = {
    "user": "accounts",
    "case": "case files",
    "consent": "consent for a purpose and a recipient",
    "visit": "visits",
    "referral": "referrals to services",
    "attachment": "attached files",
    "district": "the districts offered for picking",
    "settings": "the office's settings",
    "service": "the service directory referrals are made against",
    "form": "assessment forms",
    "assessment": "assessments of a child",
    "audit": "the audit log",
    "workspace": "the workspace itself: a check of every page, a new data key",
    "backup": "encrypted backups",
    "enrol": "enrolment of a laptop with the office",
    "device": "the office's enrolled devices",
    "bundle": "bundles between a laptop and the office",
    "conflict": "concurrent edits kept for a supervisor",
    "transfer": "moving a case to another district",
    "office": "the office's drop: trust file, certificate, the service, taking in uploads",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseworker", description="Encrypted case management for caseworkers.")
    parser.add_argument("--version", action="version", version=f"caseworker {__version__}")
    workspace_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = {
        name: sub.add_parser(name, help=text).add_subparsers(dest="action", metavar="ACTION", required=True)
        for name, text in GROUPS.items()
    }
    core.register(sub, groups)
    casefile.register(sub, groups)
    forms.register(sub, groups)
    sync.register(sub, groups)
    sync.register_bundles(sub, groups)
    transfers.register(sub, groups)
    drop.register(sub, groups)
    return parser


def _check_required(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if not getattr(args, "needs_workspace", True):
        return
    if args.workspace is None:
        parser.error("the following arguments are required: --workspace")
    if args.command != "demo" and args.user is None:
        parser.error("the following arguments are required: --user")


def run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        args.handler(Context(args, None))
        return 0
    if not getattr(args, "needs_workspace", True):  # reads only the file it is given
        return args.handler(Context(args, None)) or 0
    ctx = Context(args, Passwords(args.password_stdin))
    if not args.needs_session:
        return args.handler(ctx) or 0
    ctx.password = ctx.passwords.read(f"Password for {args.user}: ")
    with Session.open(args.workspace, args.user, ctx.password) as session:
        ctx.session = session
        for warning in session.warnings():
            print(f"caseworker: warning: {warning.english()}", file=sys.stderr)
        return args.handler(ctx) or 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # `caseworker` alone starts the desktop program (main.py); here only the commands are shown.
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
