"""The patrol log page: the filtered list, and the dialog that records or corrects a patrol."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.rules.regions import region_name
from db.rules.timeutil import WIB, now_utc, to_wib
from db.services.officers import OfficerView, list_officers
from db.services.patrols import PatrolInput, PatrolView, list_patrols, record_patrol, update_patrol
from ui.community import PeriodBar, open_kept, submit_dialog, today_wib
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.combos import code_combo
from ui.widgets.date_fields import date_edit
from ui.widgets.field_errors import FieldErrors
from ui.widgets.region_picker import RegionPicker
from ui.widgets.rows_model import Column, RowsModel, translate
from ui.widgets.tables import read_only
from ui.widgets.unsaved import AsksBeforeDiscarding

log = logging.getLogger(__name__)

COL_DATE, COL_TIME, COL_ROUTE, COL_MODE, COL_OFFICERS, COL_FINDINGS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def mode_labels(obj: QWidget | QAbstractTableModel) -> dict[str, str]:
    return {
        "foot": QCoreApplication.translate("Patrols", "On foot"),
        "motorbike": QCoreApplication.translate("Patrols", "Motorbike"),
        "car": QCoreApplication.translate("Patrols", "Car"),
        "drone": QCoreApplication.translate("Patrols", "Drone"),
    }


def patrols_model(parent: QObject | None = None) -> RowsModel[PatrolView]:
    """`PatrolView`s, newest first."""

    modes = mode_labels(parent)

    def hours(p: PatrolView) -> str:
        start, end = to_wib(p.starts_at), to_wib(p.ends_at)
        plus = " (+1)" if end.date() != start.date() else ""
        return f"{start:%H.%M}–{end:%H.%M}{plus}"

    columns = (
        Column[PatrolView](
            translate("PatrolsModel", "Date"),
            lambda p: f"{to_wib(p.starts_at):%d/%m/%Y}",
            sort_key=lambda p: p.starts_at,
        ),
        Column[PatrolView](
            translate("PatrolsModel", "Time (WIB)"),
            hours,
            sort_key=lambda p: to_wib(p.starts_at).time(),
        ),
        Column[PatrolView](translate("PatrolsModel", "Route"), lambda p: " → ".join(p.route_names)),
        Column[PatrolView](translate("PatrolsModel", "Mode"), lambda p: modes.get(p.mode, p.mode)),
        Column[PatrolView](
            translate("PatrolsModel", "Officers"),
            lambda p: ", ".join(o.name for o in p.officers),
        ),
        Column[PatrolView](
            translate("PatrolsModel", "Findings"),
            lambda p: p.findings.replace("\n", " "),
            tooltip=lambda p: p.findings or None,
        ),
    )
    return RowsModel(columns, parent)


class PatrolsPage(QWidget):
    """The patrol log filtered by period, nagari on the route and mode; New and Edit open `PatrolDialog`."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: PatrolDialog | None = None  # the dialog currently open (tests reach it here)
        self._officers: list[OfficerView] = []
        self.model = patrols_model(self)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload()

    def _setup_ui(self) -> None:
        today = today_wib()
        self.period = PeriodBar(today.replace(day=1), today, self)
        self.region = RegionPicker(self)
        self.mode_combo = code_combo(self, "mode_filter", mode_labels(self), first=(self.tr("All modes"), ""))
        self.new_button = QPushButton(self.tr("New patrol…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button.clicked.connect(lambda _=False: self.new_patrol())
        self.edit_button.clicked.connect(lambda _=False: self.edit_selected())
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(QLabel(self.tr("Kecamatan")))
        filters.addWidget(self.region.kecamatan_combo)
        filters.addWidget(QLabel(self.tr("Nagari")))
        filters.addWidget(self.region.nagari_combo)
        filters.addWidget(self.mode_combo)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.edit_button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        fit, stretch = (COL_DATE, COL_TIME, COL_MODE), (COL_ROUTE, COL_OFFICERS, COL_FINDINGS)
        read_only(self.table, fit=fit, stretch=stretch, wrap=False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.period.changed.connect(self.reload)
        self.region.nagari_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.region.kecamatan_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.reload())

    def reload(self) -> None:
        sf = self._ctx.session_factory
        date_from, date_to = self.period.period()
        nagari, mode = self.region.nagari_code(), self.mode_combo.currentData() or ""

        def load() -> tuple[list[PatrolView], list[OfficerView]]:
            rows = list_patrols(sf, date_from=date_from, date_to=date_to, nagari_code=nagari, mode=mode)
            return rows, list_officers(sf, active_only=False)

        self._ctx.runner.run_db(
            load,
            on_done=self._loaded,
            on_error=lambda exc: log.error("patrols could not be loaded", exc_info=exc),
        )

    def _loaded(self, result: tuple[list[PatrolView], list[OfficerView]]) -> None:
        rows, self._officers = result
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n patrol(s)", "", len(rows)))
        self.edit_button.setEnabled(bool(rows))

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("patrol", "officer"):
            self.reload()

    def selected(self) -> PatrolView | None:
        return self.model.selected(self.table)

    def new_patrol(self) -> PatrolDialog:
        return self._open(None)

    def edit_selected(self) -> PatrolDialog | None:
        patrol = self.selected()
        return self._open(patrol) if patrol is not None else None

    def _open(self, patrol: PatrolView | None) -> PatrolDialog:
        return open_kept(self, PatrolDialog(self._ctx, self._officers, patrol, self))


class PatrolDialog(AsksBeforeDiscarding, QDialog):
    """Date and time window (WIB; an end before the start means the next morning), route, mode, officers,
    findings; saved through the runner, the service's messages shown next to the fields."""

    def __init__(
        self,
        ctx: UiContext,
        officers: list[OfficerView],
        patrol: PatrolView | None = None,
        parent: QWidget | None = None,
        *,
        route: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        self._ctx = ctx
        self.patrol = patrol
        self._prefill_route = route  # a new patrol's suggested route (nagari codes), e.g. from hotspots
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit patrol") if patrol else self.tr("New patrol"))
        self.resize(640, 640)
        on_patrol = set(patrol.officer_ids) if patrol else set()
        self._officers = [o for o in officers if o.active or o.id in on_patrol]
        self._setup_ui()
        self._fill(patrol)
        self.mark_clean()

    def _setup_ui(self) -> None:
        self.date_edit = date_edit(self, today_wib(), "patrol_date")
        self.start_edit = QTimeEdit(self)
        self.start_edit.setObjectName("starts_at")
        self.end_edit = QTimeEdit(self)
        self.end_edit.setObjectName("ends_at")
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(lambda _t: self._update_next_day())
        self.next_day_label = QLabel(self.tr("ends the next day"))
        self.next_day_label.setStyleSheet("color: palette(mid);")
        when = QHBoxLayout()
        for w in (self.date_edit, self.start_edit, QLabel("–"), self.end_edit, QLabel("WIB")):
            when.addWidget(w)
        when.addWidget(self.next_day_label)
        when.addStretch(1)
        self.mode_combo = code_combo(self, "mode", mode_labels(self))
        # The route builder: pick kecamatan then nagari, add; reorder or remove in the list.
        self.region = RegionPicker(self)
        self.add_nagari_button = QPushButton(self.tr("Add to route"))
        self.add_nagari_button.clicked.connect(lambda _=False: self.add_nagari(self.region.nagari_code()))
        self.route_list = QListWidget(self)
        self.route_list.setObjectName("route")
        self.route_list.setFixedHeight(110)
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button.clicked.connect(lambda _=False: self._move(-1))
        self.down_button.clicked.connect(lambda _=False: self._move(1))
        self.remove_button.clicked.connect(lambda _=False: self._remove())
        pick = QHBoxLayout()
        pick.addWidget(self.region.kecamatan_combo, 1)
        pick.addWidget(self.region.nagari_combo, 1)
        pick.addWidget(self.add_nagari_button)
        order = QVBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(b)
        order.setAlignment(Qt.AlignmentFlag.AlignTop)
        route_row = QHBoxLayout()
        route_row.addWidget(self.route_list, 1)
        route_row.addLayout(order)
        route = QVBoxLayout()
        route.addLayout(pick)
        route.addLayout(route_row)
        self.officer_list = QListWidget(self)
        self.officer_list.setObjectName("officers")
        self.officer_list.setFixedHeight(130)
        for o in self._officers:
            item = QListWidgetItem(f"{o.name} — {o.rank} {o.nrp}", self.officer_list)
            item.setData(ID_ROLE, o.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.findings_edit = QPlainTextEdit(self)
        self.findings_edit.setObjectName("findings")
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setPlaceholderText(self.tr("What was seen or done along the route"))
        form = QFormLayout()
        form.addRow(self.tr("Date and time"), self.errors.row(when, "starts_at", self.start_edit))
        ends = QVBoxLayout()  # the end time's message on its own row, under the whole time row
        ends.addWidget(self.errors.label_for("ends_at", self.end_edit))
        form.addRow("", ends)
        form.addRow(self.tr("Mode"), self.errors.row(self.mode_combo, "mode"))
        form.addRow(self.tr("Route"), self.errors.row(route, "route", self.route_list))
        form.addRow(self.tr("Officers"), self.errors.row(self.officer_list, "officers"))
        form.addRow(self.tr("Findings"), self.errors.row(self.findings_edit, "findings"))
        self.buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)

    def _fill(self, patrol: PatrolView | None) -> None:
        if patrol is None:
            now = to_wib(now_utc())
            self.start_edit.setTime(QTime(max(0, now.hour - 2), 0))
            self.end_edit.setTime(QTime(now.hour, 0))
            mine = self._ctx.officer_id
            self._check_officers({mine})
            for code in self._prefill_route:
                self.add_nagari(code)
            self._update_next_day()
            return
        start, end = to_wib(patrol.starts_at), to_wib(patrol.ends_at)
        self.date_edit.setDate(QDate(start.date()))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(patrol.mode)))
        for code in patrol.route:
            self.add_nagari(code)
        self._check_officers(set(patrol.officer_ids))
        self.findings_edit.setPlainText(patrol.findings)
        self._update_next_day()

    def _check_officers(self, ids: set[str]) -> None:
        for i in range(self.officer_list.count()):
            item = self.officer_list.item(i)
            checked = item.data(ID_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_next_day(self) -> None:
        self.next_day_label.setVisible(self.end_edit.time() <= self.start_edit.time())

    def add_nagari(self, code: str) -> None:
        if not code:
            return
        item = QListWidgetItem(f"{self.route_list.count() + 1}. {region_name(code)}", self.route_list)
        item.setData(ID_ROLE, code)
        self.route_list.setCurrentItem(item)
        self._renumber()

    def _move(self, step: int) -> None:
        row = self.route_list.currentRow()
        if row < 0 or not 0 <= row + step < self.route_list.count():
            return
        item = self.route_list.takeItem(row)
        self.route_list.insertItem(row + step, item)
        self.route_list.setCurrentRow(row + step)
        self._renumber()

    def _remove(self) -> None:
        row = self.route_list.currentRow()
        if row >= 0:
            self.route_list.takeItem(row)
            self._renumber()

    def _renumber(self) -> None:
        for i in range(self.route_list.count()):
            item = self.route_list.item(i)
            item.setText(f"{i + 1}. {region_name(item.data(ID_ROLE))}")

    def route(self) -> tuple[str, ...]:
        return tuple(self.route_list.item(i).data(ID_ROLE) for i in range(self.route_list.count()))

    def officer_ids(self) -> tuple[str, ...]:
        items = (self.officer_list.item(i) for i in range(self.officer_list.count()))
        return tuple(it.data(ID_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked)

    def value(self) -> PatrolInput:
        day = self.date_edit.date().toPython()
        start_t, end_t = self.start_edit.time().toPython(), self.end_edit.time().toPython()
        starts_at = datetime.combine(day, start_t, tzinfo=WIB).replace(second=0, microsecond=0)
        ends_at = datetime.combine(day, end_t, tzinfo=WIB).replace(second=0, microsecond=0)
        if ends_at <= starts_at:  # a night patrol: 22.00–02.00 ends the next morning
            ends_at += timedelta(days=1)
        return PatrolInput(
            starts_at=starts_at,
            ends_at=ends_at,
            route=self.route(),
            mode=self.mode_combo.currentData(),
            officer_ids=self.officer_ids(),
            findings=self.findings_edit.toPlainText(),
        )

    def save(self) -> None:
        data, sf = self.value(), self._ctx.session_factory
        officer_id = self._ctx.officer_id
        patrol_id = self.patrol.id if self.patrol else None
        if patrol_id is None:
            call = lambda: record_patrol(sf, data=data, officer_id=officer_id)  # noqa: E731
        else:
            call = lambda: update_patrol(sf, patrol_id=patrol_id, data=data, officer_id=officer_id)  # noqa: E731
        submit_dialog(self, self._ctx, call, entity="patrol", errors=self.errors, buttons=self.buttons)
