"""The monthly report and Excel export dialogs driven as a user would, and the progress/cancel runner."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import select

import exports.reports_xlsx
from db.demo.station import DEMO_OFFICERS, create_demo
from db.models import AuditEntry
from db.services.officers import list_officers
from db.storage.engine import read_session
from tests.builders import session_factory_on_copy
from tests.pdf_text import pdf_text
from ui.context import UiContext
from ui.exports.excel_dialog import ExcelExportDialog, open_excel_export
from ui.exports.monthly_dialog import MonthlyReportDialog, open_monthly_report
from ui.task_runner import TaskRunner
from ui.widgets.progress_task import SHOW_AFTER_MS, ProgressTask, TaskCancelled

NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
REPORTS = 40


@pytest.fixture(scope="module")
def demo_db(template_db, tmp_path_factory) -> Path:
    """The demo station with REPORTS reports, made once (its password hashing is slow) and copied per test."""
    path = tmp_path_factory.mktemp("export-dialogs") / "sentra.sqlite"
    with session_factory_on_copy(template_db, path) as session_factory:
        create_demo(session_factory, reports=REPORTS, seed=7, now=NOW)
    return path


@pytest.fixture
def demo_sf(demo_db, tmp_path):
    with session_factory_on_copy(demo_db, tmp_path / "sentra.sqlite") as session_factory:
        yield session_factory


def _ctx(sf, tmp_path: Path, role: str, *, threaded: bool = False) -> UiContext:
    if role == "admin":
        officer = next(o for o in list_officers(sf) if o.role == "admin")
    else:
        nrp = next(o[1] for o in DEMO_OFFICERS if o[3] == role)
        officer = next(o for o in list_officers(sf) if o.nrp == nrp)
    return UiContext(
        session_factory=sf,
        runner=TaskRunner(synchronous=not threaded),
        data_dir=tmp_path / "data",
        officer=officer,
        output_dir=tmp_path / "data" / "docs",
    )


def _dialog(qtbot, dialog_class, ctx):
    """The export dialog `dialog_class` as of TODAY, closed with the test."""
    dialog = dialog_class(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers with the path put in `target[0]`; the captions are recorded."""
    target: list[Path] = []
    asked: list[str] = []

    def fake(_parent, caption, _start, _filter, *a, **k):
        asked.append(caption)
        return (str(target[0]), _filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return target


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _export_audits(sf) -> list[tuple[str | None, dict]]:
    with read_session(sf) as s:
        rows = s.execute(
            select(AuditEntry.officer_id, AuditEntry.after_json).where(AuditEntry.action == "export_xlsx")
        ).all()
    return [(officer, json.loads(after)) for officer, after in rows]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# ----- monthly report --------------------------------------------------------------------------------


def test_monthly_report_writes_the_internal_pdf_then_opens_and_previews_it(
    qtbot, demo_sf, tmp_path, save_as, opened, monkeypatch
):
    ctx = _ctx(demo_sf, tmp_path, "admin")
    dialog = _dialog(qtbot, MonthlyReportDialog, ctx)
    # Last month by default, internal for an admin, named after the month in the documents folder.
    assert dialog.period() == (2026, 10) and not dialog.is_public()
    assert Path(dialog.file_row.edit.text()) == ctx.output_dir / "laporan-bulanan-2026-10.pdf"
    out = tmp_path / "chosen" / "oktober.pdf"
    out.parent.mkdir()
    save_as.append(out)
    qtbot.mouseClick(dialog.file_row.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_row.path() == out
    # Changing the month no longer renames a file the user chose.
    dialog.month_combo.setCurrentIndex(8)
    dialog.month_combo.setCurrentIndex(9)
    assert dialog.file_row.path() == out

    with qtbot.waitSignal(dialog.built):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out)
    assert "LAPORAN BULANAN SPKT" in text and "Oktober 2026" in text
    assert _leftovers(out.parent) == ["oktober.pdf"]
    assert dialog.open_button.isEnabled() and dialog.preview_button.isEnabled()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]
    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1 and previews[0].parent() is dialog


def test_officer_gets_the_public_release_only(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "officer")
    dialog = _dialog(qtbot, MonthlyReportDialog, ctx)
    dialog.show()
    assert not dialog.internal_radio.isEnabled() and dialog.public_radio.isChecked()
    assert dialog.role_note.isVisible() and "unit head" in dialog.role_note.text()
    qtbot.mouseClick(dialog.internal_radio, Qt.MouseButton.LeftButton)
    assert dialog.is_public()
    expected = ctx.output_dir / "rilis-data-bulanan-2026-10.pdf"
    assert dialog.file_row.path() == expected
    with qtbot.waitSignal(dialog.built):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    text = pdf_text(expected)
    assert "RILIS DATA BULANAN" in text and "LAPORAN BULANAN SPKT" not in text


