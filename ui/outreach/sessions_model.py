"""The table model of outreach sessions: when, kind, place, topics, attendance and open follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from db.services.outreach import SessionView
from db.timeutil import to_wib
from ui.outreach import kind_labels

COL_WHEN, COL_KIND, COL_PLACE, COL_TOPICS, COL_ATTENDANCE, COL_FOLLOW_UPS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def place_text(s: SessionView) -> str:
    """Venue, jorong, nagari, kecamatan: as much of the place as was given."""
    return ", ".join(p for p in (s.venue, s.jorong, s.nagari_name, s.kecamatan_name) if p)


class SessionsModel(QAbstractTableModel):
    """Holds the sessions matching the filters (a station records a few hundred a year: loaded whole)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[SessionView] = []
        self._headers = (
            self.tr("Date (WIB)"),
            self.tr("Kind"),
            self.tr("Place"),
            self.tr("Topics"),
            self.tr("Attendance"),
            self.tr("Open follow-ups"),
        )

    def set_rows(self, rows: list[SessionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def session(self, row: int) -> SessionView:
        return self._rows[row]

    def row_of(self, session_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == ID_ROLE:
            return s.id
        if role == SESSION_ROLE:
            return s
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ATTENDANCE, COL_FOLLOW_UPS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == COL_WHEN:
            return f"{to_wib(s.held_at):%d/%m/%Y %H.%M}"
        if col == COL_KIND:
            return kind_labels().get(s.kind, s.kind)
        if col == COL_PLACE:
            return place_text(s)
        if col == COL_TOPICS:
            return ", ".join(t.name for t in s.topics)
        if col == COL_ATTENDANCE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("%1 men, %2 women")
                    .replace("%1", str(s.attendance_men))
                    .replace("%2", str(s.attendance_women))
                )
            return str(s.attendance)
        if col == COL_FOLLOW_UPS:
            return str(s.open_follow_ups) if s.open_follow_ups else ""
        return None
