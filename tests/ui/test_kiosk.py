"""Kiosk mode: a citizen answers one screen at a time, and only an officer's password lets anyone out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from db.errors import InvalidCredentials
from db.models import SurveyResponse
from db.rules.timeutil import WIB, now_utc
from db.services.auth import authenticate
from db.services.survey import responses_between
from db.storage.engine import read_session
from tests.conftest import ADMIN_PASSWORD
from ui.survey.kiosk import KioskWindow

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def kiosk(qtbot, ctx):
    window = KioskWindow(ctx, lambda nrp, pw: authenticate(ctx.session_factory, nrp=nrp, password=pw))
    qtbot.addWidget(window)
    window.start()
    yield window
    window._unlock(ctx.officer)  # let the fixture tear it down (and lift the keyboard guard)


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _profile(kiosk, field, code):
    return next(b for b in kiosk.profile_groups[field].buttons() if b.property("code") == code)


def test_the_window_is_full_screen_and_frameless(kiosk):
    assert kiosk.isFullScreen() and kiosk.isWindow()
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.stack.currentWidget() is kiosk.question_page and kiosk.question_index == 0


def test_close_is_refused_while_locked(qtbot, kiosk):
    assert kiosk.close() is False
    assert kiosk.isVisible() and kiosk.is_locked()


@pytest.mark.parametrize(
    "key, modifier",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, ALT),
        (Qt.Key.Key_Q, CTRL),
        (Qt.Key.Key_W, CTRL),
        (Qt.Key.Key_Tab, ALT),
    ],
)
def test_escape_keys_do_nothing(qtbot, kiosk, key, modifier):
    qtbot.keyClick(kiosk, key, modifier)
    assert kiosk.isVisible() and kiosk.is_locked()
    assert kiosk.stack.currentWidget() is kiosk.question_page


def test_application_wide_shortcuts_do_not_fire(qtbot, kiosk):
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    fired = []
    for keys in ("Ctrl+Q", "Ctrl+W", "Alt+F4"):
        shortcut = QShortcut(QKeySequence(keys), other, context=Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(lambda k=keys: fired.append(k))
    qtbot.keyClick(kiosk, Qt.Key.Key_Q, CTRL)
    qtbot.keyClick(kiosk, Qt.Key.Key_W, CTRL)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, ALT)
    assert fired == [] and kiosk.isVisible()


def test_wrong_password_stays_locked_right_one_unlocks(qtbot, kiosk, ctx):
    _click(qtbot, kiosk.officer_button)
    assert kiosk.stack.currentWidget() is kiosk.unlock_page
    kiosk.nrp_edit.setText("85010123")
    kiosk.password_edit.setText("salah")
    _click(qtbot, kiosk.unlock_button)
    assert kiosk.is_locked() and kiosk.isVisible() and kiosk.unlock_error.text()
    assert kiosk.password_edit.text() == ""
    kiosk.password_edit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(kiosk.unlocked) as signal:
        _click(qtbot, kiosk.unlock_button)
    assert signal.args[0].nrp == "85010123"
    assert not kiosk.is_locked() and not kiosk.isVisible()


def test_the_officer_keys_open_the_password_screen_and_cancel_returns(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    qtbot.keyClick(kiosk, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.stack.currentWidget() is kiosk.unlock_page
    kiosk.nrp_edit.setFocus()
    qtbot.keyClicks(kiosk.nrp_edit, "8501")  # digits type into the field, they do not answer questions
    assert kiosk.nrp_edit.text() == "8501" and kiosk.answers()[1] == 0
    kiosk._cancel_unlock()
    assert kiosk.stack.currentWidget() is kiosk.question_page and kiosk.question_index == 1


def test_a_respondent_is_saved_and_the_next_starts_fresh(qtbot, kiosk, ctx):
    chosen = (4, 3, 3, 2, 4, 4, 3, 1, 4)
    for i, value in enumerate(chosen):
        assert kiosk.question_index == i
        if i % 2:
            qtbot.keyClick(kiosk, getattr(Qt.Key, f"Key_{value}"))
        else:
            _click(qtbot, kiosk.answer_buttons[value - 1])
    assert kiosk.stack.currentWidget() is kiosk.profile_page
    _click(qtbot, _profile(kiosk, "sex", "P"))
    _click(qtbot, _profile(kiosk, "age_group", "30-39"))
    _click(qtbot, _profile(kiosk, "education", "SMA"))
    _click(qtbot, kiosk.profile_next_button)
    _click(qtbot, _profile(kiosk, "occupation", "farmer"))
    _click(qtbot, _profile(kiosk, "service", "SKTLK"))
    qtbot.keyClicks(kiosk.comment_edit, "Petugas ramah")
    _click(qtbot, kiosk.send_button)
    assert kiosk.stack.currentWidget() is kiosk.thanks_page and kiosk.thanks_timer.isActive()

    today = now_utc().astimezone(WIB).date()
    [saved] = responses_between(ctx.session_factory, date_from=today, date_to=today)
    assert saved.answers == chosen and saved.source == "kiosk" and saved.report_id is None
    assert (saved.sex, saved.age_group, saved.education, saved.occupation, saved.service) == (
        "P",
        "30-39",
        "SMA",
        "farmer",
        "SKTLK",
    )
    assert saved.comment == "Petugas ramah"

    kiosk.thanks_timer.timeout.emit()  # the few seconds are up
    assert kiosk.stack.currentWidget() is kiosk.question_page and kiosk.question_index == 0
    assert kiosk.answers() == (0,) * 9 and kiosk.comment_edit.toPlainText() == ""
    assert all(g.checkedButton() is None for g in kiosk.profile_groups.values())
    with read_session(ctx.session_factory) as s:
        assert s.query(SurveyResponse).count() == 1


def test_back_goes_to_the_previous_question(qtbot, kiosk):
    _click(qtbot, kiosk.answer_buttons[3])
    _click(qtbot, kiosk.question_back_button)
    assert kiosk.question_index == 0 and kiosk.answers()[0] == 4


def test_the_unlock_screen_is_in_indonesian_after_the_split(qtbot, ctx, indonesian):
    """Its strings moved to ui/survey/kiosk_unlock.py and kept the KioskWindow translation context."""
    window = KioskWindow(ctx, lambda nrp, pw: authenticate(ctx.session_factory, nrp=nrp, password=pw))
    qtbot.addWidget(window)
    window.ask_officer()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_button.text() == "Keluar dari mode kios"
    assert window.password_edit.placeholderText() == "Kata sandi"
    window._unlock_failed(InvalidCredentials())
    assert window.unlock_error.text() == "NRP atau kata sandi salah."
    window._unlock(ctx.officer)