def test_future_month_and_missing_folder_are_refused_next_to_the_fields(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "admin")
    dialog = _dialog(qtbot, MonthlyReportDialog, ctx)
    dialog.show()
    dialog.month_combo.setCurrentIndex(11)  # December 2026, after TODAY
    dialog.file_row.edit.setText(str(tmp_path / "no-such-folder" / "x.pdf"))
    started: list[object] = []
    dialog.task_started.connect(started.append)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("month") == "This month has not started yet."
    assert "does not exist" in dialog.errors.text("file")
    assert started == [] and not (tmp_path / "no-such-folder").exists()
    # The current month, though not over, may be reported.
    dialog.month_combo.setCurrentIndex(10)
    assert dialog.errors.text("month") == ""


@pytest.mark.parametrize("stop_at", [0, 1], ids=["while-counting", "while-writing"])
def test_cancelled_monthly_report_leaves_no_file(qtbot, demo_sf, tmp_path, stop_at):
    ctx = _ctx(demo_sf, tmp_path, "head")
    dialog = _dialog(qtbot, MonthlyReportDialog, ctx)

    def press_cancel(task: ProgressTask) -> None:
        # As the Cancel button does: the dialog's `canceled` signal.
        task.progressed.connect(lambda done, _total: task.dialog.canceled.emit() if done == stop_at else None)

    dialog.task_started.connect(press_cancel)
    built: list[object] = []
    dialog.built.connect(built.append)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert built == [] and _leftovers(ctx.output_dir) == []
    assert dialog.status_label.text() == "Cancelled; no file was written."
    assert dialog.make_button.isEnabled() and not dialog.open_button.isEnabled()


# ----- Excel export ----------------------------------------------------------------------------------


def _wide_period(dialog: ExcelExportDialog) -> None:
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    dialog.to_edit.setDate(QDate(2026, 12, 31))


def test_head_exports_personal_data_read_back_and_audited(qtbot, demo_sf, tmp_path, save_as, opened):
    ctx = _ctx(demo_sf, tmp_path, "head")
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    assert dialog.period() == (date(2026, 11, 1), date(2026, 11, 30))
    assert dialog.personal_check.isEnabled() and not dialog.personal_note.isVisible()
    _wide_period(dialog)
    qtbot.mouseClick(dialog.personal_check, Qt.MouseButton.LeftButton)
    assert dialog.personal_check.isChecked()
    out = tmp_path / "lengkap.xlsx"
    save_as.append(tmp_path / "lengkap")  # no suffix typed: added
    qtbot.mouseClick(dialog.file_row.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Laporan", "Riwayat Status", "Penyuluhan", "Survei IKM"]
    header = [c.value for c in next(wb["Laporan"].iter_rows(max_row=1))]
    assert "Nama Pelapor" in header and "Kronologi" in header
    assert sum(1 for _ in wb["Laporan"].iter_rows()) == REPORTS + 1
    officer, after = _export_audits(demo_sf)[-1]
    assert officer == ctx.officer.id and after["personal"] is True and after["rows"]["Laporan"] == REPORTS
    assert "with personal data" in dialog.status_label.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]


def test_officer_cannot_pick_personal_data(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "officer")
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    assert not dialog.personal_check.isEnabled() and dialog.personal_note.isVisible()
    assert "unit head or an admin" in dialog.personal_note.text()
    qtbot.mouseClick(dialog.personal_check, Qt.MouseButton.LeftButton)
    assert not dialog.personal_check.isChecked()
    # Even a box ticked behind the UI's back gives the anonymised workbook.
    dialog.personal_check.setChecked(True)
    _wide_period(dialog)
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = ctx.output_dir / "ekspor-laporan-20250101-20261231.xlsx"
    header = [c.value for c in next(load_workbook(out, read_only=True)["Laporan"].iter_rows(max_row=1))]
    assert "Nama Pelapor" not in header and "Kronologi" not in header
    officer, after = _export_audits(demo_sf)[-1]
    assert officer == ctx.officer.id and after["personal"] is False


def test_excel_progress_reaches_the_dialog_from_the_worker_thread(qtbot, demo_sf, tmp_path, monkeypatch):
    monkeypatch.setattr(exports.reports_xlsx, "STEP", 7)
    ctx = _ctx(demo_sf, tmp_path, "admin", threaded=True)
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    _wide_period(dialog)
    tasks: list[ProgressTask] = []
    threads: list[bool] = []
    dialog.task_started.connect(tasks.append)
    dialog.task_started.connect(
        lambda task: task.progressed.connect(
            lambda *_: threads.append(threading.current_thread() is threading.main_thread())
        )
    )
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    seen = tasks[0].seen
    total = seen[-1][1]
    assert total > REPORTS and seen[-1] == (total, total)
    assert len(seen) >= 5 and [v for v, _ in seen] == sorted(v for v, _ in seen)
    assert threads and all(threads)  # every dialog update ran in the GUI thread
    assert blocker.args[0].out.exists()


