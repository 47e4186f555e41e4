"""Per-field clocks of a stored record: {field: [version vector, stamp, device]} as JSON.

Written on every change, from the first save, so that sync can merge field by field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from caseworker.domain.clock import FieldValue, bump

# The pseudo-field whose clock records a deletion (a tombstone).
DELETED = "_deleted"

Clocks = dict[str, list]


def dumps(clocks: Mapping[str, list]) -> str:
    return json.dumps(clocks, separators=(",", ":"), sort_keys=True)


def loads(text: str) -> Clocks:
    return json.loads(text)


def created(fields: Iterable[str], device: str, stamp: int) -> Clocks:
    return {f: [{device: 1}, stamp, device] for f in fields}


def edited(clocks: Mapping[str, list], fields: Iterable[str], device: str, stamp: int) -> Clocks:
    """The clocks after a local edit of `fields` on `device`."""
    new = dict(clocks)
    for f in fields:
        vector = new[f][0] if f in new else {}
        new[f] = [bump(vector, device), stamp, device]
    return new


def field_value(clocks: Mapping[str, list], field: str, value: Any) -> FieldValue:
    vector, stamp, device = clocks.get(field, [{}, 0, ""])
    return FieldValue(value, vector, stamp, device)
