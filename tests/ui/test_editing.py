"""Editing a case file in place: refusals shown at the field with the typing kept, drafts kept
as typed and offered back, the unsaved-changes question, visits and notes, a new case typed
in Tajik with the likely-duplicate warning."""

from __future__ import annotations

import datetime as dt

from caseworker.ui.case_file import CaseFileView
from caseworker.ui.entry_dialog import EntryDialog
from caseworker.ui.qt import QApplication, QMessageBox, Qt, QTimer
from tests.ui.conftest import type_keys


def answer_question(qtbot, button_name: str) -> list[str]:
    """Clicks a button of the question box as soon as it appears; returns its text as seen."""
    seen = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.objectName() == button_name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def open_first(window) -> CaseFileView:
    return window.open_case_id(window.session.cases.list()[0].id)


def test_a_field_edits_in_place_and_a_refusal_shows_at_the_field(qtbot, window):
    view = open_first(window)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    year = view.editor.editors["birth_year"]
    year.setText("1890")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    problem = view.editor.problems["birth_date"]
    assert problem.isVisibleTo(view) and problem.text()
    assert view.editing and year.text() == "1890"  # the typing stays
    assert view.file["birth_year"] == 2014  # and nothing was written
    year.setText("2013")
    summary = view.editor.editors["summary"]
    summary.setPlainText("Lives with her grandmother in Vahdat.")
    window.save_action.trigger()  # Ctrl+S
    assert not view.editing
    assert view.shown_value("birth_year") == "2013"
    assert window.session.cases.get(view.case_id).summary == "Lives with her grandmother in Vahdat."


def test_a_date_of_birth_is_typed_as_day_month_year(qtbot, window):
    view = open_first(window)
    view.start_editing()
    view.editor.editors["birth_year"].setText("")
    view.editor.editors["birth_date"].setText("21.03.2014")
    assert view.save()
    assert view.shown_value("birth_date") == "21.03.2014"
    assert window.session.cases.get(view.case_id).birth_date == "2014-03-21"


def test_typing_is_kept_as_a_draft_and_offered_back_when_the_file_opens_again(qtbot, window):
    view = open_first(window)
    view.start_editing()
    view.editor.editors["summary"].setPlainText("Started school in September.")
    qtbot.waitUntil(lambda: window.session.drafts.load(view.draft_key) is not None, timeout=5_000)
    window.tabs.removeTab(window.tabs.indexOf(view))  # gone without a word, as in a crash
    view.detach()
    again = open_first(window)
    assert again.editing and again.banner.isVisibleTo(again)
    assert again.editor.editors["summary"].toPlainText() == "Started school in September."
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert window.session.drafts.load(again.draft_key) is None
    assert window.session.cases.get(again.case_id).summary == "Returned with her mother."


def test_closing_with_unsaved_changes_asks_and_each_answer_does_what_it_says(qtbot, window):
    view = open_first(window)
    view.start_editing()
    view.editor.editors["summary"].setPlainText("Visited the clinic.")
    index = window.tabs.indexOf(view)
    seen = answer_question(qtbot, "unsaved_back")
    assert not window.close_tab(index)  # back to the file, nothing lost
    assert "not saved" in seen[0]
    assert window.tabs.indexOf(view) == index and view.editor.editors["summary"].toPlainText()
    answer_question(qtbot, "unsaved_save")
    assert window.close_tab(index)
    assert window.session.cases.get(view.case_id).summary == "Visited the clinic."

    second = open_first(window)
    second.start_editing()
    second.editor.editors["summary"].setPlainText("This is not wanted.")
    answer_question(qtbot, "unsaved_discard")
    assert window.close_tab(window.tabs.indexOf(second))
    assert window.session.cases.get(second.case_id).summary == "Visited the clinic."
    assert window.session.drafts.load(second.draft_key) is None


def test_quitting_with_unsaved_changes_asks_too(qtbot, window):
    view = open_first(window)
    view.start_editing()
    view.editor.editors["summary"].setPlainText("Almost lost.")
    answer_question(qtbot, "unsaved_back")
    assert not window.close()  # the window stays open
    assert window.session is not None and window.isVisible()


