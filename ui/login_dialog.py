"""The login window: NRP and password checked by `authenticate` off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import AccountLocked, InvalidCredentials
from db.rules.timeutil import to_wib
from ui.task_runner import TaskRunner
from ui.widgets.field_errors import FieldErrors
from ui.widgets.officer_fields import nrp_edit, password_edit

if TYPE_CHECKING:
    from db.services.officers import OfficerView

log = logging.getLogger(__name__)

# (nrp, password) -> the officer, or InvalidCredentials / AccountLocked; run on the DB thread.
Authenticate = Callable[[str, str], "OfficerView"]


class LoginDialog(QDialog):
    """Accepts once an officer logged in; the officer is then in `officer`."""

    def __init__(
        self,
        authenticate: Authenticate,
        runner: TaskRunner,
        unit: str,
        parent: QWidget | None = None,
    ) -> None:
        """`unit` is the station's name as shown ("POLRES SOLOK"); the window imports no database code, so it
        can be on screen before SQLAlchemy has loaded."""
        super().__init__(parent)
        self._authenticate = authenticate
        self._runner = runner
        self._busy = False
        self.officer: OfficerView | None = None
        self.setWindowTitle(self.tr("Sentra Desk — log in"))
        self.setMinimumWidth(440)
        self._setup_ui(unit)

    def _setup_ui(self, unit: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.unit_label = QLabel(unit)
        font = QFont(self.unit_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.unit_label.setFont(font)
        self.unit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        app_label = QLabel(self.tr("Sentra Desk · front desk (SPKT)"))
        app_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        app_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.unit_label)
        layout.addWidget(app_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addSpacing(6)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.nrp_edit = nrp_edit()
        self.nrp_edit.setPlaceholderText(self.tr("8 digits"))
        self.password_edit = password_edit()
        for caption, edit, field in (
            (self.tr("NRP:"), self.nrp_edit, "nrp"),
            (self.tr("Password:"), self.password_edit, "password"),
        ):
            form.addRow(caption, edit)
            form.setWidget(
                form.rowCount(), QFormLayout.ItemRole.FieldRole, self.errors.label_for(field, edit)
            )
        layout.addLayout(form)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.nrp_edit.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        nrp, password = self.nrp_edit.text().strip(), self.password_edit.text()
        if not nrp:
            self._fail("nrp", self.tr("Enter your NRP."), self.nrp_edit)
            return
        if not password:
            self._fail("password", self.tr("Enter your password."), self.password_edit)
            return
        self.errors.clear()
        self._set_busy(True)
        self._runner.run_db(
            lambda: self._authenticate(nrp, password),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.nrp_edit.setReadOnly(busy)
        self.password_edit.setReadOnly(busy)

    def _on_done(self, officer: OfficerView) -> None:
        self._set_busy(False)
        self.officer = officer
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if isinstance(exc, AccountLocked):
            message = self.tr("Too many failed attempts: this account is locked until {time} WIB.")
            message = message.format(time=_wib_clock(exc.until))
        elif isinstance(exc, InvalidCredentials):
            message = self.tr("Wrong NRP or password.")
        else:
            log.error("login failed", exc_info=exc)
            message = self.tr("Could not log in: {error}").format(error=exc)
        self._fail("password", message, self.password_edit)

    def _fail(self, field: str, message: str, focus: QLineEdit) -> None:
        self.errors.show({field: message})
        focus.setFocus()
        # A wrapped message needs more height than the dialog had: grow instead of cutting it off.
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))

    def reject(self) -> None:
        # A running check finishes anyway; closing meanwhile would drop its result on a dead dialog.
        if not self._busy:
            super().reject()


def _wib_clock(moment: object) -> str:
    """HH:MM in WIB; a naive datetime is taken as UTC (that is how the database stores times)."""
    if not isinstance(moment, datetime):
        return str(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_wib(moment).strftime("%H:%M")
