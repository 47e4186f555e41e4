"""The desktop program driven as a user would, off-screen: unlock, the lists, search, languages."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from caseworker.app.session import Session
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import QApplication, Qt
from caseworker.ui.unlock import UnlockDialog
from tests.conftest import PASSWORD, child
from tests.ui.conftest import type_text


def test_a_wrong_password_is_a_calm_message_then_the_right_one_unlocks(qtbot, workspace, languages):
    dialog = UnlockDialog(workspace, languages)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.user, "nigora")
    type_text(qtbot, dialog.password, "not the password")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.button.isEnabled() and "Wrong" in dialog.message.text(), timeout=10_000)
    assert dialog.password.text() == ""
    type_text(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    session = unlocked.args[0]
    assert session.user.name == "nigora"
    session.close()


def test_the_lists_show_what_is_due_and_every_case(window):
    assert window.tabs.currentIndex() == 0
    assert window.due_model.rowCount() > 0
    names = {window.case_model.index(r, 0).data() for r in range(window.case_model.rowCount())}
    assert names == {"Қаюмова Ситора", "Ҷалолов Шоҳрух"}
    today = dt.date.today()
    rows = {window.case_model.index(r, 0).data(): [window.case_model.index(r, c).data() for c in range(1, 7)]
            for r in range(2)}
    # Age from a birth year counts from its middle; the step, the next visit and the overdue mark.
    age = today.year - 2011 - ((today.month, today.day) < (7, 1))
    assert rows["Ҷалолов Шоҳрух"][:4] == [str(age), "Ваҳдат", "high", "initial assessment"]
    assert rows["Қаюмова Ситора"][2] == ""  # no protection risk recorded


def test_the_list_filters_and_sorts_in_the_database(qtbot, window):
    session = window.session
    [first, second] = [c.id for c in session.cases.list()]
    session.casefile.update(first, {"visits": [{"planned_on": "2020-01-10"}]})  # long overdue
    session.casefile.update(second, {"visits": [{"planned_on": (dt.date.today() + dt.timedelta(days=9))
                                                 .isoformat()}]})
    window.case_model.reload()
    model = window.case_model

    def names():
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert names() == ["Ҷалолов Шоҳрух", "Қаюмова Ситора"] or names() == ["Қаюмова Ситора", "Ҷалолов Шоҳрух"]
    window.risk_filter.setChecked(True)
    assert names() == ["Ҷалолов Шоҳрух"]
    window.risk_filter.setChecked(False)
    window.overdue_filter.setChecked(True)
    assert names() == ["Қаюмова Ситора"]  # the visit planned for 2020 was never made
    assert model.index(0, 6).data() == "overdue"
    window.overdue_filter.setChecked(False)
    window.case_view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # by risk
    assert names()[0] == "Ҷалолов Шоҳрух"
    window.case_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # by name, Z to A
    assert names() == sorted(names(), reverse=True)
    next_visit = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(2)}
    assert next_visit["Қаюмова Ситора"] == "10.01.2020"
    session.closure.close(first, "moved_abroad")
    window.case_model.reload()
    assert names() == ["Ҷалолов Шоҳрух"]  # open cases by default
    window.status_filter.setCurrentIndex(window.status_filter.findData("closed"))
    assert names() == ["Қаюмова Ситора"]
    window.status_filter.setCurrentIndex(window.status_filter.findData(None))
    assert len(names()) == 2


def test_a_latin_spelling_finds_the_tajik_name(qtbot, window):
    window.focus_search()
    type_text(qtbot, window.search, "Dzhalolov")
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1, timeout=5_000)
    assert window.case_model.index(0, 0).data() == "Ҷалолов Шоҳрух"
    window.search.clear()
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 2, timeout=5_000)


@pytest.mark.parametrize(("code", "tab", "header"), [("ru", "Случаи", "Имя"), ("tg", "Парвандаҳо", "Ном")])
def test_the_language_switches_at_run_time(qtbot, window, code, tab, header):
    window.switch_language(code)
    QApplication.processEvents()
    assert window.tabs.tabText(1) == tab
    assert window.case_model.headerData(0, Qt.Orientation.Horizontal) == header
    window.switch_language("en")
    QApplication.processEvents()
    assert window.tabs.tabText(1) == "Cases"


def test_the_idle_lock_covers_the_window_forgets_cases_and_needs_the_password(qtbot, workspace, languages):
    session = Session.open(workspace, "nigora", PASSWORD)
    w = MainWindow(session, languages, idle_minutes=0.002)  # about a tenth of a second
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2_000)
    QApplication.clipboard().setText("Қаюмова Ситора")  # the caseworker copied a name
    qtbot.waitUntil(lambda: w.locked, timeout=5_000)
    assert w.stack.currentWidget() is w.lock_page
    assert w.case_model.rowCount() == 0 and w.due_model.rowCount() == 0
    assert QApplication.clipboard().text() == ""
    dialog = w.unlock_dialog
    assert dialog.user.text() == "nigora" and dialog.user.isReadOnly()
    type_text(qtbot, dialog.password, "wrong password")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.button.isEnabled() and bool(dialog.message.text()), timeout=10_000)
    assert w.locked
    type_text(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.locked, timeout=10_000)
    assert w.stack.currentWidget() is w.tabs and w.case_model.rowCount() == 2
    w.idle.stop()
    w.close()


def test_a_need_to_know_field_is_shown_redacted_to_a_supervisor_not_named_on_the_case(qtbot, office, languages):
    with Session.open(office, "admin", PASSWORD) as admin:
        admin.accounts.add("timur", PASSWORD, "supervisor")
    with Session.open(office, "karim", PASSWORD) as karim:
        [case_id] = karim.cases.add([child(supervisor="sabina")]).ids
        karim.casefile.update(case_id, {"health": "Asthma; inhaler daily."})
    for name, expected in (("timur", "[restricted: need to know]"), ("sabina", "Asthma; inhaler daily.")):
        session = Session.open(office, name, PASSWORD)
        w = MainWindow(session, languages)
        qtbot.addWidget(w)
        view = w.open_case(w.case_model.index(0, 0))
        assert view.heading.text() == "Қаюмова Ситора"
        assert view.shown_value("health") == expected
        w.close()


def test_an_open_case_file_retranslates_and_closes_on_lock(qtbot, window):
    view = window.open_case(window.case_model.index(0, 0))
    assert view.tree.topLevelItem(0).text(0) == "The child"
    window.switch_language("tg")
    QApplication.processEvents()
    assert view.tree.topLevelItem(0).text(0) == "Кӯдак"
    window.switch_language("en")
    QApplication.processEvents()
    window.lock()
    assert window.tabs.count() == 2
    window.unlock_dialog.close()


def test_the_demo_accounts_are_shown_on_the_unlock_screen_in_the_chosen_language(qtbot, workspace, languages):
    dialog = UnlockDialog(workspace, languages, "nigora, farrukh, supervisor", "demo-password")
    qtbot.addWidget(dialog)
    languages.switch("tg")
    QApplication.processEvents()
    assert dialog.hint_label.text().startswith("Фазои кории намоишӣ")
    assert "demo-password" in dialog.hint_label.text() and dialog.button.text() == "Ворид шудан"


def test_the_case_file_speaks_the_interface_language_not_stored_codes(qtbot, window):
    view = window.open_case(window.case_model.index(1, 0))  # Ҷалолов Шоҳрух, high risk
    window.switch_language("ru")
    QApplication.processEvents()
    assert view.shown_value("sex") == "мужской"
    assert view.shown_value("risk") == "высокий"
    assert view.shown_value("step") == "первичная оценка"
    window.switch_language("en")
    QApplication.processEvents()


def tree_texts(view) -> list[str]:
    texts, stack = [], [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        texts += [node.text(0), node.text(1)]
        stack += [node.child(i) for i in range(node.childCount())]
    return texts


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_a_full_case_file_shows_no_english_word_in_tajik_or_russian(qtbot, window, language):
    """A caseworker who reads only Tajik or only Russian meets no English: every label, every
    stored choice, every section, the history and what is due are in their language."""
    session = window.session
    case_id = session.cases.list()[0].id
    today = dt.date.today().isoformat()
    session.casefile.update(case_id, {
        "summary": "Бо бибиаш зиндагӣ мекунад.", "risk": "medium", "care_arrangement": "kinship",
        "school_enrolled": True, "school": "Мактаби №12", "languages": ["tajik", "russian"],
        "guardian": {"name": "Қаюмова Саодат", "relation": "grandmother", "appointed_by": "district_administration"},
        "persons": [{"relation": "father", "surname": "Қаюмов", "given_name": "Аҳмад", "legal_status": "detained",
                     "returned": True, "caregiver": False}],
        "documents": [{"kind": "birth_registration", "status": "missing"}],
        "consents": [{"purpose": "data_collection", "given_on": today, "given_by": "Қаюмова Саодат",
                      "legal_basis": "guardian_appointed", "child_view": "assent_given"}],
        "goals": [{"domain": "education", "goal": "Ба мактаб рафтан", "status": "in_progress"}],
        "visits": [{"planned_on": today, "done_on": today, "reached": True, "child_seen": True,
                    "seen_alone": False, "safety": "ok"}],
        "notes": [{"written_on": today, "text": "Бибиаш дар бораи нафақа пурсид."}],
    })
    session.assessments.add(case_id, "wellbeing", {}, draft=True)
    window.switch_language(language)
    view = window.open_case_id(case_id)
    QApplication.processEvents()
    for section in view.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
        section.setExpanded(True)
    english = [t for t in tree_texts(view) if re.search(r"[A-Za-z]", t.replace("nigora", ""))]
    assert english == []
    visible = [view.heading.text(), view.status_line.text(), view.edit_button.text(), view.add_button.text(),
               view.add_kind.currentText(), view.form_choice.currentText()]
    assert not [t for t in visible if re.search(r"[A-Za-z]", t)]
    window.switch_language("en")


def test_a_backup_is_made_off_the_gui_thread_with_a_progress_window(qtbot, window):
    progress = window.make_backup()
    assert progress.isVisible() and not window.backup_action.isEnabled()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=30_000)
    assert not progress.isVisible()
    [name] = window.session.maintenance.backups()
    assert name in window.statusBar().currentMessage()


def test_the_idle_lock_waits_as_long_as_the_office_set(qtbot, workspace, languages):
    from tests.ui.conftest import drop_open_tabs

    with Session.open(workspace, "nigora", PASSWORD) as s:
        s.settings.replace({"idle_lock_minutes": 3})
    session = Session.open(workspace, "nigora", PASSWORD)
    w = MainWindow(session, languages)
    qtbot.addWidget(w, before_close_func=drop_open_tabs)
    assert w.idle.timer.interval() == 3 * 60_000
