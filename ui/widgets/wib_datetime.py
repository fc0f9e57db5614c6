"""A date-and-time field in WIB with an "Unknown" tick box; its value is an aware datetime or None."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from db.rules.datetime_input import UnreadableDateTime, format_wib_input, parse_wib_input
from db.rules.timeutil import now_utc


class OptionalWibDateTime(QWidget):
    """`edit` (typed as dd/mm/yyyy hh:mm, or 6-12-2026 20.30, or 061220262030) + "WIB" + `unknown`.

    Read by `db.rules.datetime_input`; what cannot be read is reported by `input_error()` for the form
    to show next to the field, and `value()` is then None (never a guessed moment). `start_now` fills in the
    current time for events typed as they happen; an incident time starts empty.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "datetime", start_now: bool = False):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.edit.setToolTip(self.tr("For example 06/12/2026 20:30, 6-12-2026 20.30 or 061220262030"))
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.unknown = QCheckBox(self.tr("Unknown"), self)
        self.unknown.setObjectName(f"{name}_unknown")
        self.unknown.toggled.connect(self._unknown_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(QLabel("WIB", self))
        layout.addWidget(self.unknown)
        if start_now:
            self.set_value(now_utc())

    def value(self) -> datetime | None:
        if self.unknown.isChecked():
            return None
        try:
            return parse_wib_input(self.edit.text())
        except UnreadableDateTime:
            return None

    def input_error(self) -> str | None:
        """A message for the field when its text is not a date and time, else None."""
        if self.unknown.isChecked():
            return None
        try:
            parse_wib_input(self.edit.text())
        except UnreadableDateTime as exc:
            if exc.reason == "date":
                return self.tr("There is no such date: type the day, month and year, e.g. 06/12/2026 20:30.")
            if exc.reason == "time":
                return self.tr("Type the time too, from 00:00 to 23:59, e.g. 06/12/2026 20:30.")
            return self.tr(
                "Cannot read this date and time: type it as dd/mm/yyyy hh:mm, e.g. 06/12/2026 20:30."
            )
        return None

    def set_value(self, moment: datetime | None) -> None:
        self.unknown.setChecked(False)
        self.edit.setText(format_wib_input(moment))

    def set_unknown(self) -> None:
        self.unknown.setChecked(True)

    def _tidy(self) -> None:
        """Show a readable value back in one form, so the officer sees what was understood."""
        try:
            moment = parse_wib_input(self.edit.text())
        except UnreadableDateTime:
            return
        if moment is not None:
            self.edit.setText(format_wib_input(moment))

    def _unknown_toggled(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)
        if unknown:
            self.edit.clear()
        self.edited.emit()
