"""Who may do what: one test per rule (caseworker, supervisor, admin alone)."""

from __future__ import annotations

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import CaseNotFound, NotPermitted
from caseworker.store import audit
from tests.conftest import PASSWORD, child


def open_as(folder, name):
    return Session.open(folder, name, PASSWORD)


def refusals(session):
    rows = session.workspace.read(lambda c: c.execute("SELECT action, detail FROM audit").fetchall())
    return [d for a, d in rows if a == "refusal"]


@pytest.fixture
def karims_case(office):
    with open_as(office, "karim") as karim:
        return karim.cases.add([child()]).ids[0]


def test_init_gives_a_laptop_admin_and_caseworker_and_an_office_admin_only(laptop, office):
    assert {r.value for r in laptop.user.roles} == {"admin", "caseworker"}
    with open_as(office, "admin") as admin:
        assert {r.value for r in admin.user.roles} == {"admin"}


def test_a_caseworker_sees_and_changes_own_cases(office, karims_case):
    with open_as(office, "karim") as karim:
        assert karim.cases.get(karims_case).given_name == "Ситора"
        assert [c.id for c in karim.cases.list()] == [karims_case]
        assert karim.cases.edit(karims_case, {"risk": "high"}) == ["risk"]


def test_a_caseworker_does_not_see_or_change_another_caseworkers_case(office, karims_case):
    with open_as(office, "laylo") as laylo:
        assert laylo.cases.list() == []
        assert laylo.cases.search("Қаюмова Ситора") == []
        with pytest.raises(CaseNotFound):
            laylo.cases.get(karims_case)
        with pytest.raises(CaseNotFound):
            laylo.cases.edit(karims_case, {"risk": "low"})
        with pytest.raises(CaseNotFound):
            laylo.cases.delete(karims_case)
        assert len(refusals(laylo)) == 3
    with open_as(office, "karim") as karim:
        assert karim.cases.get(karims_case).risk is None


def test_a_caseworker_sees_a_case_assigned_to_them(office, karims_case):
    with open_as(office, "sabina") as sabina:
        sabina.cases.edit(karims_case, {"assigned_to": "laylo"})
    with open_as(office, "laylo") as laylo:
        assert [c.id for c in laylo.cases.list()] == [karims_case]
        assert laylo.cases.get(karims_case).assigned_to == "laylo"


def test_a_caseworker_may_not_assign_cases_to_others(office):
    with open_as(office, "karim") as karim:
        with pytest.raises(NotPermitted):
            karim.cases.add([child(assigned_to="laylo")])
        assert karim.cases.list() == []


def test_a_supervisor_sees_every_case(office, karims_case):
    with open_as(office, "laylo") as laylo:
        laylos = laylo.cases.add([child(given_name="Зарина")]).ids[0]
    with open_as(office, "sabina") as sabina:
        assert {c.id for c in sabina.cases.list()} == {karims_case, laylos}
        assert {h.id for h in sabina.cases.search("Kayumova")} == {karims_case, laylos}


def test_the_admin_role_alone_reads_no_case_content(office, karims_case):
    with open_as(office, "admin") as admin:
        for attempt in (
            admin.cases.list,
            lambda: admin.cases.get(karims_case),
            lambda: admin.cases.search("Қаюмова"),
            lambda: admin.cases.add([child()]),
            lambda: admin.cases.history(karims_case),
        ):
            with pytest.raises(NotPermitted) as refused:
                attempt()
            assert "may not" in str(refused.value)
        assert len(refusals(admin)) == 5


def test_only_an_admin_adds_accounts_and_restores_backups(office):
    with open_as(office, "sabina") as sabina:
        with pytest.raises(NotPermitted):
            sabina.accounts.add("intruder", PASSWORD, "admin")
        with pytest.raises(NotPermitted):
            sabina.maintenance.restore("backup-20260101T000000Z.cwbackup")
    with open_as(office, "karim") as karim:
        with pytest.raises(NotPermitted):
            karim.maintenance.verify_audit()


def test_entries_name_records_by_id_never_by_name(office, karims_case):
    with open_as(office, "karim") as karim:
        karim.cases.get(karims_case)
        karim.cases.search("Қаюмова")
        rows = karim.workspace.read(lambda c: c.execute("SELECT * FROM audit").fetchall())
        text = repr(rows)
        assert "Қаюмова" not in text and "Ситора" not in text
        actions = [r[5] for r in rows]
        assert {"create", "view", "search", "login"} <= set(actions)
        assert karim.workspace.read(audit.verify)[0] is None
