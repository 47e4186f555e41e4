"""What the screen tests share: a small workspace, the languages, a main window, typing."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from caseworker.app.session import Session
from caseworker.ui.i18n import Languages
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication, Qt
from tests.conftest import PASSWORD, child


@pytest.fixture
def workspace(tmp_path):
    folder = tmp_path / "ws"
    with Session.create(folder, "nigora", PASSWORD) as s:
        s.cases.add([child(), child(surname="Ҷалолов", given_name="Шоҳрух", sex="male", birth_year=2011,
                               risk="high")], check_duplicates=False)
    return folder


@pytest.fixture
def languages(qapp):
    langs = Languages(qapp)
    yield langs
    langs.switch("en")


def type_text(qtbot, widget, text: str) -> None:
    # keyClicks aborts on non-ASCII keys (STYLE.md): set the text as a paste would.
    widget.setFocus()
    widget.setText(text)


@pytest.fixture
def window(qtbot, workspace, languages):
    session = Session.open(workspace, "nigora", PASSWORD)
    w = MainWindow(session, languages)
    qtbot.addWidget(w, before_close_func=drop_open_tabs)
    w.show()
    return w


def drop_open_tabs(w: MainWindow) -> None:
    """As a test ends, open tabs go without a word, so no unsaved-changes question waits for an
    answer nobody will give."""
    for view in w.open_views():
        view.detach()
        w.tabs.removeTab(w.tabs.indexOf(view))
        view.deleteLater()



def type_keys(widget, text: str) -> None:
    """Types as a keyboard does, one key event per character, Cyrillic included
    (qtbot.keyClicks aborts on non-ASCII keys: STYLE.md)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
