"""The case list: a table model that asks app/ for one page of cases at a time, so 100,000
cases scroll smoothly and the first screen appears at once; the search shows ranked matches."""

from __future__ import annotations

from enum import IntEnum

from caseworker.ui.qt import QAbstractTableModel, QModelIndex, Qt

PAGE = 200
KEEP_PAGES = 50  # pages held at once: scrolling through 100,000 cases does not keep them all


class Column(IntEnum):
    NAME = 0
    BORN = 1
    DISTRICT = 2
    RISK = 3
    STATUS = 4


class CaseListModel(QAbstractTableModel):
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.pages: dict[int, list[dict]] = {}
        self.order: list[str] = []  # every case id in list order
        self.total = 0
        self.hits: list[dict] | None = None  # a search's results, instead of the whole list
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.pages.clear()
        self.hits = None
        self.order = self.session.cases.list_order() if self.session else []
        self.total = len(self.order)
        self.endResetModel()

    def show_search(self, query: str) -> None:
        if self.session is None:  # locked or closed: a late keystroke finds nothing
            return
        if not query.strip():
            self.reload()
            return
        self.beginResetModel()
        self.hits = [hit.__dict__ for hit in self.session.cases.search(query, limit=100)]
        self.endResetModel()

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
        if column == Column.NAME:
            return " ".join(p for p in (case.get("surname"), case.get("given_name"), case.get("patronymic")) if p)
        if column == Column.BORN:
            born = case.get("birth_date")
            if born:
                y, m, d = born.split("-")
                return f"{d}.{m}.{y}"  # dd.MM.yyyy in every language
            return str(case.get("birth_year") or "")
        if column == Column.DISTRICT:
            return case.get("district") or ""
        if column == Column.RISK:
            return {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}.get(
                case.get("risk"), ""
            )
        status = case.get("status")
        return {"open": self.tr("open"), "closed": self.tr("closed")}.get(status, "")

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Born"), self.tr("District"), self.tr("Protection risk"),
                self.tr("Status")][section]
