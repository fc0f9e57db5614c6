"""The frame both sync lists share (conflicts, problems): an explanation, a read-only table, a line when it
is empty, and the list's own buttons beside Close."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext
from ui.widgets.paragraph import paragraph
from ui.widgets.tables import fill_rows, read_only


class SyncListDialog(QDialog):
    """Subclasses call `build()` with their texts and buttons, then `show_rows()` with the rows (frozen views
    with an `id`) and their cells."""

    def __init__(self, ctx: UiContext, parent: QWidget | None):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[Any] = []

    def build(
        self,
        *,
        title: str,
        height: int,
        intro: str,
        headers: Sequence[str],
        empty: str,
        actions: Sequence[QPushButton],
    ) -> None:
        self.setWindowTitle(title)
        self.resize(920, height)
        intro_label = paragraph(intro)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        read_only(self.table, stretch_last=True, row_numbers=True)
        self.empty = QLabel(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in actions:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def show_rows(self, rows: Sequence[Any], cells: list[list[str]]) -> None:
        """The rows in the table (each keeps its id), the first one selected; the empty line when none."""
        self._rows = list(rows)
        fill_rows(self.table, cells, [row.id for row in rows])
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def current(self) -> Any | None:
        """The selected row's view, or None."""
        index = self.table.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None
