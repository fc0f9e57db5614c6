"""The row where a follow-up promise is typed: in the session form and under the chosen session's detail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from db.rules.timeutil import today_wib
from ui.widgets.date_fields import date_edit

# A promise made at a session is due this long after today unless the officer picks another day.
DEFAULT_DUE = timedelta(days=14)


class FollowUpRow(QHBoxLayout):
    """What was promised, its due day and an Add button (tabbed in that order); Enter in the text adds too.
    `due_text`, when given, labels the day field."""

    def __init__(
        self,
        parent: QWidget,
        *,
        placeholder: str,
        button_text: str,
        add: Callable[[], None],
        due_text: str = "",
    ):
        super().__init__()
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("follow_up")
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(add)
        self.due = date_edit(parent, today_wib() + DEFAULT_DUE, "follow_up_due")
        self.button = QPushButton(button_text, parent)
        self.button.clicked.connect(lambda _=False: add())
        self.addWidget(self.edit, 1)
        if due_text:
            self.addWidget(QLabel(due_text, parent))
        self.addWidget(self.due)
        self.addWidget(self.button)
