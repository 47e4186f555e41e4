"""The desktop program checks every page after each unlock, off the GUI thread and after the
first screen: a damaged page is one calm message naming the newest intact backup, and an
administrator restores it from there."""

from __future__ import annotations

from caseworker.app import demo
from caseworker.app.session import Session
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QMessageBox
from caseworker.ui.workspace_check import backup_time
from tests.cli.test_integrity_cli import flip
from tests.conftest import PASSWORD


def damaged(tmp_path):
    folder = tmp_path / "ws"
    with Session.create(folder, "nigora", PASSWORD) as s:
        s.cases.add(list(demo.cases(300, seed=3)), check_duplicates=False)
        backup = s.maintenance.backup()
    flip(folder, 150)  # a page the first screen does not read
    return folder, backup


def test_a_damaged_page_is_shown_after_the_first_screen_and_the_admin_restores(qtbot, tmp_path, languages):
    folder, backup = damaged(tmp_path)
    session = Session.open(folder, "nigora", PASSWORD)
    window = MainWindow(session, languages)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QMessageBox, "damage_box") is None  # the first screen came first
    assert window.case_model.rowCount() > 0
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damage_box") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "damage_box")
    assert "of this workspace's database are damaged" in box.text() and backup in box.text()
    restore = box.findChild(type(box.buttons()[0]), "restore_button")
    restore.click()
    assert restore.text() == f"Restore the backup of {backup_time(backup)} now"  # as people read a date
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Restored {backup_time(backup)}", timeout=20_000)
    assert window.session.workspace.check().intact
    assert list((folder / "damaged").glob("case-*.db"))
    window.lock()


def test_a_caseworker_is_told_and_offered_nothing_to_click_but_close(qtbot, tmp_path, languages):
    folder, _backup = damaged(tmp_path)
    with Session.open(folder, "nigora", PASSWORD) as s:
        s.accounts.add("karim", "karim's password", "caseworker")
    session = Session.open(folder, "karim", "karim's password")
    window = MainWindow(session, languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damage_box") is not None, timeout=20_000)
    box = window.findChild(QMessageBox, "damage_box")
    assert [b.text() for b in box.buttons()] == ["Close"]
    box.reject()
    window.lock()
