"""Per-field clocks of a stored record: {field: [version vector, stamp, device]} as JSON.

Written on every change, from the first save, so that sync can merge field by field.
A field with no entry of its own has the record's default clock under "*": every field
of a new record shares its creation clock, and storing it once instead of per field
makes each case row about 1 KB smaller.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from caseworker.domain.clock import bump
from caseworker.store import meta
from caseworker.store.db import Connection

# The pseudo-field whose clock records a deletion (a tombstone).
DELETED = "_deleted"
# The clock of every field that has none of its own.
DEFAULT = "*"
# meta key: where this device's counters start (raised by a restore).
FLOOR = "clock_floor"

Clocks = dict[str, list]


def dumps(clocks: Mapping[str, list]) -> str:
    return json.dumps(clocks, separators=(",", ":"), sort_keys=True)


def loads(text: str) -> Clocks:
    return json.loads(text)


def created(device: str, stamp: int) -> Clocks:
    """The clocks of a new record: every field first set by `device` at `stamp`."""
    return {DEFAULT: [{device: 1}, stamp, device]}


def of(clocks: Mapping[str, list], field: str) -> list:
    """[vector, stamp, device] of one field (the record's default if it has none of its own)."""
    return clocks.get(field) or clocks.get(DEFAULT) or [{}, 0, ""]


def edited(clocks: Mapping[str, list], fields: Iterable[str], device: str, stamp: int, floor: int = 0) -> Clocks:
    """The clocks after a local edit of `fields` on `device` (`floor`: see floor())."""
    new = dict(clocks)
    for f in fields:
        new[f] = [bump(of(clocks, f)[0], device, floor), stamp, device]
    return new


def floor(conn: Connection) -> int:
    """Where this device's counters start after a backup was restored: edits made after that
    backup were forgotten here but may be held elsewhere, and a new edit must never count the
    same as one of them (two values under one clock; the office refuses that as a forgery)."""
    return int(meta.get(conn, FLOOR) or 0)


def raise_floor(conn: Connection, now_ms: int) -> None:
    """After a restore: counters go on from the time in milliseconds, above any count of edits."""
    meta.put(conn, FLOOR, str(max(floor(conn), now_ms)))

