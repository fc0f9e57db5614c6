"""A small keyboard-usable table of lost items (quantity, item, identifying numbers) for an SKTLK."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.services.report_input import LostItemInput

COL_QUANTITY = 0
COL_ITEM = 1
COL_IDENTIFIERS = 2


class LostItemsEditor(QWidget):
    """Rows of lost items; Insert adds a row, Ctrl+Delete removes the current one, Tab walks the cells."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("lost_items_table")
        headers = [self.tr("Qty"), self.tr("Item"), self.tr("Identifying numbers")]
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_QUANTITY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_IDENTIFIERS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_QUANTITY, 56)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setMinimumHeight(120)
        self.table.setToolTip(self.tr("Insert: add a row · Ctrl+Delete: remove the current row"))
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("Add i&tem"), self)
        self.add_button.setObjectName("lost_items_add")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remo&ve item"), self)
        self.remove_button.setObjectName("lost_items_remove")
        self.remove_button.clicked.connect(self.remove_current_row)

        add_key = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self._add_clicked)
        remove_key = QShortcut(QKeySequence("Ctrl+Delete"), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove_key.activated.connect(self.remove_current_row)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # Slots return None: PySide 6.12 mishandles the reference of a value a slot returns.
    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_row()

    def add_row(self, item: LostItemInput | None = None, *, focus: bool = True) -> int:
        """Append a row (empty, or filled from `item`) and, by default, start typing in its item cell."""
        item = item or LostItemInput(item="")
        row = self.table.rowCount()
        self.table.insertRow(row)
        quantity = QTableWidgetItem()
        quantity.setData(Qt.ItemDataRole.EditRole, item.quantity)
        quantity.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, COL_QUANTITY, quantity)
        self.table.setItem(row, COL_ITEM, QTableWidgetItem(item.item))
        self.table.setItem(row, COL_IDENTIFIERS, QTableWidgetItem(item.identifiers))
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, COL_ITEM)
        self.changed.emit()
        return row

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), COL_ITEM)
        self.changed.emit()

    def set_items(self, items: tuple[LostItemInput, ...] | list[LostItemInput]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item, focus=False)

    def items(self) -> tuple[LostItemInput, ...]:
        """The typed rows; rows left completely empty are ignored."""
        self.commit_editor()
        result = []
        for row in range(self.table.rowCount()):
            name = self._text(row, COL_ITEM)
            identifiers = self._text(row, COL_IDENTIFIERS)
            if not name and not identifiers:
                continue
            raw = self.table.item(row, COL_QUANTITY)
            quantity = raw.data(Qt.ItemDataRole.EditRole) if raw is not None else 1
            try:
                quantity = int(quantity)
            except (TypeError, ValueError):
                quantity = 0
            result.append(LostItemInput(item=name, quantity=quantity, identifiers=identifiers))
        return tuple(result)

    def commit_editor(self) -> None:
        """Write back a cell still being edited, so Ctrl+S saves what is on screen."""
        editing = self.table.state() == QAbstractItemView.State.EditingState
        editor = self.table.focusWidget() if editing else None
        if editor is not None and editor is not self.table:
            self.table.commitData(editor)

    def _text(self, row: int, col: int) -> str:
        cell = self.table.item(row, col)
        return cell.text().strip() if cell is not None else ""
