"""The admin's officer accounts: a table, a small form to add or edit one, and password / lock / active."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.services.officers import (
    MIN_PASSWORD, RANKS, ROLES, OfficerInput, OfficerView, create_officer, list_officers, reset_password,
    set_officer_active, unlock_officer, update_officer,
)
from db.timeutil import now_utc, to_wib
from ui.context import UiContext
from ui.widgets.field_errors import FieldErrors, translate_message

log = logging.getLogger(__name__)

COL_NAME, COL_NRP, COL_RANK, COL_UNIT, COL_ROLE, COL_ACTIVE, COL_LOCKED = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def role_label(role: str) -> str:
    return {
        "officer": QCoreApplication.translate("Officers", "SPKT officer"),
        "head": QCoreApplication.translate("Officers", "Unit head"),
        "admin": QCoreApplication.translate("Officers", "Admin"),
    }.get(role, role)


def show_write_error(parent: QWidget, exc: BaseException) -> None:
    """A refused or failed admin write, in a message box (the admin screens share it)."""
    title = QCoreApplication.translate("Officers", "Not saved")
    if isinstance(exc, ValidationFailed):
        text = "\n".join(translate_message(m) for m in exc.field_errors.values())
    elif isinstance(exc, PermissionDenied):
        text = QCoreApplication.translate("Officers", "Only an active admin may make this change.")
    elif isinstance(exc, NotFound):
        text = QCoreApplication.translate("Officers", "This entry no longer exists; the list was reloaded.")
    else:
        log.error("admin write failed", exc_info=exc)
        text = QCoreApplication.translate("Officers", "Could not save: {error}").format(error=exc)
    QMessageBox.warning(parent, title, text)


class OfficersModel(QAbstractTableModel):
    """Holds `OfficerView`s; inactive accounts are greyed out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[OfficerView] = []

    def set_rows(self, rows: list[OfficerView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def officer(self, row: int) -> OfficerView:
        return self._rows[row]

    def row_of(self, officer_id: str) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == officer_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Name"), self.tr("NRP"), self.tr("Rank"), self.tr("Unit"), self.tr("Role"),
                    self.tr("Active"), self.tr("Locked"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        o, col = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return o.id
        if role == Qt.ItemDataRole.ForegroundRole and not o.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LOCKED:
                if not o.is_locked() or o.locked_until is None:
                    return ""
                return self.tr("until {time}").format(time=to_wib(o.locked_until).strftime("%H.%M"))
            return (o.name, o.nrp, o.rank, o.unit, role_label(o.role), self.tr("Yes") if o.active else self.tr("No"),
                    "")[col]
        return None


class OfficerForm(QDialog):
    """Adds an officer (`officer` None) or edits one; accepted once the service saved it, result in `saved`."""

    def __init__(self, ctx: UiContext, officer: OfficerView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._officer = officer
        self.saved: OfficerView | None = None
        self.setWindowTitle(self.tr("Add officer") if officer is None else self.tr("Edit officer"))
        self.setMinimumWidth(420)
        self._setup_ui()

    def _setup_ui(self) -> None:
        o = self._officer
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.name_edit = QLineEdit(o.name if o else "")
        self.name_edit.setMaxLength(120)
        self.nrp_edit = QLineEdit(o.nrp if o else "")
        self.nrp_edit.setMaxLength(8)
        self.nrp_edit.setInputMask("")
        self.nrp_edit.setPlaceholderText(self.tr("8 digits"))
        self.nrp_edit.setReadOnly(o is not None)  # the NRP names the account; a wrong one means a new account
        self.rank_combo = QComboBox()
        self.rank_combo.setEditable(True)
        self.rank_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank_combo.addItems(RANKS)
        self.rank_combo.setCurrentIndex(-1)
        self.rank_combo.setEditText(o.rank if o else "")
        self.unit_edit = QLineEdit(o.unit if o else "SPKT")
        self.unit_edit.setMaxLength(80)
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(ROLES.index(o.role) if o and o.role in ROLES else 0)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Name:"), self.name_edit, "name"),
            (self.tr("NR&P:"), self.nrp_edit, "nrp"),
            (self.tr("&Rank:"), self.rank_combo, "rank"),
            (self.tr("&Unit:"), self.unit_edit, "unit"),
            (self.tr("R&ole:"), self.role_combo, "role"),
        ]
        if o is None:
            self.password_edit, self.confirm_edit = _password_edit(), _password_edit()
            self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD))
            rows += [(self.tr("Pass&word:"), self.password_edit, "password"),
                     (self.tr("Con&firm password:"), self.confirm_edit, "confirm")]
        for caption, widget, field in rows:
            _add_row(form, caption, widget, self.errors.label_for(field, widget))
        layout.addLayout(form)
        self.general_error = self.errors.label_for("general")
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def submit(self) -> None:
        sf, by, o = self._ctx.session_factory, self._ctx.officer.id if self._ctx.officer else "", self._officer
        name, rank, unit = self.name_edit.text(), self.rank_combo.currentText(), self.unit_edit.text()
        role = str(self.role_combo.currentData())
        call: Callable[[], OfficerView]
        if o is None:
            if self.password_edit.text() != self.confirm_edit.text():
                self._show({"confirm": self.tr("The two passwords differ.")})
                return
            data = OfficerInput(name=name, nrp=self.nrp_edit.text().strip(), rank=rank, unit=unit, role=role,
                                password=self.password_edit.text())
            call = lambda: create_officer(sf, data=data, by_officer_id=by)  # noqa: E731
        else:
            call = lambda: update_officer(sf, officer_id=o.id, name=name, rank=rank, unit=unit,  # noqa: E731
                                          role=role, by_officer_id=by)
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._ctx.runner.run_db(call, on_done=self._on_done, on_error=self._on_error,
                                changes=("officer", lambda view: [view.id]))

    def _on_done(self, view: OfficerView) -> None:
        self.saved = view
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show(exc.field_errors)
        else:
            show_write_error(self, exc)

    def _show(self, errors: dict[str, str]) -> None:
        unknown = self.errors.unknown(errors)
        first = self.errors.show({**errors, **({"general": "\n".join(unknown.values())} if unknown else {})})
        if first is not None:
            first.setFocus()


class PasswordDialog(QDialog):
    """Sets a new password for `officer` (and lifts a lock); accepted once saved."""

    def __init__(self, ctx: UiContext, officer: OfficerView, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._officer = ctx, officer
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("New password for {name} (NRP {nrp}). Tell it to the officer in person.")
                       .format(name=officer.name, nrp=officer.nrp))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.password_edit, self.confirm_edit = _password_edit(), _password_edit()
        self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD))
        _add_row(form, self.tr("New pass&word:"), self.password_edit,
                 self.errors.label_for("password", self.password_edit))
        _add_row(form, self.tr("Con&firm password:"), self.confirm_edit,
                 self.errors.label_for("confirm", self.confirm_edit))
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.errors.show({"confirm": self.tr("The two passwords differ.")})
            self.confirm_edit.setFocus()
            return
        sf, officer_id = self._ctx.session_factory, self._officer.id
        by = self._ctx.officer.id if self._ctx.officer else ""
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._ctx.runner.run_db(
            lambda: reset_password(sf, officer_id=officer_id, new_password=password, by_officer_id=by),
            on_done=lambda _view: self.accept(), on_error=self._on_error, changes=("officer", [officer_id]),
        )

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationFailed) and "password" in exc.field_errors:
            self.errors.show(exc.field_errors)
            self.password_edit.setFocus()
        else:
            show_write_error(self, exc)


