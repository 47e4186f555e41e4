"""The case list: a table model that asks app/ for one page of cases at a time, so 100,000
cases scroll smoothly and the first screen appears at once; the search shows ranked matches."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum

from caseworker.app.cases import Shown
from caseworker.ui.case_words import CaseWords
from caseworker.ui.dates import shown
from caseworker.ui.qt import QAbstractTableModel, QModelIndex, Qt

PAGE = 200
KEEP_PAGES = 50  # pages held at once: scrolling through 100,000 cases does not keep them all


class Column(IntEnum):
    NAME = 0
    AGE = 1
    DISTRICT = 2
    RISK = 3
    STEP = 4
    NEXT_VISIT = 5
    OVERDUE = 6


# The columns the database can order by (an index answers each); the others do not sort.
SORTABLE = {Column.NAME: "name", Column.AGE: "born", Column.DISTRICT: "district", Column.RISK: "risk"}


class CaseListModel(QAbstractTableModel):
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[int, list[dict]] = {}
        self.order: list[str] = []  # every case id in list order
        self.total = 0
        self.hits: list[dict] | None = None  # a search's results, instead of the whole list
        self.shown = Shown()
        self.words = CaseWords(self)
        self.choices: dict[str, dict[str, str]] | None = None  # the words, once per language
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.pages.clear()
        self.hits = None
        self.order = self.session.cases.list_order(self.shown) if self.session else []
        self.total = len(self.order)
        self.endResetModel()

    def show_search(self, query: str) -> None:
        if self.session is None:  # locked or closed: a late keystroke finds nothing
            return
        if not query.strip():
            self.reload()
            return
        self.beginResetModel()
        found = [hit.id for hit in self.session.cases.search(query, limit=100)]
        self.hits = self.session.cases.rows(found)  # best match first, with the list's columns
        self.endResetModel()

    def show_only(self, **choice) -> None:
        """Filters the list (mine, overdue, high_risk, status): the database answers."""
        self.shown = replace(self.shown, **choice)
        self.reload()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(Column(column))
        if key is None:
            return
        self.shown = replace(self.shown, order=key, descending=order == Qt.SortOrder.DescendingOrder)
        if self.hits is None:
            self.reload()

    def clear(self) -> None:
        """Forgets every case (the idle lock)."""
        self.beginResetModel()
        self.session = None
        self.pages.clear()
        self.order = []
        self.hits = None
        self.total = 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self.hits) if self.hits is not None else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row(self, n: int) -> dict:
        if self.hits is not None:
            return self.hits[n]
        page = n // PAGE
        if page not in self.pages:
            if len(self.pages) >= KEEP_PAGES:
                self.pages.pop(next(iter(self.pages)))  # the page read longest ago
            self.pages[page] = self.session.cases.rows(self.order[page * PAGE : (page + 1) * PAGE])
        rows = self.pages[page]
        return rows[n % PAGE] if n % PAGE < len(rows) else {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self.row(index.row())
        if role == self.CaseIdRole:
            return case.get("id")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if self.choices is None:
            self.choices = self.words.choices()
        if column == Column.NAME:
            return " ".join(p for p in (case.get("surname"), case.get("given_name"), case.get("patronymic")) if p)
        if column == Column.AGE:
            return "" if case.get("age") is None else str(case["age"])
        if column == Column.DISTRICT:
            return case.get("district") or ""
        if column == Column.RISK:
            return self.choices["risk"].get(case.get("risk"), "")
        if column == Column.STEP:
            return self.choices["step"].get(case.get("step"), "")
        if column == Column.NEXT_VISIT:
            return shown(case.get("next_visit"))
        return self.tr("overdue") if case.get("overdue") else ""

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Age"), self.tr("District"), self.tr("Protection risk"), self.tr("Step"),
                self.tr("Next visit"), self.tr("Overdue")][section]
