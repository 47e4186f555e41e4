"""The main window: what is due first, then the case list with the cross-script search; the
language menu switches the whole interface at once."""

from __future__ import annotations

from caseworker.ui.case_file import CaseFileView
from caseworker.ui.case_list import CaseListModel
from caseworker.ui.due_list import DueModel
from caseworker.ui.i18n import LANGUAGES, Languages
from caseworker.ui.idle_lock import DEFAULT_MINUTES, IdleLock
from caseworker.ui.qt import (
    QAction,
    QEvent,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from caseworker.ui.unlock import UnlockDialog


class MainWindow(QMainWindow):
    def __init__(self, session, languages: Languages, idle_minutes: float = DEFAULT_MINUTES) -> None:
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

        self.due_model = DueModel(session, self)
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
        self.case_model = CaseListModel(session, self)
        self.case_view = QTableView(objectName="case_view")
        self.case_view.setModel(self.case_model)
        # Fixed widths: sizing 100,000 rows to their contents would take half a second.
        self.case_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.case_view.horizontalHeader().setStretchLastSection(True)
        self.case_view.setColumnWidth(0, 320)
        self.case_view.doubleClicked.connect(self.open_case)
        self.case_view.activated.connect(self.open_case)
        layout = QVBoxLayout(cases_page)
        layout.addWidget(self.search)
        layout.addWidget(self.case_view)
        self.tabs.addTab(cases_page, "")

        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
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
        self.idle = IdleLock(self.lock, idle_minutes, self)
        self.unlock_dialog = None
        self.retranslate()
        self.resize(1000, 700)

    @property
    def locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Covers the window, forgets every case and closes the session (the key leaves memory)."""
        if self.locked:
            return
        self.idle.pause()
        self.search_timer.stop()
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.case_model.clear()
        self.due_model.clear()
        while self.tabs.count() > 2:  # open case files hold case data: they go too
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
        self.case_model.session = session
        self.case_model.reload()
        self.due_model.load(session)
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.unlock_dialog = None
        self.idle.resume()

    def open_case(self, index) -> CaseFileView:
        """Opens the case in a tab of its own."""
        case_id = self.case_model.data(index, CaseListModel.CaseIdRole)
        view = CaseFileView(self.session, case_id)
        self.tabs.addTab(view, view.heading.text())
        self.tabs.setCurrentWidget(view)
        return view

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.search.setFocus()

    def switch_language(self, code: str) -> None:
        self.languages.switch(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caseworker"))
        self.tabs.setTabText(0, self.tr("Due and overdue"))
        self.tabs.setTabText(1, self.tr("Cases"))
        self.search.setPlaceholderText(self.tr("Find a child by any spelling of a name"))
        self.search.setAccessibleName(self.tr("Search"))
        self.language_menu.setTitle(self.tr("Language"))
        self.find_action.setText(self.tr("Find"))
        self.lock_page.setText(self.tr("Locked after a quiet spell. Enter your password to go on."))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.languages.current)
        # The models' headers and the words they show follow the language too.
        for model in (self.case_model, self.due_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            model.layoutChanged.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.session is not None:
            self.case_model.clear()  # nothing may reach the closed session afterwards
            self.due_model.clear()
            self.session.close()
            self.session = None
        super().closeEvent(event)
