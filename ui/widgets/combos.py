"""Combo boxes that show translated labels and hold codes: `currentData()` is the chosen code."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QWidget


def code_combo(
    parent: QWidget, name: str, labels: Mapping[str, str], *, first: tuple[str, str] | None = None
) -> QComboBox:
    """A combo box named `name` (tests find it by that name) with one item per code in `labels`, in the
    mapping's order; `first`, a (label, code) item put before them, e.g. ("All kinds", "") on a filter."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    if first is not None:
        combo.addItem(*first)
    for code, label in labels.items():
        combo.addItem(label, code)
    return combo
