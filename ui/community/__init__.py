"""The community side's pages (patrols, cameras and drones, training) and the pieces they share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QWidget

from db.rules.timeutil import now_utc, to_wib, today_wib  # noqa: F401 (today_wib: used by the pages)
from ui.context import UiContext
from ui.widgets.date_fields import date_edit
from ui.widgets.field_errors import FieldErrors, RefusalTexts, refusal_text
from ui.widgets.save_dialog import save_and_close


def refusals() -> RefusalTexts:
    """What the community pages say when a write is refused for another reason than its input."""
    return RefusalTexts(
        denied=QCoreApplication.translate("CommunityPages", "You may not make this change."),
        missing=QCoreApplication.translate("CommunityPages", "This entry no longer exists."),
        failed=QCoreApplication.translate("CommunityPages", "The operation failed: {error}"),
    )


def show_write_error(parent: QWidget, exc: BaseException) -> None:
    """Why a service refused or failed (an action on a list, not a form), in a warning box over `parent`."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("CommunityPages", "Not saved"), refusal_text(exc, refusals())
    )


D = TypeVar("D", bound=QDialog)


def open_kept(owner: QWidget, dialog: D, attribute: str = "dialog") -> D:
    """Open `dialog` window-modal, kept in `owner.<attribute>` while it is open (tests reach it there)."""
    setattr(owner, attribute, dialog)
    dialog.finished.connect(lambda _r: setattr(owner, attribute, None))
    dialog.open()
    return dialog


class PeriodBar(QWidget):
    """ "From [date] to [date]" in WIB days; `changed` fires when either end changes."""

    changed = Signal()

    def __init__(self, date_from: date, date_to: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.from_edit = date_edit(self, date_from, "date_from")
        self.to_edit = date_edit(self, date_to, "date_to")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.to_edit)
        self.from_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.to_edit.dateChanged.connect(lambda _d: self.changed.emit())

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, date_from: date, date_to: date) -> None:
        self.from_edit.setDate(QDate(date_from))
        self.to_edit.setDate(QDate(date_to))


def submit_dialog(
    dialog: QDialog,
    ctx: UiContext,
    call: Callable[[], Any],
    *,
    entity: str,
    errors: FieldErrors,
    buttons: QWidget,
) -> None:
    """Save a dialog's record as every form does (`save_and_close`); lists hear `(entity, [id])`."""
    changes = (entity, lambda v: [v.id])
    save_and_close(dialog, ctx, call, changes=changes, errors=errors, refusals=refusals(), button=buttons)
