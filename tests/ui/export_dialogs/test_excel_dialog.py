"""The Excel export dialog driven as a user would: personal data only for a head or an admin, read back and
audited; progress from the worker thread; cancelling or closing leaves no file and no audit; bad input refused
next to its field."""

from __future__ import annotations

import threading
import time
from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

import exports.reports_xlsx
from tests.ui.export_dialogs.helpers import REPORTS, ctx_for, export_audits, leftovers, open_dialog
from ui.exports.excel_dialog import ExcelExportDialog
from ui.widgets.progress_task import ProgressTask


def _wide_period(dialog: ExcelExportDialog) -> None:
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    dialog.to_edit.setDate(QDate(2026, 12, 31))


def test_head_exports_personal_data_read_back_and_audited(qtbot, demo_sf, tmp_path, save_as, opened):
    ctx = ctx_for(demo_sf, tmp_path, "head")
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
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
    officer, after = export_audits(demo_sf)[-1]
    assert officer == ctx.officer.id and after["personal"] is True and after["rows"]["Laporan"] == REPORTS
    assert "with personal data" in dialog.status_label.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]


def test_officer_cannot_pick_personal_data(qtbot, demo_sf, tmp_path):
    ctx = ctx_for(demo_sf, tmp_path, "officer")
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
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
    officer, after = export_audits(demo_sf)[-1]
    assert officer == ctx.officer.id and after["personal"] is False


def test_excel_progress_reaches_the_dialog_from_the_worker_thread(qtbot, demo_sf, tmp_path, monkeypatch):
    monkeypatch.setattr(exports.reports_xlsx, "STEP", 7)
    ctx = ctx_for(demo_sf, tmp_path, "admin", threaded=True)
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
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
    ctx = ctx_for(demo_sf, tmp_path, "admin")
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
    _wide_period(dialog)
    before = len(export_audits(demo_sf))
    dialog.task_started.connect(
        lambda task: task.progressed.connect(
            lambda done, _t: task.dialog.canceled.emit() if done >= 10 else None
        )
    )
    exported: list[object] = []
    dialog.exported.connect(exported.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert exported == [] and leftovers(ctx.output_dir) == []
    assert len(export_audits(demo_sf)) == before
    assert dialog.status_label.text() == "Cancelled; no file was written."


def test_bad_date_range_shows_the_message_next_to_the_field(qtbot, demo_sf, tmp_path):
    ctx = ctx_for(demo_sf, tmp_path, "admin")
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    dialog.from_edit.setDate(QDate(2026, 11, 20))
    dialog.to_edit.setDate(QDate(2026, 11, 5))
    label = dialog.findChild(QWidget, "error_date_to")
    assert label.isVisible() and label.text() == "The end of the period is before its start."
    started: list[object] = []
    dialog.task_started.connect(started.append)
    before = len(export_audits(demo_sf))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert started == [] and leftovers(ctx.output_dir) == [] and len(export_audits(demo_sf)) == before
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    assert not label.isVisible()


def test_closing_during_an_export_cancels_it_first(qtbot, demo_sf, tmp_path, monkeypatch):
    import ui.exports.excel_dialog as excel_dialog

    def slow_export(_sf, *, out, progress, cancelled, **_kw):
        progress(0, 100)
        while not cancelled():
            time.sleep(0.01)
        raise exports.reports_xlsx.ExportCancelled()

    monkeypatch.setattr(excel_dialog, "export_reports_xlsx", slow_export)
    ctx = ctx_for(demo_sf, tmp_path, "admin", threaded=True)
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
    dialog.show()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # the Close button while the worker runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Cancelled; no file was written.", timeout=5000)
    assert ctx.runner.wait_idle() and leftovers(ctx.output_dir) == []
    dialog.reject()
    assert not dialog.isVisible()


def test_the_file_row_refuses_the_station_database(qtbot, demo_sf, tmp_path):
    ctx = ctx_for(demo_sf, tmp_path, "admin")
    dialog = open_dialog(qtbot, ExcelExportDialog, ctx)
    ctx.data_dir.mkdir(exist_ok=True)
    (ctx.data_dir / "sentra.xlsx").write_bytes(b"station")
    dialog.file_row.edit.setText(str(ctx.data_dir / "sentra.xlsx"))
    problem = dialog.file_row.problem(ctx.output_dir, ctx.data_dir)
    assert problem is not None and "station's own files" in problem
    ctx.output_dir.mkdir(parents=True, exist_ok=True)
    dialog.file_row.edit.setText(str(ctx.output_dir / "ok.xlsx"))
    assert dialog.file_row.problem(ctx.output_dir, ctx.data_dir) is None
