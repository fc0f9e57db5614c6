"""The admin's screens (officer accounts, reference lists) and the warning they share for a refused write."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.widgets.field_errors import RefusalTexts, refusal_text

if TYPE_CHECKING:
    from ui.context import UiContext


def refusals() -> RefusalTexts:
    """What the admin screens say when a write is refused for another reason than its input."""
    return RefusalTexts(
        denied=QCoreApplication.translate("AdminScreens", "Only an active admin may make this change."),
        missing=QCoreApplication.translate("AdminScreens", "This entry no longer exists."),
        failed=QCoreApplication.translate("AdminScreens", "The operation failed: {error}"),
    )


def show_write_error(parent: QWidget, exc: BaseException, title: str | None = None) -> None:
    """Why a service refused or failed (loading, or an action on a list), in a warning box over `parent`."""
    title = title or QCoreApplication.translate("AdminScreens", "Not saved")
    QMessageBox.warning(parent, title, refusal_text(exc, refusals()))


def load_rows(parent: QWidget, ctx: UiContext, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
    """Read an admin screen's rows on the DB thread and hand them to `on_done`; a failure is shown over
    `parent` as "Could not load"."""
    title = QCoreApplication.translate("AdminScreens", "Could not load")
    ctx.runner.run_db(fn, on_done=on_done, on_error=lambda exc: show_write_error(parent, exc, title))


class ReloadingDialog(QDialog):
    """An admin list window that reloads itself whenever a write (from any window) changed its `entity`."""

    entity = ""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        ctx.runner.data_changed.connect(self._on_data_changed)

    def reload(self) -> None:
        raise NotImplementedError

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity == self.entity:
            self.reload()
