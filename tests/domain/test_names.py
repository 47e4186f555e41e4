"""Name folding, candidate keys, ranking and duplicate detection across spellings."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.domain.names import (
    fold,
    index_terms,
    likely_duplicate,
    score,
    skeleton,
    tokens,
)

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLE_FILES = ("names-examples.json", "names-more.json")
FOLDED = re.compile(r"(?:[a-z]+(?: [a-z]+)*)?")


def _load(key: str) -> list:
    files = [json.loads((DATA / name).read_text(encoding="utf-8")) for name in EXAMPLE_FILES]
    return [item for data in files for item in data[key]]


def _full(person: dict) -> str:
    return f"{person['surname']} {person['given_name']}"


def _year(person: dict) -> int:
    return person["birth_year"] if "birth_year" in person else int(person["birth_date"][:4])


def _is_candidate(query: str, names: list[str]) -> bool:
    """What candidate lookup does: a query token shares a skeleton with, or starts, a name token."""
    terms = index_terms(names)
    pairs = itertools.product(tokens(query), terms)
    return any(skeleton(q) == skel or tok.startswith(q) for q, (tok, skel) in pairs)


SEARCH = [
    pytest.param(_full(case["registered"]), typed, id=f"{typed}->{_full(case['registered'])}")
    for case in _load("search")
    for typed in case["typed"]
]


@pytest.mark.parametrize(("registered", "typed"), SEARCH)
def test_typed_form_scores_high(registered: str, typed: str) -> None:
    assert score(typed, [registered]) >= 85


@pytest.mark.parametrize(("registered", "typed"), SEARCH)
def test_typed_form_is_a_lookup_candidate(registered: str, typed: str) -> None:
    assert _is_candidate(typed, [registered])


def test_anyascii_forms_fold_together() -> None:
    assert fold("Ҳусейнзода") == fold("Хусейнзода") == fold("Husaynzoda") == "husainzada"
    assert fold("Мухаммаджон") == fold("Муҳаммадҷон") == "muhamajan"
    assert fold("محمد جان") == "mhmd jn"
    assert fold("Ғиёсов") == fold("Ghiyosov") == fold("Giyasov")
    assert fold("Щербаков") == "shirbakav"  # shch must leave sh, not s + j


def test_fold_separators_and_case() -> None:
    assert fold("  Саъдиев-Раҳимов ") == "sadiv rahimav"  # ъ vanishes, hyphen splits
    assert fold("O'G'ILOY  Mirzo") == "agilai mirza"
    assert fold("") == "" and fold("123 -- !") == ""
    assert tokens("Ҷалолов Шоҳрух Аҳмадович") == ["jalalav", "shahruh", "ahmadavij"]


GROUPS = [
    ["Муҳаммадҷон", "Мухаммаджон", "Muhammadjon", "Mukhammadzhon"],
    ["Қурбонов", "Курбанов", "Qurbonov", "Kurbanov"],
    ["Қодиров", "Qodirov", "Kodirov", "Кадыров"],
    ["Љалолов", "Ҷалолов", "Jalolov", "Джалолов"],
    ["Ќаюмова", "Қаюмова", "Kayumova"],
    ["Ѓиёсов", "Ғиёсов", "Giyosov"],
    ["Мирзоева Ўѓилой", "Мирзоева Ӯғилой", "Mirzoeva Ughiloy"],
    ["Мирзої", "Мирзоӣ", "Mirzoi"],
]


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g[0])
def test_spellings_find_each_other(group: list[str]) -> None:
    for a, b in itertools.permutations(group, 2):
        assert score(a, [b]) == 100, (a, b)
        assert _is_candidate(a, [b]), (a, b)


def test_different_names_stay_apart() -> None:
    for a, b in itertools.product(GROUPS[1], GROUPS[2]):  # Qurbonov is not Qodirov
        assert score(a, [b]) < 80, (a, b)
        assert not _is_candidate(a, [b]), (a, b)


def test_legacy_font_letters_are_tajik_letters() -> None:
    assert "lj" not in fold("Љалолов") and "nj" not in fold("Шоњрух")
    assert fold("Љалолов Шоњрух") == fold("Ҷалолов Шоҳрух")


def test_score_properties_from_the_contract() -> None:
    name = ["Ҷалолов Шоҳрух"]
    assert score("Jalolov", name) == 100  # a subset of the name's tokens
    assert score("Shohrukh Jalolov", name) == score("Jalolov Shohrukh", name) == 100
    assert score("Джал", name) >= 80  # a prefix still being typed
    assert score("Jalolv Shohrukh", name) >= 85  # a typo
    assert score("Jalolov", ["Jalolov Shohrukh"]) > score("Jalol", ["Jalolov Shohrukh"])
    assert score("Jalolov", []) == 0 and score("", name) == 0


def test_best_name_string_counts() -> None:
    names = ["Ҷалолов Шоҳрух Аҳмадович", "Абу Ҳамза"]
    assert score("Abu Hamza", names) == 100
    assert score("Jalolov Shohrukh", names) == 100


def test_extra_query_words_cost_something() -> None:
    # A one-word alias of another child must not tie with the child whose full name was typed.
    assert score("Sarvar Husaynzoda", ["Sarvar"]) < 80
    # A patronymic the case lacks still leaves the child well ranked.
    assert score("Jalolov Shohrukh Ahmadovich", ["Ҷалолов Шоҳрух"]) >= 85


def test_index_terms() -> None:
    terms = index_terms(["Ҳусейнзода Сарвар", "", " - ", "Sarvar"])
    assert terms == {("husainzada", "hsnzd"), ("sarvar", "srvr")}
    assert skeleton("Husaynzoda") == skeleton("Khuseynzoda") == "hsnzd"
    assert skeleton("Ghiyosov") == skeleton("Giyasov")
    assert skeleton("") == ""


def _dup(a: dict, b: dict) -> bool:
    return likely_duplicate([_full(a)], a["sex"], _year(a), [_full(b)], b["sex"], _year(b))


@pytest.mark.parametrize(("a", "b"), _load("likely_duplicates"), ids=lambda p: _full(p))
def test_likely_duplicates(a: dict, b: dict) -> None:
    assert _dup(a, b) and _dup(b, a)


@pytest.mark.parametrize(("a", "b"), _load("distinct"), ids=lambda p: _full(p))
def test_distinct(a: dict, b: dict) -> None:
    assert not _dup(a, b) and not _dup(b, a)


def test_likely_duplicate_uses_other_names_and_ignores_patronymic() -> None:
    a = ["Ҷалолов Шоҳрух Аҳмадович", "Абу Ҳамза"]
    assert likely_duplicate(a, "male", 2011, ["Dzhalolov Shokhrukh"], "male", 2012)
    assert likely_duplicate(a, "male", 2011, ["Other Person", "Abu Khamza"], "male", 2011)
    assert not likely_duplicate(a, "male", 2011, ["Dzhalolov Shokhrukh"], "female", 2011)
    assert not likely_duplicate(a, "male", 2011, ["Dzhalolov"], "male", 2011)  # surname only


REGISTER = [
    "Ҷалолов Шоҳрух",
    "Ҳусейнзода Сарвар",
    "Қаюмова Ситора",
    "Ғиёсов Дилшод",
    "Мирзоева Ӯғилой",
    "Собирова Шабнам",
    "Зокиров Ҷонибек",
    "Каримов Азиз",
    "Шарипов Ҷамшед",
    "Ҳакимов Ғуломҷон",
    "Раҳимова Фирӯза",
    "Назаров Умед",
    "Сафарова Нигора",
    "Қодиров Фаррух",
]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sharipov Jamshet", "Шарипов Ҷамшед"),  # typo
        ("Khakimov Gulamjan", "Ҳакимов Ғуломҷон"),
        ("Safarova Nigor", "Сафарова Нигора"),
        ("Ситора Каюмова", "Қаюмова Ситора"),
        ("Zakirov Dzhanibek", "Зокиров Ҷонибек"),
        ("Kadyrov Farukh", "Қодиров Фаррух"),
        ("Хусейн", "Ҳусейнзода Сарвар"),  # prefix
        ("Rakhimova", "Раҳимова Фирӯза"),
        ("Giyasov D", "Ғиёсов Дилшод"),
        ("Mirzoyeva Ugiloy", "Мирзоева Ӯғилой"),
    ],
)
def test_ranking(typed: str, expected: str) -> None:
    ranked = sorted(REGISTER, key=lambda name: score(typed, [name]), reverse=True)
    assert ranked[0] == expected
    assert score(typed, [expected]) >= 85
    for other in ranked[1:]:
        assert score(typed, [other]) < 80, other


ANY_TEXT = st.text()
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяёғқҳҷӣӯљњѓќїўАЁҶҲЬ"
LATIN = "abcdeghijklmnopqrstuvwxyzDZKHO '-`’ʻ"
NAMEISH = st.text(
    alphabet=CYRILLIC + LATIN,
    max_size=40,
)


@settings(deadline=None)
@given(st.one_of(ANY_TEXT, NAMEISH))
def test_fold_output_alphabet_and_idempotence(text: str) -> None:
    folded = fold(text)
    assert FOLDED.fullmatch(folded)
    assert fold(folded) == folded
    assert tokens(text) == folded.split()
    for tok in tokens(text):
        assert re.fullmatch(r"[a-z]+", skeleton(tok))


@settings(deadline=None)
@given(st.one_of(ANY_TEXT, NAMEISH), st.lists(st.one_of(ANY_TEXT, NAMEISH), max_size=3))
def test_score_is_bounded(query: str, names: list[str]) -> None:
    assert 0 <= score(query, names) <= 100
