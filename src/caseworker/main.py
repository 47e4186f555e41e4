"""The `caseworker` command: the desktop program when no command is given, else the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if getattr(sys, "frozen", False) and os.environ.get("CASEWORKER_KDF_PROFILE"):
        # The tests' weak key derivation has no place in an installed program.
        from caseworker.app.session import KDF_PROFILE_REFUSED

        print(f"caseworker: {KDF_PROFILE_REFUSED.english()}", file=sys.stderr)
        return 1
    if argv[:1] == ["selftest"]:  # needs the screen's libraries, so not among the commands
        from caseworker.ui.selftest import run as selftest

        return selftest()
    gui = argparse.ArgumentParser(add_help=False)
    gui.add_argument("--demo", action="store_true")
    gui.add_argument("--workspace", type=Path)
    gui.add_argument("--language", choices=("tg", "ru", "en"), default="tg")
    known, rest = gui.parse_known_args(argv)
    if rest:
        from caseworker.cli import main as cli_main

        return cli_main(argv)
    from caseworker.ui.program import run

    return run(known.workspace, known.language, known.demo)
