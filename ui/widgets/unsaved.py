"""Asking before typed work is thrown away: the safe answer ("Cancel", keep editing) is the default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def discard_box(parent: QWidget | None, title: str, text: str) -> tuple[QMessageBox, QAbstractButton]:
    """The question box and its discard button; Enter and Esc both keep editing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard


def confirm_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """True only when the officer chose to discard; a stray Enter keeps the form."""
    box, discard = discard_box(parent, title, text)
    box.exec()
    return box.clickedButton() is discard


class AsksBeforeDiscarding:
    """For a QDialog with `value()`: Esc, Cancel or the close button ask first when something was changed.

    Put it before QDialog in the bases and call `mark_clean()` once the dialog shows what it loaded.
    """

    _clean_value: Any = None

    def mark_clean(self) -> None:
        self._clean_value = self.unsaved_snapshot()

    def unsaved_snapshot(self) -> object:
        return self.value()  # type: ignore[attr-defined]

    def has_changes(self) -> bool:
        return self._clean_value is not None and self.unsaved_snapshot() != self._clean_value

    def reject(self) -> None:
        if self.has_changes() and not confirm_discard(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("Unsaved", "Discard changes"),
            QCoreApplication.translate("Unsaved", "Close this form and discard what you typed?"),
        ):
            return
        super().reject()  # type: ignore[misc]
