"""The new/edit report form typed into like an officer would: NIK facts, errors next to fields, saving."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from db.models import Report
from db.rules.timeutil import WIB, now_utc, to_wib
from db.services.report_input import CitizenInput, LostItemInput
from ui.context import UiContext
from ui.reports.report_form import ReportForm
from ui.widgets import unsaved

WOMAN_NIK = "1302014508900001"  # a woman born 1990-08-05, registered in Kabupaten Solok


def make_form(qtbot, ctx: UiContext, **kwargs) -> ReportForm:
    form = ReportForm(ctx, **kwargs)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    with qtbot.waitActive(form):  # shortcuts (Ctrl+S, Esc) only fire in the active window
        form.show()
        form.activateWindow()
    return form


def report_count(session_factory) -> int:
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(Report))


def type_nik(qtbot, form: ReportForm, nik: str) -> None:
    form.citizen.nik_edit.setFocus()
    qtbot.keyClicks(form.citizen.nik_edit, nik)
    qtbot.keyClick(form.citizen.nik_edit, Qt.Key.Key_Return)  # editingFinished, as Tab would


def type_incident_time(qtbot, form: ReportForm, digits: str) -> None:
    """Type "ddMMyyyyHHmm" (or any other accepted form) into the incident time, as after tabbing in."""
    form.incident_edit.setFocus()
    form.incident_edit.selectAll()
    qtbot.keyClicks(form.incident_edit, digits)


def save(qtbot, form: ReportForm):
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.keyClick(form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def test_full_lp_b_is_typed_checked_and_saved(qtbot, ctx, session_factory):
    form = make_form(qtbot, ctx)
    assert form.kind_combo.currentData() == "LP_B"
    c = form.citizen
    type_nik(qtbot, form, WOMAN_NIK)
    assert c.sex_combo.currentData() == "P"
    assert not c.sex_combo.isEnabled()
    assert c.birth_date_edit.date() == QDate(1990, 8, 5)
    assert not c.birth_unknown.isChecked()
    assert "Solok" in c.nik_hint.text()
    assert not c.banner.isVisible()  # nobody on file yet

    qtbot.keyClicks(c.name_edit, "Siti Rahmawati")
    qtbot.keyClicks(c.birth_place_edit, "Solok")
    c.religion_combo.lineEdit().clear()
    qtbot.keyClicks(c.religion_combo.lineEdit(), "Islam")
    qtbot.keyClicks(c.occupation_edit, "Pedagang")
    qtbot.keyClicks(c.address_edit, "Jorong Koto Baru, Nagari Koto Baru")
    qtbot.keyClicks(c.phone_edit, "081234567890")

    qtbot.keyClicks(form.offense_edit, "Pencurian sepeda motor")
    form.category_combo.setCurrentIndex(
        form.category_combo.findText("Curanmor R2", Qt.MatchFlag.MatchContains)
    )
    type_incident_time(qtbot, form, "050820251430")
    form.kecamatan_combo.setCurrentIndex(1)
    form.nagari_combo.setCurrentIndex(1)
    qtbot.keyClicks(form.place_edit, "Depan pasar")
    qtbot.keyClicks(form.reported_party_edit, "Belum diketahui")
    qtbot.keyClicks(form.witnesses_edit, "Andi")
    qtbot.keyClicks(form.article_edit, "Pasal 363 KUHP")
    form.loss_edit.setFocus()
    form.loss_edit.selectAll()
    qtbot.keyClicks(form.loss_edit, "15000000")
    qtbot.keyClick(form.loss_edit, Qt.Key.Key_Tab)
    assert form.loss_edit.text() == "Rp 15.000.000"
    assert QApplication.focusWidget() is form.chronology_edit
    qtbot.keyClicks(form.chronology_edit, "Motor diparkir di depan pasar, hilang saat ditinggal.")

    view = save(qtbot, form)
    assert view.number.startswith("LP/B/1/")
    assert view.citizen.name == "Siti Rahmawati"
    assert view.citizen.sex == "P" and view.citizen.birth_date == date(1990, 8, 5)
    assert view.citizen.religion == "Islam" and view.citizen.phone == "081234567890"
    assert to_wib(view.incident_at) == datetime(2025, 8, 5, 14, 30, tzinfo=WIB)
    assert view.estimated_loss == 15_000_000
    assert view.article == "Pasal 363 KUHP"
    assert view.category_id is not None
    assert view.incident_nagari_code.startswith(view.incident_kecamatan_code + ".")
    assert report_count(session_factory) == 1


def test_invalid_nik_is_shown_next_to_it_and_nothing_is_saved(qtbot, ctx, session_factory):
    form = make_form(qtbot, ctx)
    type_nik(qtbot, form, "1302013208900001")  # day 32 is no date, for men or women
    message = form.errors.text("citizen.nik")
    assert "birth date" in message
    assert form.errors.label_for  # the label sits under the NIK field
    assert form.findChild(type(form.citizen.nik_hint), "error_citizen.nik").isVisible()
    assert form.citizen.sex_combo.isEnabled()

    qtbot.keyClicks(form.citizen.name_edit, "Budi")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert form.errors.text("citizen.nik")
    assert form.errors.text("offense") and form.errors.text("chronology")
    assert QApplication.focusWidget() is form.citizen.nik_edit  # the first field in error
    assert report_count(session_factory) == 0

    # Fixing the NIK clears its message and fills the facts.
    form.citizen.nik_edit.clear()
    type_nik(qtbot, form, WOMAN_NIK)
    assert not form.errors.text("citizen.nik")
    assert form.citizen.sex_combo.currentData() == "P"


def test_incident_in_the_future_is_refused(qtbot, ctx, session_factory):
    form = make_form(qtbot, ctx)
    qtbot.keyClicks(form.citizen.name_edit, "Budi")
    qtbot.keyClicks(form.offense_edit, "Penipuan")
    qtbot.keyClicks(form.chronology_edit, "Ditipu lewat telepon.")
    tomorrow = to_wib(now_utc()) + timedelta(days=1)
    type_incident_time(qtbot, form, tomorrow.strftime("%d%m%Y%H%M"))
    form.save()
    QApplication.processEvents()
    assert "future" in form.errors.text("incident_at")
    assert QApplication.focusWidget() is form.incident_edit
    assert report_count(session_factory) == 0

    form.incident_unknown.setChecked(True)  # "unknown" is allowed
    view = save(qtbot, form)
    assert view.incident_at is None


def test_incident_time_starts_empty_and_reads_what_is_typed(qtbot, ctx):
    form = make_form(qtbot, ctx)
    assert form.incident_edit.text() == "" and form.incident.value() is None
    type_incident_time(qtbot, form, "6-12-2025 20.30")
    qtbot.keyClick(form.incident_edit, Qt.Key.Key_Tab)
    assert form.incident_edit.text() == "06/12/2025 20:30"  # shown back as understood
    assert form.incident.value() == datetime(2025, 12, 6, 20, 30, tzinfo=WIB)


def test_an_unreadable_incident_time_is_an_error_next_to_it_and_nothing_is_saved(qtbot, ctx, session_factory):
    form = make_form(qtbot, ctx)
    qtbot.keyClicks(form.citizen.name_edit, "Budi")
    qtbot.keyClicks(form.offense_edit, "Penipuan")
    qtbot.keyClicks(form.chronology_edit, "Ditipu lewat telepon.")
    type_incident_time(qtbot, form, "2202")
    assert form.has_changes()
    form.save()
    QApplication.processEvents()
    assert "dd/mm/yyyy hh:mm" in form.errors.text("incident_at")
    assert QApplication.focusWidget() is form.incident_edit
    assert report_count(session_factory) == 0
    type_incident_time(qtbot, form, "31/04/2025 10:00")
    form.save()
    assert "no such date" in form.errors.text("incident_at")
    assert report_count(session_factory) == 0


def test_citizen_on_file_is_offered_and_reused(qtbot, ctx, session_factory, add_report):
    first = add_report(
        offense="Penganiayaan",
        chronology="Dipukul.",
        citizen=CitizenInput(
            name="Siti Rahmawati",
            nik=WOMAN_NIK,
            address="Jorong Koto Baru",
            occupation="Guru",
            phone="081299990000",
        ),
    )
    form = make_form(qtbot, ctx)
    form.citizen.nik_edit.setFocus()
    qtbot.keyClicks(form.citizen.nik_edit, WOMAN_NIK)
    qtbot.keyClick(form.citizen.nik_edit, Qt.Key.Key_Tab)  # leaves the NIK for the name
    qtbot.waitUntil(form.citizen.banner.isVisible)
    assert "Siti Rahmawati" in form.citizen.banner_label.text()
    assert "Jorong Koto Baru" in form.citizen.banner_label.text()
    assert QApplication.focusWidget() is form.citizen.use_button
    qtbot.keyClick(form.citizen.use_button, Qt.Key.Key_Return)
    assert not form.citizen.banner.isVisible()
    assert form.citizen.name_edit.text() == "Siti Rahmawati"
    assert form.citizen.occupation_edit.text() == "Guru"
    assert form.citizen.phone_edit.text() == "081299990000"

    qtbot.keyClicks(form.offense_edit, "Pencurian")
    qtbot.keyClicks(form.chronology_edit, "Dompet hilang.")
    second = save(qtbot, form)
    assert second.citizen.id == first.citizen.id
    assert second.number.startswith("LP/B/2/")


def test_sktlk_saves_its_lost_items(qtbot, ctx):
    form = make_form(qtbot, ctx)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("SKTLK"))
    assert form.lost_items_box.isVisible()
    assert not form.reported_party_edit.isVisible() and not form.article_edit.isVisible()
    qtbot.keyClicks(form.citizen.name_edit, "Rudi")
    qtbot.keyClicks(form.chronology_edit, "Dompet jatuh di jalan.")

    form.save()  # no item yet: its message sits next to the table
    QApplication.processEvents()
    assert form.errors.text("lost_items")

    editor = form.lost_items
    table = editor.table
    table.setFocus()
    table.setCurrentCell(0, 1)  # moving to a cell opens its editor
    qtbot.keyClicks(QApplication.focusWidget(), "KTP elektronik")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "NIK " + WOMAN_NIK)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    editor.add_button.click()
    assert table.rowCount() == 2 and table.currentRow() == 1
    table.item(1, 0).setData(Qt.ItemDataRole.EditRole, 2)
    table.item(1, 1).setText("Kartu ATM")
    editor.add_button.click()  # a row left empty is ignored

    view = save(qtbot, form)
    assert view.number.startswith("SKTLK/1/")
    assert view.lost_items == (
        LostItemInput(item="KTP elektronik", quantity=1, identifiers="NIK " + WOMAN_NIK),
        LostItemInput(item="Kartu ATM", quantity=2, identifiers=""),
    )


def test_edit_mode_prefills_and_saves_a_change(qtbot, ctx, session_factory, add_report):
    incident = datetime(2025, 3, 1, 21, 15, tzinfo=WIB)
    original = add_report(
        kind="DUMAS",
        channel="phone",
        offense="Pelayanan lambat",
        chronology="Menunggu tiga jam.",
        incident_at=incident,
        reported_party="Petugas jaga",
        citizen=CitizenInput(name="Siti Rahmawati", nik=WOMAN_NIK, address="Jorong Koto Baru"),
    )
    form = make_form(qtbot, ctx, report=original)
    assert form.kind_combo.currentData() == "DUMAS" and not form.kind_combo.isEnabled()
    assert form.channel_combo.currentData() == "phone"
    assert form.citizen.name_edit.text() == "Siti Rahmawati"
    assert form.citizen.sex_combo.currentData() == "P"
    assert form.incident_edit.text() == "01/03/2025 21:15"
    assert form.reported_party_edit.text() == "Petugas jaga"
    assert not form.citizen.banner.isVisible()
    assert not form.has_changes()

    form.chronology_edit.moveCursor(form.chronology_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.chronology_edit, " Tidak dilayani.")
    assert form.has_changes()
    view = save(qtbot, form)
    assert view.id == original.id and view.number == original.number
    assert view.chronology == "Menunggu tiga jam. Tidak dilayani."
    assert view.incident_at == incident
    assert view.citizen.id == original.citizen.id
    assert report_count(session_factory) == 1


def test_escape_asks_before_discarding_typed_text(qtbot, ctx, monkeypatch):
    form = make_form(qtbot, ctx)
    with qtbot.waitSignal(form.cancelled, timeout=1000):
        qtbot.keyClick(form.citizen.name_edit, Qt.Key.Key_Escape)  # nothing typed: no question

    asked = []
    monkeypatch.setattr(unsaved, "confirm_discard", lambda *a: asked.append(a) or False)
    qtbot.keyClicks(form.citizen.name_edit, "Budi")
    with qtbot.assertNotEmitted(form.cancelled):
        qtbot.keyClick(form.citizen.name_edit, Qt.Key.Key_Escape)
    assert len(asked) == 1


def test_control_characters_and_long_texts_are_said_next_to_their_fields(qtbot, ctx, session_factory):
    form = make_form(qtbot, ctx)
    form.show_errors(
        {
            "citizen.address": "Remove the control characters (only tabs and line breaks are allowed).",
            "witnesses": "This text is longer than the field allows.",
            "article": "This text is longer than the field allows.",
            "incident_address": "This text is longer than the field allows.",
            "reported_party": "This text is longer than the field allows.",
            "citizen.occupation": "This text is longer than the field allows.",
        }
    )
    assert not form.general_error.isVisible()
    assert form.errors.unknown({"citizen.address": "x", "witnesses": "x", "citizen.birth_place": "x"}) == {}
    form.citizen.name_edit.setText("Budi\x1bSantoso")
    form.offense_edit.setText("Curanmor")
    form.chronology_edit.setPlainText("Hilang")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert "control characters" in form.errors.text("citizen.name")
    assert report_count(session_factory) == 0


def test_a_new_report_starts_in_the_nik_field_from_the_main_window(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx, form_factory=ReportForm)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.new_report()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.citizen.nik_edit, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "1302")
    assert window.form.citizen.nik_edit.text() == "1302"
