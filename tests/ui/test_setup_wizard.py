"""The set-up wizard typed into like a user: it creates the station and admin, and refuses bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from db.services.auth import authenticate
from db.services.station import get_station, is_configured
from ui.setup.wizard import SetupWizard

ADMIN_NRP = "86020456"
ADMIN_PASSWORD = "sandi-admin-9"


@pytest.fixture
def runner(threaded_runner):
    return threaded_runner


@pytest.fixture
def wizard(qtbot, session_factory, runner):
    wizard = SetupWizard(session_factory, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def fill_identity(qtbot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.identity.address_edit, "Jl. Raya Arosuka, Kabupaten Solok")
    qtbot.keyClicks(wizard.identity.phone_edit, "0755-31110")


def fill_signatory(qtbot, wizard: SetupWizard, nrp: str = "78050412") -> None:
    page = wizard.signatory
    qtbot.keyClicks(page.name_edit, "Hendra Saputra, S.H.")
    qtbot.keyClicks(page.rank_combo.lineEdit(), "AKP")
    qtbot.keyClicks(page.nrp_edit, nrp)


def fill_admin(qtbot, wizard: SetupWizard, *, nrp: str = ADMIN_NRP, repeat: str = ADMIN_PASSWORD) -> None:
    page = wizard.admin
    qtbot.keyClicks(page.name_edit, "Rina Marlina")
    qtbot.keyClicks(page.nrp_edit, nrp)
    qtbot.keyClicks(page.rank_combo.lineEdit(), "AIPTU")
    qtbot.keyClicks(page.password_edit, ADMIN_PASSWORD)
    qtbot.keyClicks(page.repeat_edit, repeat)


def go_to_admin_page(qtbot, wizard: SetupWizard) -> None:
    fill_identity(qtbot, wizard)
    enter(qtbot, wizard.identity.phone_edit)
    assert wizard.currentPage() is wizard.numbers
    enter(qtbot, wizard.numbers.pattern_edits["SKTLK"])
    assert wizard.currentPage() is wizard.signatory
    fill_signatory(qtbot, wizard)
    enter(qtbot, wizard.signatory.nrp_edit)
    assert wizard.currentPage() is wizard.admin


def test_completing_the_wizard_creates_the_station_and_the_admin(qtbot, wizard, session_factory):
    go_to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        enter(qtbot, wizard.admin.repeat_edit)

    station = wizard.result_station
    assert station is not None
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert station.code == "POLRES-SOLOK"
    assert station.unit == "POLRES SOLOK"
    assert station.city == "Arosuka"
    assert station.address == "Jl. Raya Arosuka, Kabupaten Solok"
    assert station.letterhead == (
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        "DAERAH SUMATERA BARAT",
        "RESOR SOLOK",
    )
    assert station.patterns["LP_B"] == "LP/B/{n}/{month}/{year}/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"
    assert station.signatory_on_behalf == "a.n. KEPALA KEPOLISIAN RESOR SOLOK"
    assert (station.signatory_title, station.signatory_rank, station.signatory_nrp) == (
        "KA SPKT",
        "AKP",
        "78050412",
    )
    assert is_configured(session_factory)
    assert get_station(session_factory).id == station.id
    officer = authenticate(session_factory, nrp=ADMIN_NRP, password=ADMIN_PASSWORD)
    assert (officer.name, officer.rank, officer.role) == ("Rina Marlina", "AIPTU", "admin")


def test_short_admin_nrp_is_refused_next_to_the_field(qtbot, wizard, runner, session_factory):
    go_to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard, nrp="8602")
    enter(qtbot, wizard.admin.repeat_edit)
    assert not runner.is_busy()  # refused before anything was sent to the database
    assert wizard.currentPage() is wizard.admin
    assert wizard.admin.errors.text("nrp") == "NRP must be 8 digits."
    assert wizard.admin.findChild(QLabel, "error_nrp").isVisible()
    assert wizard.result_station is None
    assert not is_configured(session_factory)


def test_letters_cannot_be_typed_into_an_nrp(qtbot, wizard):
    qtbot.keyClicks(wizard.admin.nrp_edit, "12ab34")
    assert wizard.admin.nrp_edit.text() == "1234"


def test_mismatched_passwords_are_refused(qtbot, wizard, session_factory):
    go_to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard, repeat="sandi-admin-8")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.admin
    assert wizard.admin.errors.text("password_repeat") == "The passwords do not match."
    assert wizard.admin.errors.text("password") == ""
    assert not is_configured(session_factory)


def test_pattern_without_n_shows_an_error_and_blocks_next(qtbot, wizard):
    enter(qtbot, wizard.identity.phone_edit)
    page = wizard.numbers
    assert page.previews["LP_B"].text().startswith("First number: LP/B/1/")
    edit = page.pattern_edits["LP_B"]
    edit.clear()
    qtbot.keyClicks(edit, "LP/B/{month}/{year}/SPKT/POLRES SOLOK")
    assert page.pattern_errors.text("pattern_LP_B") == "The pattern must contain {n} and {year}."
    assert page.previews["LP_B"].isHidden()
    enter(qtbot, edit)
    assert wizard.currentPage() is page

    edit.clear()
    qtbot.keyClicks(edit, "LP/B/{n}/{year}")
    assert page.pattern_errors.text("pattern_LP_B") == ""
    assert page.previews["LP_B"].text().startswith("First number: LP/B/1/")
    enter(qtbot, edit)
    assert wizard.currentPage() is wizard.signatory


def test_polsek_adds_the_sector_line_everywhere(qtbot, wizard):
    identity = wizard.identity
    assert not identity.sector_edit.isEnabled()
    qtbot.mouseClick(identity.polsek_radio, Qt.MouseButton.LeftButton)
    assert identity.sector_edit.isEnabled()
    qtbot.keyClicks(identity.sector_edit, "Gunung Talang")

    letterhead = wizard.numbers.letterhead_edit.toPlainText().splitlines()
    assert letterhead == [
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        "DAERAH SUMATERA BARAT",
        "RESOR SOLOK",
        "SEKTOR GUNUNG TALANG",
    ]
    assert identity.code_edit.text() == "POLSEK-GUNUNG-TALANG"
    assert (
        wizard.numbers.pattern_edits["SKTLK"]
        .text()
        .endswith("/SPKT/POLSEK GUNUNG TALANG/POLDA SUMATERA BARAT")
    )
    assert wizard.signatory.on_behalf_edit.text() == "a.n. KEPALA KEPOLISIAN SEKTOR GUNUNG TALANG"

    qtbot.mouseClick(identity.polres_radio, Qt.MouseButton.LeftButton)
    assert "SEKTOR GUNUNG TALANG" not in wizard.numbers.letterhead_edit.toPlainText()
    assert identity.code_edit.text() == "POLRES-SOLOK"


def test_polsek_needs_its_sector_name(qtbot, wizard):
    qtbot.mouseClick(wizard.identity.polsek_radio, Qt.MouseButton.LeftButton)
    enter(qtbot, wizard.identity.phone_edit)
    assert wizard.currentPage() is wizard.identity
    assert wizard.identity.errors.text("sector_name") == "A Polsek needs its sector's name."


def test_an_edited_letterhead_is_kept_when_the_identity_changes(qtbot, wizard):
    letterhead = wizard.numbers.letterhead_edit
    letterhead.moveCursor(letterhead.textCursor().MoveOperation.End)
    qtbot.keyClicks(letterhead, " (edited)")
    qtbot.keyClicks(wizard.identity.resor_edit, " Selatan")
    assert letterhead.toPlainText().endswith("RESOR SOLOK (edited)")
    assert wizard.identity.code_edit.text() == "POLRES-SOLOK-SELATAN"


def test_error_from_the_service_goes_back_to_the_page_with_the_field(qtbot, wizard, station):
    # `station` already configured this database: setup_station refuses a second one.
    go_to_admin_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    enter(qtbot, wizard.admin.repeat_edit)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.identity, timeout=10_000)
    assert wizard.identity.errors.text("code") == "This database already has a station."
    assert wizard.result_station is None
    assert wizard.isVisible()
