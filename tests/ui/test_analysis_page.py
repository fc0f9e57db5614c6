"""The analysis page as a user drives it: loads off the UI thread, period changes, hotspots, plan a patrol."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate

from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from ui.analysis import AnalysisPage
from ui.analysis.hotspot_panel import HS_COUNT, HS_NAGARI
from ui.analysis.period import PRESET_CUSTOM, PRESET_LAST_MONTH, PRESET_THIS_YEAR
from ui.context import UiContext
from ui.task_runner import TaskRunner

TODAY = date(2026, 11, 28)
KEC, HOT_NAGARI, QUIET_NAGARI = "13.02.08", "13.02.08.2003", "13.02.08.2005"  # Bukit Sundi: Bukit Tandang


def _report(sf, officer_id: str, at: datetime, nagari: str, kind: str = "LP_B") -> None:
    data = ReportInput(
        kind=kind,
        citizen=CitizenInput(name="Siti Rahmah"),
        offense="Curanmor R2",
        chronology="Kronologi singkat",
        incident_kecamatan_code=KEC,
        incident_nagari_code=nagari,
    )
    register_report(sf, data=data, officer_id=officer_id, now=at)


@pytest.fixture
def seeded(session_factory, station):
    """A quiet year (one report a month elsewhere), then six police reports in one nagari in November."""
    _, admin = station
    for month in range(1, 13):
        year = 2025 if month == 12 else 2026
        if (year, month) != (2026, 11):
            _report(session_factory, admin.id, datetime(year, month, 5, 3, tzinfo=UTC), QUIET_NAGARI)
    for day in (3, 7, 10, 14, 18, 21):
        _report(session_factory, admin.id, datetime(2026, 11, day, 14, tzinfo=UTC), HOT_NAGARI)
    return station


def _ctx(session_factory, station, tmp_path, runner: TaskRunner) -> UiContext:
    st, admin = station
    return UiContext(
        session_factory=session_factory, runner=runner, data_dir=tmp_path / "data", station=st, officer=admin
    )


@pytest.fixture
def page(qtbot, session_factory, seeded, tmp_path):
    ctx = _ctx(session_factory, seeded, tmp_path, TaskRunner(synchronous=True))
    page = AnalysisPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_loads_this_month_with_tiles_charts_and_hotspots(page):
    assert page.result is not None
    assert page.period.period() == (date(2026, 11, 1), TODAY)
    assert page.tiles.tiles["received"].value.text() == "6"
    assert page.tiles.tiles["ct"].value.text() == "6"
    assert page.tiles.tiles["ikm"].value.text() == "–"
    # 21:00 WIB (14:00 UTC) on six days: Tuesday the 3rd, Saturday the 7th, the 10th (Tuesday)...
    assert sum(page.heat_map.count(day, 21) for day in range(7)) == 6
    assert page.heat_map.count(1, 21) == 2  # Tuesdays 3 and 10 November
    assert page.nagari_table.rowCount() == 1 and page.nagari_table.item(0, 0).text() == "Bukit Tandang"
    assert page.kecamatan_chart.labels == ["Bukit Sundi"] and page.kecamatan_chart.values == [6]
    assert len(page.trend_chart.points) == 12 and page.trend_chart.points[-1].ct == 6
    panel = page.hotspot_panel
    assert panel.method_label.text() == (
        "Two-rate test against each nagari's own 12-month baseline, Benjamini–Hochberg corrected "
        "across all nagari tested (q = 0.05), at least 3 reports"
    )
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, HS_NAGARI).text() == "Bukit Tandang"
    assert panel.table.item(0, HS_COUNT).text() == "6"
    assert panel.targets_table.rowCount() == 1 and panel.plan_button.isEnabled()
    assert not page.empty_label.isVisibleTo(page)


def test_changing_the_period_reloads(page):
    page.period.set_preset(PRESET_LAST_MONTH)
    assert page.period.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert page.tiles.tiles["received"].value.text() == "1"
    assert page.hotspot_panel.table.rowCount() == 0
    assert page.hotspot_panel.empty_label.isVisibleTo(page) and not page.hotspot_panel.plan_button.isEnabled()
    page.period.set_preset(PRESET_THIS_YEAR)
    assert page.period.period() == (date(2026, 1, 1), TODAY)
    assert page.tiles.tiles["received"].value.text() == "16"  # ten quiet months and six in November


def test_custom_range_edits_and_bad_range_message(page):
    page.period.set_preset(PRESET_CUSTOM)
    assert page.period.from_edit.isEnabled()
    page.period.set_custom(date(2026, 11, 10), date(2026, 11, 14))
    assert page.tiles.tiles["received"].value.text() == "2"  # the 10th and the 14th
    before = page.result
    page.period.from_edit.setDate(QDate(2026, 11, 20))  # after the end
    assert page.period.error_label.isVisibleTo(page)
    assert page.result is before  # nothing reloaded for an impossible range


def test_empty_state(page):
    page.period.set_custom(date(2024, 1, 1), date(2024, 1, 31))
    assert page.empty_label.isVisibleTo(page) and not page.scroll_area.isVisibleTo(page)


def test_plan_patrol_prefills_the_route(page):
    page.hotspot_panel.plan_button.click()
    dialog = page.patrol_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.route() == (HOT_NAGARI,)
    assert dialog.patrol is None  # a new patrol, not an edit
    dialog.reject()


class _HeldRunner(TaskRunner):
    """Keeps each background job until the test lets it finish, in any order."""

    def __init__(self):
        super().__init__(synchronous=True)
        self.held: list[tuple] = []

    def run_io(self, fn, *, on_done=None, on_error=None):  # type: ignore[override]
        self.held.append((fn, on_done))


def test_an_older_answer_is_ignored(qtbot, session_factory, seeded, tmp_path):
    runner = _HeldRunner()
    page = AnalysisPage(_ctx(session_factory, seeded, tmp_path, runner), today=TODAY)
    qtbot.addWidget(page)
    page.period.set_preset(PRESET_LAST_MONTH)
    (old_fn, old_done), (new_fn, new_done) = runner.held
    new_done(new_fn())
    assert page.tiles.tiles["received"].value.text() == "1"
    old_done(old_fn())  # November's answer arrives late
    assert page.tiles.tiles["received"].value.text() == "1"
    assert page.result is not None and page.result.data.start == date(2026, 10, 1)


def test_loads_in_the_background(qtbot, session_factory, seeded, tmp_path):
    runner = TaskRunner()
    page = AnalysisPage(_ctx(session_factory, seeded, tmp_path, runner), today=TODAY)
    qtbot.addWidget(page)
    assert page.result is None and page.is_loading()  # the constructor returned before the figures came
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.tiles.tiles["received"].value.text() == "6"
    runner.wait_idle()


def test_the_pemda_list_is_written_from_the_hotspot_panel(page, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "pemda.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert page.hotspot_panel.pemda_button.isEnabled()
    page.hotspot_panel.pemda_button.click()
    page._ctx.runner.wait_idle()
    assert out.exists() and str(out) in page.status_label.text()
    text = " ".join(
        str(c) for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c is not None
    )
    assert "Bukit Tandang" in text


def test_the_pemda_list_never_replaces_a_station_file(page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    station_db = page._ctx.data_dir / "sentra.sqlite"
    station_db.parent.mkdir(parents=True, exist_ok=True)
    station_db.write_bytes(b"station")
    page.export_pemda_list(out=station_db)
    page._ctx.runner.wait_idle()
    assert station_db.read_bytes() == b"station"
    assert len(warnings) == 1 and "station's own files" in warnings[0]
