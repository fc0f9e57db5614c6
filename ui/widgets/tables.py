"""Read-only lists set up one way (whole rows selected, no editing, columns sized by their role), and the
plain text rows of a QTableWidget filled in one call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

T = TypeVar("T", bound=QTableView)


def read_only(
    table: T,
    *,
    fit: Iterable[int] = (),
    stretch: Iterable[int] = (),
    fit_all: bool = False,
    stretch_last: bool = False,
    single: bool = True,
    row_numbers: bool = False,
    wrap: bool = True,
) -> T:
    """Whole rows selected (one at a time when `single`), nothing edited in place, no row numbers unless
    asked; `fit` columns (or all, `fit_all`) sized to their contents, `stretch` columns take the rest."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(row_numbers)
    if not wrap:
        table.setWordWrap(False)
    header = table.horizontalHeader()
    if fit_all:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in fit:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    if stretch_last:
        header.setStretchLastSection(True)
    return table


def fill_rows(
    table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[object] | None = None
) -> None:
    """One row of text cells per entry (each cell's tooltip its full text, `ids[i]` in every cell's
    UserRole), then the columns sized to their contents."""
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[i])
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
