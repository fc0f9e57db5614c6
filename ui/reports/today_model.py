"""Table model of the reports received today (WIB), newest first."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db.queries.reports import ReportRow
from db.timeutil import to_wib
from ui.labels import kind_label, kind_with_channel, status_label

COL_NUMBER, COL_TIME, COL_KIND, COL_CITIZEN, COL_CATEGORY, COL_STATUS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class TodayModel(QAbstractTableModel):
    """Holds `ReportRow`s; the home screen reloads it on `data_changed("report", ...)`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self.day: date | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Citizen"),
            self.tr("Category"),
            self.tr("Status"),
        ]

    def kind_label(self, kind: str) -> str:
        return kind_label(kind)

    def status_label(self, status: str) -> str:
        return status_label(status)

    def set_rows(self, rows: list[ReportRow], day: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.day = day
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, report_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == report_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == COL_NUMBER:
                return r.number or "—"
            if col == COL_TIME:
                return to_wib(r.received_at).strftime("%H.%M")
            if col == COL_KIND:
                return kind_with_channel(r.kind, r.channel)
            if col == COL_CITIZEN:
                return r.citizen_name
            if col == COL_CATEGORY:
                return r.category
            if col == COL_STATUS:
                return self.status_label(r.status)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NUMBER:
            return r.number
        return None