class OfficersDialog(QDialog):
    """Every account of the station; the buttons act on the selected row, the table reloads after each write."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.form: QDialog | None = None  # the add/edit/password dialog currently open (tests reach it here)
        self.setWindowTitle(self.tr("Officers"))
        self.resize(860, 420)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.model = OfficersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_officer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        left.addWidget(self.table)
        left.addWidget(self.summary)
        layout.addLayout(left, 1)

        column = QVBoxLayout()
        self.add_button = self._button(self.tr("&Add…"), self.add_officer)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_officer)
        self.active_button = self._button(self.tr("&Deactivate"), self.toggle_active)
        self.password_button = self._button(self.tr("Reset &password…"), self.reset_password)
        self.unlock_button = self._button(self.tr("&Unlock"), self.unlock)
        for b in (self.add_button, self.edit_button, self.active_button, self.password_button, self.unlock_button):
            column.addWidget(b)
        column.addStretch(1)
        self.close_button = self._button(self.tr("Close"), self.reject)
        column.addWidget(self.close_button)
        layout.addLayout(column)
        # Enter on the table edits the selected officer (the table lets the key through to the dialog).
        self.edit_button.setDefault(True)
        self.table.setFocus()
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        return button

    # ----- data -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(lambda: list_officers(sf, active_only=False), on_done=self._set_rows,
                                on_error=lambda exc: show_write_error(self, exc))

    def _set_rows(self, rows: list[OfficerView]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        self.select(current.id if current else (self._ctx.officer.id if self._ctx.officer else ""))
        inactive = sum(1 for o in rows if not o.active)
        locked = sum(1 for o in rows if o.is_locked(now_utc()))
        self.summary.setText(self.tr("{n} accounts · {inactive} inactive · {locked} locked")
                             .format(n=len(rows), inactive=inactive, locked=locked))
        self._update_buttons()

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity == "officer":
            self.reload()

    def selected(self) -> OfficerView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.officer(rows[0].row()) if rows else None

    def select(self, officer_id: str) -> None:
        row = self.model.row_of(officer_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        o = self.selected()
        me = self._ctx.officer.id if self._ctx.officer else None
        for b in (self.edit_button, self.password_button):
            b.setEnabled(o is not None)
        self.active_button.setText(self.tr("&Activate") if o and not o.active else self.tr("&Deactivate"))
        self.active_button.setEnabled(o is not None and o.id != me)
        self.active_button.setToolTip(self.tr("You cannot deactivate your own account.") if o and o.id == me else "")
        self.unlock_button.setEnabled(o is not None and o.is_locked())

    # ----- operations -------------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, select_saved: bool = False) -> None:
        # open(), not exec(): window-modal without a nested event loop, so the runner's callbacks keep flowing.
        self.form = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            saved = getattr(dialog, "saved", None)
            if result == QDialog.DialogCode.Accepted and select_saved and saved is not None:
                self.select(saved.id)
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
                self, self.tr("Deactivate officer"),
                self.tr("Deactivate {name}? The account can no longer log in; its reports stay as they are.")
                .format(name=o.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(lambda sf, by: set_officer_active(sf, officer_id=o.id, active=not o.active, by_officer_id=by),
                    o.id)

    def unlock(self) -> None:
        if (o := self.selected()) is not None:
            self._write(lambda sf, by: unlock_officer(sf, officer_id=o.id, by_officer_id=by), o.id)

    def _write(self, op: Callable[[Any, str], OfficerView], officer_id: str) -> None:
        sf, by = self._ctx.session_factory, self._ctx.officer.id if self._ctx.officer else ""
        self._ctx.runner.run_db(lambda: op(sf, by), on_error=lambda exc: show_write_error(self, exc),
                                changes=("officer", [officer_id]))


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _add_row(form: QFormLayout, caption: str, widget: QWidget, error: QLabel) -> None:
    form.addRow(caption, widget)
    error.setWordWrap(False)  # wrapped labels get a wrong height in a form layout
    form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, error)


def open_officers(ctx: UiContext, parent: QWidget) -> None:
    """The officers screen, modal over `parent`."""
    dialog = OfficersDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
