"""A date-and-time field in WIB with an "Unknown" tick box; its value is an aware datetime or None."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from db.timeutil import WIB, now_utc, to_wib

UNKNOWN_TIME = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def now_wib_qt() -> QDateTime:
    now = to_wib(now_utc())
    return QDateTime(QDate(now.date()), QTime(now.hour, now.minute))


class OptionalWibDateTime(QWidget):
    """`edit` (dd/MM/yyyy HH:mm, calendar popup) + "WIB" + `unknown`; defaults to now."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "datetime"):
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName(name)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(UNKNOWN_TIME)
        self.edit.setSpecialValueText("—")
        self.edit.setDateTime(now_wib_qt())
        self.unknown = QCheckBox(self.tr("Unknown"), self)
        self.unknown.setObjectName(f"{name}_unknown")
        self.unknown.toggled.connect(self._unknown_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(QLabel("WIB", self))
        layout.addWidget(self.unknown)

    def value(self) -> datetime | None:
        if self.unknown.isChecked():
            return None
        moment = self.edit.dateTime()
        return datetime.combine(moment.date().toPython(), moment.time().toPython(), tzinfo=WIB).replace(
            second=0, microsecond=0
        )

    def set_value(self, moment: datetime | None) -> None:
        self.unknown.setChecked(moment is None)
        if moment is not None:
            wib = to_wib(moment)
            self.edit.setDateTime(QDateTime(QDate(wib.date()), QTime(wib.hour, wib.minute)))

    def _unknown_toggled(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)
        if unknown:
            self.edit.setDateTime(UNKNOWN_TIME)
        elif self.edit.dateTime() == UNKNOWN_TIME:
            self.edit.setDateTime(now_wib_qt())
