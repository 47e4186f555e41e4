"""What every command shares: password input, workspace options, JSON files, the context."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from caseworker.app import inputs
from caseworker.app.session import Session
from caseworker.domain.errors import NotAnObject


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


@dataclass
class Context:
    args: argparse.Namespace
    passwords: Passwords
    password: str = ""
    session: Session | None = None


def workspace_options(p: argparse.ArgumentParser, user: bool = True, top: bool = False) -> None:
    """The options every workspace command takes, before or after the subcommand.

    On the subcommands their default is SUPPRESS, so that a value given before the
    subcommand is not overwritten; `check_required` then asks for what is missing.
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


def command(group, name: str, handler, help: str, session: bool = True) -> argparse.ArgumentParser:
    p = group.add_parser(name, help=help)
    workspace_options(p, user=session)
    p.set_defaults(handler=handler, needs_session=session)
    return p


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text}") from None


def moment_arg(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time (YYYY-MM-DDTHH:MM): {text}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def read_json(path: Path):
    """A file the user named, read strictly (app/inputs.py)."""
    return inputs.read_json(path)


def read_object(path: Path) -> dict:
    data = read_json(path)
    if not isinstance(data, dict):
        raise NotAnObject(path=str(path))
    return data


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
