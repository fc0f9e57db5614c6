"""The admin's category list: add, rename, deactivate and reorder the categories offered on a report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.services.categories import (
    MAX_NAME,
    CategoryView,
    add_category,
    list_categories,
    move_category,
    rename_category,
    set_category_active,
)
from ui.admin import ReloadingDialog, load_rows, refusals, show_write_error
from ui.context import UiContext
from ui.widgets.buttons import button_column, push_button
from ui.widgets.paragraph import paragraph
from ui.widgets.text_dialog import TextDialog, ask_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CategoriesDialog(ReloadingDialog):
    """The full list, inactive categories greyed; the list reloads after each write."""

    entity = "category"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._rows: list[CategoryView] = []
        self._select_after: str | None = None
        self.setWindowTitle(self.tr("Categories"))
        self.resize(580, 620)
        self._setup_ui()
        self.reload()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        hint = paragraph(
            self.tr("Offered in this order on a new report. Inactive categories stay on old reports.")
        )
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget::item { padding: 2px 4px; }")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        left.addWidget(hint)
        left.addWidget(self.list, 1)
        layout.addLayout(left, 1)

        self.add_button = push_button(self.tr("&Add…"), self.add)
        self.rename_button = push_button(self.tr("&Rename…"), self.rename)
        self.active_button = push_button(self.tr("&Deactivate"), self.toggle_active)
        self.up_button = push_button(self.tr("Move &up"), lambda: self.move(-1))
        self.down_button = push_button(self.tr("Move do&wn"), lambda: self.move(1))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.close_button = push_button(self.tr("Close"), self.reject)
        actions = (self.add_button, self.rename_button, self.active_button, self.up_button, self.down_button)
        layout.addLayout(button_column(actions, self.close_button))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move(1))
        # Enter on the list renames the selected category.
        self.rename_button.setDefault(True)
        self.list.setFocus()
        self._update_buttons()

    # ----- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        sf = self._ctx.session_factory
        load_rows(self, self._ctx, lambda: list_categories(sf, include_inactive=True), self._set_rows)

    def _set_rows(self, rows: list[CategoryView]) -> None:
        keep = self._select_after or (c.id if (c := self.selected()) else None)
        self._select_after = None
        self._rows = list(rows)
        self.list.clear()
        grey = QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for c in rows:
            item = QListWidgetItem(c.name if c.active else self.tr("{name} (inactive)").format(name=c.name))
            item.setData(ID_ROLE, c.id)
            if not c.active:
                item.setForeground(grey)
            self.list.addItem(item)
        ids = [c.id for c in rows]
        if rows:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._update_buttons()

    def selected(self) -> CategoryView | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _update_buttons(self) -> None:
        c, row = self.selected(), self.list.currentRow()
        self.rename_button.setEnabled(c is not None)
        self.active_button.setEnabled(c is not None)
        self.active_button.setText(self.tr("&Activate") if c and not c.active else self.tr("&Deactivate"))
        self.up_button.setEnabled(c is not None and row > 0)
        self.down_button.setEnabled(c is not None and row < len(self._rows) - 1)

    # ----- operations -----------------------------------------------------------------------------
    def _ask_name(self, title: str, text: str, save: Callable[[str], CategoryView]) -> TextDialog:
        dialog = ask_text(
            self,
            self._ctx,
            title=title,
            prompt=self.tr("Name (at most {n} characters):").format(n=MAX_NAME),
            field="name",
            text=text,
            save=save,
            refusals=refusals(),
            changes=("category", lambda view: [view.id]),
        )
        # The reload started by data_changed delivers its rows after `saved`; the row is selected then.
        dialog.saved.connect(self._select_when_reloaded)
        return dialog

    def add(self, text: str = "") -> TextDialog:
        sf, by = self._ctx.session_factory, self._by()
        return self._ask_name(
            self.tr("Add category"), text, lambda name: add_category(sf, name=name, by_officer_id=by)
        )

    def rename(self) -> TextDialog | None:
        c = self.selected()
        if c is None:
            return None
        sf, by = self._ctx.session_factory, self._by()
        return self._ask_name(
            self.tr("Rename category"),
            c.name,
            lambda name: rename_category(sf, category_id=c.id, name=name, by_officer_id=by),
        )

    def toggle_active(self) -> None:
        c = self.selected()
        if c is None:
            return
        sf, by = self._ctx.session_factory, self._by()
        self._write(lambda: set_category_active(sf, category_id=c.id, active=not c.active, by_officer_id=by))

    def move(self, delta: int) -> None:
        c = self.selected()
        if c is None:
            return
        sf, by = self._ctx.session_factory, self._by()
        self._write(lambda: move_category(sf, category_id=c.id, delta=delta, by_officer_id=by))

    def _write(self, call: Callable[[], CategoryView]) -> None:
        self._ctx.runner.run_db(
            call,
            on_done=self._select_when_reloaded,
            on_error=lambda exc: show_write_error(self, exc),
            changes=("category", lambda view: [view.id]),
        )

    def _select_when_reloaded(self, view: CategoryView) -> None:
        self._select_after = view.id

    def _by(self) -> str:
        return self._ctx.officer_id


def open_categories(ctx: UiContext, parent: QWidget) -> None:
    """The category screen, modal over `parent`."""
    dialog = CategoriesDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
