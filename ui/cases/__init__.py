"""Following a case up: status, assignee, difficulty, deadline clock, void, contacts and letters."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import NotFound, PermissionDenied, ValidationFailed
from ui.widgets.field_errors import translate_message

log = logging.getLogger(__name__)


def show_case_error(parent: QWidget, exc: BaseException) -> None:
    """Why a case change was refused or failed, in a warning box over `parent`."""
    title = QCoreApplication.translate("CaseScreens", "Not saved")
    if isinstance(exc, ValidationFailed):
        text = "\n".join(translate_message(m) for m in exc.field_errors.values())
    elif isinstance(exc, PermissionDenied):
        text = QCoreApplication.translate("CaseScreens", "Your role may not make this change.")
    elif isinstance(exc, NotFound):
        text = QCoreApplication.translate("CaseScreens", "This report no longer exists.")
    else:
        log.error("case operation failed", exc_info=exc)
        text = QCoreApplication.translate("CaseScreens", "The operation failed: {error}").format(error=exc)
    QMessageBox.warning(parent, title, text)
