"""The login dialog against a real database: success, wrong password, and the lock after 5 failures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from db.models import Officer
from db.rules.timeutil import to_wib
from db.services.auth import MAX_ATTEMPTS, authenticate
from tests.conftest import ADMIN_PASSWORD
from ui.login_dialog import LoginDialog

ADMIN_NRP = "85010123"


@pytest.fixture
def runner(threaded_runner):
    return threaded_runner


@pytest.fixture
def dialog(qtbot, session_factory, runner, station):
    view, _admin = station
    dialog = LoginDialog(
        lambda nrp, password: authenticate(session_factory, nrp=nrp, password=password), runner, view.unit
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog: LoginDialog, nrp: str, password: str) -> None:
    """Types like a user and presses Enter, then waits until the check has come back."""
    dialog.nrp_edit.clear()
    qtbot.keyClicks(dialog.nrp_edit, nrp)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=10_000)


def test_shows_the_station_and_hides_the_password(dialog):
    assert dialog.unit_label.text() == "POLRES SOLOK"
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.login_button.isDefault()


def test_right_password_logs_in(qtbot, dialog):
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClicks(dialog.nrp_edit, ADMIN_NRP)
        qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        # The button stays disabled while the check runs on the DB thread.
        assert not dialog.login_button.isEnabled()
    assert dialog.officer is not None
    assert dialog.officer.nrp == ADMIN_NRP
    assert dialog.officer.role == "admin"


def test_wrong_password_says_so_and_clears_the_field(qtbot, dialog):
    attempt(qtbot, dialog, ADMIN_NRP, "salah-sandi")
    assert dialog.errors.text("password") == "Wrong NRP or password."
    assert dialog.findChild(QLabel, "error_password").isVisible()
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.officer is None
    assert dialog.isVisible()


def test_unknown_nrp_gives_the_same_message(qtbot, dialog):
    attempt(qtbot, dialog, "11111111", ADMIN_PASSWORD)
    assert dialog.errors.text("password") == "Wrong NRP or password."


def test_empty_nrp_is_refused_without_a_query(qtbot, dialog):
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.errors.text("nrp") == "Enter your NRP."
    assert dialog.login_button.isEnabled()


def test_five_failures_lock_the_account_even_for_the_right_password(qtbot, dialog, session_factory):
    for _ in range(MAX_ATTEMPTS - 1):
        attempt(qtbot, dialog, ADMIN_NRP, "salah-sandi")
        assert dialog.errors.text("password") == "Wrong NRP or password."
    attempt(qtbot, dialog, ADMIN_NRP, "salah-sandi")
    with session_factory() as s:
        until = s.scalar(select(Officer.locked_until).where(Officer.nrp == ADMIN_NRP))
    expected = f"Too many failed attempts: this account is locked until {to_wib(until):%H:%M} WIB."
    assert dialog.errors.text("password") == expected

    attempt(qtbot, dialog, ADMIN_NRP, ADMIN_PASSWORD)
    assert dialog.errors.text("password") == expected
    assert dialog.officer is None
    assert dialog.isVisible()
