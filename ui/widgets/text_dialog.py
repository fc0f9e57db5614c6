"""A small dialog that asks for one text (a name, a reason) and saves it like every other form does."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors, RefusalTexts
from ui.widgets.paragraph import paragraph


class TextDialog(QDialog):
    """`save(text)` runs on the DB thread; a refusal shows under the field (or in the general line) and
    the dialog stays open with what was typed; `saved` carries the service's result, then it closes.

    Unlike QInputDialog, which can only close and open again with a warning box in between."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        *,
        title: str,
        prompt: str,
        field: str,
        save: Callable[[str], Any],
        refusals: RefusalTexts,
        changes: tuple[str, Iterable[str] | Callable[[Any], Iterable[str]]] | None = None,
        text: str = "",
        multiline: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx, self._save, self._refusals, self._changes = ctx, save, refusals, changes
        self.errors = FieldErrors()
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.setTabChangesFocus(True)
            self.edit.setMaximumHeight(100)
        else:
            self.edit = QLineEdit(text)
        self.edit.setObjectName(field)
        prompt_label = paragraph(prompt)
        prompt_label.setBuddy(self.edit)
        self.buttons = dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addLayout(self.errors.row(self.edit, field))
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def text(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def submit(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        save, value = self._save, self.text()
        self._ctx.runner.run_db(
            lambda: save(value), on_done=self._done, on_error=self._failed, changes=self._changes
        )

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_refusal(exc, self._refusals)


def ask_text(parent: QWidget, ctx: UiContext, **kwargs: Any) -> TextDialog:
    """Opens a TextDialog window-modal over `parent` (not blocking) and returns it; it deletes itself."""
    dialog = TextDialog(ctx, parent=parent, **kwargs)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog
