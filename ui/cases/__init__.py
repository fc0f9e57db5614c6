"""Following a case up: status, assignee, difficulty, deadline clock, void, contacts and letters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets.field_errors import RefusalTexts, refusal_text


def refusals() -> RefusalTexts:
    """What the case screens say when a change is refused for another reason than its input."""
    return RefusalTexts(
        denied=QCoreApplication.translate("CaseScreens", "Your role may not make this change."),
        missing=QCoreApplication.translate("CaseScreens", "This report no longer exists."),
        failed=QCoreApplication.translate("CaseScreens", "The operation failed: {error}"),
    )


def show_case_error(parent: QWidget, exc: BaseException) -> None:
    """Why a case change was refused or failed (a button, not a form), in a warning box over `parent`."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("CaseScreens", "Not saved"), refusal_text(exc, refusals())
    )
