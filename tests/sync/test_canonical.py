"""The strict JSON reader: at most MAX_DEPTH levels of arrays and objects (brackets inside
strings do not count, and a document nested thousands deep is refused, not a crash), no
string longer than allowed, no number out of range, no duplicate key."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.sync.canonical import MAX_DEPTH, MAX_INTEGER, NotCanonical, strict_loads

values = st.recursive(
    st.none() | st.booleans() | st.integers(-MAX_INTEGER, MAX_INTEGER) | st.text(alphabet='[]{}"\\aҳ', max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=60,
)


def levels(value) -> int:
    """How many arrays and objects enclose the deepest value, counted on the value itself."""
    if isinstance(value, dict):
        return 1 + max((levels(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((levels(v) for v in value), default=0)
    return 0


def nest(value, times: int):
    for n in range(times):
        value = [value] if n % 2 else {"k": value}
    return value


@given(values, st.integers(0, MAX_DEPTH + 3))
def test_a_document_is_read_back_exactly_when_no_deeper_than_allowed(value, extra):
    document = nest(value, extra)
    text = json.dumps(document, ensure_ascii=False).encode()
    if levels(document) <= MAX_DEPTH:
        assert strict_loads(text) == document
    else:
        with pytest.raises(NotCanonical, match="too_deep"):
            strict_loads(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("[" * 100_000 + "]" * 100_000, "too_deep"),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "too_deep"),
    ('{"a": 1, "a": 2}', "duplicate_key"),
    ("[NaN]", "not_a_number"),
    ("[1e999]", "number_too_large"),
    (f"[{MAX_INTEGER + 1}]", "number_too_large"),
    ('["' + "x" * 70_000 + '"]', "string_too_long"),
    ('{"' + "x" * 70_000 + '": 1}', "string_too_long"),
    ("[1,]", "not_json"),
])
def test_each_kind_of_bad_document_is_refused_with_its_reason(text, reason):
    with pytest.raises(NotCanonical, match=reason):
        strict_loads(text.encode())


def test_brackets_inside_strings_do_not_count():
    assert strict_loads(('"' + "[" * 100 + '\\"{"').encode()) == "[" * 100 + '"{'
    assert strict_loads(("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode()) is not None
    assert strict_loads(b'["' + b"x" * 70_000 + b'"]', max_string=100_000) == ["x" * 70_000]
