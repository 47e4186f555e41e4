"""Finding a child by any spelling, through the real index in an encrypted workspace."""

from __future__ import annotations

import json

from caseworker.app import demo
from tests.conftest import DATA, child

EXAMPLES = json.loads((DATA / "names-examples.json").read_text("utf-8"))


def test_every_example_spelling_finds_the_registered_child_first(laptop):
    # Among a few hundred other children, as in a district's workspace.
    laptop.cases.add(list(demo.cases(300, seed=3)), check_duplicates=False)
    registered = {}
    for example in EXAMPLES["search"]:
        r = example["registered"]
        [registered[r["surname"], r["given_name"]]] = laptop.cases.add(
            [child(surname=r["surname"], given_name=r["given_name"])], check_duplicates=False
        ).ids
    for example in EXAMPLES["search"]:
        r = example["registered"]
        for typed in example["typed"]:
            hits = laptop.cases.search(typed, limit=10)
            # The synthetic children may include a namesake: the registered one is among the best.
            best = [h.id for h in hits if h.score == hits[0].score]
            assert registered[r["surname"], r["given_name"]] in best, (typed, [(h.surname, h.score) for h in hits])
            assert 0 <= hits[0].score <= 100


def test_other_names_are_searched(laptop):
    [case_id] = laptop.cases.add([child(other_names=["Umm Abdullah", "محمد جان"])]).ids
    assert laptop.cases.search("Umm Abdulloh")[0].id == case_id
    assert laptop.cases.search("محمد جان")[0].id == case_id


def test_legacy_tj_font_text_finds_tajik_letters(laptop):
    [case_id] = laptop.cases.add([child(surname="Ҷалолов", given_name="Шоҳрух", sex="male")]).ids
    assert laptop.cases.search("Љалолов Шоњрух")[0].id == case_id


def test_results_are_ranked_with_scores(laptop):
    ids = laptop.cases.add(
        [child(surname="Қурбонов", given_name="Азиз", sex="male"),
         child(surname="Қурбонова", given_name="Нигора"),
         child(surname="Каримов", given_name="Азиз", sex="male")],
        check_duplicates=False,
    ).ids
    hits = laptop.cases.search("Kurbanov Aziz")
    assert hits[0].id == ids[0] and hits[0].score == 100
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_limit_and_nothing_found(laptop):
    laptop.cases.add(list(demo.cases(50)), check_duplicates=False)
    assert len(laptop.cases.search("Раҳимов", limit=2)) <= 2
    assert laptop.cases.search("Zzyzx") == []
