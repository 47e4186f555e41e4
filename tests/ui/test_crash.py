"""Nothing is lost on a crash: a real program process is killed mid-edit and the draft is there;
an unexpected error keeps the work, writes a log with no child data and lets the user go on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from caseworker.app.session import Session
from caseworker.ui.crash import ErrorReporter, log_folder
from caseworker.ui.qt import QApplication, QMessageBox, QTimer
from tests.conftest import PASSWORD
from tests.ui.conftest import drop_open_tabs
from tests.ui.typing_then_killed import TYPED

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_a_program_killed_mid_edit_leaves_the_draft_which_is_offered_back(qtbot, workspace, languages):
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typing_then_killed", str(workspace)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        process.stdin.write(PASSWORD + "\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "kept"
    finally:
        process.send_signal(signal.SIGKILL)  # no chance to close anything
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    from caseworker.ui.main_window import MainWindow

    session = Session.open(workspace, "nigora", PASSWORD)
    window = MainWindow(session, languages)
    qtbot.addWidget(window, before_close_func=drop_open_tabs)
    view = window.open_case_id(session.cases.list()[0].id)
    assert view.editing and view.banner.isVisibleTo(view)
    assert view.editor.editors["summary"].toPlainText() == TYPED
    assert view.save()
    assert session.cases.get(view.case_id).summary == TYPED


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_keeps_the_work_logs_no_child_data_and_the_program_goes_on(
    qtbot, window, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    view = window.open_case_id(window.session.cases.list()[0].id)
    view.start_editing()
    view.editor.editors["summary"].setPlainText("Half a sentence about Ситора")
    reporter = ErrorReporter(window.keep_drafts)
    reporter.install()
    try:
        def broken() -> None:
            raise KeyError("Қаюмова Ситора")  # an error whose text holds a child's name

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)
    finally:
        reporter.uninstall()
    assert isinstance(reporter.dialog, QMessageBox) and "kept" in reporter.dialog.text()
    log = (log_folder() / "caseworker.log").read_text("utf-8")
    assert "KeyError" in log and "test_crash.py" in log
    assert "Ситора" not in log and "Қаюмова" not in log
    assert window.session.drafts.load(view.draft_key) == {"fields": {"summary": "Half a sentence about Ситора"}}
    reporter.dialog.accept()
    QApplication.processEvents()
    assert view.save()  # and the user goes on
