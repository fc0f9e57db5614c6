"""A day field as every form shows it: dd/mm/yyyy with a calendar to pick from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    """A dd/mm/yyyy field showing `day`, named `name` (tests and error labels find it by that name)."""
    edit = QDateEdit(QDate(day), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit
