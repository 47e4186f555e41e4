"""A caseworker who reads only Tajik or only Russian meets no English word on any screen of a
day's work: the lists, a case file, its editor, every kind of entry, an assessment, a new case,
first start, unlock, and the menus."""

from __future__ import annotations

import re

import pytest

from caseworker.ui.entry_dialog import EDITABLE_KINDS
from caseworker.ui.first_run import FirstRunDialog
from caseworker.ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    Qt,
    QTabWidget,
    QWidget,
)
from caseworker.ui.unlock import UnlockDialog

LATIN = re.compile(r"[A-Za-z]")
# An account's name; key names on menus; "English" as the language menu names each language
# in itself, so a reader of any one of them finds theirs.
ALLOWED = ("nigora", "Ctrl", "Shift", "English")


def words_on(root: QWidget) -> list[str]:
    """Every text a user can read in `root`: labels, buttons, titles, tabs, choices, hints, headers."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        model = getattr(w, "model", lambda: None)() if hasattr(w, "horizontalHeader") else None
        if model is not None:
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
            texts += [str(model.index(r, c).data() or "") for r in range(min(3, model.rowCount()))
                      for c in range(model.columnCount())]
        texts.append(w.accessibleName())
    for menu in root.findChildren(QWidget):
        for action in menu.actions():
            texts.append(action.text())
    return texts


def english(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        rest = re.sub(r"(/[\w.\-]+)+", "", text)  # a folder's path is what it is
        for allowed in ALLOWED:
            rest = rest.replace(allowed, "")
        if LATIN.search(rest):
            found.append(text)
    return sorted(set(found))


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_no_screen_of_a_days_work_shows_an_english_word(qtbot, window, languages, tmp_path, language):
    window.switch_language(language)
    case = window.open_case_id(window.session.cases.list()[0].id)
    case.start_editing()
    assessment = window.open_assessment(case, "wellbeing")
    assessment.save(draft=False)  # every required-answer message shows
    dialogs = [window.new_case(), window.open_sync()]
    for kind in EDITABLE_KINDS:
        dialogs.append(window.add_entry(case, kind))
    QApplication.processEvents()
    screens = [window, *dialogs, UnlockDialog(tmp_path, languages),
               FirstRunDialog(languages, {"laptop": tmp_path / "l", "office": tmp_path / "o"})]
    for screen in screens[-2:]:
        qtbot.addWidget(screen)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert english(words_on(window)) == [], (window.tabs.tabText(tab), english(words_on(window)))
    for screen in screens[1:]:
        assert english(words_on(screen)) == [], (screen.objectName(), english(words_on(screen)))
    window.switch_language("en")
