"""One table model for a page whose rows are a plain list of frozen dataclasses; the page declares columns.

As Anki's browser describes its columns as data, a page here says per column: the title, the text of a cell,
how it sorts, its alignment and colours. The model holds the rows, answers Qt's roles from that description
and sorts in memory (its lists are a period's rows, not a million: `ReportListModel` pages its rows from SQL
and stays its own model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView

from db.rules.timeutil import to_wib

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex
Paint = QBrush | QColor | Qt.GlobalColor | None

# Column titles are translated with a literal context, e.g. translate("DevicesModel", "Kind"): pyside6-lupdate
# collects a bare `translate(context, text)` call, which keeps a page's column list short.
translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id (its `id` attribute unless the model says otherwise)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value a column sorts by
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)  # no slots: `Column[Row](...)` sets __orig_class__, which a slotted class refuses
class Column(Generic[T]):
    """One column: its title and what a cell shows; everything else optional."""

    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None  # default: the text
    align: Qt.AlignmentFlag | None = None
    foreground: Callable[[T], Paint] | None = None  # a colour for this column's cells
    tooltip: Callable[[T], str | None] | None = None


def moment_column(title: str, moment: Callable[[T], datetime]) -> Column[T]:
    """A moment shown as its WIB day and time (dd/mm/yyyy hh.mm; the tooltip too), sorted by the moment."""

    def text(row: T) -> str:
        return f"{to_wib(moment(row)):%d/%m/%Y %H.%M}"

    return Column(title, text, sort_key=moment, tooltip=text)


def number_column(
    title: str,
    value: Callable[[T], Any],
    show: Callable[[Any], str] = str,
    *,
    tooltip: Callable[[T], str | None] | None = None,
) -> Column[T]:
    """A number (`show` writes it), right-aligned and sorted as a number: 3 before 12, as text would not."""
    return Column(title, lambda row: show(value(row)), sort_key=value, align=RIGHT, tooltip=tooltip)


class RowsModel(QAbstractTableModel, Generic[T]):
    """Read-only rows described by `columns`; `row_background`/`row_foreground` colour whole rows."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        *,
        key: Callable[[T], Any] = lambda row: row.id,  # type: ignore[attr-defined]
        row_background: Callable[[T], Paint] | None = None,
        row_foreground: Callable[[T], Paint] | None = None,
        roles: Mapping[int, Callable[[T], Any]] | None = None,
    ):
        super().__init__(parent)
        self.columns: tuple[Column[T], ...] = tuple(columns)
        self._key = key
        self._row_background = row_background
        self._row_foreground = row_foreground
        self._roles = dict(roles or {})
        self._rows: list[T] = []

    # ----- the rows
    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._rows[index]

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, key: Any) -> int:
        """The position of the row whose key is `key`, or -1."""
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    def selected(self, view: QAbstractItemView) -> T | None:
        """The row selected in `view` (a view of this model), or None."""
        rows = view.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def refresh_all(self) -> None:
        """Repaint every cell (e.g. when what a cell shows depends on today's date)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # ----- Qt's model interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return self._key(row)
        if role == SORT_ROLE:
            return self._sort_value(column, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align) if column.align is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            paint = column.foreground(row) if column.foreground else None
            if paint is None and self._row_foreground:
                paint = self._row_foreground(row)
            return _brush(paint)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _brush(self._row_background(row)) if self._row_background else None
        if role in self._roles:
            return self._roles[role](row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        described = self.columns[column]
        self.layoutAboutToBeChanged.emit()
        # Selections and current rows are persistent indexes: they follow their row to its new place.
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()], i.column()) for i in persistent]
        self._rows.sort(
            key=lambda r: self._sort_value(described, r), reverse=order == Qt.SortOrder.DescendingOrder
        )
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[id(r)], c) for r, c in held])
        self.layoutChanged.emit()

    @staticmethod
    def _sort_value(column: Column[T], row: T) -> Any:
        return column.sort_key(row) if column.sort_key else column.text(row)


def _brush(paint: Paint) -> QBrush | None:
    if paint is None or isinstance(paint, QBrush):
        return paint
    return QBrush(paint)
