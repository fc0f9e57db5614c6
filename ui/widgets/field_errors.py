"""Shows validation messages next to the fields they concern, and clears them when the user edits.

Every form and dialog uses it the same way: `errors.row(widget, "field")` puts the field's hidden red
line under it (`row_widget` when the row must be one widget), `errors.general_label()` is the form's one
place for what no field owns, and `errors.show_refusal(exc, texts)` turns a refused or failed save into
messages at those places.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import NotFound, PermissionDenied, ValidationFailed

log = logging.getLogger(__name__)

# A red frame suits text fields; on combos and buttons a style sheet would break the native look.
_FRAMED = (QLineEdit, QAbstractScrollArea, QAbstractSpinBox)


def translate_message(message: str) -> str:
    """Services write messages in English; the "db" context of the translation turns them into Indonesian."""
    return QCoreApplication.translate("db", message)


@dataclass(frozen=True)
class RefusalTexts:
    """What a screen says when a write is refused for another reason than its input (already translated)."""

    denied: str  # PermissionDenied
    missing: str  # NotFound
    failed: str  # anything else
    # In each, "{error}" (or "%1") stands for the error's own text.


def refusal_text(exc: BaseException, texts: RefusalTexts) -> str:
    """Why a write was refused or failed, as one text: the validation messages, or one of `texts`."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(translate_message(m) for m in exc.field_errors.values())
    if isinstance(exc, PermissionDenied):
        text = texts.denied
    elif isinstance(exc, NotFound):
        text = texts.missing
    else:
        log.error("a write failed", exc_info=exc)
        text = texts.failed
    return text.replace("{error}", str(exc)).replace("%1", str(exc))


def _red_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class FieldErrors:
    """Owns one hidden red label per field; `show({field: message})` fills them, `clear()` hides them all."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._general: QLabel | None = None

    def label_for(self, field: str, widget: QWidget | None = None) -> QLabel:
        """The error label for `field`; put it in the layout right under or beside the field's widget."""
        label = _red_label(f"error_{field}")
        self._labels[field] = label
        if widget is not None:
            self._widgets[field] = widget
        return label

    def row(self, field: QWidget | QLayout, name: str, focus: QWidget | None = None) -> QVBoxLayout:
        """`field` (a widget or a layout) with its hidden message right under it, for a form row.

        `focus` is the widget that takes the focus and the red frame (default: `field` itself)."""
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field, QLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
        target = focus if focus is not None else field
        column.addWidget(self.label_for(name, target if isinstance(target, QWidget) else None))
        return column

    def row_widget(self, field: QWidget | QLayout, name: str, focus: QWidget | None = None) -> QWidget:
        """The same row as one widget (to hide the whole row, or to put it in a box layout)."""
        box = QWidget()
        column = self.row(field, name, focus)
        column.setContentsMargins(0, 0, 0, 0)
        box.setLayout(column)
        return box

    def general_label(self) -> QLabel:
        """The form's place for messages no field owns (a refusal, a rule over several fields)."""
        if self._general is None:
            self._general = _red_label("general_error")
        return self._general

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Show every message, each beside its field and the others in the general label; returns the
        first field widget with an error, to give it focus."""
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
        other = self.unknown(errors)
        if other and self._general is not None:
            self.show_general("\n".join(translate_message(m) for m in other.values()))
        return first

    def show_general(self, text: str) -> None:
        label = self.general_label()
        label.setText(text)
        label.setVisible(True)

    def show_refusal(self, exc: BaseException, texts: RefusalTexts) -> None:
        """A refused or failed save: validation messages beside their fields (focus on the first), any
        other reason in the general label."""
        if isinstance(exc, ValidationFailed):
            first = self.show(exc.field_errors)
            if first is not None:
                first.setFocus()
        else:
            self.clear()
            self.show_general(refusal_text(exc, texts))

    def unknown(self, errors: dict[str, str]) -> dict[str, str]:
        """Messages whose field has no label here (the form shows them in a general place)."""
        return {k: v for k, v in errors.items() if k not in self._labels}

    def clear(self) -> None:
        for label in [*self._labels.values(), *([self._general] if self._general is not None else [])]:
            label.clear()
            label.setVisible(False)
        for widget in self._widgets.values():
            widget.setProperty("invalid", False)
            if isinstance(widget, _FRAMED):
                widget.setStyleSheet("")

    def text(self, field: str) -> str:
        label = self._labels.get(field) if field != "general" else self._general
        return label.text() if label is not None else ""
