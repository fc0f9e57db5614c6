"""A label whose text wraps: an explanation above a form, a note, a message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def paragraph(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that wraps its text at the width the layout gives it (instead of widening the window)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
