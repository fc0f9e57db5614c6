"""How a form dialog saves: the write on the DB thread, closed when it is stored, a refusal shown in place."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ui.context import UiContext
from ui.widgets.field_errors import FieldErrors, RefusalTexts


def save_and_close(
    dialog: QDialog,
    ctx: UiContext,
    call: Callable[[], Any],
    *,
    changes: tuple[str, Iterable[str] | Callable[[Any], Iterable[str]]],
    errors: FieldErrors,
    refusals: RefusalTexts,
    button: QWidget | None = None,
    keep: Callable[[Any], None] | None = None,
) -> None:
    """Run `call` on the DB thread (lists hear `changes`). Stored: `keep(result)` if given, then the dialog
    is accepted. Refused or failed: the messages beside their fields (any other reason in the general label)
    and the dialog stays open. `button` (the save button or the whole button box) is off meanwhile."""
    errors.clear()
    if button is not None:
        button.setEnabled(False)

    def done(result: Any) -> None:
        if keep is not None:
            keep(result)
        dialog.accept()

    def failed(exc: BaseException) -> None:
        if button is not None:
            button.setEnabled(True)
        errors.show_refusal(exc, refusals)

    ctx.runner.run_db(call, on_done=done, on_error=failed, changes=changes)
