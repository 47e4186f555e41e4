"""Canonical JSON: the exact bytes a signature covers (sorted keys, no spaces, UTF-8), and a
strict reader for documents that arrive from outside (a stick, a courier, a network), which
refuses what a careless parser would accept: duplicate keys, NaN and infinities, numbers too
large for a double, deep nesting and very long strings."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32
MAX_STRING = 64 * 1024
# Integers are read as signed 64-bit: clock stamps (milliseconds << 16) need more than a
# double's 53 bits, so a second implementation must not read them as doubles.
MAX_INTEGER = 2**63 - 1
# An escaped UTF-16 surrogate (a pair is fine; one alone is not text): looked for only when seen.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


class NotCanonical(ValueError):
    """The document is not one this program will read; `reason` says why (a stable code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise NotCanonical("duplicate_key")
    return dict(pairs)


def _constant(name: str) -> Any:
    raise NotCanonical("not_a_number")


def _integer(text: str) -> int:
    if len(text) > 20 or abs(int(text)) > MAX_INTEGER:
        raise NotCanonical("number_too_large")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not abs(value) <= MAX_INTEGER:  # infinity (1e999) included
        raise NotCanonical("number_too_large")
    return value


def _check(value: Any, max_string: int | None, depth: int = 0) -> None:
    """Nesting, and (when the text was longer than a string may be) every string's length;
    numbers and constants were checked as they were parsed."""
    if depth >= MAX_DEPTH:  # `depth` containers enclose this one: at most MAX_DEPTH levels in all
        raise NotCanonical("too_deep")
    if isinstance(value, dict):
        for k, v in value.items():
            if max_string is not None and len(k) > max_string:
                raise NotCanonical("string_too_long")
            if isinstance(v, (dict, list)):
                _check(v, max_string, depth + 1)
            elif max_string is not None and isinstance(v, str) and len(v) > max_string:
                raise NotCanonical("string_too_long")
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, (dict, list)):
                _check(v, max_string, depth + 1)
            elif max_string is not None and isinstance(v, str) and len(v) > max_string:
                raise NotCanonical("string_too_long")
    elif max_string is not None and isinstance(value, str) and len(value) > max_string:
        raise NotCanonical("string_too_long")


def strict_loads(data: bytes, max_string: int = MAX_STRING) -> Any:
    """Parses UTF-8 JSON from outside, refusing anything ambiguous or oversized (a bundle's
    records allow longer strings than its header: an attachment travels as one)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotCanonical("not_utf8") from None
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_integer,
                           parse_float=_float)
    except NotCanonical:
        raise
    except RecursionError:
        # The parser counts its own nesting against the interpreter's limit and stops there,
        # so a document nested thousands deep costs nothing; _check holds the real limit.
        raise NotCanonical("too_deep") from None
    except ValueError:
        raise NotCanonical("not_json") from None
    # A text no longer than a string may be holds no string that is too long.
    _check(value, max_string if len(text) > max_string else None)
    if "\\u" in text and _SURROGATE.search(text):
        _no_lone_surrogate(value)
    return value


def _no_lone_surrogate(value: Any) -> None:
    """An escaped half of a surrogate pair with no other half ("\\ud800") parses to a string
    no UTF-8 can hold: refused here, not met as an error when the value is written again."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise NotCanonical("not_utf8") from None
