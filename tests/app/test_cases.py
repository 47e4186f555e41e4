"""Registering, editing and deleting cases: validation, clocks on every change, tombstones."""

from __future__ import annotations

import json

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import InvalidRecord
from caseworker.store import cases, clocks
from tests.conftest import PASSWORD, child


def stored(session, case_id):
    return session.workspace.read(cases.get, case_id)


def count(session):
    return session.workspace.read(lambda c: c.execute("SELECT count(*) FROM cases").fetchone()[0])


def test_a_new_case_has_an_id_origin_and_a_clock_per_field(laptop):
    [case_id] = laptop.cases.add([child(other_names=["Sitora Kayumova"])]).ids
    row = stored(laptop, case_id)
    device = laptop.workspace.device_id
    assert row["origin"] == device and row["deleted"] is False
    stored_clocks = json.loads(row["clocks"])
    for field in cases.CASE_FIELDS:
        vector, stamp, by = clocks.of(stored_clocks, field)
        assert vector == {device: 1} and by == device and stamp > 0


def test_an_edit_bumps_only_the_changed_fields(laptop):
    [case_id] = laptop.cases.add([child()]).ids
    before = json.loads(stored(laptop, case_id)["clocks"])
    assert laptop.cases.edit(case_id, {"district": "Ҳисор", "summary": "Returned with her mother."}) == ["district"]
    after = json.loads(stored(laptop, case_id)["clocks"])
    device = laptop.workspace.device_id
    assert after["district"][0] == {device: 2}
    assert after["district"][1] > clocks.of(before, "district")[1]
    assert clocks.of(after, "summary") == clocks.of(before, "summary")
    assert laptop.cases.edit(case_id, {"district": "Ҳисор"}) == []  # saving the same value is no edit


def test_stamps_keep_rising_across_restarts(tmp_path):
    folder = tmp_path / "ws"
    with Session.create(folder, "nigora", PASSWORD) as s:
        [case_id] = s.cases.add([child()]).ids
        first = clocks.of(json.loads(stored(s, case_id)["clocks"]), "district")[1]
    with Session.open(folder, "nigora", PASSWORD) as s:
        s.workspace.clock._now_ms = lambda: 0  # the laptop's clock was reset to 1970
        s.cases.edit(case_id, {"district": "Ҳисор"})
        assert json.loads(stored(s, case_id)["clocks"])["district"][1] > first


def test_a_deleted_case_keeps_no_content(laptop):
    [case_id] = laptop.cases.add([child(other_names=["Sitora"])]).ids
    laptop.cases.delete(case_id)
    row = stored(laptop, case_id)
    assert row["deleted"] is True
    assert all(row[f] in (None, []) for f in cases.CASE_FIELDS)
    assert "_deleted" in json.loads(row["clocks"])
    assert laptop.cases.list() == [] and laptop.cases.search("Sitora") == []
    indexed = laptop.workspace.read(
        lambda c: c.execute("SELECT count(*) FROM name_index WHERE name_index MATCH 'sitara*'").fetchone()[0]
    )
    assert indexed == 0


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"surname": ""}, "surname"),
        ({"given_name": None}, "given_name"),
        ({"sex": "unknown"}, "sex"),
        ({"birth_year": None}, "birth"),
        ({"birth_date": "2090-01-01", "birth_year": None}, "birth"),
        ({"birth_date": "31.12.2012", "birth_year": None}, "birth_date"),
        ({"birth_year": "about ten"}, "birth_year"),
        ({"risk": "extreme"}, "risk"),
        ({"religion": "x"}, "religion"),
        ({"other_names": "not a list"}, "other_names"),
    ],
)
def test_bad_input_names_the_record_and_field_and_adds_nothing(laptop, bad, field):
    laptop.cases.add([child()])
    records = [child(given_name="Зарина"), child(**bad)]
    with pytest.raises(InvalidRecord) as refused:
        laptop.cases.add(records)
    assert refused.value.params["record"] == "2" and refused.value.params["field"] == field
    assert str(refused.value).startswith(f"Record 2, field {field}: ")
    assert count(laptop) == 1


def test_a_record_that_is_not_an_object_is_refused(laptop):
    with pytest.raises(InvalidRecord) as refused:
        laptop.cases.add([child(), "Қаюмова"])
    assert "must be a JSON object" in str(refused.value) and count(laptop) == 0


def test_a_bad_edit_changes_nothing(laptop):
    [case_id] = laptop.cases.add([child()]).ids
    before = stored(laptop, case_id)
    for changes in ({"surname": ""}, {"sex": "x"}, {"created_by": "someone"}, {"birth_year": 1800}):
        with pytest.raises(InvalidRecord):
            laptop.cases.edit(case_id, changes)
    assert stored(laptop, case_id) == before


def test_likely_duplicates_are_reported_not_refused(laptop):
    [first] = laptop.cases.add([{"surname": "Ҷалолов", "given_name": "Шоҳрух", "sex": "male",
                                 "birth_date": "2011-03-04", "district": "Ваҳдат"}]).ids
    added = laptop.cases.add([{"surname": "Dzhalolov", "given_name": "Shokhrukh", "sex": "male",
                               "birth_year": 2011, "district": "Ҳисор"}])
    assert [(d.index, d.existing_id) for d in added.duplicates] == [(0, first)]
    assert len(added.ids) == 1 and count(laptop) == 2


def test_distinct_children_are_not_duplicates(laptop):
    laptop.cases.add([child(surname="Ҷалолов", given_name="Шоҳрух", sex="male", birth_year=2011)])
    added = laptop.cases.add([
        child(surname="Ҷалолов", given_name="Шоҳрух", sex="male", birth_year=2019),  # eight years apart
        child(surname="Ҷалолова", given_name="Шоҳрух", sex="female", birth_year=2011),
    ])
    assert added.duplicates == []


def test_duplicates_within_one_file_are_reported(laptop):
    added = laptop.cases.add([child(), child(surname="Каюмова", birth_year=2015)])
    assert [(d.index, d.existing_id) for d in added.duplicates] == [(1, added.ids[0])]
