"""The main window: what is due first, then the case list with the cross-script search; the
language menu switches the whole interface at once."""

from __future__ import annotations

from caseworker.app.session import OFFICE
from caseworker.domain.accounts import Role
from caseworker.domain.errors import CaseworkerError
from caseworker.ui.assessment_view import AssessmentView
from caseworker.ui.auto_sync import AutoSync
from caseworker.ui.case_file import CaseFileView
from caseworker.ui.case_list import CaseListModel, Column
from caseworker.ui.due_list import DueModel
from caseworker.ui.entry_dialog import EntryDialog
from caseworker.ui.i18n import LANGUAGES, Languages, message_text
from caseworker.ui.idle_lock import IdleLock
from caseworker.ui.new_case import NewCaseDialog
from caseworker.ui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from caseworker.ui.sync_view import SyncView
from caseworker.ui.unlock import UnlockDialog
from caseworker.ui.work import run_in_background
from caseworker.ui.workspace_check import WorkspaceCheck

# Qt's own words (its translations, or translations/qt_tg.ts), by context and source text.
QT_CLOSE_TAB = ("CloseButton", "Close Tab")


class MainWindow(QMainWindow):
    def __init__(self, session, languages: Languages, idle_minutes: float | None = None) -> None:
        super().__init__()
        self.session = session
        self.folder = session.workspace.folder
        self.account = session.user.name
        self.languages = languages
        self.setObjectName("main_window")
        self.tabs = QTabWidget(objectName="tabs")
        self.stack = QStackedWidget(objectName="stack")
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        # An administrator's account sees no case (DESIGN.md section 11): it gets a page that
        # says so, not lists that would refuse.
        self.sees_cases = any(session.user.has(r) for r in (Role.CASEWORKER, Role.SUPERVISOR))
        self.admin_page = QLabel(objectName="admin_page", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack.addWidget(self.admin_page)
        self.due_model = DueModel(self._content(session), self)
        self.due_view = QTableView(objectName="due_view")
        self.due_view.setModel(self.due_model)
        self.due_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.due_view, "")

        cases_page = QWidget()
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        # Search as the caseworker types, a moment after the last key.
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(lambda: self.case_model.show_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.case_model = CaseListModel(self._content(session), self)
        self.case_view = QTableView(objectName="case_view")
        self.case_view.setModel(self.case_model)
        # Fixed widths: sizing 100,000 rows to their contents would take half a second.
        self.case_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.case_view.horizontalHeader().setStretchLastSection(True)
        self.case_view.setColumnWidth(0, 320)
        self.case_view.setWordWrap(False)  # one line per child; what does not fit is elided
        self.case_view.verticalHeader().setDefaultSectionSize(self.case_view.fontMetrics().height() + 8)
        self.case_view.doubleClicked.connect(self.open_case)
        self.case_view.activated.connect(self.open_case)
        header = self.case_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Sorted by the database (never a sort proxy: 3 million data() calls on 100,000 rows).
        header.sortIndicatorChanged.connect(self.case_model.sort)

        # Which cases: the database filters (mine, overdue, high risk, open or closed).
        self.status_filter = QComboBox(objectName="status_filter")
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.case_model.show_only(status=self.status_filter.currentData()))
        self.mine_filter = QCheckBox(objectName="mine_filter")
        self.mine_filter.toggled.connect(lambda on: self.case_model.show_only(mine=on))
        self.mine_filter.setVisible(session.user.has(Role.SUPERVISOR))  # a caseworker sees only theirs
        self.overdue_filter = QCheckBox(objectName="overdue_filter")
        self.overdue_filter.toggled.connect(lambda on: self.case_model.show_only(overdue=on))
        self.risk_filter = QCheckBox(objectName="risk_filter")
        self.risk_filter.toggled.connect(lambda on: self.case_model.show_only(high_risk=on))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for w in (self.status_filter, self.mine_filter, self.overdue_filter, self.risk_filter):
            filters.addWidget(w)
        layout = QVBoxLayout(cases_page)
        layout.addLayout(filters)
        layout.addWidget(self.case_view)
        self.tabs.addTab(cases_page, "")

        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        # The two lists stay: only case files and assessments close.
        for i in (0, 1):
            self.tabs.tabBar().setTabButton(i, self.tabs.tabBar().ButtonPosition.RightSide, None)

        self.case_menu = self.menuBar().addMenu("")
        self.new_action = self._action("new_case", QKeySequence.StandardKey.New, self.new_case)
        self.save_action = self._action("save", QKeySequence.StandardKey.Save, self.save_current)
        self.close_action = self._action("close_tab", QKeySequence.StandardKey.Close, self.close_current)
        self.find_action = self._action("find", QKeySequence.StandardKey.Find, self.focus_search)
        self.workspace_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self, objectName="action_backup")
        self.backup_action.triggered.connect(self.make_backup)
        self.workspace_menu.addAction(self.backup_action)
        self.sync_action = QAction(self, objectName="action_sync")
        self.sync_action.triggered.connect(self.open_sync)
        self.workspace_menu.addAction(self.sync_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.lock_page = QLabel(objectName="lock_page", alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.lock_page)
        # The office's setting, unless the caller (a test) names another.
        minutes = idle_minutes if idle_minutes is not None else session.settings.get().idle_lock_minutes
        self.idle = IdleLock(self.lock, minutes, self)
        # Sync on its own when the office's drop is set (a laptop) or its folder (the office).
        self.auto_sync = AutoSync(self)
        self.auto_sync.status.connect(lambda line: self.statusBar().showMessage(line))
        self.auto_sync.changed.connect(self._synced)
        self.auto_sync.start(session)
        # Every page of the database, checked a moment after the first screen is drawn.
        self.workspace_check = WorkspaceCheck(self)
        self.workspace_check.restored.connect(self._synced)
        self.workspace_check.start(session)
        self.unlock_dialog = None
        self.new_action.setEnabled(self.sees_cases)
        if not self.sees_cases:
            self.stack.setCurrentWidget(self.admin_page)
        self.retranslate()
        self.resize(1000, 700)

    def _content(self, session):
        """The session the case lists may use: none for an account that sees no case."""
        return session if self.sees_cases else None

    def _action(self, name: str, keys, slot) -> QAction:
        action = QAction(self, shortcut=keys, objectName=f"action_{name}")
        action.triggered.connect(slot)
        self.case_menu.addAction(action)
        return action

    @property
    def locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Covers the window, forgets every case and closes the session (the key leaves memory)."""
        if self.locked:
            return
        self.idle.pause()
        self.auto_sync.stop()
        self.workspace_check.stop()
        self.keep_drafts()  # what is being typed is saved before the files close
        self.search_timer.stop()
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.case_model.clear()
        self.due_model.clear()
        for dialog in self.findChildren(QDialog):  # a half-filled entry or new case holds case data
            dialog.reject()
            dialog.deleteLater()
        while self.tabs.count() > 2:  # open case files hold case data: they go too
            self.tabs.widget(2).detach()
            self.tabs.widget(2).deleteLater()
            self.tabs.removeTab(2)
        self.search.clear()
        self.idle.clear_clipboard()
        self.session.close()
        self.session = None
        self.unlock_dialog = UnlockDialog(self.folder, self.languages)
        self.unlock_dialog.user.setText(self.account)
        self.unlock_dialog.user.setReadOnly(True)
        self.unlock_dialog.unlocked.connect(self.resume)
        self.unlock_dialog.setModal(True)
        self.unlock_dialog.show()

    def resume(self, session) -> None:
        self.session = session
        self.case_model.session = self._content(session)
        self.case_model.reload()
        self.due_model.load(self._content(session))
        self.stack.setCurrentWidget(self.tabs if self.sees_cases else self.admin_page)
        self.menuBar().setEnabled(True)
        self.unlock_dialog = None
        self.idle.resume()
        self.auto_sync.start(session)
        self.workspace_check.start(session)

    # -- case files and assessments in tabs -------------------------------------------------------
    def open_case(self, index) -> CaseFileView:
        return self.open_case_id(self.case_model.data(index, CaseListModel.CaseIdRole))

    def open_case_id(self, case_id: str) -> CaseFileView:
        """Opens the case in a tab of its own (or shows the tab it already has)."""
        for view in self.open_views():
            if isinstance(view, CaseFileView) and view.case_id == case_id:
                self.tabs.setCurrentWidget(view)
                return view
        view = CaseFileView(self.session, case_id, lambda: self.languages.current)
        view.assessment_wanted.connect(lambda form_id, item_id, v=view: self.open_assessment(v, form_id, item_id))
        view.item_wanted.connect(lambda kind, v=view: self.add_entry(v, kind))
        view.entry_wanted.connect(lambda item_id, v=view: self.add_entry(v, *v.entry(item_id)))
        self.tabs.addTab(view, view.heading.text())
        self.tabs.setCurrentWidget(view)
        return view

    def open_assessment(self, case_view: CaseFileView, form_id: str, item_id: str = "") -> AssessmentView:
        answers, done = None, False
        if item_id:
            stored = next(a for a in case_view.file["items"]["assessments"] if a["id"] == item_id)
            form = self.session.forms.get(form_id, stored["form_version"])  # the version it was filled with
            answers, done = stored.get("answers"), stored.get("status") == "complete"
        else:
            form = self.session.forms.get(form_id)
        view = AssessmentView(self.session, case_view.case_id, form, lambda: self.languages.current, item_id, answers,
                              read_only=done)
        view.saved.connect(self._assessment_saved)
        self.tabs.addTab(view, self._assessment_title(view, case_view.heading.text()))
        view.child_name = case_view.heading.text()
        self.tabs.setCurrentWidget(view)
        return view

    def _assessment_title(self, view: AssessmentView, child: str) -> str:
        return f"{view.title(self.languages.current)}: {child}"

    def _assessment_saved(self, case_id: str) -> None:
        for view in self.open_views():
            if isinstance(view, CaseFileView) and view.case_id == case_id:
                view.reload()
        self.due_model.load(self.session)

    def add_entry(self, case_view: CaseFileView, kind: str, stored: dict | None = None) -> EntryDialog:
        """Opens the dialog that adds an entry of this kind (or changes the stored one)."""
        dialog = EntryDialog(self.session, case_view.case_id, kind, self, stored)
        dialog.accepted.connect(lambda: (case_view.reload(), self.due_model.load(self.session)))
        dialog.open()
        return dialog

    def new_case(self) -> NewCaseDialog:
        dialog = NewCaseDialog(self.session, lambda: self.languages.current, self)
        dialog.accepted.connect(lambda: self._registered(dialog.case_id))
        dialog.open_existing.connect(self.open_case_id)
        dialog.open()
        return dialog

    def _registered(self, case_id: str) -> None:
        self.case_model.reload()
        self.due_model.load(self.session)
        self.open_case_id(case_id)

    def open_views(self) -> list:
        return [self.tabs.widget(i) for i in range(2, self.tabs.count())]

    def save_current(self) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, CaseFileView):
            view.save()
        elif isinstance(view, AssessmentView):
            view.save(draft=False)

    def close_current(self) -> None:
        index = self.tabs.currentIndex()
        if index >= 2:
            self.close_tab(index)

    def close_tab(self, index: int) -> bool:
        """Closes a case file or assessment; unsaved changes are asked about first."""
        view = self.tabs.widget(index)
        if index < 2 or view is None:
            return False
        if view.has_unsaved() and not self.settle_unsaved(view):
            return False
        self.tabs.removeTab(index)
        view.deleteLater()
        return True

    def settle_unsaved(self, view) -> bool:
        """Asks whether to save, discard or stay; True when the view may close."""
        box = QMessageBox(self)
        box.setObjectName("unsaved_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("%1 has changes that are not saved.").replace("%1", self.tabs.tabText(
            self.tabs.indexOf(view))))
        box.setInformativeText(self.tr("Save them now, discard them, or go back to them?"))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        for button, name in ((save, "unsaved_save"), (discard, "unsaved_discard"), (back, "unsaved_back")):
            button.setObjectName(name)
        box.setDefaultButton(save)
        box.setEscapeButton(back)
        box.exec()
        chosen = box.clickedButton()
        if chosen is save:
            return view.save() if isinstance(view, CaseFileView) else view.save(draft=not view.form_view.result
                                                                                 .checked.valid)
        if chosen is discard:
            if isinstance(view, CaseFileView):
                view.discard()
            else:
                self.session.drafts.discard(view.draft_key)
                view.dirty = False
            return True
        return False

    def keep_drafts(self) -> None:
        """Saves what every open file and assessment holds unsaved (before a lock, or an error)."""
        if self.session is None:
            return
        for view in self.open_views():
            view.keep_draft()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search.setFocus()

    # -- long work -------------------------------------------------------------------------------
    def make_backup(self) -> QProgressDialog:
        """An encrypted backup, made off the GUI thread while a progress window shows."""
        progress = QProgressDialog(self.tr("Making an encrypted backup…"), "", 0, 0, self)
        progress.setObjectName("backup_progress")
        progress.setCancelButton(None)  # one database statement: it cannot stop half way
        progress.setWindowTitle(self.tr("Backup"))
        progress.setMinimumDuration(0)
        progress.setModal(True)
        progress.show()
        self.backup_action.setEnabled(False)
        session = self.session

        def done(name: str) -> None:
            progress.close()
            self.backup_action.setEnabled(True)
            self.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", name))

        def failed(error: Exception) -> None:
            progress.close()
            self.backup_action.setEnabled(True)
            text = message_text(error.message) if isinstance(error, CaseworkerError) else self.tr(
                "The backup could not be made.")
            self.statusBar().showMessage(text)

        self.backup_job = run_in_background(session.maintenance.backup, done, failed)
        return progress

    def _synced(self) -> None:
        """Bundles came in on their own: the lists and open case files show what they brought."""
        if self.session is None:
            return
        if self.sees_cases:
            self.case_model.reload()
        self.due_model.load(self._content(self.session))

    def open_sync(self) -> QDialog:
        """Sending and importing bundles, and the conflicts, in a window of their own."""
        office = self.session.kind == OFFICE
        sees_conflicts = self.session.conflicts.may_resolve()
        dialog = QDialog(self, objectName="sync_dialog")
        dialog.setWindowTitle(self.tr("Sync with the office") if not office else self.tr("Sync with the laptops"))
        view = SyncView(self.session, office, sees_conflicts, dialog)
        QVBoxLayout(dialog).addWidget(view)
        view.finished.connect(lambda: (self.case_model.reload() if self.sees_cases else None,
                                       self.due_model.load(self._content(self.session))))
        dialog.resize(800, 560)
        dialog.open()
        return dialog

    def switch_language(self, code: str) -> None:
        self.languages.switch(code)
        if self.session is not None:
            self.session.drafts.remember_language(code)  # the next unlock opens in it

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caseworker"))
        self.tabs.setTabText(0, self.tr("Due and overdue"))
        self.tabs.setTabText(1, self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Find a child by any spelling of a name"))
        status = self.status_filter.currentData() if self.status_filter.count() else "open"
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for code, word in (("open", self.tr("Open cases")), ("closed", self.tr("Closed cases")),
                           (None, self.tr("All cases"))):
            self.status_filter.addItem(word, code)
        self.status_filter.setCurrentIndex(self.status_filter.findData(status))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Which cases"))
        self.mine_filter.setText(self.tr("Mine only"))
        self.overdue_filter.setText(self.tr("Overdue only"))
        self.risk_filter.setText(self.tr("High risk only"))
        self.case_model.choices = None
        # Wide enough for each header in this language (sizing to 100,000 rows would be slow).
        metrics = self.case_view.horizontalHeader().fontMetrics()
        for column in range(1, self.case_model.columnCount()):
            header = self.case_model.headerData(column, Qt.Orientation.Horizontal)
            least = 190 if column == Column.STEP else 90  # "best-interests assessment" in any language
            self.case_view.setColumnWidth(column, max(least, metrics.horizontalAdvance(header) + 30))
        self.search.setAccessibleName(self.tr("Search"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.workspace_menu.setTitle(self.tr("&Workspace"))
        self.backup_action.setText(self.tr("Make a &backup now"))
        self.sync_action.setText(self.tr("S&ync…"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.new_action.setText(self.tr("&New case…"))
        self.save_action.setText(self.tr("&Save"))
        self.close_action.setText(self.tr("&Close this tab"))
        self.find_action.setText(self.tr("&Find a child"))
        self.case_view.setAccessibleName(self.tr("Cases"))
        self.due_view.setAccessibleName(self.tr("Due and overdue"))
        self._retranslate_tab_bar()
        for view in self.open_views():
            if isinstance(view, AssessmentView):
                self.tabs.setTabText(self.tabs.indexOf(view), self._assessment_title(view, view.child_name))
        self.admin_page.setText(self.tr("This account administers the workspace: accounts, forms, settings and "
                                        "backups. It sees no child's case. Supervisors and caseworkers sign in "
                                        "with their own accounts."))
        self.lock_page.setText(self.tr("Locked after a quiet spell. Enter your password to go on."))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.languages.current)
        # The models' headers and the words they show follow the language too.
        for model in (self.case_model, self.due_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            model.layoutChanged.emit()

    def _retranslate_tab_bar(self) -> None:
        """Qt names the tab bar's own buttons once, when they are made; a screen reader must
        hear them in the language of the moment."""
        bar = self.tabs.tabBar()
        for button in bar.findChildren(QToolButton):
            if button.arrowType() in (Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow):
                side = "Scroll Left" if button.arrowType() == Qt.ArrowType.LeftArrow else "Scroll Right"
                button.setAccessibleName(QCoreApplication.translate("QTabBar", side))
        for i in range(self.tabs.count()):
            close = bar.tabButton(i, bar.ButtonPosition.RightSide)
            if close is not None:
                close.setAccessibleName(QCoreApplication.translate(*QT_CLOSE_TAB))
                close.setToolTip(QCoreApplication.translate(*QT_CLOSE_TAB))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.session is not None:
            for view in self.open_views():
                if view.has_unsaved():
                    self.tabs.setCurrentWidget(view)
                    if not self.settle_unsaved(view):
                        event.ignore()
                        return
            self.keep_drafts()
            for view in self.open_views():
                view.detach()
            for dialog in self.findChildren(QDialog):  # nothing may reach the closed session afterwards
                dialog.reject()
                dialog.deleteLater()
            self.case_model.clear()  # nothing may reach the closed session afterwards
            self.due_model.clear()
            self.auto_sync.stop()  # nor a round with the drop, nor the answer of one under way
            self.workspace_check.stop()  # nor the answer of the check of its pages
            self.session.close()
            self.session = None
        super().closeEvent(event)
