"""The receipt at the counter: Ctrl+Shift+P prints at once; Ctrl+O says where the file is if nothing opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox

from desktop.app import make_main_window
from ui.reports import receipt_actions


@pytest.fixture
def window(qtbot, make_ctx, add_report, tmp_path):
    view = add_report()
    win = make_main_window(make_ctx(output_dir=tmp_path / "documents"))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    win.refresh(select_id=view.id)
    assert win.detail.report is not None
    return win


def test_ctrl_shift_p_prints_on_the_default_printer_without_a_preview(qtbot, window, monkeypatch, tmp_path):
    out = tmp_path / "printed.pdf"

    def fake_default() -> QPrinter:  # a "printer" that writes a file, so the test can see the pages
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    previews: list[object] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    monkeypatch.setattr(receipt_actions, "default_printer", fake_default)
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not previews
    assert out.exists() and out.stat().st_size > 1000
    assert "printer" in window.statusBar().currentMessage()


def test_without_a_default_printer_the_officer_is_told_where_the_receipt_is(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(receipt_actions, "default_printer", lambda: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    window.print_current_now()
    assert shown and str(window.receipts.last_path) in shown[0]


def test_ctrl_o_without_a_pdf_viewer_says_so_and_where_the_file_is(qtbot, window, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    path = window.receipts.last_path
    assert path is not None and path.exists()
    assert "No PDF viewer" in window.receipts.last_message and str(path) in window.receipts.last_message


def test_ctrl_o_with_a_viewer_opens_the_file_quietly(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [str(window.receipts.last_path)] and window.receipts.last_message == ""


@pytest.mark.usefixtures("indonesian")
def test_the_print_preview_speaks_indonesian(qtbot):
    from PySide6.QtGui import QAction

    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Pratinjau Cetak")
    texts = {a.text() for a in dialog.findChildren(QAction)}
    assert {"Cetak", "Halaman berikutnya", "Perbesar", "Sesuaikan lebar"} <= texts, texts
