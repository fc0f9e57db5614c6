"""The admin's holiday table, the days deadlines skip: add cuti bersama and later years, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import today_wib
from db.services.holidays import KINDS, HolidayView, add_holiday, deactivate_holiday, list_holidays
from ui.admin import ReloadingDialog, load_rows, refusals, show_write_error
from ui.context import UiContext
from ui.dates import format_date_id
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.paragraph import paragraph
from ui.widgets.save_dialog import save_and_close
from ui.widgets.tables import read_only

COL_DAY, COL_NAME, COL_KIND, COL_SOURCE, COL_ACTIVE = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    labels = {
        "national": QCoreApplication.translate("HolidaysDialog", "National holiday"),
        "cuti_bersama": QCoreApplication.translate("HolidaysDialog", "Cuti bersama"),
        "local": QCoreApplication.translate("HolidaysDialog", "Local holiday"),
    }
    return labels.get(kind, kind)


class AddHolidayDialog(QDialog):
    """One day with its name and kind; saves through the runner and stays open on a refusal."""

    def __init__(self, ctx: UiContext, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.saved: HolidayView | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Add holiday"))
        form = QFormLayout(self)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        today = today_wib()
        self.day_edit.setDate(QDate(today) if year == today.year else QDate(year, 1, 1))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Cuti bersama Idulfitri"))
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("cuti_bersama"))
        form.addRow(self.tr("Day:"), self.day_edit)
        form.addRow("", self.errors.label_for("day", self.day_edit))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow("", self.errors.label_for("name", self.name_edit))
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow("", self.errors.label_for("kind", self.kind_combo))
        form.addRow(self.errors.general_label())
        form.addRow(dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok))

    def submit(self) -> None:
        sf = self._ctx.session_factory
        by = self._ctx.officer_id
        day = self.day_edit.date().toPython()
        name, kind = self.name_edit.text(), self.kind_combo.currentData()
        save_and_close(
            self,
            self._ctx,
            lambda: add_holiday(sf, day=day, name=name, kind=kind, by_officer_id=by),
            changes=("holiday", lambda view: [view.id]),
            errors=self.errors,
            refusals=refusals(),
            keep=self._keep,
        )

    def _keep(self, view: HolidayView) -> None:
        self.saved = view


class HolidaysDialog(ReloadingDialog):
    """The table for one year, deactivated days greyed; add and deactivate reload it."""

    entity = "holiday"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._rows: list[HolidayView] = []
        self.add_dialog: AddHolidayDialog | None = None
        self.setWindowTitle(self.tr("Holidays"))
        self.resize(720, 560)
        self._setup_ui()
        self.reload()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2020, 2100)
        self.year_spin.setValue(today_wib().year)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        top.addWidget(self.year_spin)
        hint = paragraph(self.tr("Deadlines skip weekends and these days. Add cuti bersama when announced."))
        top.addWidget(hint, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Name"), self.tr("Kind"), self.tr("Source"), self.tr("Active")]
        )
        read_only(self.table, stretch=(COL_NAME,))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(lambda _=False: self.add())
        self.deactivate_button.clicked.connect(lambda _=False: self.deactivate())
        self.close_button.clicked.connect(self.reject)
        for b in (self.add_button, self.deactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        is_admin = self._ctx.officer is not None and self._ctx.officer.role == "admin"
        self.add_button.setEnabled(is_admin)
        self._update_buttons()

    def reload(self) -> None:
        sf, year = self._ctx.session_factory, self.year_spin.value()
        load_rows(
            self, self._ctx, lambda: list_holidays(sf, year=year, include_inactive=True), self._set_rows
        )

    def _set_rows(self, rows: list[HolidayView]) -> None:
        self._rows = list(rows)
        self.table.setRowCount(len(rows))
        for i, h in enumerate(rows):
            cells = (
                format_date_id(h.day, "EEEE, d MMMM y"),
                h.name,
                kind_label(h.kind),
                h.source,
                self.tr("yes") if h.active else self.tr("no"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, h.id)
                if not h.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(COL_DAY)
        self._update_buttons()

    def selected(self) -> HolidayView | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        h = self.selected()
        is_admin = self._ctx.officer is not None and self._ctx.officer.role == "admin"
        self.deactivate_button.setEnabled(is_admin and h is not None and h.active)

    def add(self) -> AddHolidayDialog:
        """Opens the add dialog window-modal (not blocking); it saves through the runner."""
        self.add_dialog = AddHolidayDialog(self._ctx, self.year_spin.value(), self)
        self.add_dialog.open()
        return self.add_dialog

    def deactivate(self) -> None:
        h = self.selected()
        if h is None:
            return
        sf = self._ctx.session_factory
        by = self._ctx.officer_id
        self._ctx.runner.run_db(
            lambda: deactivate_holiday(sf, holiday_id=h.id, by_officer_id=by),
            on_error=lambda exc: show_write_error(self, exc),
            changes=("holiday", [h.id]),
        )


def open_holidays(ctx: UiContext, parent: QWidget) -> None:
    """The holiday screen, modal over `parent` (the admin menu offers it to admins only)."""
    dialog = HolidaysDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