def test_plan_a_visit_and_add_a_note(qtbot, window):
    view = open_first(window)
    qtbot.mouseClick(view.visit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(EntryDialog, "entry_visit")
    dialog.editors["planned_on"].setText("32.13.2026")
    assert not dialog.save()
    assert dialog.problems["planned_on"].isVisibleTo(dialog) and dialog.isVisible()
    dialog.editors["planned_on"].setText("15.01.2027")
    dialog.editors["notes"].setPlainText("See the school director with the grandmother.")
    assert dialog.save()
    assert not dialog.isVisible()
    assert view.section_texts("visits") == ["15.01.2027"]
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    note = window.findChild(EntryDialog, "entry_note")
    assert note.editors["written_on"].text() == dt.date.today().strftime("%d.%m.%Y")
    note.editors["text"].setPlainText("The grandmother asked about the pension.")
    assert note.save()
    assert view.section_texts("notes")[0].endswith("The grandmother asked about the pension.")


def test_every_kind_of_entry_adds_and_changes_on_screen(qtbot, window):
    view = open_first(window)
    view.add_kind.setCurrentIndex(view.add_kind.findData("person"))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(EntryDialog, "entry_person")
    editors = dialog.editors
    assert dialog.windowTitle() == "Family member"
    editors["relation"].setCurrentIndex(editors["relation"].findData("father"))
    editors["surname"].setText("Қаюмов")
    editors["given_name"].setText("Аҳмад")
    editors["legal_status"].setCurrentIndex(editors["legal_status"].findData("detained"))
    editors["expected_release"].setText("01.06.2029")
    assert dialog.save()
    [father] = window.session.casefile.show(view.case_id)["items"]["persons"]
    assert (father["relation"], father["legal_status"], father["expected_release"]) == (
        "father", "detained", "2029-06-01")
    # Activating the entry in the case file opens it to be changed.
    section = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                   if view.tree.topLevelItem(i).text(0).startswith("Family ("))
    view.tree.itemActivated.emit(section.child(0), 0)
    change = window.findChildren(EntryDialog, "entry_person")[-1]
    assert change.editors["surname"].text() == "Қаюмов"
    assert change.editors["legal_status"].currentText() == "detained"
    change.editors["legal_status"].setCurrentIndex(change.editors["legal_status"].findData("released"))
    assert change.changes() == {"legal_status": "released"}
    assert change.save()
    [father] = window.session.casefile.show(view.case_id)["items"]["persons"]
    assert father["legal_status"] == "released"
    # A required field left empty is refused at the field, and nothing is written.
    view.add_kind.setCurrentIndex(view.add_kind.findData("document"))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    document = window.findChildren(EntryDialog, "entry_document")[-1]
    document.editors["status"].setCurrentIndex(document.editors["status"].findData("missing"))
    assert document.editors["status"].currentText() == "not yet obtained"
    assert not document.save()
    assert document.problems["kind"].isVisibleTo(document)
    assert window.session.casefile.show(view.case_id)["items"]["documents"] == []
    for kind in ("tracing", "consent", "goal", "referral", "disclosure"):
        view.add_kind.setCurrentIndex(view.add_kind.findData(kind))
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        opened = window.findChildren(EntryDialog, f"entry_{kind}")[-1]
        assert opened.editors and all(label.text() for label in opened.labels.values())
        opened.reject()


def test_a_new_case_typed_in_tajik_warns_of_a_likely_duplicate_and_is_found_by_a_latin_spelling(qtbot, window):
    dialog = window.new_case()
    fields = dialog.fields.editors
    type_keys(fields["surname"], "Қаюмова")  # the same child as the workspace's first case
    type_keys(fields["given_name"], "Ситора")
    fields["sex"].setCurrentIndex(fields["sex"].findData("female"))
    type_keys(fields["birth_year"], "2014")
    fields["district"].setCurrentText("Ваҳдат")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.matches.isVisibleTo(dialog) and dialog.matches.count() == 1
    assert dialog.matches.item(0).text().startswith("Қаюмова Ситора")
    assert "may be this same child" in dialog.warning.text()
    assert len(window.session.cases.list()) == 2  # nothing was written yet
    # Not the same child after all: a different given name, then register.
    fields["given_name"].setText("")
    type_keys(fields["given_name"], "Зулфия")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    opened = window.tabs.currentWidget()
    assert isinstance(opened, CaseFileView) and opened.heading.text() == "Қаюмова Зулфия"
    window.focus_search()
    window.search.setText("Kayumova Zulfiya")
    qtbot.waitUntil(lambda: window.case_model.rowCount() >= 1, timeout=5_000)
    assert window.case_model.index(0, 0).data() == "Қаюмова Зулфия"


def test_a_likely_duplicate_can_be_opened_instead_of_registered(qtbot, window):
    dialog = window.new_case()
    fields = dialog.fields.editors
    fields["surname"].setText("Kayumova")  # a Latin spelling of the first case's name
    fields["given_name"].setText("Sitora")
    fields["sex"].setCurrentIndex(fields["sex"].findData("female"))
    fields["birth_year"].setText("2014")
    fields["district"].setCurrentText("Ваҳдат")
    assert not dialog.register()
    with qtbot.waitSignal(dialog.open_existing):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().heading.text() == "Қаюмова Ситора"
    assert len(window.session.cases.list()) == 2


def test_a_new_case_without_a_name_is_refused_at_the_field(qtbot, window):
    dialog = window.new_case()
    fields = dialog.fields.editors
    fields["given_name"].setText("Мадина")
    fields["birth_year"].setText("2014")
    fields["sex"].setCurrentIndex(fields["sex"].findData("female"))
    fields["district"].setCurrentText("Ваҳдат")
    assert not dialog.register()
    assert dialog.fields.problems["surname"].isVisibleTo(dialog)
    assert dialog.isVisible() and fields["given_name"].text() == "Мадина"
    assert len(window.session.cases.list()) == 2
