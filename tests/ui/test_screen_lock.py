"""Idle lock and "Log out / switch user": the desk is covered, the form in progress kept, anyone unlocks."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from sqlalchemy import select

from db.models import AuditEntry
from db.services.auth import authenticate
from db.services.officers import OfficerInput, create_officer, list_officers
from db.storage.engine import read_session
from desktop.app import make_main_window
from desktop.desk_session import guard_session
from tests.conftest import ADMIN_PASSWORD
from ui.screen_lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING, idle_minutes

OFFICER_NRP, OFFICER_PASSWORD = "95060211", "petugas-123"


@pytest.fixture
def desk(qtbot, ctx, tmp_path, monkeypatch):
    """The main window with the screen lock installed, settings in a file of the test's own."""
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr("desktop.desk_session.QSettings", lambda *_args: settings)
    main = make_main_window(ctx)
    qtbot.addWidget(main)
    main.show()
    screen = guard_session(
        main, ctx, lambda nrp, pw: authenticate(ctx.session_factory, nrp=nrp, password=pw), None, "test"
    )
    yield main, screen, settings
    if screen.dialog is not None:  # an application-modal dialog left open would block the next tests
        screen.dialog.accept()


def unlock(qtbot, screen, nrp: str, password: str) -> None:
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.nrp_edit.setText(nrp)
    dialog.password_edit.setText(password)
    dialog.login_button.click()


def audit_actions(ctx) -> list[tuple[str, str]]:
    with read_session(ctx.session_factory) as s:
        rows = s.execute(select(AuditEntry.entity, AuditEntry.action).order_by(AuditEntry.seq))
        return [(entity, action) for entity, action in rows]


def test_idle_lock_covers_the_desk_and_keeps_the_form_in_progress(qtbot, desk, ctx, station):
    main, screen, _ = desk
    main.new_report()
    main.form.citizen.name_edit.setText("Andi Saputra")  # typed, not saved
    screen.watcher.idle.emit()  # the idle time ran out
    assert screen.is_locked
    assert not any(a.isEnabled() for a in main.findChildren(QAction))  # no shortcut acts behind the cover
    assert main.new_action.isEnabled() is False and main.logout_action.isEnabled() is False
    # A wrong password keeps the desk locked and says so next to the field.
    unlock(qtbot, screen, station[1].nrp, "salah")
    assert screen.is_locked and screen.dialog.errors.text("password")
    unlock(qtbot, screen, station[1].nrp, ADMIN_PASSWORD)
    assert not screen.is_locked
    assert main.form is not None and main.form.citizen.name_edit.text() == "Andi Saputra"
    assert main.logout_action.isEnabled() and main.find_action.isEnabled()
    assert main.new_action.isEnabled() is False  # as it was: a form is open
    assert ("officer", "idle_lock") in audit_actions(ctx)
    main._close_form()  # else closing the window at the end asks whether to drop the unsaved form


def test_log_out_and_another_officer_carries_on(qtbot, desk, ctx, station, session_factory):
    main, screen, _ = desk
    create_officer(
        session_factory,
        by_officer_id=station[1].id,
        data=OfficerInput(name="Yoga", nrp=OFFICER_NRP, rank="BRIPKA", password=OFFICER_PASSWORD),
    )
    menu_texts = [a.text() for a in main.file_menu.actions()]
    assert "&Log out / switch user" in menu_texts
    assert menu_texts.index("&Log out / switch user") < menu_texts.index("&Quit")
    assert main.admin_menu.menuAction().isVisible()
    main.logout_action.trigger()
    assert screen.is_locked
    unlock(qtbot, screen, OFFICER_NRP, OFFICER_PASSWORD)
    assert not screen.is_locked
    yoga = next(o for o in list_officers(session_factory) if o.nrp == OFFICER_NRP)
    assert ctx.officer.id == yoga.id
    assert "Yoga" in main.statusBar().currentMessage()
    assert not main.admin_menu.menuAction().isVisible()  # Yoga is no admin
    actions = audit_actions(ctx)
    assert ("officer", "logout") in actions and actions[-1] == ("officer", "login")
    with read_session(session_factory) as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last.officer_id == yoga.id and json.loads(last.after_json) == {}


def test_escape_does_not_unlock(qtbot, desk):
    _, screen, _ = desk
    screen.lock("logout")
    screen.dialog.reject()
    assert screen.is_locked and screen.dialog.isVisible()


def test_the_idle_time_is_a_setting(qtbot, desk, monkeypatch):
    main, screen, settings = desk
    assert idle_minutes(settings) == DEFAULT_IDLE_MINUTES == 10
    assert screen.watcher.interval_ms() == 10 * 60_000
    monkeypatch.setattr("ui.screen_lock.QInputDialog.getInt", lambda *args: (3, True))
    main.idle_lock_action.trigger()
    assert settings.value(IDLE_SETTING) in (3, "3")
    assert idle_minutes(settings) == 3 and screen.watcher.interval_ms() == 3 * 60_000
    settings.setValue(IDLE_SETTING, "nonsense")
    assert idle_minutes(settings) == DEFAULT_IDLE_MINUTES


def test_a_dialog_open_when_the_lock_falls_is_hidden_and_comes_back_with_its_input(qtbot, desk, station):
    """A modal dialog (here one run with exec(), as the app's message and form dialogs are) is made invisible
    and unusable under the lock, not closed: its exec() goes on and what was typed is there after unlock."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    main, screen, _ = desk
    dialog = QDialog(main)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    seen: dict[str, object] = {}

    def while_open() -> None:
        edit.setText("Kunci motor hilang di pasar")
        screen.watcher.idle.emit()  # the idle time runs out with the dialog open
        seen["locked"] = (screen.is_locked, dialog.isVisible(), dialog.windowOpacity(), dialog.isEnabled())
        seen["lock_parent_is_not_the_dialog"] = screen.dialog.parentWidget() is not dialog
        seen["lock_dialog_enabled"] = screen.dialog.isEnabled()
        unlock(qtbot, screen, station[1].nrp, ADMIN_PASSWORD)
        seen["unlocked"] = (screen.is_locked, dialog.isVisible(), dialog.windowOpacity(), dialog.isEnabled())
        seen["text"] = edit.text()
        dialog.accept()

    QTimer.singleShot(0, while_open)
    assert dialog.exec() == QDialog.DialogCode.Accepted  # not ended by the lock as a cancel
    assert seen["locked"] == (True, True, 0.0, False)  # still open, but invisible and unusable
    assert seen["lock_parent_is_not_the_dialog"] and seen["lock_dialog_enabled"]
    assert seen["unlocked"] == (False, True, 1.0, True)
    assert seen["text"] == "Kunci motor hilang di pasar"
