"""The crime-analysis page: a period picker, headline tiles, charts, the heat map and the hotspots."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.queries.analysis import AnalysisData, analysis_data, period_bounds
from db.queries.hotspots import Hotspot, PatrolTarget, hotspots_for_period, patrol_targets
from db.rules.regions import region_name
from db.rules.timeutil import now_utc, to_wib
from db.services.officers import OfficerView, list_officers
from ui.analysis.charts import BreakdownChart, HeatMapTable, TrendChart
from ui.analysis.hotspot_panel import HotspotPanel
from ui.analysis.period import PRESET_CUSTOM, PeriodPicker
from ui.analysis.tiles import HeadlineTiles
from ui.community import open_kept
from ui.community.patrols_page import PatrolDialog
from ui.context import UiContext
from ui.widgets.paragraph import paragraph

if TYPE_CHECKING:  # SQLAlchemy's types only; the page never opens a session itself
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

# Writes after which the figures may have changed (patrols, devices and officers do not move them).
_IGNORED_ENTITIES = frozenset({"patrol", "officer", "device", "training", "station"})


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    data: AnalysisData
    hotspots: tuple[Hotspot, ...]
    targets: tuple[PatrolTarget, ...]


def load_analysis(session_factory: sessionmaker[Session], start: date, end: date) -> AnalysisResult:
    """Everything the page shows, read on the DB thread."""
    data = analysis_data(session_factory, start, end)
    start_utc, end_utc = period_bounds(start, end)
    hotspots = hotspots_for_period(session_factory, start_utc, end_utc)
    return AnalysisResult(data, hotspots, patrol_targets(hotspots))


def _section(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600;")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class AnalysisPage(QWidget):
    """Figures for a chosen period, loaded through the task runner; an answer to an older request is dropped
    (the window never waits for it)."""

    pemda_written = Signal(object)  # the Path of the Pemda list

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._request = 0  # the number of the newest load; older answers are ignored
        self._dirty = False
        self.result: AnalysisResult | None = None
        self.patrol_dialog: PatrolDialog | None = None  # the dialog currently open (tests reach it here)
        self._setup_ui(today)
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload()

    def _setup_ui(self, today: date | None) -> None:
        self.period = PeriodPicker(today, self)
        self.refresh_button = QPushButton(self.tr("R&efresh"), self)
        self.refresh_button.clicked.connect(lambda _=False: self.reload())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("analysis_status")
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.refresh_button)
        self.empty_label = paragraph(
            self.tr(
                "Nothing was recorded in this period: no reports, outreach sessions or survey answers. "
                "Choose another period above."
            ),
            self,
        )
        self.empty_label.setObjectName("analysis_empty")
        self.empty_label.setStyleSheet("font-size: 12pt; padding: 24px; color: palette(mid);")
        self.empty_label.hide()

        self.tiles = HeadlineTiles()
        other = self.tr("Other")
        self.category_chart = BreakdownChart(self.tr("Reports by category"), "category_chart", other)
        self.kecamatan_chart = BreakdownChart(
            self.tr("Reports by kecamatan"), "kecamatan_chart", other, bars=16
        )
        self.nagari_table = QTableWidget(0, 3)
        self.nagari_table.setObjectName("nagari_table")
        self.nagari_table.setHorizontalHeaderLabels(
            [self.tr("Nagari"), self.tr("Kecamatan"), self.tr("Reports")]
        )
        self.nagari_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nagari_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.nagari_table.verticalHeader().setVisible(False)
        self.nagari_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.nagari_table.setMinimumHeight(230)
        locale = QLocale()
        weekdays = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        self.heat_map = HeatMapTable(weekdays, self.tr("{day} {hour}.00 WIB: {count} police reports"))
        self.trend_chart = TrendChart(
            self.tr("Last 12 months"), (self.tr("Received"), self.tr("CT"), self.tr("CC"))
        )
        self.hotspot_panel = HotspotPanel()
        self.hotspot_panel.plan_requested.connect(self.plan_patrol)
        self.hotspot_panel.pemda_requested.connect(lambda: self.export_pemda_list())

        grid = QGridLayout()
        grid.addWidget(self.category_chart, 0, 0)
        grid.addWidget(self.kecamatan_chart, 0, 1)
        grid.addWidget(_section(self.tr("Reports by nagari"), self.nagari_table), 1, 0)
        heat_title = self.tr("Police reports by weekday and hour of the incident (WIB)")
        heat_box = _section(heat_title, self.heat_map)
        self.heat_note = paragraph()
        self.heat_note.setObjectName("heat_note")
        self.heat_note.setStyleSheet("color: #555;")
        heat_box.layout().addWidget(self.heat_note)
        grid.addWidget(heat_box, 1, 1)
        grid.addWidget(self.trend_chart, 2, 0)
        grid.addWidget(self.hotspot_panel, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.addWidget(self.tiles)
        content_layout.addLayout(grid, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)
        self.period.changed.connect(lambda _a, _b: self.reload())
        self.setTabOrder(self.period.preset_combo, self.period.from_edit)
        self.setTabOrder(self.period.from_edit, self.period.to_edit)
        self.setTabOrder(self.period.to_edit, self.refresh_button)

    # ----- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.period.preset() != PRESET_CUSTOM:
            self.period.refresh_preset()  # "this month" moves on when the app runs past midnight
        if not self.period.is_valid():
            return
        self._request += 1
        request = self._request
        start, end = self.period.period()
        sf = self._ctx.session_factory
        self._dirty = False
        self.status_label.setText(self.tr("Loading…"))
        # Reads only, in deferred read transactions (WAL): on the I/O pool, so a report saved at the counter
        # never queues behind a year of figures on the database thread.
        self._ctx.runner.run_io(
            lambda: load_analysis(sf, start, end),
            on_done=lambda result: self._loaded(request, result),
            on_error=lambda exc: self._failed(request, exc),
        )

    def is_loading(self) -> bool:
        return self.status_label.text() == self.tr("Loading…")

    def _loaded(self, request: int, result: AnalysisResult) -> None:
        if request != self._request:
            return  # an answer for a period no longer asked for
        self.result = result
        data = result.data
        self.status_label.setText(self.tr("As of {time} WIB").format(time=f"{to_wib(now_utc()):%H.%M}"))
        empty = data.is_empty and not result.hotspots
        self.empty_label.setVisible(empty)
        self.scroll_area.setVisible(not empty)
        self.tiles.set_data(data)
        no_category = self.tr("(no category)")
        no_place = self.tr("(not given)")
        self.category_chart.set_rows([(r.label or no_category, r.count) for r in data.by_category])
        self.kecamatan_chart.set_rows([(r.label or no_place, r.count) for r in data.by_kecamatan])
        self._fill_nagari(data, no_place)
        self.heat_map.set_matrix(data.hour_weekday)
        total = sum(sum(row) for row in data.hour_weekday)
        self.heat_note.setText(
            self.tr(
                "Counted at the incident time where known ({n} of {total}), otherwise at the time received."
            )
            .replace("{n}", QLocale().toString(data.hour_weekday_at_incident))
            .replace("{total}", QLocale().toString(total))
        )
        self.trend_chart.set_trend(data.trend)
        self.hotspot_panel.set_hotspots(result.hotspots, result.targets)

    def _fill_nagari(self, data: AnalysisData, no_place: str) -> None:
        loc = QLocale()
        self.nagari_table.setRowCount(len(data.by_nagari))
        for row, r in enumerate(data.by_nagari):
            kecamatan = region_name(r.code.rsplit(".", 1)[0]) if r.code else ""
            count = QTableWidgetItem(loc.toString(r.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.nagari_table.setItem(row, 0, QTableWidgetItem(r.label or no_place))
            self.nagari_table.setItem(row, 1, QTableWidgetItem(kecamatan))
            self.nagari_table.setItem(row, 2, count)

    def _failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        log.error("analysis could not be loaded", exc_info=exc)
        self.status_label.setText(self.tr("The figures could not be loaded."))

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in _IGNORED_ENTITIES:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True  # reload when shown: a hidden page need not read a million rows

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # ----- planning a patrol -------------------------------------------------------------------------

    def plan_patrol(self, target: PatrolTarget) -> None:
        """Open the patrol log's new-patrol dialog with the target nagari as the route."""
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(
            lambda: list_officers(sf, active_only=False),
            on_done=lambda officers: self._open_patrol_dialog(target, officers),
            on_error=lambda exc: log.error("officers could not be loaded", exc_info=exc),
        )

    def _open_patrol_dialog(self, target: PatrolTarget, officers: list[OfficerView]) -> None:
        dialog = PatrolDialog(self._ctx, officers, None, self, route=(target.nagari_code,))
        open_kept(self, dialog, "patrol_dialog")

    # ----- the Pemda list --------------------------------------------------------------------------------

    def export_pemda_list(self, out: Path | None = None) -> None:
        """The hotspot nagari and what they need (lighting, CCTV) as Excel; asks where if `out` is None."""
        start, end = self.period.period()
        if out is None:
            suggested = self._ctx.output_dir / f"titik-rawan-pemda-{start:%Y-%m-%d}-{end:%Y-%m-%d}.xlsx"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Excel list for the Pemda"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
            )
            if not name:
                return
            out = Path(name)
        from exports.output_files import OutputPathRefused, check_output_path
        from ui.exports.output_file import output_refusal

        try:
            check_output_path(out, self._ctx.data_dir, documents=self._ctx.output_dir)
        except OutputPathRefused as exc:
            QMessageBox.warning(self, self.tr("Excel list for the Pemda"), output_refusal(exc))
            return
        sf, start_utc, end_utc = self._ctx.session_factory, *period_bounds(start, end)

        def write() -> Path:
            from db.queries.hotspots import pemda_hotspot_list
            from exports.hotspots_xlsx import write_hotspots_xlsx

            write_hotspots_xlsx(pemda_hotspot_list(sf, start_utc, end_utc), out)
            return out

        def done(path: Path) -> None:
            self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
            self.pemda_written.emit(path)

        self._ctx.runner.run_io(
            write,
            on_done=done,
            on_error=lambda exc: QMessageBox.warning(self, self.tr("Excel list for the Pemda"), str(exc)),
        )
