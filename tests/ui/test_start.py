"""Starting the program: the first-run screen on a computer with no workspace, each user's
language remembered, and Qt's own words (button boxes, text menus) in Russian and Tajik."""

from __future__ import annotations

import pytest

from caseworker.app import places
from caseworker.app.session import Session
from caseworker.ui.program import Program
from caseworker.ui.qt import QCoreApplication, QDialogButtonBox, Qt
from caseworker.ui.unlock import UnlockDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import drop_open_tabs


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CASEWORKER_SITE", str(tmp_path / "no-site.json"))  # a program no office packaged
    return tmp_path


@pytest.fixture
def program(qapp, languages):
    p = Program(qapp, "en")
    p.languages = languages
    yield p
    for window in p.windows:
        drop_open_tabs(window)
        window.close()


def first_run(program):
    program.first_run({"laptop": places.laptop_folder(), "office": places.office_folder()}, lambda: None)
    return program.dialog


def test_setting_up_a_laptop_on_first_start_creates_its_workspace_and_opens_the_program(qtbot, home, program):
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.laptop_button, Qt.MouseButton.LeftButton)
    assert not dialog.office_name.isVisibleTo(dialog)
    dialog.user.setText("nigora")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    assert not places.laptop_folder().exists()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(program.windows), timeout=15_000)
    window = program.windows[0]
    assert window.session.user.name == "nigora" and window.session.kind == "laptop"
    assert places.known() == [places.laptop_folder().resolve()]


def test_the_office_workspace_needs_its_name_and_a_strong_enough_password(qtbot, home, program):
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.office_button, Qt.MouseButton.LeftButton)
    dialog.user.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "office's name" in dialog.message.text()
    dialog.office_name.setText("Dushanbe office")
    dialog.password.setText("short")
    dialog.again.setText("short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=15_000)
    assert "8" in dialog.message.text()  # the weak password is refused with the minimum named
    assert not places.office_folder().exists() or not any(places.office_folder().iterdir())
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(program.windows), timeout=15_000)
    assert program.windows[0].session.kind == "office"


def test_the_demo_can_be_chosen_on_first_start(qtbot, home, program):
    dialog = first_run(program)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.demo_wanted):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)


def test_each_user_opens_in_the_language_they_chose_last(qtbot, home, program, workspace):
    dialog = program.unlock(workspace)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))  # chosen on the unlock screen
    dialog.user.setText("nigora")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=15_000):
        dialog.try_unlock()
    window = program.windows[-1]
    assert program.languages.current == "ru" and window.tabs.tabText(1) == "Случаи"
    window.switch_language("tg")  # from the menu: remembered too
    drop_open_tabs(window)
    window.close()
    program.languages.switch("en")
    again = program.unlock(workspace)
    qtbot.addWidget(again)
    again.user.setText("nigora")
    again.password.setText(PASSWORD)
    with qtbot.waitSignal(again.unlocked, timeout=15_000):
        again.try_unlock()
    assert program.languages.current == "tg"
    with Session.open(workspace, "nigora", PASSWORD) as s:
        assert s.drafts.language() == "tg"


@pytest.mark.parametrize(("language", "save", "select_all"), [
    ("ru", "Сохранить", "Выделить всё"),
    ("tg", "Нигоҳ доштан", None),
])
def test_qts_own_words_are_translated_too(qtbot, languages, language, save, select_all):
    languages.switch(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == save
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() not in ("Cancel", "&Cancel")
    menu_word = QCoreApplication.translate("QLineEdit", "Select All")
    assert menu_word != "Select All"
    if select_all:
        assert menu_word == select_all
    assert all(not ch.isalpha() or "а" <= ch.lower() <= "я" or ch.lower() in "ёғӣқӯҳҷ" for ch in menu_word)


def test_the_demo_is_prepared_off_the_gui_thread_then_its_unlock_screen_shows(qtbot, home, program):
    built = []

    def build():
        built.append(True)
        return "ready"

    progress = program.prepare_demo(build, lambda: program.unlock(home, "nigora, supervisor", "demo-password"))
    assert progress.isVisible()
    qtbot.waitUntil(lambda: isinstance(program.dialog, UnlockDialog), timeout=10_000)
    qtbot.addWidget(program.dialog)
    assert built and not progress.isVisible()
    assert "demo-password" in program.dialog.hint_label.text()
