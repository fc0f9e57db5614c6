"""The monthly report dialog driven as a user would: the PDF written, opened and previewed; the public release
for an officer; bad input refused next to its field; a cancelled run leaves no file. And both export dialogs
as the menu opens them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from tests.pdf_text import pdf_text
from tests.ui.export_dialogs.helpers import ctx_for, leftovers, open_dialog
from ui.exports.excel_dialog import ExcelExportDialog, open_excel_export
from ui.exports.monthly_dialog import MonthlyReportDialog, open_monthly_report
from ui.widgets.progress_task import ProgressTask


def test_monthly_report_writes_the_internal_pdf_then_opens_and_previews_it(
    qtbot, demo_sf, tmp_path, save_as, opened, monkeypatch
):
    ctx = ctx_for(demo_sf, tmp_path, "admin")
    dialog = open_dialog(qtbot, MonthlyReportDialog, ctx)
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
    assert leftovers(out.parent) == ["oktober.pdf"]
    assert dialog.open_button.isEnabled() and dialog.preview_button.isEnabled()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]
    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1 and previews[0].parent() is dialog


def test_officer_gets_the_public_release_only(qtbot, demo_sf, tmp_path):
    ctx = ctx_for(demo_sf, tmp_path, "officer")
    dialog = open_dialog(qtbot, MonthlyReportDialog, ctx)
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
    ctx = ctx_for(demo_sf, tmp_path, "admin")
    dialog = open_dialog(qtbot, MonthlyReportDialog, ctx)
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
    ctx = ctx_for(demo_sf, tmp_path, "head")
    dialog = open_dialog(qtbot, MonthlyReportDialog, ctx)

    def press_cancel(task: ProgressTask) -> None:
        # As the Cancel button does: the dialog's `canceled` signal.
        task.progressed.connect(lambda done, _total: task.dialog.canceled.emit() if done == stop_at else None)

    dialog.task_started.connect(press_cancel)
    built: list[object] = []
    dialog.built.connect(built.append)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert built == [] and leftovers(ctx.output_dir) == []
    assert dialog.status_label.text() == "Cancelled; no file was written."
    assert dialog.make_button.isEnabled() and not dialog.open_button.isEnabled()


# ----- both dialogs from the menu ---------------------------------------------------------------------


def test_menu_functions_open_window_modal_dialogs(qtbot, demo_sf, tmp_path):
    ctx = ctx_for(demo_sf, tmp_path, "admin")
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
