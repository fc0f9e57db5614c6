"""The admin's screens (officer accounts, reference lists) and the warning they share for a refused write."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import NotFound, PermissionDenied, ValidationFailed
from ui.widgets.field_errors import translate_message

log = logging.getLogger(__name__)


def show_write_error(parent: QWidget, exc: BaseException, title: str | None = None) -> None:
    """Why a service refused or failed, in a warning box over `parent`."""
    title = title or QCoreApplication.translate("AdminScreens", "Not saved")
    if isinstance(exc, ValidationFailed):
        text = "\n".join(translate_message(m) for m in exc.field_errors.values())
    elif isinstance(exc, PermissionDenied):
        text = QCoreApplication.translate("AdminScreens", "Only an active admin may make this change.")
    elif isinstance(exc, NotFound):
        text = QCoreApplication.translate("AdminScreens", "This entry no longer exists.")
    else:
        log.error("admin screen operation failed", exc_info=exc)
        text = QCoreApplication.translate("AdminScreens", "The operation failed: {error}").format(error=exc)
    QMessageBox.warning(parent, title, text)
