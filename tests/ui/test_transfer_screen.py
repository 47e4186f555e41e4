"""Moving a case to another district on screen: the caseworker asks from the case file, the
supervisor approves naming the receiving caseworker, who accepts; a refusal shows in words."""

from __future__ import annotations

from caseworker.app.session import Session
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import Qt
from caseworker.ui.transfer_view import ApproveDialog, AskDialog
from tests.conftest import PASSWORD, child
from tests.ui.conftest import drop_open_tabs, type_keys


def open_as(qtbot, folder, user, languages) -> MainWindow:
    w = MainWindow(Session.open(folder, user, PASSWORD), languages)
    qtbot.addWidget(w, before_close_func=drop_open_tabs)
    w.show()
    return w


def test_a_caseworker_asks_for_a_transfer_from_the_case_file(qtbot, window):
    view = window.open_case_id(window.session.cases.list()[0].id)
    bar = view.transfer
    assert bar.ask_button.isVisibleTo(view) and not bar.approve_button.isVisibleTo(view)
    qtbot.mouseClick(bar.ask_button, Qt.MouseButton.LeftButton)
    dialog = bar.findChild(AskDialog)
    type_keys(dialog.district.lineEdit(), "Ваҳдат")  # where the case already is: refused, in words
    dialog.accept()
    assert bar.problem.isVisibleTo(view) and "already in that district" in bar.problem.text()
    assert window.session.transfers.open(view.case_id) is None
    qtbot.mouseClick(bar.ask_button, Qt.MouseButton.LeftButton)
    dialog = bar.findChildren(AskDialog)[-1]
    type_keys(dialog.district.lineEdit(), "Ҳисор")
    dialog.reason.setPlainText("Оила ба Ҳисор кӯчид.")
    dialog.accept()
    assert "waiting for a supervisor's decision" in bar.state.text() and not bar.ask_button.isVisibleTo(view)
    assert view.section_texts("transfers") == ["Ҳисор · requested"]
    waiting = window.session.transfers.open(view.case_id)
    assert (waiting["to_district"], waiting["reason"]) == ("Ҳисор", "Оила ба Ҳисор кӯчид.")


def test_the_supervisor_approves_and_the_receiver_accepts(qtbot, office, languages):
    with Session.open(office, "karim", PASSWORD) as karim:
        [case_id] = karim.cases.add([child()]).ids
        karim.transfers.request(case_id, "Ҳисор", "The family moved.")
    supervisor = open_as(qtbot, office, "sabina", languages)
    view = supervisor.open_case_id(case_id)
    bar = view.transfer
    assert bar.approve_button.isVisibleTo(view) and bar.decline_button.isVisibleTo(view)
    qtbot.mouseClick(bar.approve_button, Qt.MouseButton.LeftButton)
    dialog = bar.findChild(ApproveDialog)
    assert [dialog.receiver.itemText(i) for i in range(dialog.receiver.count())] == ["karim", "laylo"]
    dialog.receiver.setCurrentText("laylo")
    dialog.accept()
    assert "waiting for their acceptance" in bar.state.text() and "laylo" in bar.state.text()
    assert view.shown_value("district") == "Ҳисор"

    receiver = open_as(qtbot, office, "laylo", languages)
    view = receiver.open_case_id(case_id)
    assert view.transfer.accept_button.isVisibleTo(view)
    qtbot.mouseClick(view.transfer.accept_button, Qt.MouseButton.LeftButton)
    assert not view.transfer.state.isVisibleTo(view) and view.transfer.ask_button.isVisibleTo(view)
    assert any("accepted" in text for text in view.section_texts("transfers"))


def test_a_supervisor_assigns_a_case_to_a_caseworker_from_the_case_file(qtbot, office, languages):
    with Session.open(office, "karim", PASSWORD) as karim:
        [case_id] = karim.cases.add([child()]).ids
    supervisor = open_as(qtbot, office, "sabina", languages)
    view = supervisor.open_case_id(case_id)
    assert view.transfer.assign_button.isVisibleTo(view)
    qtbot.mouseClick(view.transfer.assign_button, Qt.MouseButton.LeftButton)
    dialog = view.transfer.findChild(ApproveDialog, "assign_case")
    dialog.receiver.setCurrentText("laylo")
    dialog.accept()
    assert view.shown_value("assigned_to") == "laylo"
    caseworker = open_as(qtbot, office, "laylo", languages)
    assert not caseworker.open_case_id(case_id).transfer.assign_button.isVisibleTo(caseworker)
