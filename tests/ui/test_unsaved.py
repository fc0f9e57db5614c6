"""Leaving a form with typed data asks first, and the answer a stray Enter gives is "keep editing"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.outreach.session_form import SessionDialog
from ui.widgets import unsaved
from ui.widgets.unsaved import confirm_discard


def _press_on_the_question(qtbot, key: Qt.Key, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_enter_and_escape_on_the_question_keep_the_form(qtbot):
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen: list[str] = []
        _press_on_the_question(qtbot, key, seen)
        assert confirm_discard(None, "Discard", "Discard what you typed?") is False
        assert seen == ["Cancel"]


@pytest.mark.usefixtures("real_discard_question")
def test_escape_in_a_dialog_with_typed_text_asks_and_keeps_it(qtbot, ctx):
    dialog = SessionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog = SessionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.venue_edit, "Masjid Raya")
    seen: list[str] = []
    _press_on_the_question(qtbot, Qt.Key.Key_Return, seen)
    qtbot.keyClick(dialog.venue_edit, Qt.Key.Key_Escape)
    assert seen == ["Cancel"]
    assert dialog.isVisible() and dialog.venue_edit.text() == "Masjid Raya"
    dialog.mark_clean()  # let the test's teardown close it without a question


def test_quitting_with_an_open_form_keeps_the_window_unless_discard_is_chosen(qtbot, ctx, monkeypatch):
    from ui.main_window import MainWindow
    from ui.reports.report_form import ReportForm

    window = MainWindow(ctx, form_factory=ReportForm)
    qtbot.addWidget(window)
    window.show()
    window.new_report()
    qtbot.keyClicks(window.form.citizen.name_edit, "Budi")
    asked = []
    monkeypatch.setattr(unsaved, "confirm_discard", lambda *a: asked.append(a) or False)
    assert window.close() is False and window.isVisible()
    assert len(asked) == 1
    # Choosing "discard" closes it (and no window is left open for the next test to type into).
    monkeypatch.setattr(unsaved, "confirm_discard", lambda *a: asked.append(a) or True)
    assert window.close() is True and not window.isVisible()
    assert len(asked) == 2


def test_cancelling_the_set_up_wizard_after_typing_asks_first(qtbot, session_factory, monkeypatch):
    from ui.setup.wizard import SetupWizard
    from ui.task_runner import TaskRunner

    wizard = SetupWizard(session_factory, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    asked = []
    monkeypatch.setattr(unsaved, "confirm_discard", lambda *a: asked.append(a) or False)
    wizard.next()
    wizard.reject()
    assert asked and wizard.isVisible()
