"""Shows validation messages next to the fields they concern, and clears them when the user edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QLabel, QLineEdit, QWidget

# A red frame suits text fields; on combos and buttons a style sheet would break the native look.
_FRAMED = (QLineEdit, QAbstractScrollArea, QAbstractSpinBox)


def translate_message(message: str) -> str:
    """Services write messages in English; the "db" context of the translation turns them into Indonesian."""
    return QCoreApplication.translate("db", message)


class FieldErrors:
    """Owns one hidden red label per field; `show({field: message})` fills them, `clear()` hides them all."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def label_for(self, field: str, widget: QWidget | None = None) -> QLabel:
        """The error label for `field`; put it in the layout right under or beside the field's widget."""
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.setVisible(False)
        self._labels[field] = label
        if widget is not None:
            self._widgets[field] = widget
        return label

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Show every message; returns the first field widget with an error, to give it focus."""
        self.clear()
        first = None
        for field, message in errors.items():
            label = self._labels.get(field)
            if label is None:
                continue
            label.setText(translate_message(message))
            label.setVisible(True)
            widget = self._widgets.get(field)
            if widget is not None:
                widget.setProperty("invalid", True)
                if isinstance(widget, _FRAMED):
                    widget.setStyleSheet("border: 1px solid #b00020;")
                if first is None:
                    first = widget
        return first

    def unknown(self, errors: dict[str, str]) -> dict[str, str]:
        """Messages whose field has no label here (the form shows them in a general place)."""
        return {k: v for k, v in errors.items() if k not in self._labels}

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.setVisible(False)
        for widget in self._widgets.values():
            widget.setProperty("invalid", False)
            if isinstance(widget, _FRAMED):
                widget.setStyleSheet("")

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None else ""
