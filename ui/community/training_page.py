"""The training page: hours per officer for a chosen period beside the training log, and adding a course."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rules.numbers import decimal_text
from db.services.officers import OfficerView, list_officers
from db.services.training import (
    MAX_HOURS,
    OfficerHours,
    TrainingInput,
    TrainingView,
    list_trainings,
    record_training,
    training_hours,
)
from ui.community import PeriodBar, open_kept, submit_dialog, today_wib
from ui.context import UiContext
from ui.dates import interface_language
from ui.widgets.buttons import dialog_buttons
from ui.widgets.date_fields import date_edit
from ui.widgets.field_errors import FieldErrors
from ui.widgets.rows_model import Column, RowsModel, number_column, translate
from ui.widgets.tables import read_only
from ui.widgets.unsaved import AsksBeforeDiscarding

log = logging.getLogger(__name__)

H_NAME, H_NRP, H_RANK, H_COURSES, H_HOURS = range(5)
L_DATE, L_OFFICER, L_COURSE, L_HOURS, L_ORGANISER = range(5)


def format_hours(hours: float) -> str:
    """1,5 in Indonesian, 1.5 in English; no trailing zeros."""
    return decimal_text(hours, 2, interface_language(), trim=True)


def hours_model(parent: QObject | None = None) -> RowsModel[OfficerHours]:
    """`OfficerHours` per officer; officers without training show 0 in grey."""

    columns = (
        Column[OfficerHours](translate("HoursModel", "Officer"), lambda h: h.name),
        Column[OfficerHours](translate("HoursModel", "NRP"), lambda h: h.nrp),
        Column[OfficerHours](translate("HoursModel", "Rank"), lambda h: h.rank),
        number_column(translate("HoursModel", "Courses"), lambda h: h.courses),
        number_column(translate("HoursModel", "Hours"), lambda h: h.hours, format_hours),
    )
    return RowsModel(
        columns,
        parent,
        key=lambda h: h.officer_id,
        row_foreground=lambda h: None if h.courses else Qt.GlobalColor.gray,
    )


def log_model(parent: QObject | None = None) -> RowsModel[TrainingView]:
    """`TrainingView`s, newest first."""

    columns = (
        Column[TrainingView](
            translate("LogModel", "Date"),
            lambda t: f"{t.held_on:%d/%m/%Y}",
            sort_key=lambda t: t.held_on,
        ),
        Column[TrainingView](
            translate("LogModel", "Officer"),
            lambda t: f"{t.officer_rank} {t.officer_name}".strip(),
        ),
        Column[TrainingView](translate("LogModel", "Course"), lambda t: t.course),
        number_column(translate("LogModel", "Hours"), lambda t: t.hours, format_hours),
        Column[TrainingView](translate("LogModel", "Organiser"), lambda t: t.organiser),
    )
    return RowsModel(columns, parent, key=lambda t: t.officer_id)


def _table(parent: QWidget, model: QAbstractTableModel, stretch: tuple[int, ...]) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    return read_only(table, fit_all=True, stretch=stretch)


class TrainingPage(QWidget):
    """Left: training hours per officer for the period; right: the log of that period (of the selected
    officer when one is selected). "Officer roster…" opens the admin's officers dialog."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None  # the dialog currently open (tests reach it here)
        self._officers: list[OfficerView] = []
        self._courses: list[str] = []
        self.hours_model = hours_model(self)
        self.log_model = log_model(self)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload()

    def _setup_ui(self) -> None:
        today = today_wib()
        self.period = PeriodBar(today.replace(month=1, day=1), today, self)
        self.add_button = QPushButton(self.tr("Add training…"))
        self.roster_button = QPushButton(self.tr("Officer roster…"))
        self.roster_button.setVisible(self._ctx.officer is not None and self._ctx.officer.role == "admin")
        self.add_button.clicked.connect(lambda _=False: self.add_training())
        self.roster_button.clicked.connect(lambda _=False: self.open_roster())
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.roster_button)
        self.hours_table = _table(self, self.hours_model, (H_NAME,))
        self.log_table = _table(self, self.log_model, (L_COURSE, L_ORGANISER))
        self.hours_table.selectionModel().selectionChanged.connect(lambda *_a: self._load_log())
        self.total_label = QLabel()
        self.log_title = QLabel()
        self.log_title.setStyleSheet("font-weight: 600;")
        left, right = QWidget(self), QWidget(self)
        left_box, right_box = QVBoxLayout(left), QVBoxLayout(right)
        left_box.setContentsMargins(0, 0, 0, 0)
        right_box.setContentsMargins(0, 0, 0, 0)
        hours_title = QLabel(self.tr("Training hours per officer"))
        hours_title.setStyleSheet("font-weight: 600;")
        left_box.addWidget(hours_title)
        left_box.addWidget(self.hours_table, 1)
        left_box.addWidget(self.total_label)
        right_box.addWidget(self.log_title)
        right_box.addWidget(self.log_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.period.changed.connect(self.reload)

    def selected_officer_id(self) -> str:
        hours = self.hours_model.selected(self.hours_table)
        return hours.officer_id if hours is not None else ""

    def reload(self) -> None:
        sf = self._ctx.session_factory
        date_from, date_to = self.period.period()
        if date_to < date_from:
            self.total_label.setText(self.tr("The end of the period is before its start."))
            self.hours_model.set_rows([])
            self.log_model.set_rows([])
            return

        def load() -> tuple[list[OfficerHours], list[OfficerView], list[str]]:
            hours = training_hours(sf, date_from=date_from, date_to=date_to)
            courses = sorted({t.course for t in list_trainings(sf)})
            return hours, list_officers(sf), courses

        self._ctx.runner.run_db(
            load,
            on_done=self._hours_loaded,
            on_error=lambda exc: log.error("training hours could not be loaded", exc_info=exc),
        )

    def _hours_loaded(self, result: tuple[list[OfficerHours], list[OfficerView], list[str]]) -> None:
        keep = self.selected_officer_id()
        rows, self._officers, self._courses = result
        self.hours_model.set_rows(rows)
        total = sum(h.hours for h in rows)
        trained = sum(1 for h in rows if h.courses)
        self.total_label.setText(
            self.tr("{hours} hours in total; {trained} of {all} officers trained").format(
                hours=format_hours(round(total, 2)), trained=trained, all=len(rows)
            )
        )
        row = next((i for i, h in enumerate(rows) if h.officer_id == keep), -1)
        if row >= 0:
            self.hours_table.selectRow(row)
        else:
            self._load_log()

    def _load_log(self) -> None:
        sf, officer_id = self._ctx.session_factory, self.selected_officer_id()
        date_from, date_to = self.period.period()
        name = next((h.name for h in self.hours_model.rows() if h.officer_id == officer_id), "")
        self.log_title.setText(
            self.tr("Courses of {name}").format(name=name) if name else self.tr("All courses in the period")
        )
        self._ctx.runner.run_db(
            lambda: list_trainings(sf, date_from=date_from, date_to=date_to, officer_id=officer_id),
            on_done=self.log_model.set_rows,
            on_error=lambda exc: log.error("training log could not be loaded", exc_info=exc),
        )

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("training", "officer"):
            self.reload()

    def add_training(self) -> TrainingDialog:
        dialog = TrainingDialog(self._ctx, self._officers, self._courses, self.selected_officer_id(), self)
        return open_kept(self, dialog)

    def open_roster(self) -> QDialog:
        from ui.admin.officers_dialog import OfficersDialog  # the roster is the admin's dialog, reused

        return open_kept(self, OfficersDialog(self._ctx, self))


class TrainingDialog(AsksBeforeDiscarding, QDialog):
    """Officer (a head or an admin picks anyone, others log their own), course, date, hours, organiser."""

    def __init__(
        self,
        ctx: UiContext,
        officers: list[OfficerView],
        courses: list[str],
        officer_id: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Add training"))
        self.resize(480, 320)
        me = ctx.officer
        if me is not None and me.role not in ("head", "admin"):
            officers, officer_id = [o for o in officers if o.id == me.id], me.id
        self._setup_ui(officers, courses)
        wanted = officer_id or (me.id if me else "")
        self.officer_combo.setCurrentIndex(max(0, self.officer_combo.findData(wanted)))
        self.mark_clean()

    def _setup_ui(self, officers: list[OfficerView], courses: list[str]) -> None:
        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("officer_id")
        for o in officers:
            self.officer_combo.addItem(f"{o.name} — {o.rank} {o.nrp}", o.id)
        self.course_edit = QLineEdit(self)
        self.course_edit.setObjectName("course")
        self.course_edit.setPlaceholderText(self.tr("e.g. Pelatihan pelayanan prima SPKT"))
        completer = QCompleter(courses, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.course_edit.setCompleter(completer)
        self.date_edit = date_edit(self, today_wib(), "held_on")
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setObjectName("hours")
        self.hours_spin.setRange(0, MAX_HOURS + 1)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.5)
        self.organiser_edit = QLineEdit(self)
        self.organiser_edit.setObjectName("organiser")
        self.organiser_edit.setPlaceholderText(self.tr("e.g. SPN Polda Sumbar, Bag SDM Polres"))
        form = QFormLayout()
        rows = (
            (self.tr("Officer"), self.officer_combo, "officer_id"),
            (self.tr("Course"), self.course_edit, "course"),
            (self.tr("Date"), self.date_edit, "held_on"),
            (self.tr("Hours"), self.hours_spin, "hours"),
            (self.tr("Organiser"), self.organiser_edit, "organiser"),
        )
        for label, widget, name in rows:
            form.addRow(label, self.errors.row(widget, name))
        self.buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)

    def value(self) -> TrainingInput:
        return TrainingInput(
            officer_id=self.officer_combo.currentData() or "",
            course=self.course_edit.text(),
            held_on=self.date_edit.date().toPython(),
            hours=self.hours_spin.value(),
            organiser=self.organiser_edit.text(),
        )

    def save(self) -> None:
        data, sf = self.value(), self._ctx.session_factory
        by = self._ctx.officer_id
        call = lambda: record_training(sf, data=data, by_officer_id=by)  # noqa: E731
        submit_dialog(self, self._ctx, call, entity="training", errors=self.errors, buttons=self.buttons)
