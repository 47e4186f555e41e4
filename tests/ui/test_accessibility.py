"""Keyboard and screen-reader use: every control that takes input has a name a screen reader can
say (a label that is its buddy, its own text, or an accessible name), the shortcuts work, and
every screen is reachable without a mouse."""

from __future__ import annotations

import json

from caseworker.ui.first_run import FirstRunDialog
from caseworker.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QWidget,
)
from caseworker.ui.unlock import UnlockDialog
from tests.conftest import DATA

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def inside_combo_box(widget: QWidget) -> bool:
    """A combo box's own popup list and line edit are named by the combo box."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parent()
    return False


def unnamed(root: QWidget) -> list[str]:
    """The input controls under `root` that a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, INPUTS) or isinstance(control, QHeaderView) or inside_combo_box(control):
            continue
        if control.accessibleName() or id(control) in buddies:
            continue
        missing.append(f"{type(control).__name__} {control.objectName()!r}")
    return missing


def test_every_control_of_the_main_screens_has_a_name(qtbot, window, languages, tmp_path):
    window.session.forms.install(json.loads((DATA / "forms" / "screen_test.json").read_text("utf-8")))
    case = window.open_case_id(window.session.cases.list()[0].id)
    case.start_editing()
    window.open_assessment(case, "screen_test")
    window.open_assessment(case, "wellbeing")
    dialog = window.new_case()
    assert unnamed(window) == []
    assert unnamed(dialog) == []
    unlock = UnlockDialog(tmp_path, languages)
    qtbot.addWidget(unlock)
    first = FirstRunDialog(languages, {"laptop": tmp_path / "l", "office": tmp_path / "o"})
    qtbot.addWidget(first)
    assert unnamed(unlock) == [] and unnamed(first) == []


def test_the_shortcuts_are_the_usual_ones(window):
    keys = {a.objectName(): a.shortcut() for a in (window.new_action, window.save_action, window.close_action,
                                                   window.find_action)}
    assert keys["action_new_case"] == QKeySequence(QKeySequence.StandardKey.New)
    assert keys["action_save"] == QKeySequence(QKeySequence.StandardKey.Save)
    assert keys["action_close_tab"] == QKeySequence(QKeySequence.StandardKey.Close)
    assert keys["action_find"] == QKeySequence(QKeySequence.StandardKey.Find)


def test_a_new_case_can_be_registered_from_the_keyboard(qtbot, window):
    window.new_action.trigger()  # Ctrl+N
    dialog = window.findChild(QWidget, "new_case")
    assert dialog is not None and dialog.isVisible()
    fields = dialog.fields.editors
    # Tab order follows the form from top to bottom.
    order, widget = [], fields["surname"]
    for _ in range(4):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(dialog):
            widget = widget.nextInFocusChain()
    assert order == ["edit_surname", "edit_given_name", "edit_patronymic", "edit_sex"]
