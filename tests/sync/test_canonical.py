"""The strict JSON reader's nesting count: brackets inside strings (escaped quotes included)
do not count, and the fast scan agrees with a character-by-character reading on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.sync.canonical import MAX_DEPTH, NotCanonical, _depth, strict_loads


def reference_depth(text: str) -> int:
    """One character at a time, as the JSON grammar reads it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


@given(st.text(alphabet='[]{}"\\ab', max_size=200))
def test_the_fast_scan_agrees_with_reading_character_by_character(text):
    assert _depth(text) == reference_depth(text)


def test_brackets_inside_strings_do_not_count_but_real_nesting_does():
    assert _depth('{"a": "[[[[\\"[[["}') == 1
    deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(NotCanonical, match="too_deep"):
        strict_loads(deep.encode())
    assert strict_loads(('"' + "[" * 100 + '"').encode()) == "[" * 100
