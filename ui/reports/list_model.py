"""Table model of the reports list: rows paged from SQL by keyset, sorted and filtered in SQL, counted."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from db.queries.report_list import (
    ListRow,
    PageCursor,
    ReportFilter,
    count_reports,
    fetch_page,
    is_overdue,
    wib_today,
)
from db.rules.timeutil import to_wib

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

from ui.labels import kind_label, kind_with_channel, status_label
from ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

(
    COL_NUMBER,
    COL_RECEIVED,
    COL_KIND,
    COL_CITIZEN,
    COL_CATEGORY,
    COL_STATUS,
    COL_ASSIGNED,
    COL_DEADLINE,
) = range(8)
COLUMN_COUNT = 8
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the ListRow
VOID_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4

PAGE_SIZE = 200
# After a change, reload as many rows as were shown (so the view keeps its place), up to this many.
REFRESH_MAX_ROWS = 2_000
# Column → SQL sort; other columns are not sortable (no index to page them by).
SORT_OF_COLUMN = {
    COL_NUMBER: "number",
    COL_RECEIVED: "received_at",
    COL_CITIZEN: "citizen_name",
    COL_STATUS: "status",
    COL_DEADLINE: "next_deadline",
}
OVERDUE_COLOR = QColor(0xC6, 0x28, 0x28)

_Index = QModelIndex | QPersistentModelIndex


class ReportListModel(QAbstractTableModel):
    """Holds only the pages the view scrolled to. Pages load synchronously in `fetchMore` (a keyset page is an
    index seek of a few ms, and the view needs its rows when it asks); the count, which may have to scan,
    runs on the runner's DB thread when a runner is given and arrives through `count_changed`."""

    count_changed = Signal(int)

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self._session_factory = session_factory
        self._runner = runner
        self._page_size = page_size
        self._filter = ReportFilter()
        self._sort = "received_at"
        self._descending = True
        self._rows: list[ListRow] = []
        self._cursor: PageCursor | None = None
        self._total: int | None = None
        self._generation = 0
        self._today = wib_today()
        self._active = False
        # Views and the model tester call fetchMore from inside our reset/insert signals: not re-entrant.
        self._changing = False
        if runner is not None:
            runner.data_changed.connect(self._on_data_changed)

    # ----- public -----

    @property
    def filter(self) -> ReportFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Reports matching the filter (0 until the count arrived)."""
        return self._total or 0

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_sort_key(self, sort: str, descending: bool) -> None:
        """Choose the sort without loading (the next `set_filter` loads in it)."""
        if sort not in SORT_OF_COLUMN.values():
            raise ValueError(f"unknown sort {sort!r}")
        self._sort, self._descending = sort, descending

    def sort_column(self) -> int:
        return next(c for c, s in SORT_OF_COLUMN.items() if s == self._sort)

    def set_filter(self, flt: ReportFilter) -> None:
        """Show the reports matching `flt`: first page now, the count as soon as it is known."""
        self._filter = flt
        self._active = True
        self._reload(self._page_size, recount=True)

    def refresh(self) -> None:
        """Reload after a change, keeping as many rows as were shown."""
        if self._active:
            self._reload(min(max(len(self._rows), self._page_size), REFRESH_MAX_ROWS), recount=True)

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_at(self, row: int) -> ListRow:
        return self._rows[row]

    def row_of(self, report_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == report_id), -1)

    def loaded_rows(self) -> int:
        return len(self._rows)

    # ----- Qt model -----

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORT_OF_COLUMN.get(column)
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._descending = sort, descending
        if self._active:
            self._reload(self._page_size, recount=False)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self._changing or not self.canFetchMore(parent):
            return
        limit = self._page_size
        if self._total is not None:
            # Stop the query at the last match instead of scanning on for rows that are not there.
            limit = max(1, min(limit, self._total - len(self._rows)))
        page = fetch_page(
            self._session_factory,
            self._filter,
            sort=self._sort,
            descending=self._descending,
            after=self._cursor,
            limit=limit,
            matches=self._total,
        )
        self._cursor = page.next_cursor
        if not page.rows:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        finally:
            self._changing = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Kind"),
            self.tr("Citizen"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Assigned to"),
            self.tr("Next deadline"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < COLUMN_COUNT:
            return self.headers()[section]
        return None

    def kind_label(self, kind: str) -> str:
        return kind_label(kind)

    def status_label(self, status: str) -> str:
        return status_label(status)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if role == VOID_ROLE:
            return r.voided
        if role == OVERDUE_ROLE:
            return is_overdue(r, self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.voided:
                return self.tr("Void")
            if col == COL_NUMBER:
                return r.number or None
        if role == Qt.ItemDataRole.FontRole and r.voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.voided:
                return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if col == COL_DEADLINE and is_overdue(r, self._today):
                return QBrush(OVERDUE_COLOR)
        return None

    def _display(self, r: ListRow, col: int) -> str | None:
        if col == COL_NUMBER:
            return r.number or "—"
        if col == COL_RECEIVED:
            return to_wib(r.received_at).strftime("%d-%m-%Y %H.%M")
        if col == COL_KIND:
            return kind_with_channel(r.kind, r.channel)
        if col == COL_CITIZEN:
            return r.citizen_name
        if col == COL_CATEGORY:
            return r.category
        if col == COL_STATUS:
            return self.status_label(r.status)
        if col == COL_ASSIGNED:
            return r.assigned_officer_name
        if col == COL_DEADLINE:
            return _short_date(r.next_deadline)
        return None

    # ----- loading -----

    def _reload(self, rows: int, *, recount: bool) -> None:
        if recount:
            self._generation += 1  # a count still running for the previous filter is ignored
        self._today = wib_today()
        page = fetch_page(
            self._session_factory,
            self._filter,
            sort=self._sort,
            descending=self._descending,
            limit=rows,
            matches=None if recount else self._total,
        )
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._cursor = page.next_cursor
            if recount:
                self._total = None
            self.endResetModel()
        finally:
            self._changing = False
        if recount:
            self._start_count()

    def _start_count(self) -> None:
        generation, flt, factory = self._generation, self._filter, self._session_factory
        if self._runner is None:
            self._count_done(generation, count_reports(factory, flt))
            return
        self._runner.run_db(
            lambda: count_reports(factory, flt),
            on_done=lambda n: self._count_done(generation, n),
            on_error=lambda exc: log.error("counting reports failed", exc_info=exc),
        )

    def _count_done(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a newer filter is being counted
        self._total = total
        self.count_changed.emit(total)

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity == "report":
            self.refresh()


def _short_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else ""
