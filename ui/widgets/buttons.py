"""The buttons every dialog has: an accept/Cancel box wired to the dialog, and buttons that call a slot."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

Standard = QDialogButtonBox.StandardButton


def dialog_buttons(
    dialog: QDialog,
    on_accept: Callable[[], object],
    accept: Standard = Standard.Save,
    *,
    accept_text: str | None = None,
    cancel_text: str | None = None,
) -> QDialogButtonBox:
    """`accept` (Save by default) and Cancel: accepting calls `on_accept` (which saves, then closes the
    dialog itself), Cancel rejects the dialog. The texts replace Qt's own when given."""
    buttons = QDialogButtonBox(accept | Standard.Cancel)
    if accept_text is not None:
        buttons.button(accept).setText(accept_text)
    if cancel_text is not None:
        buttons.button(Standard.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def push_button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A button that calls `slot()` (without the `checked` argument Qt passes)."""
    button = QPushButton(text)
    button.clicked.connect(lambda _=False: slot())
    return button


def button_column(buttons: Sequence[QPushButton], last: QPushButton) -> QVBoxLayout:
    """Buttons stacked at the top, `last` (Close) at the bottom."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    column.addWidget(last)
    return column
