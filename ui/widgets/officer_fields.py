"""The fields officer forms share: the NRP (eight digits), the rank (from the list or typed), a password."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit

from db.rules.ranks import RANKS


def nrp_edit(text: str = "") -> QLineEdit:
    """An NRP field: digits only, eight at most."""
    edit = QLineEdit(text)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    edit.setMaxLength(8)
    return edit


def rank_combo() -> QComboBox:
    """The police ranks to pick from, or one typed; none chosen at first (no rank is guessed)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(RANKS)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentIndex(-1)
    return combo


def password_edit() -> QLineEdit:
    """A password field (its text shown as dots)."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
