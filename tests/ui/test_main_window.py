"""The desk as an officer uses it: Ctrl+N, type a report, save, the receipt one keystroke away."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from desktop.app import make_main_window
from tests.pdf_text import flat, pdf_text
from ui.reports.receipt_actions import paint_pdf
from ui.reports.today_model import COL_NUMBER


@pytest.fixture
def window(qtbot, make_ctx, tmp_path):
    win = make_main_window(make_ctx(output_dir=tmp_path / "documents"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def test_new_report_saved_and_its_receipt_printed(qtbot, window, monkeypatch, tmp_path):
    assert window.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form is not None and window.stack.currentWidget() is form

    c = form.citizen
    c.nik_edit.setFocus()
    qtbot.keyClicks(c.nik_edit, "1302014508900001")
    qtbot.keyClick(c.nik_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(c.name_edit, "<b>Budi</b> & Sons")
    qtbot.keyClicks(c.address_edit, "Jorong Koto Baru")
    qtbot.keyClicks(form.offense_edit, "Pencurian sepeda motor")
    qtbot.keyClicks(form.chronology_edit, "Motor diparkir di depan rumah lalu hilang.")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = saved.args[0]

    # Back home: the new report listed, selected, and the banner naming its number.
    assert window.form is None and window.stack.currentWidget() is window.home
    assert window.model.rowCount() == 1
    assert window.model.index(0, COL_NUMBER).data() == view.number
    assert view.number.startswith("LP/B/1/")
    assert view.number in window.banner.text()
    assert window.detail.report.id == view.id

    # Ctrl+P: the receipt is written and its print preview opened (the dialog is not run in a test).
    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert previews, "Ctrl+P opened no print preview"
    receipt = window.receipts.last_path
    assert receipt is not None and receipt.exists()
    text = flat(pdf_text(receipt))
    assert "SURAT TANDA TERIMA LAPORAN POLISI" in text
    assert view.number in text
    assert "<b>Budi</b> & Sons" in text  # printed exactly as typed
    assert "Pencurian sepeda motor" in text

    # What the preview would print: the PDF's page painted onto a printer.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pdf(printer, receipt)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(receipt).pages)


def test_cancel_returns_home_without_saving(qtbot, window, monkeypatch):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    form.cancel()
    assert window.form is None
    assert window.model.rowCount() == 0


def test_detail_escapes_user_text(qtbot, window, add_report):
    view = add_report(name="<i>Andi</i>", offense="x", chronology="<script>y</script>")
    window.refresh(select_id=view.id)
    assert window.detail.report.id == view.id
    plain = window.detail.body.toPlainText()
    assert "<i>Andi</i>" in plain and "<script>y</script>" in plain


def test_admin_menu_only_for_admins(qtbot, session_factory, station, make_ctx):
    from db.services.officers import OfficerInput, create_officer, list_officers

    st, admin = station
    create_officer(
        session_factory,
        by_officer_id=admin.id,
        data=OfficerInput(name="Yoga", nrp="95060211", rank="BRIPKA", password="petugas-123"),
    )
    officer = next(o for o in list_officers(session_factory) if o.nrp == "95060211")
    win = make_main_window(make_ctx(officer=officer))
    qtbot.addWidget(win)
    titles = [a.text().replace("&", "") for a in win.menuBar().actions() if a.isVisible()]
    assert "Admin" not in titles


def test_edit_from_the_detail_pane_shows_in_the_history(qtbot, window, add_report):
    view = add_report(offense="Pengrusakan", chronology="Kaca pecah")
    window.refresh(select_id=view.id)
    assert window.detail.edit_button.isEnabled()
    qtbot.mouseClick(window.detail.edit_button, Qt.MouseButton.LeftButton)
    form = window.form
    assert form is not None and form.kind_combo.isEnabled() is False
    form.chronology_edit.selectAll()
    qtbot.keyClicks(form.chronology_edit, "Kaca jendela depan pecah dilempar batu")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert window.detail.report.chronology == "Kaca jendela depan pecah dilempar batu"
    text = window.detail.body.toPlainText()
    assert "Kaca pecah" in text.split("History")[-1]  # the old value, in the history
    assert "Rina Marlina" in text


def test_ctrl_f_finds_a_report_by_its_number_and_opens_it(qtbot, window, add_report):
    views = [add_report(name=f"Warga {i}", offense="Curat", chronology=f"Kejadian {i}") for i in range(3)]
    target = views[1]
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.list_page
    assert window.lists.currentWidget() is page and page.search.hasFocus()
    qtbot.keyClicks(page.search, target.number)  # as typed, or as a QR scanner types it
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.report is not None and window.detail.report.id == target.id)
    assert window.detail.title.text() == target.number


def test_overdue_count_opens_the_matching_list(qtbot, window, session_factory, add_report):
    from datetime import timedelta

    from db.models import Report

    late = add_report(kind="DUMAS", name="Yuliana", offense="Pelayanan", chronology="Lambat")
    add_report(kind="DUMAS", name="Andi", offense="Pelayanan", chronology="Kasar")
    with session_factory.begin() as s:
        s.get(Report, late.id).next_deadline = window.today() - timedelta(days=2)
    window.refresh()
    assert window.overdue_button.text().startswith("1")
    qtbot.mouseClick(window.overdue_button, Qt.MouseButton.LeftButton)
    assert window.lists.currentWidget() is window.list_page
    qtbot.waitUntil(lambda: window.list_page.model.total == 1)
    assert window.list_page.model.row_id(0) == late.id


@pytest.mark.parametrize("key", ["outreach", "survey", "patrols", "devices", "training"])
def test_community_pages_open_and_esc_returns_to_the_desk(qtbot, window, key):
    page = window.show_page(key)
    host = window.stack.currentWidget()
    assert host.page is page and page.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_kiosk_hides_the_desk_until_an_officer_unlocks(qtbot, window, monkeypatch):
    from ui.survey.kiosk import KioskWindow

    started: list[KioskWindow] = []
    monkeypatch.setattr(KioskWindow, "start", lambda self: started.append(self))
    window._start_kiosk(window)
    assert started and not window.isVisible()
    started[0].unlocked.emit(None)
    assert window.isVisible()
