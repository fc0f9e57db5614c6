"""The frame both sync lists share (conflicts, problems): an explanation, a read-only table, a line when it
is empty, and the list's own buttons beside Close."""

from __future__ import annotations

from collections.abc import Sequence

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
from ui.widgets.tables import read_only


class SyncListDialog(QDialog):
    """Subclasses call `build()` with their texts and buttons, then fill `self.table` and show `self.empty`
    when there is no row."""

    def __init__(self, ctx: UiContext, parent: QWidget | None):
        super().__init__(parent)
        self._ctx = ctx

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
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
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
