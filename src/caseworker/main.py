"""The `caseworker` command: the desktop program when no command is given, else the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def demo_folder() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or (Path.home() / ".local" / "share")
    return Path(base) / "caseworker" / "demo"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui = argparse.ArgumentParser(add_help=False)
    gui.add_argument("--demo", action="store_true")
    gui.add_argument("--workspace", type=Path)
    gui.add_argument("--language", choices=("tg", "ru", "en"), default="tg")
    known, rest = gui.parse_known_args(argv)
    if rest or not (known.demo or known.workspace):
        from caseworker.cli import main as cli_main

        return cli_main(argv)
    from caseworker.app import demo
    from caseworker.ui.program import run

    folder, accounts, password = known.workspace, "", ""
    if known.demo:
        folder = demo_folder()
        demo.build(folder, 300)
        accounts = ", ".join(name for name, _roles in demo.DEMO_ACCOUNTS)
        password = demo.DEMO_PASSWORD
    return run(folder, known.language, accounts, password)
