"""The Sync window as a caseworker and a supervisor use it: write bundles to a stick, import
them at the office with a line for each, and keep one value of a conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from caseworker.app.session import Session
from caseworker.ui.dates import shown
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QPushButton, Qt, QWidget
from tests.app import thief
from tests.app.test_authority import everyone
from tests.conftest import PASSWORD, child
from tests.ui.conftest import drop_open_tabs


def today() -> str:
    return shown(dt.date.today().isoformat())


@pytest.fixture
def pair(office, tmp_path):
    admin = Session.open(office, "admin", PASSWORD)
    laptop = Session.create(tmp_path / "laptop", "nigora", PASSWORD)
    fp = laptop.enrolment.request("Ваҳдат", tmp_path / "r.json")
    admin.enrolment.approve(tmp_path / "r.json", fp, tmp_path / "a.json")
    laptop.enrolment.complete(tmp_path / "a.json", admin.enrolment.office_fingerprint())
    admin.close()
    yield office, laptop
    laptop.close()


def window_for(qtbot, session, languages) -> MainWindow:
    w = MainWindow(session, languages)
    qtbot.addWidget(w, before_close_func=drop_open_tabs)
    w.show()
    return w


def results(view) -> list[str]:
    return [view.results.item(i).text() for i in range(view.results.count())]


def test_send_from_the_laptop_and_import_at_the_office_with_a_conflict_kept_and_resolved(
    qtbot, pair, languages, tmp_path
):
    office, laptop = pair
    [case_id] = laptop.cases.add([child()]).ids
    laptop_window = window_for(qtbot, laptop, languages)
    dialog = laptop_window.open_sync()
    view = dialog.findChild(QWidget, "sync_view")
    assert not view.conflicts.isVisibleTo(view)  # a caseworker resolves nothing
    assert view.warning.isVisibleTo(view)  # no revocation list from the office yet
    assert view.status.text().splitlines()[:2] == ["Nothing is waiting for the office.",
                                                   "No acknowledgement from the office yet."]
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.send_to(tmp_path / "stick")
    [written] = results(view)
    assert written.startswith("Written:")
    assert view.status.text().splitlines()[0] == "Waiting for the office's acknowledgement: 1 bundle(s)."
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.send_to(tmp_path / "stick")
    assert results(view)[0] == "Nothing new to send."

    supervisor = Session.open(office, "sabina", PASSWORD)
    office_window = window_for(qtbot, supervisor, languages)
    office_view = office_window.open_sync().findChild(QWidget, "sync_view")
    bundle = next((tmp_path / "stick").iterdir())
    bad = tmp_path / "bad.cwbundle"
    bad.write_bytes(b"not a bundle")
    seen, shown_progress = [], office_view._progress
    office_view._progress = lambda done, total: (seen.append((done, total)), shown_progress(done, total))
    with qtbot.waitSignal(office_view.finished, timeout=20_000):
        office_view.import_files([bundle, bad])
    lines = results(office_view)
    assert lines[0] == f"{bundle.name} (Ваҳдат): imported: 1 new, 0 changed, 0 conflict(s)"
    assert seen == [(1, 2), (2, 2)] and office_view.busy.isHidden()  # counted file by file
    assert "refused (not_a_bundle)" in lines[1]
    assert office_window.case_model.rowCount() == 1  # the list shows the new case

    supervisor.cases.edit(case_id, {"risk": "high"})
    laptop.cases.edit(case_id, {"risk": "low"})
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.send_to(tmp_path / "stick2")
    newest = sorted((tmp_path / "stick2").iterdir())[-1]
    with qtbot.waitSignal(office_view.finished, timeout=20_000):
        office_view.import_files([newest])
    assert office_view.conflicts.rowCount() == 1
    assert office_view.conflicts.item(0, 0).text() == "Protection risk"
    assert {office_view.conflicts.item(0, 1).text().split("\n")[0],
            office_view.conflicts.item(0, 3).text().split("\n")[0]} == {"high", "low"}
    with qtbot.waitSignal(office_view.finished, timeout=20_000):
        office_view.send_to(tmp_path / "back")
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.import_files(sorted((tmp_path / "back").iterdir()))
    assert not view.warning.isVisibleTo(view)  # the office's signed list arrived
    assert view.status.text().splitlines()[:2] == [
        "Nothing is waiting for the office.", f"The office has every bundle up to number 2 (heard on {today()})."]
    keep = office_view.conflicts.findChild(QPushButton, "keep_0_lost")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert office_view.conflicts.rowCount() == 0
    assert supervisor.conflicts.open() == []


def test_a_laptop_imports_a_whole_stick_and_takes_only_its_own(qtbot, pair, languages, tmp_path):
    office, laptop = pair
    with Session.open(office, "admin", PASSWORD) as admin:
        other = Session.create(tmp_path / "other", "farrukh", PASSWORD)
        fp = other.enrolment.request("Ҳисор", tmp_path / "r2.json")
        admin.enrolment.approve(tmp_path / "r2.json", fp, tmp_path / "a2.json")
        other.enrolment.complete(tmp_path / "a2.json", admin.enrolment.office_fingerprint())
        other.close()
        laptop.cases.add([child()])
        admin.bundles.import_file(laptop.bundles.export(tmp_path / "stick").new)  # its own stays there too
        admin.bundles.export(tmp_path / "stick")  # a return bundle for each laptop, on one stick
    window = window_for(qtbot, laptop, languages)
    view = window.open_sync().findChild(QWidget, "sync_view")
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.import_folder(tmp_path / "stick")
    lines = results(view)
    assert len(lines) == 2 and ": imported:" in lines[0]
    assert lines[1] == "2 bundle(s) meant for others were left in place."
    assert len(list((tmp_path / "stick").iterdir())) == 3  # nothing taken away, nothing quarantined
    assert not (laptop.workspace.folder / "quarantine").exists()


def test_a_bundle_a_laptop_may_not_send_is_shown_above_everything_naming_the_laptop(
    qtbot, office_and_thief, languages, tmp_path
):
    admin, victim, stolen, theirs, mine = office_and_thief
    forged = everyone(thief.own_case(stolen, mine), admin, victim, stolen)
    forged["id"] = theirs
    made = thief.forge(stolen, [forged], tmp_path / "stick")
    honest_case = stolen.cases.add([child(given_name="Зарина", district="Ҳисор")]).ids
    honest = stolen.bundles.export(tmp_path / "stick2").new
    supervisor = Session.open(admin.workspace.folder, "sabina", PASSWORD)
    view = window_for(qtbot, supervisor, languages).open_sync().findChild(QWidget, "sync_view")
    assert not view.alarm.isVisibleTo(view)
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.import_files([made, honest])
    assert view.alarm.isVisibleTo(view)
    [alarm] = view.alarm.text().splitlines()
    assert "laptop 2 (Ҳисор)" in alarm and f"caseworker device revoke {stolen.workspace.device_id}" in alarm
    lines = results(view)
    assert lines[0] == alarm and lines[1].endswith("imported: 1 new, 0 changed, 0 conflict(s)")
    assert supervisor.cases.get(honest_case[0]).given_name == "Зарина"
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.import_files([honest])
    assert not view.alarm.isVisibleTo(view)  # the next import starts afresh
