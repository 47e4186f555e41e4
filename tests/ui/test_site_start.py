"""First start of a program an office packaged: the office's fingerprint is shown to compare
with the handover sheet; confirmed, the set-up goes straight to this laptop, which starts with
the office's settings; not confirmed, or a site file that does not verify, stops the set-up."""

from __future__ import annotations

import json

import pytest

from caseworker.app import places, site
from caseworker.app.session import Session
from caseworker.ui.qt import Qt
from tests.conftest import PASSWORD
from tests.ui.test_start import first_run, home, program  # noqa: F401  (fixtures)

PIN = "cd" * 32


@pytest.fixture
def packaged(office, home, monkeypatch):  # noqa: F811
    with Session.open(office, "admin", PASSWORD) as admin:
        path, fingerprint = site.package(admin, home / "dist", "https://drop.example.tj:8443", PIN, "ru")
    monkeypatch.setenv(site.ENV, str(path))
    return path, fingerprint


def test_a_confirmed_fingerprint_sets_up_the_laptop_with_the_offices_settings(qtbot, packaged, program):  # noqa: F811
    _path, fingerprint = packaged
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint.text() == fingerprint and "Dushanbe office" in dialog.site_text.text()
    assert not dialog.office_button.isVisibleTo(dialog)  # straight to this laptop: nothing else to choose
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    dialog.user.setText("nigora")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(program.windows), timeout=15_000)
    session = program.windows[0].session
    assert session.drop.settings()["url"] == "https://drop.example.tj:8443"
    assert session.drafts.language() == "ru"


def test_a_fingerprint_that_differs_stops_the_set_up(qtbot, packaged, program):  # noqa: F811
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.differs_button, Qt.MouseButton.LeftButton)
    assert dialog.stopped.isVisibleTo(dialog) and "may not be the office's" in dialog.stopped.text()
    assert not dialog.create_button.isVisibleTo(dialog) and not places.laptop_folder().exists()


def test_a_site_file_that_does_not_verify_stops_the_set_up(qtbot, packaged, program):  # noqa: F811
    path, _fingerprint = packaged
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["site"]["body"]["settings"]["drop_pin"] = "00" * 32  # someone changed the pin on the way
    path.write_text(json.dumps(doc), encoding="utf-8")
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    assert dialog.stopped.isVisibleTo(dialog) and "does not verify (bad_signature)" in dialog.stopped.text()
    for button in (dialog.laptop_button, dialog.office_button, dialog.same_button, dialog.create_button):
        assert not button.isVisibleTo(dialog)
