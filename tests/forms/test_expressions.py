"""The expression language: parsing, evaluation, and hostile input answered with a clear error."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.forms.expressions import (
    MAX_OPERATORS,
    Env,
    ExpressionError,
    evaluate,
    evaluate_text,
    parse,
    references,
)


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("${age} < 14 and ${school} = 'no'", {"age": 10, "school": "no"}, True),
        ("${age} < 14 and ${school} = 'no'", {"age": 15, "school": "no"}, False),
        ("not(${a} = 'yes') or ${b} >= 2", {"a": "yes", "b": 2}, True),
        ("selected(${needs}, 'food')", {"needs": ["food", "shelter"]}, True),
        ("count-selected(${needs})", {"needs": ["food", "shelter"]}, 2),
        ("count-selected(${needs})", {}, 0),
        ("if(${risk} = 'high', 24, 72)", {"risk": "high"}, 24),
        ("1 + 2 * 3", {}, 7),
        ("(1 + 2) * 3", {}, 9),
        ("7 div 2", {}, 3.5),
        ("7 mod 4", {}, 3.0),
        ("-${x} + 1", {"x": 3}, -2),
        ("sum(${income})", {"income": [100, None, "50"]}, 150),
        ("count(${members})", {"members": [{}, {}, {}]}, 3),
        ("coalesce(${a}, 'none')", {"a": ""}, "none"),
        ("string-length(${name})", {"name": "Ситора"}, 6),
        ("int(${x}) = 3", {"x": "3.7"}, True),
        ("${d} < '2020-01-01'", {"d": "2019-12-31"}, True),
        ("${missing} = ''", {}, True),
        ("${missing} > 3", {}, False),
        ("${missing} + 3", {}, None),
        ("1 div 0", {}, None),
    ],
)
def test_evaluation(text, values, expected):
    assert evaluate_text(text, values) == expected


def test_the_current_value_and_today():
    assert evaluate_text(". >= 0 and . <= 17", {}, current=5) is True
    env = Env(lambda _n: None, today=dt.date(2026, 11, 28))
    assert evaluate(parse("today()"), env) == "2026-11-28"


def test_references_are_found_in_order():
    refs = references(parse("if(${a} > 1, ${b}, sum(${c}))"))
    assert [r.name for r in refs] == ["a", "b", "c"]
    assert [r.position for r in refs] == [3, 13, 23]


@pytest.mark.parametrize(
    ("text", "problem", "position"),
    [
        ("${a} +", "unexpected_end", 6),
        ("((1)", "unclosed_parenthesis", 4),
        ("eval(1)", "unknown_function", 0),
        ("if(1, 2)", "wrong_number_of_arguments", 0),
        ("1 ? 2", "unexpected_character", 2),
        ("${Age}", "unexpected_character", 0),
        ("__import__('os')", "unexpected_character", 0),
        ("1 2", "unexpected_token", 2),
        ("", "unexpected_end", 0),
    ],
)
def test_malformed_expressions_name_the_problem_and_position(text, problem, position):
    with pytest.raises(ExpressionError) as refused:
        parse(text)
    assert (refused.value.problem, refused.value.position) == (problem, position)


def test_deep_nesting_and_long_chains_are_refused_not_crashed():
    with pytest.raises(ExpressionError) as deep:
        parse("(" * 500 + "1" + ")" * 500)
    assert deep.value.problem == "too_deeply_nested"
    with pytest.raises(ExpressionError) as chain:
        parse("+".join(["1"] * (MAX_OPERATORS + 2)))
    assert chain.value.problem == "too_complex"
    with pytest.raises(ExpressionError):
        parse("-" * 1000 + "1")
    assert evaluate_text("+".join(["1"] * MAX_OPERATORS), {}) == MAX_OPERATORS


PIECES = [*"${}()'\",.=!<>+-*/ 0123456789abcdefxyz_", "and", "or", "div", "mod", "if(", "selected(", "${a}",
          "${b}", "today()"]
ALPHABET = st.sampled_from(PIECES)


@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_random_and_hostile_text_gives_a_value_or_a_clear_error(text):
    try:
        node = parse(text)
    except ExpressionError as e:
        assert 0 <= e.position <= len(text)
        return
    evaluate(node, Env(lambda name: {"a": 3, "b": ["x", "y"]}.get(name), current="2"))


@given(st.text(max_size=300))
def test_any_unicode_text_gives_a_value_or_a_clear_error(text):
    try:
        node = parse(text)
    except ExpressionError:
        return
    evaluate(node, Env(lambda _name: None))
