"""Leaving kiosk mode: an officer's unlock screen; until then the window will not close or lose the top."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import AccountLocked, InvalidCredentials
from db.services.officers import OfficerView
from ui.context import UiContext
from ui.survey.kiosk_guard import KeyGuard
from ui.widgets.officer_fields import password_edit

log = logging.getLogger(__name__)

# The strings keep the "KioskWindow" translation context they had when this was part of ui/survey/kiosk.py.


class KioskUnlock:
    """Mixin of KioskWindow (ui/survey/kiosk.py, a QWidget): only an officer's NRP and password get out."""

    _ctx: UiContext
    _authenticate: Callable[[str, str], OfficerView]
    _unlocked: bool
    _page_before_unlock: QWidget | None
    _guard: KeyGuard
    unlocked: Signal
    stack: QStackedWidget
    question_page: QWidget
    thanks_page: QWidget
    thanks_timer: QTimer
    idle_timer: QTimer
    _nav_button: Callable[[str, Callable[[], None]], QPushButton]
    next_respondent: Callable[[], None]

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        hint = QCoreApplication.translate(
            "KioskWindow", "Officer: enter your NRP and password to leave kiosk mode"
        )
        box.addWidget(QLabel(hint))
        self.nrp_edit = QLineEdit()
        self.nrp_edit.setPlaceholderText(QCoreApplication.translate("KioskWindow", "NRP"))
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(QCoreApplication.translate("KioskWindow", "Password"))
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.unlock_error = QLabel()
        self.unlock_error.setStyleSheet("color: #b00020;")
        for widget in (self.nrp_edit, self.password_edit, self.unlock_error):
            widget.setMaximumWidth(520)
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(
            self._nav_button(QCoreApplication.translate("KioskWindow", "Cancel"), self._cancel_unlock)
        )
        self.unlock_button = self._nav_button(
            QCoreApplication.translate("KioskWindow", "Leave kiosk"), self.try_unlock
        )
        nav.addWidget(self.unlock_button)
        nav.addStretch(1)
        box.addLayout(nav)
        box.addStretch(1)
        return page

    def ask_officer(self) -> None:
        if self._unlocked or self.stack.currentWidget() is self.unlock_page:
            return
        self._page_before_unlock = self.stack.currentWidget()
        self.thanks_timer.stop()
        self.nrp_edit.clear()
        self.password_edit.clear()
        self.unlock_error.clear()
        self.stack.setCurrentWidget(self.unlock_page)
        self.nrp_edit.setFocus()
        self.idle_timer.start()

    def _cancel_unlock(self) -> None:
        self.password_edit.clear()
        page = self._page_before_unlock or self.question_page
        if page is self.thanks_page:
            self.next_respondent()
        else:
            self.stack.setCurrentWidget(page)

    def try_unlock(self) -> None:
        nrp, password = self.nrp_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()
        self.unlock_button.setEnabled(False)
        self._ctx.runner.run_db(
            lambda: self._authenticate(nrp, password), on_done=self._unlock, on_error=self._unlock_failed
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(exc, AccountLocked):
            self.unlock_error.setText(
                QCoreApplication.translate(
                    "KioskWindow", "This account is locked for a while after wrong passwords."
                )
            )
        elif isinstance(exc, InvalidCredentials):
            self.unlock_error.setText(QCoreApplication.translate("KioskWindow", "Wrong NRP or password."))
        else:
            log.error("kiosk unlock failed", exc_info=exc)
            self.unlock_error.setText(
                QCoreApplication.translate("KioskWindow", "Could not check the password: %1").replace(
                    "%1", str(exc)
                )
            )
        self.password_edit.setFocus()

    def _unlock(self, officer: OfficerView) -> None:
        self._unlocked = True
        self.thanks_timer.stop()
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self._guard)
        self.unlocked.emit(officer)
        self.close()

    def is_locked(self) -> bool:
        return not self._unlocked

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Alt+F4, the window manager's close and close() itself all end here: refused while locked.
        if self._unlocked:
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # Something took the focus (a system dialog, a switch attempt): come back on top.
        if event.type() == QEvent.Type.ActivationChange and self.is_locked() and not self.isActiveWindow():
            QTimer.singleShot(0, self._reclaim)

    def _reclaim(self) -> None:
        if self.is_locked() and self.isVisible():
            self.raise_()
            self.activateWindow()