def test_cancelled_export_leaves_no_file_and_no_audit(qtbot, demo_sf, tmp_path, monkeypatch):
    monkeypatch.setattr(exports.reports_xlsx, "STEP", 5)
    ctx = _ctx(demo_sf, tmp_path, "admin")
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    _wide_period(dialog)
    before = len(_export_audits(demo_sf))
    dialog.task_started.connect(
        lambda task: task.progressed.connect(
            lambda done, _t: task.dialog.canceled.emit() if done >= 10 else None
        )
    )
    exported: list[object] = []
    dialog.exported.connect(exported.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert exported == [] and _leftovers(ctx.output_dir) == []
    assert len(_export_audits(demo_sf)) == before
    assert dialog.status_label.text() == "Cancelled; no file was written."


def test_bad_date_range_shows_the_message_next_to_the_field(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "admin")
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    dialog.from_edit.setDate(QDate(2026, 11, 20))
    dialog.to_edit.setDate(QDate(2026, 11, 5))
    label = dialog.findChild(QWidget, "error_date_to")
    assert label.isVisible() and label.text() == "The end of the period is before its start."
    started: list[object] = []
    dialog.task_started.connect(started.append)
    before = len(_export_audits(demo_sf))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert started == [] and _leftovers(ctx.output_dir) == [] and len(_export_audits(demo_sf)) == before
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    assert not label.isVisible()


def test_menu_functions_open_window_modal_dialogs(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "admin")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    open_monthly_report(ctx, window)
    open_excel_export(ctx, window)
    monthly = window.findChild(MonthlyReportDialog)
    excel = window.findChild(ExcelExportDialog)
    assert monthly.isVisible() and excel.isVisible()
    assert monthly.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    excel.reject()
    assert not excel.isVisible()


# ----- the progress runner itself ----------------------------------------------------------------------


def test_progress_dialog_appears_after_a_moment_and_cancel_stops_the_work(qtbot):
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = ProgressTask(runner, parent, title="t", label="working")
    dialog = task.dialog
    assert dialog.minimumDuration() == SHOW_AFTER_MS
    outcome: list[str] = []

    def work(progress, cancelled):
        progress(0, 0)  # nothing to count yet: indeterminate
        while not cancelled():
            time.sleep(0.01)
        raise TaskCancelled()

    started = time.monotonic()
    task.start(
        work, on_done=lambda _r: outcome.append("done"), on_cancelled=lambda: outcome.append("cancelled")
    )
    qtbot.wait(150)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    assert dialog.maximum() == 0  # busy bar
    cancel = next(b for b in dialog.findChildren(QWidget) if b.metaObject().className() == "QPushButton")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=3000)
    assert runner.wait_idle()


def test_quick_work_never_shows_the_dialog_and_errors_show_a_message(qtbot, warnings):
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    task = ProgressTask(runner, parent, title="t", label="l")
    shown: list[bool] = []
    task.progressed.connect(lambda *_: shown.append(task.dialog.isVisible()))
    with qtbot.waitSignal(task.finished):
        task.start(lambda progress, _c: progress(3, 4) or 42, on_done=results.append)
    assert results == [42] and task.seen == [(3, 4)] and shown == [False]

    failing = ProgressTask(runner, parent, title="t", label="l")
    with qtbot.waitSignal(failing.finished):
        failing.start(lambda _p, _c: (_ for _ in ()).throw(OSError("disk full")), on_done=results.append)
    assert results == [42] and warnings == ["It could not be finished: disk full"]


def test_closing_during_an_export_cancels_it_first(qtbot, demo_sf, tmp_path, monkeypatch):
    import ui.exports.excel_dialog as excel_dialog

    def slow_export(_sf, *, out, progress, cancelled, **_kw):
        progress(0, 100)
        while not cancelled():
            time.sleep(0.01)
        raise exports.reports_xlsx.ExportCancelled()

    monkeypatch.setattr(excel_dialog, "export_reports_xlsx", slow_export)
    ctx = _ctx(demo_sf, tmp_path, "admin", threaded=True)
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # the Close button while the worker runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Cancelled; no file was written.", timeout=5000)
    assert ctx.runner.wait_idle() and _leftovers(ctx.output_dir) == []
    dialog.reject()
    assert not dialog.isVisible()


def test_the_file_row_refuses_the_station_database(qtbot, demo_sf, tmp_path):
    ctx = _ctx(demo_sf, tmp_path, "admin")
    dialog = _dialog(qtbot, ExcelExportDialog, ctx)
    ctx.data_dir.mkdir(exist_ok=True)
    (ctx.data_dir / "sentra.xlsx").write_bytes(b"station")
    dialog.file_row.edit.setText(str(ctx.data_dir / "sentra.xlsx"))
    problem = dialog.file_row.problem(ctx.output_dir, ctx.data_dir)
    assert problem is not None and "station's own files" in problem
    ctx.output_dir.mkdir(parents=True, exist_ok=True)
    dialog.file_row.edit.setText(str(ctx.output_dir / "ok.xlsx"))
    assert dialog.file_row.problem(ctx.output_dir, ctx.data_dir) is None
