"""Hybrid logical clocks, version vectors and the merge of two values of one field (DESIGN.md §4).

A stamp is one integer: wall-clock milliseconds shifted left 16 bits plus a counter, so
stamps compare as plain integers and survive JSON. Every field value carries a version
vector ({device_id: edits of this field seen from that device}) and the stamp of its last
edit; two values merge the same way on every machine.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# A stamp more than this far ahead of the importer's clock is flagged for review.
FUTURE_TOLERANCE_MS = 10 * 60 * 1000


def stamp_to_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps, even when the wall clock steps back.

    The owner persists `last` after issuing stamps and passes it back on restart, so the
    clock never runs backwards across restarts either.
    """

    def __init__(self, last: int = 0, now_ms: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self._now_ms = now_ms

    def tick(self) -> int:
        self.last = max(self.last + 1, self._now_ms() << COUNTER_BITS)
        return self.last

    def observe(self, remote: int) -> None:
        """Moves past a stamp seen from another device, unless it is implausibly far ahead."""
        if not is_far_future(remote, self._now_ms()):
            self.last = max(self.last, remote)


def is_far_future(stamp: int, now_ms: int) -> bool:
    return stamp_to_ms(stamp) > now_ms + FUTURE_TOLERANCE_MS


class Order(Enum):
    EQUAL = "equal"
    AFTER = "after"  # the first vector dominates: it has seen every edit of the second
    BEFORE = "before"  # the second dominates the first
    CONCURRENT = "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> Order:
    a_ahead = any(n > b.get(d, 0) for d, n in a.items())
    b_ahead = any(n > a.get(d, 0) for d, n in b.items())
    if a_ahead and b_ahead:
        return Order.CONCURRENT
    if a_ahead:
        return Order.AFTER
    if b_ahead:
        return Order.BEFORE
    return Order.EQUAL


def bump(vector: Mapping[str, int], device: str, floor: int = 0) -> dict[str, int]:
    """The vector of a new local edit on `device`. `floor`: after a backup was restored here, the
    device's counters start above anything it may have counted before, which the restore
    forgot but other machines may hold (store/clocks.py FLOOR)."""
    new = dict(vector)
    new[device] = max(new.get(device, 0), floor) + 1
    return new


def join(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    return {d: max(a.get(d, 0), b.get(d, 0)) for d in sorted(set(a) | set(b))}


@dataclass(frozen=True)
class FieldValue:
    """One field's value with its history marker: vector, last stamp and the device that set it."""

    value: Any
    vector: Mapping[str, int]
    stamp: int
    device: str

    def rank(self) -> tuple[int, str, bytes]:
        # The value breaks a tie only after a fault (same stamp and device, other value),
        # so the winner is still the same on every machine.
        return (self.stamp, self.device, self.canonical())

    def canonical(self) -> bytes:
        return json.dumps(
            [self.value, dict(sorted(self.vector.items())), self.stamp, self.device],
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()


class Outcome(Enum):
    TAKE_REMOTE = "take_remote"
    KEEP_LOCAL = "keep_local"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Merge:
    outcome: Outcome
    value: FieldValue  # what the field holds after the merge
    loser: FieldValue | None = None  # the value kept in a conflict entry
    conflict_id: str | None = None


def conflict_id(record: str, field: str, a: FieldValue, b: FieldValue) -> str:
    """The same id whichever side computes it, so each machine records a conflict once."""
    first, second = sorted([a.canonical(), b.canonical()])
    h = hashlib.sha256()
    for part in (record.encode(), field.encode(), first, second):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def merge_field(record: str, field: str, local: FieldValue, remote: FieldValue) -> Merge:
    order = compare(remote.vector, local.vector)
    if order is Order.AFTER:
        return Merge(Outcome.TAKE_REMOTE, remote)
    if order is Order.BEFORE:
        return Merge(Outcome.KEEP_LOCAL, local)
    if order is Order.EQUAL and local.value == remote.value:
        return Merge(Outcome.KEEP_LOCAL, local)
    # Concurrent edits (or, after a fault, equal vectors with different values): the
    # higher (stamp, device) wins everywhere, and the loser is kept for a supervisor.
    winner, loser = (remote, local) if remote.rank() > local.rank() else (local, remote)
    merged = FieldValue(winner.value, join(local.vector, remote.vector), winner.stamp, winner.device)
    return Merge(Outcome.CONFLICT, merged, loser, conflict_id(record, field, local, remote))
