"""The analysis period picker: this month, last month, this year, or a custom range of WIB days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from db.rules.timeutil import now_utc, to_wib

PRESET_THIS_MONTH, PRESET_LAST_MONTH, PRESET_THIS_YEAR, PRESET_CUSTOM = (
    "this_month",
    "last_month",
    "this_year",
    "custom",
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """The WIB days a preset covers, up to `today` for the running month and year."""
    if preset == PRESET_THIS_MONTH:
        return today.replace(day=1), today
    if preset == PRESET_LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == PRESET_THIS_YEAR:
        return date(today.year, 1, 1), today
    raise ValueError(f"not a preset with fixed days: {preset!r}")


class PeriodPicker(QWidget):
    """A preset combo and two date edits (editable only for a custom range); `changed` carries (from, to)
    when the period is valid; a range that ends before it starts shows its message beside the dates."""

    changed = Signal(object, object)

    def __init__(self, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._fixed_today = today  # tests pin the day; the app follows the clock (it may run past midnight)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("period_preset")
        self.preset_combo.addItem(self.tr("This month"), PRESET_THIS_MONTH)
        self.preset_combo.addItem(self.tr("Last month"), PRESET_LAST_MONTH)
        self.preset_combo.addItem(self.tr("This year"), PRESET_THIS_YEAR)
        self.preset_combo.addItem(self.tr("Custom range"), PRESET_CUSTOM)
        self.from_edit = self._date_edit("analysis_from")
        self.to_edit = self._date_edit("analysis_to")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("period_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        period_label = QLabel(self.tr("&Period"), self)
        period_label.setBuddy(self.preset_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(period_label)
        layout.addWidget(self.preset_combo)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._apply_preset()
        self.preset_combo.currentIndexChanged.connect(lambda _i: self._on_preset())
        self.from_edit.dateChanged.connect(lambda _d: self._on_dates())
        self.to_edit.dateChanged.connect(lambda _d: self._on_dates())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        return edit

    def preset(self) -> str:
        return str(self.preset_combo.currentData())

    def set_preset(self, preset: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))

    def set_custom(self, date_from: date, date_to: date) -> None:
        """Switch to a custom range and set both ends (one `changed` for the final range)."""
        self.blockSignals(True)
        self.set_preset(PRESET_CUSTOM)
        self.from_edit.setDate(_qdate(date_from))
        self.to_edit.setDate(_qdate(date_to))
        self.blockSignals(False)
        self._on_dates()

    def period(self) -> tuple[date, date]:
        start, end = self.from_edit.date(), self.to_edit.date()
        return date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())

    def is_valid(self) -> bool:
        start, end = self.period()
        return start <= end

    def _apply_preset(self) -> None:
        custom = self.preset() == PRESET_CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            today = self._fixed_today or to_wib(now_utc()).date()
            start, end = preset_range(self.preset(), today)
            for edit, day in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def refresh_preset(self) -> None:
        """Recompute a preset's days from today without announcing a change."""
        self._apply_preset()

    def _on_preset(self) -> None:
        self._apply_preset()
        self._on_dates()

    def _on_dates(self) -> None:
        if not self.is_valid():
            self.error_label.setText(self.tr("The period ends before it starts."))
            self.error_label.show()
            return
        self.error_label.hide()
        if not self.signalsBlocked():
            self.changed.emit(*self.period())
