"""Files a user gives the command line (cases, entries, districts, settings, services): read
with the same strict reader as bundles (sync/canonical.py), so a key written twice, a number of
5,000 digits, NaN, nesting a thousand deep or a lone surrogate is one clear line naming the
problem, never the last key silently winning or an internal error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseworker.domain.errors import InvalidInputFile, InvalidJson, JsonNotStrict, NotUtf8
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.sync.canonical import NotCanonical, strict_loads

# An input file may be larger than a bundle's header: a register of thousands of children.
MAX_FILE = 512 * 1024 * 1024
PROBLEMS = {
    "duplicate_key": QT_TRANSLATE_NOOP("Messages", "one object names the same key twice"),
    "number_too_large": QT_TRANSLATE_NOOP("Messages", "it holds a number too large to be read exactly"),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "it holds NaN or Infinity, which are not numbers"),
    "too_deep": QT_TRANSLATE_NOOP("Messages", "it is nested deeper than 32 levels"),
    "string_too_long": QT_TRANSLATE_NOOP("Messages", "one of its texts is longer than 65,536 characters"),
}


def read_json(path: Path) -> Any:
    """The JSON value of a file the user named, or one refusal that says what is wrong."""
    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_FILE + 1)
    except OSError:
        raise InvalidInputFile(path=str(path)) from None
    if len(data) > MAX_FILE:
        raise InvalidInputFile(path=str(path))
    try:
        return strict_loads(data)
    except NotCanonical as e:
        reason = e.reason
    if reason == "not_utf8":
        raise NotUtf8(path=str(path))
    if reason == "not_json":
        try:
            json.loads(data.decode("utf-8"))
        except json.JSONDecodeError as syntax:
            raise InvalidJson(path=str(path), line=syntax.lineno, column=syntax.colno) from None
        except (ValueError, RecursionError):
            pass
        raise InvalidJson(path=str(path), line=1, column=1)
    problem = PROBLEMS.get(reason, PROBLEMS["too_deep"])
    raise JsonNotStrict(path=str(path), problem=Message(f"input.problem.{reason}", problem))
