"""Where the program's data files (resources/, translations/) are, from the source tree or a
frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding resources/ and translations/."""
    frozen = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in the built program
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[3]


def resource(name: str) -> Path:
    return root() / "resources" / name
