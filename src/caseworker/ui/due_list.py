"""What is due and overdue, soonest first: the first thing a caseworker sees."""

from __future__ import annotations

from caseworker.ui.case_words import CaseWords
from caseworker.ui.dates import shown
from caseworker.ui.qt import QAbstractTableModel, QModelIndex, Qt


class DueModel(QAbstractTableModel):
    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.words = CaseWords(self)
        self.items = []
        self.load(session)

    def load(self, session) -> None:
        self.beginResetModel()
        self.items = session.due.upcoming(limit=500) if session else []
        self.endResetModel()

    def clear(self) -> None:
        self.load(None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def what(self, code: str) -> str:
        return self.words.what_due().get(code, code)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        if index.column() == 0:
            mark = self.tr("overdue") if item.overdue else ""
            return f"{shown(item.due[:10])} {mark}".strip()
        if index.column() == 1:
            return self.what(item.what)
        return " ".join(p for p in (item.surname, item.given_name) if p)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Due"), self.tr("What"), self.tr("Child")][section]
