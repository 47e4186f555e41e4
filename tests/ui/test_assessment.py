"""Assessments on screen: one renderer draws any form from its definition; skip logic as the
caseworker types, the form's own messages in the interface language, repeats, what is missing,
scores and flags, drafts kept as typed, saved as draft or complete."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from caseworker.ui.qt import QApplication, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, Qt, QWidget
from tests.conftest import DATA
from tests.ui.conftest import type_keys

TODAY = dt.date.today()


@pytest.fixture
def case_view(window):
    window.session.forms.install(json.loads((DATA / "forms" / "screen_test.json").read_text("utf-8")))
    return window.open_case_id(window.session.cases.list()[0].id)


@pytest.fixture
def filling(qtbot, window, case_view):
    view = window.open_assessment(case_view, "screen_test")
    return view


def _find(view, name):
    found = view.form_view.findChild(QWidget, name)
    assert found is not None, name
    return found


def question(view, path):
    return view.form_view.findChild(QWidget, f"question_{path}")


def error(view, path) -> str:
    label = view.form_view.findChild(QLabel, f"error_{path}")
    return label.text() if label.isVisibleTo(view.form_view) else ""


def choose(view, path, value) -> None:
    combo = _find(view, f"field_{path}")
    combo.setCurrentIndex(combo.findData(value))


def leave(widget: QLineEdit) -> None:
    widget.editingFinished.emit()  # as when the caseworker tabs to the next question


def test_skip_logic_applies_as_the_caseworker_types(qtbot, filling):
    view = filling
    months = question(view, "age_months")
    type_keys(_find(view, "field_child_age"), "3")
    assert months.isVisibleTo(view.form_view)  # under five: months are asked
    _find(view, "field_child_age").setText("9")
    assert not months.isVisibleTo(view.form_view)
    group = _find(view, "group_school")
    assert not group.isVisibleTo(view.form_view)
    choose(view, "in_school", "yes")
    assert group.isVisibleTo(view.form_view)
    choose(view, "in_school", "no")
    assert not group.isVisibleTo(view.form_view)


def test_the_forms_own_message_shows_in_the_interface_language(qtbot, window, filling):
    view = filling
    age = _find(view, "field_child_age")
    type_keys(age, "25")
    leave(age)
    assert error(view, "child_age") == "The age must be from 0 to 17."
    window.switch_language("ru")
    QApplication.processEvents()
    assert error(view, "child_age") == "Возраст должен быть от 0 до 17."
    assert question(view, "child_age").label.text().startswith("Возраст ребёнка")
    window.switch_language("tg")
    QApplication.processEvents()
    assert error(view, "child_age") == "Синну сол бояд аз 0 то 17 бошад."
    assert view.form_view.title.text() == "Ҳамаи намудҳои савол"
    age.setText("7")
    leave(age)
    assert error(view, "child_age") == ""


def test_a_date_is_typed_as_day_month_year(qtbot, filling):
    view = filling
    date = _find(view, "field_visit_date")
    type_keys(date, "31.02.2025")
    leave(date)
    assert "dd.mm.yyyy" in error(view, "visit_date")
    date.setText("")
    type_keys(date, "21.03.2025")
    leave(date)
    assert error(view, "visit_date") == ""
    assert view.form_view.answers()["visit_date"] == "2025-03-21"
    tomorrow = TODAY + dt.timedelta(days=1)
    date.setText(tomorrow.strftime("%d.%m.%Y"))
    leave(date)
    assert error(view, "visit_date") == "The date cannot be later than today."


def test_repeats_add_and_remove_entries_and_their_calculations_show(qtbot, filling):
    view = filling
    add = _find(view, "add_siblings")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    _find(view, "field_siblings[1]/sibling_name").setText("Zarina")
    _find(view, "field_siblings[1]/sibling_age").setText("12")
    _find(view, "field_siblings[2]/sibling_name").setText("Farrukh")
    _find(view, "field_siblings[2]/sibling_age").setText("19")
    assert _find(view, "field_siblings[1]/sibling_minor").text() == "1"
    assert _find(view, "field_minors").text() == "1"
    qtbot.mouseClick(_find(view, "remove_siblings[1]"), Qt.MouseButton.LeftButton)
    assert view.form_view.answers()["siblings"] == [{"sibling_name": "Farrukh", "sibling_age": "19"}]
    assert _find(view, "field_minors").text() == "0"


def fill_required(view, *, mood: int = 4) -> None:
    _find(view, "field_visit_date").setText(TODAY.strftime("%d.%m.%Y"))
    _find(view, "field_child_age").setText("9")
    choose(view, "in_school", "yes")
    _find(view, "field_school/school_name").setText("School 12")
    choose(view, "school/grade", "primary")
    _find(view, "field_worries").findChild(QCheckBox, "choice_sleep").setChecked(True)
    _find(view, "field_worries").findChild(QCheckBox, "choice_eating").setChecked(True)
    choose(view, "mood", mood)
    _find(view, "field_weight").setText("31,5")  # a decimal comma, as Russian and Tajik write it
    comments = _find(view, "field_comments")
    assert isinstance(comments, QPlainTextEdit)
    comments.setPlainText("Calm, played with the other children.")


def test_completeness_scores_and_flags_show_at_the_end(qtbot, filling):
    view = filling
    assert "Answered 0 of" in view.form_view.progress.text()
    assert "required question" in view.form_view.progress.text()
    assert "appear when the answers are complete" in view.form_view.summary.text()
    fill_required(view, mood=2)
    assert "required" not in view.form_view.progress.text()
    summary = view.form_view.summary.text()
    assert "Worries named: 2" in summary
    assert "Low mood" in summary and "suggests a referral" in summary


def test_saving_an_incomplete_assessment_marks_what_is_missing_and_keeps_the_typing(qtbot, window, filling):
    view = filling
    _find(view, "field_child_age").setText("9")
    assert error(view, "visit_date") == ""  # not nagged while typing
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert error(view, "visit_date") == "an answer is required."
    assert "need attention" in view.message.text()
    assert view.form_view.answers()["child_age"] == "9"
    stored = window.session.casefile.show(view.case_id)["items"]["assessments"]
    assert stored == []


def test_save_as_draft_then_finish_it_later_from_the_case_file(qtbot, window, case_view, filling):
    view = filling
    _find(view, "field_child_age").setText("4")
    qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    [draft] = window.session.casefile.show(view.case_id)["items"]["assessments"]
    assert draft["status"] == "draft" and draft["answers"] == {"child_age": "4"}
    assert window.close_tab(window.tabs.indexOf(view))  # nothing unsaved: no question
    # The case file lists the draft; activating it opens it again with the answers.
    with qtbot.waitSignal(case_view.assessment_wanted) as wanted:
        section = next(case_view.tree.topLevelItem(i) for i in range(case_view.tree.topLevelItemCount())
                       if case_view.tree.topLevelItem(i).text(0).startswith("Assessments"))
        case_view.tree.itemActivated.emit(section.child(0), 0)
    assert wanted.args == ["screen_test", draft["id"]]
    again = window.tabs.currentWidget()
    assert again.item_id == draft["id"]
    assert _find(again, "field_child_age").text() == "4"
    assert question(again, "age_months").isVisibleTo(again.form_view)
    fill_required(again)
    _find(again, "field_age_months").setText("50")
    assert again.save(draft=False)
    [done] = window.session.casefile.show(view.case_id)["items"]["assessments"]
    assert done["status"] == "complete" and done["scores"] == {"worry_count": 2}
    assert done["answers"]["weight"] == 31.5
    # Completed, it opens to be read: the answers as given, nothing to change.
    case_view.reload()
    section = next(case_view.tree.topLevelItem(i) for i in range(case_view.tree.topLevelItemCount())
                   if case_view.tree.topLevelItem(i).text(0).startswith("Assessments"))
    case_view.tree.itemActivated.emit(section.child(0), 0)
    read = window.tabs.currentWidget()
    assert read.read_only and not read.save_button.isVisibleTo(read)
    assert _find(read, "field_child_age").text() == "9" and not _find(read, "field_child_age").isEnabled()
    assert "Worries named: 2" in read.form_view.summary.text()
    window.save_action.trigger()  # Ctrl+S changes nothing
    assert window.session.casefile.show(view.case_id)["items"]["assessments"] == [done]


def test_typing_is_kept_as_a_draft_and_offered_back(qtbot, window, case_view, filling, monkeypatch):
    view = filling
    _find(view, "field_child_age").setText("11")
    qtbot.waitUntil(lambda: window.session.drafts.load(view.draft_key) is not None, timeout=5_000)
    assert window.session.drafts.load(view.draft_key) == {"answers": {"child_age": "11"}}
    # The tab goes without a word about it (as after a crash); the next time, the typing is back.
    window.tabs.removeTab(window.tabs.indexOf(view))
    again = window.open_assessment(case_view, "screen_test")
    assert _find(again, "field_child_age").text() == "11"
    assert "kept" in again.message.text()
