"""The small dialogs of the officers screen: add or edit an account, and reset its password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.services.officers import (
    MIN_PASSWORD,
    ROLES,
    OfficerInput,
    OfficerView,
    create_officer,
    reset_password,
    update_officer,
)
from ui.admin import refusals
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.officer_fields import nrp_edit, password_edit, rank_combo
from ui.widgets.paragraph import paragraph
from ui.widgets.save_dialog import save_and_close

_Save = QDialogButtonBox.StandardButton.Save
_Ok = QDialogButtonBox.StandardButton.Ok
_Cancel = QDialogButtonBox.StandardButton.Cancel


def role_label(role: str) -> str:
    labels = {
        "officer": QCoreApplication.translate("Officers", "SPKT officer"),
        "head": QCoreApplication.translate("Officers", "Unit head"),
        "admin": QCoreApplication.translate("Officers", "Admin"),
    }
    return labels.get(role, role)


class OfficerForm(QDialog):
    """Adds an officer (`officer` None) or edits one; accepts once saved, with the result in `saved`."""

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
        self.nrp_edit = nrp_edit(o.nrp if o else "")
        self.nrp_edit.setPlaceholderText(self.tr("8 digits"))
        self.nrp_edit.setReadOnly(o is not None)  # the NRP names the account; a wrong one means a new account
        self.rank_combo = rank_combo()
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
            self.password_edit, self.confirm_edit = password_edit(), password_edit()
            self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD))
            rows.append((self.tr("Pass&word:"), self.password_edit, "password"))
            rows.append((self.tr("Con&firm password:"), self.confirm_edit, "confirm"))
        for caption, widget, field in rows:
            add_row(form, caption, widget, self.errors.label_for(field, widget))
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        self.buttons = dialog_buttons(
            self, self.submit, accept_text=self.tr("&Save"), cancel_text=self.tr("Cancel")
        )
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def submit(self) -> None:
        sf, o = self._ctx.session_factory, self._officer
        by = self._ctx.officer_id
        name, rank, unit = self.name_edit.text(), self.rank_combo.currentText(), self.unit_edit.text()
        role = str(self.role_combo.currentData())
        call: Callable[[], OfficerView]
        if o is None:
            if self.password_edit.text() != self.confirm_edit.text():
                self.errors.show({"confirm": self.tr("The two passwords differ.")})
                self.confirm_edit.setFocus()
                return
            nrp, password = self.nrp_edit.text().strip(), self.password_edit.text()
            data = OfficerInput(name=name, nrp=nrp, rank=rank, unit=unit, role=role, password=password)

            def call() -> OfficerView:
                return create_officer(sf, data=data, by_officer_id=by)
        else:
            officer_id = o.id

            def call() -> OfficerView:
                kwargs = {"name": name, "rank": rank, "unit": unit, "role": role}
                return update_officer(sf, officer_id=officer_id, by_officer_id=by, **kwargs)

        save_and_close(
            self,
            self._ctx,
            call,
            changes=("officer", lambda view: [view.id]),
            errors=self.errors,
            refusals=refusals(),
            button=self.buttons,
            keep=self._keep,
        )

    def _keep(self, view: OfficerView) -> None:
        self.saved = view


class PasswordDialog(QDialog):
    """Sets a new password for `officer` (which also lifts a lock); accepts once saved."""

    def __init__(self, ctx: UiContext, officer: OfficerView, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._officer = ctx, officer
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        intro = self.tr("New password for {name} (NRP {nrp}). Tell it to the officer in person.")
        intro_label = paragraph(intro.format(name=officer.name, nrp=officer.nrp))
        layout.addWidget(intro_label)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.password_edit, self.confirm_edit = password_edit(), password_edit()
        self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(n=MIN_PASSWORD))
        for caption, edit, field in (
            (self.tr("New pass&word:"), self.password_edit, "password"),
            (self.tr("Con&firm password:"), self.confirm_edit, "confirm"),
        ):
            add_row(form, caption, edit, self.errors.label_for(field, edit))
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        self.buttons = dialog_buttons(
            self, self.submit, _Ok, accept_text=self.tr("&Set password"), cancel_text=self.tr("Cancel")
        )
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.errors.show({"confirm": self.tr("The two passwords differ.")})
            self.confirm_edit.setFocus()
            return
        sf, officer_id = self._ctx.session_factory, self._officer.id
        by = self._ctx.officer_id

        def call() -> OfficerView:
            return reset_password(sf, officer_id=officer_id, new_password=password, by_officer_id=by)

        save_and_close(
            self,
            self._ctx,
            call,
            changes=("officer", [officer_id]),
            errors=self.errors,
            refusals=refusals(),
            button=self.buttons,
        )


def add_row(form: QFormLayout, caption: str, widget: QWidget, error: QLabel) -> None:
    """A labelled field with its error label right under it."""
    form.addRow(caption, widget)
    error.setWordWrap(False)  # wrapped labels get a wrong height in a form layout
    form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, error)
