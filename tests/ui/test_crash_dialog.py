"""The crash dialog says truthfully what was saved, and its report is logged and copyable."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtGui import QGuiApplication
from sqlalchemy.exc import DatabaseError, OperationalError

from ui.crash_dialog import CrashDialog, CrashReporter, SaveTracker, crash_message, database_error


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_a_bug_keeps_confirmed_records_and_names_the_unsaved_form(qapp):
    tracker = SaveTracker(unsaved_forms=lambda: ["the report form in progress"])
    tracker.saved("report", ["id-1"])
    text = crash_message(raised(KeyError("x")), tracker)
    assert "Records the app confirmed as saved" in text and "are kept" in text
    assert "Not saved: the report form in progress. It is still open" in text
    assert "Last confirmed save:" in text
    assert "safe" not in text  # never the old blanket promise


def test_a_damaged_database_is_never_called_safe(qapp):
    orig = sqlite3.DatabaseError("database disk image is malformed")
    wrapped = raised(DatabaseError("SELECT 1", {}, orig))
    assert database_error(wrapped) == "damaged"
    text = crash_message(wrapped, SaveTracker())
    assert "reported damage" in text and "cannot be vouched for" in text
    assert "are kept" not in text
    # An error raised while handling one: the chain is followed (a damaged file is never hidden).
    try:
        try:
            raise sqlite3.DatabaseError("file is not a database")
        except sqlite3.DatabaseError:
            raise RuntimeError("while loading the list") from None
    except RuntimeError as exc:
        assert database_error(exc) == "damaged"
    chained = RuntimeError("save failed")
    chained.__cause__ = sqlite3.DatabaseError("file is not a database")
    assert database_error(chained) == "damaged"


def test_a_write_that_could_not_happen_says_the_last_action_was_not_saved(qapp):
    locked = raised(OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked")))
    assert database_error(locked) == "not_written"
    text = crash_message(locked, SaveTracker())
    assert "the last action was not saved" in text and "confirmed as saved before it are kept" in text
    assert database_error(raised(ValueError("x"))) == ""


def test_one_dialog_logs_and_copies_the_report_even_from_a_worker_thread(qtbot, monkeypatch):
    logged: list[str] = []
    shown: list[CrashDialog] = []

    def fake_exec(dialog: CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_button.click()
        # A second error while the dialog is up joins it instead of opening another one.
        reporter._show(raised(ValueError("second")), "report two")
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    reporter = CrashReporter(lambda: None, SaveTracker(), None, logged.append)
    exc = raised(ZeroDivisionError("boom"))

    worker = threading.Thread(target=lambda: reporter.handle(ZeroDivisionError, exc, exc.__traceback__))
    worker.start()
    worker.join()
    assert logged and "ZeroDivisionError: boom" in logged[0]  # logged at once, on the worker's thread
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog = shown[0]
    assert "ZeroDivisionError: boom" in QGuiApplication.clipboard().text()
    assert "Sentra Desk error report" in QGuiApplication.clipboard().text()
    assert "report two" in dialog.details.toPlainText()
    assert reporter.dialog is None
