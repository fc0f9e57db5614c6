"""Settings → Central database: the address, the station's role, and the password (kept in the OS keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationFailed
from db.sync.credentials import KeyringUnavailable
from db.sync.settings import load_settings, save_settings, validate
from ui.context import UiContext
from ui.widgets.field_errors import FieldErrors
from ui.widgets.officer_fields import password_edit
from ui.widgets.paragraph import paragraph


class CentralSettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Central database"))
        self.setMinimumWidth(560)
        intro = paragraph(
            self.tr(
                "The Polres central database receives this station's records and sends back assignments "
                "and online complaints. The address and role come from the Polres IT officer "
                "(sentra central add-station)."
            )
        )
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://sentra.polres-solok.local:5432/sentra?sslmode=verify-full")
        self.role = QLineEdit()
        self.password = password_edit()
        self.password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow("", self.errors.label_for("url", self.url))
        form.addRow(self.tr("Station &role:"), self.role)
        form.addRow("", self.errors.label_for("role", self.role))
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        note = paragraph(
            self.tr(
                "The password is kept in the station's key folder, readable only by this desk's officers."
            )
            if ctx.shared_station
            else self.tr("The password is kept in the system keyring, never in a file.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        current = load_settings(ctx.session_factory)
        if current is not None:
            self.url.setText(current.url)
            self.role.setText(current.role)

    def save(self) -> bool:
        self.errors.clear()
        try:
            settings = validate(self.url.text(), self.role.text())
        except ValidationFailed as exc:
            focus = self.errors.show(exc.field_errors)
            if focus is not None:
                focus.setFocus()
            return False
        password = self.password.text() or None
        if password is None and load_settings(self._ctx.session_factory) != settings:
            self.errors.show({"password": self.tr("Enter the password for this address and role.")})
            self.password.setFocus()
            return False
        try:
            save_settings(self._ctx.session_factory, settings, password, shared=self._ctx.shared_station)
        except KeyringUnavailable as exc:
            self.errors.show({"password": str(exc)})
            return False
        except OSError as exc:
            text = self.tr("The password could not be stored: %1").replace("%1", str(exc))
            self.errors.show({"password": text})
            return False
        self.accept()
        return True


def open_central_settings(ctx: UiContext, parent: QWidget | None = None) -> bool:
    return CentralSettingsDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
