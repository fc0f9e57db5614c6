"""The admin's officer accounts: a table of every account and the operations on the selected one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import now_utc, to_wib
from db.services.officers import OfficerView, list_officers, set_officer_active, unlock_officer
from ui.admin import ReloadingDialog, load_rows, show_write_error
from ui.admin.officer_form import OfficerForm, PasswordDialog, role_label
from ui.context import UiContext
from ui.widgets.buttons import button_column, push_button
from ui.widgets.rows_model import Column, RowsModel, translate
from ui.widgets.tables import read_only

_NEVER = datetime.min.replace(tzinfo=UTC)
COL_NAME, COL_NRP, COL_RANK, COL_UNIT, COL_ROLE, COL_ACTIVE, COL_LOCKED = range(7)


def officers_model(parent: QObject | None = None) -> RowsModel[OfficerView]:
    """`OfficerView`s; inactive accounts are greyed out."""

    def locked(o: OfficerView) -> str:
        if not o.is_locked() or o.locked_until is None:
            return ""
        return translate("OfficersModel", "until {time}").format(
            time=to_wib(o.locked_until).strftime("%H.%M")
        )

    columns = (
        Column[OfficerView](translate("OfficersModel", "Name"), lambda o: o.name),
        Column[OfficerView](translate("OfficersModel", "NRP"), lambda o: o.nrp),
        Column[OfficerView](translate("OfficersModel", "Rank"), lambda o: o.rank),
        Column[OfficerView](translate("OfficersModel", "Unit"), lambda o: o.unit),
        Column[OfficerView](translate("OfficersModel", "Role"), lambda o: role_label(o.role)),
        Column[OfficerView](
            translate("OfficersModel", "Active"),
            lambda o: translate("OfficersModel", "Yes") if o.active else translate("OfficersModel", "No"),
        ),
        Column[OfficerView](
            translate("OfficersModel", "Locked"),
            locked,
            sort_key=lambda o: o.locked_until or datetime.min.replace(tzinfo=UTC),
        ),
    )
    disabled = QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return RowsModel(columns, parent, row_foreground=lambda o: None if o.active else disabled)


class OfficersDialog(ReloadingDialog):
    """Every account of the station; the buttons act on the selected row; the table reloads after a write."""

    entity = "officer"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form: QDialog | None = None  # the add/edit/password dialog currently open (tests reach it here)
        self._select_after: str | None = None
        self.setWindowTitle(self.tr("Officers"))
        self.resize(860, 420)
        self._setup_ui()
        self.reload()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.model = officers_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only(self.table, fit_all=True, stretch=(COL_NAME,))
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_officer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        left.addWidget(self.table)
        left.addWidget(self.summary)
        layout.addLayout(left, 1)

        self.add_button = push_button(self.tr("&Add…"), self.add_officer)
        self.edit_button = push_button(self.tr("&Edit…"), self.edit_officer)
        self.active_button = push_button(self.tr("&Deactivate"), self.toggle_active)
        self.password_button = push_button(self.tr("Reset &password…"), self.reset_password)
        self.unlock_button = push_button(self.tr("&Unlock"), self.unlock)
        self.close_button = push_button(self.tr("Close"), self.reject)
        actions = (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.password_button,
            self.unlock_button,
        )
        layout.addLayout(button_column(actions, self.close_button))
        # Enter on the table edits the selected officer (the table lets the key through to the dialog).
        self.edit_button.setDefault(True)
        self.table.setFocus()
        self._update_buttons()

    # ----- data -----------------------------------------------------------------------------------
    def reload(self) -> None:
        sf = self._ctx.session_factory
        load_rows(self, self._ctx, lambda: list_officers(sf, active_only=False), self._set_rows)

    def _set_rows(self, rows: list[OfficerView]) -> None:
        current = self.selected()
        keep = self._select_after or (current.id if current else self._ctx.officer_id)
        self._select_after = None
        self.model.set_rows(rows)
        self.select(keep)
        inactive = sum(1 for o in rows if not o.active)
        locked = sum(1 for o in rows if o.is_locked(now_utc()))
        self.summary.setText(
            self.tr("{n} accounts · {inactive} inactive · {locked} locked").format(
                n=len(rows), inactive=inactive, locked=locked
            )
        )
        self._update_buttons()

    def selected(self) -> OfficerView | None:
        return self.model.selected(self.table)

    def select(self, officer_id: str) -> None:
        row = self.model.row_of(officer_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        o = self.selected()
        me = self._ctx.officer_id or None
        for b in (self.edit_button, self.password_button):
            b.setEnabled(o is not None)
        self.active_button.setText(self.tr("&Activate") if o and not o.active else self.tr("&Deactivate"))
        self.active_button.setEnabled(o is not None and o.id != me)
        self.active_button.setToolTip(
            self.tr("You cannot deactivate your own account.") if o and o.id == me else ""
        )
        self.unlock_button.setEnabled(o is not None and o.is_locked())

    # ----- operations -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog, select_saved: bool = False) -> None:
        # open(), not exec(): window-modal without a nested event loop, so runner callbacks keep flowing.
        self.form = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            saved = getattr(dialog, "saved", None)
            if result == QDialog.DialogCode.Accepted and select_saved and saved is not None:
                # The reload started by data_changed delivers its rows after this: select the new row then.
                self._select_after = saved.id
            self.form = None

        dialog.finished.connect(finished)
        dialog.open()

    def add_officer(self) -> None:
        self._open(OfficerForm(self._ctx, None, self), select_saved=True)

    def edit_officer(self) -> None:
        if (o := self.selected()) is not None:
            self._open(OfficerForm(self._ctx, o, self))

    def reset_password(self) -> None:
        if (o := self.selected()) is not None:
            self._open(PasswordDialog(self._ctx, o, self))

    def toggle_active(self) -> None:
        o = self.selected()
        if o is None:
            return
        if o.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate officer"),
                self.tr(
                    "Deactivate {name}? The account can no longer log in; its reports stay as they are."
                ).format(name=o.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(
            lambda sf, by: set_officer_active(sf, officer_id=o.id, active=not o.active, by_officer_id=by),
            o.id,
        )

    def unlock(self) -> None:
        if (o := self.selected()) is not None:
            self._write(lambda sf, by: unlock_officer(sf, officer_id=o.id, by_officer_id=by), o.id)

    def _write(self, op: Callable[[Any, str], OfficerView], officer_id: str) -> None:
        sf, by = self._ctx.session_factory, self._ctx.officer_id
        self._ctx.runner.run_db(
            lambda: op(sf, by),
            on_error=lambda exc: show_write_error(self, exc),
            changes=("officer", [officer_id]),
        )


def open_officers(ctx: UiContext, parent: QWidget) -> None:
    """The officers screen, modal over `parent`."""
    dialog = OfficersDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
