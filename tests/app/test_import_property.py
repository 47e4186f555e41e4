"""Whatever a genuinely signed bundle holds, its import ends in a refusal with its own code, and
nothing changed, or in success: never an internal error. Random damage to genuine records (a
key gone, a value of another type, a huge value, an unknown kind, a record twice), signed by an
enrolled laptop for the office, and by the office for the laptop."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseworker.app.bundles import REASONS
from caseworker.domain.errors import BundleRefused
from caseworker.store import movement as move
from caseworker.store import replicas
from caseworker.sync import records
from tests.app import thief

TODAY = "2026-11-02"

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["", "banana", "not-a-date", "2026-02-30", "0" * 64, "x" * 20_001, TODAY]),
)
VALUES = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=6)


def damage(data, made: list[dict]) -> list[dict]:
    """One to three random harms to the records."""
    made = copy.deepcopy(made)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(made) - 1))
        record = made[i]
        if not isinstance(record, dict):  # no longer a record: it can only be repeated or replaced
            made[i] = data.draw(VALUES) if data.draw(st.booleans()) else record
            continue
        how = data.draw(st.sampled_from(["drop_key", "replace", "add_key", "kind", "field", "clock", "twice",
                                         "not_a_record"]))
        if how == "drop_key" and record:
            del record[data.draw(st.sampled_from(sorted(record)))]
        elif how == "replace" and record:
            record[data.draw(st.sampled_from(sorted(record)))] = data.draw(VALUES)
        elif how == "add_key":
            record[data.draw(st.text(min_size=1, max_size=8))] = data.draw(VALUES)
        elif how == "kind":
            record["t"] = data.draw(st.one_of(st.sampled_from(["case", "item", "conflict", "blob", "form",
                                                               "account", "audit", "control"]), VALUES))
        elif how == "field" and isinstance(record.get("fields"), dict) and record["fields"]:
            record["fields"][data.draw(st.sampled_from(sorted(record["fields"])))] = data.draw(VALUES)
        elif how == "clock" and isinstance(record.get("clocks"), dict) and record["clocks"]:
            record["clocks"][data.draw(st.sampled_from(sorted(record["clocks"])))] = data.draw(VALUES)
        elif how == "twice":
            made.insert(i, copy.deepcopy(record))
        elif how == "not_a_record":
            made[i] = data.draw(VALUES)
    return made


def ends_well(session, path) -> None:
    before = thief.office_tables(session)
    try:
        session.bundles.import_file(path)
    except BundleRefused as refusal:
        assert refusal.params["code"] in REASONS
        assert thief.office_tables(session) == before


def genuine(stolen, mine) -> list[dict]:
    """Everything the stolen laptop's program would send: its accounts, the case, a note, a file."""
    accounts = [{"t": records.ACCOUNT, **a} for a in stolen.workspace.read(move.own_accounts)]
    return accounts + thief.own_records(stolen)


@pytest.fixture
def material(office_and_thief, tmp_path):
    admin, victim, stolen, _theirs, mine = office_and_thief
    stolen.casefile.update(mine, {"notes": [{"written_on": TODAY, "text": "Падараш омад."}]})
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 consent")
    stolen.casefile.attach(mine, scan, description="Consent")
    stolen.cases.edit(mine, {"summary": "Edited again."})
    return admin, victim, stolen, genuine(stolen, mine)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_bundle_from_a_laptop_is_refused_or_imported_never_an_internal_error(material, tmp_path, data):
    admin, _victim, stolen, made = material
    ends_well(admin, thief.forge(stolen, damage(data, made), tmp_path / "up"))


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_bundle_from_the_office_is_refused_or_imported_never_an_internal_error(material, tmp_path, data):
    admin, victim, _stolen, _made = material
    made = admin.workspace.read(lambda conn: list(replicas.changed_since(conn, 0)))
    ends_well(victim, thief.forge_return(admin, victim, damage(data, made), tmp_path / "down"))
