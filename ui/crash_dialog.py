"""The one dialog an unexpected error shows: what was saved and what was not, said truthfully, and a report
to copy for the station's IT officer.

What the dialog may claim comes from what the app knows: a record is saved once its service call returned
(the task runner then says `data_changed`); a form still open with changes was not saved; a database error
that says the file is damaged means even confirmed records cannot be vouched for until the file is checked.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import now_utc, to_wib

# Words in SQLite's messages for a file it cannot trust (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR).
_DAMAGED = ("malformed", "not a database", "disk i/o error", "corrupt", "file is encrypted")
# And for a write that could not happen (SQLITE_BUSY, SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN).
_NOT_WRITTEN = ("locked", "disk is full", "readonly", "read-only", "unable to open")


def database_error(exc: BaseException | None) -> str:
    """'damaged', 'not_written' or '' for the SQLite error found in the exception's chain (if any)."""
    seen = 0
    while exc is not None and seen < 10:
        orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the sqlite3 error
        for candidate in (exc, orig):
            if isinstance(candidate, sqlite3.DatabaseError):
                text = str(candidate).casefold()
                if any(w in text for w in _DAMAGED):
                    return "damaged"
                if any(w in text for w in _NOT_WRITTEN) or isinstance(candidate, sqlite3.OperationalError):
                    return "not_written"
                return "damaged"
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return ""


@dataclass
class SaveTracker:
    """What the app knows was saved: the last write the task runner confirmed, and the open unsaved forms."""

    unsaved_forms: Callable[[], list[str]] = lambda: []
    last_saved: datetime | None = None

    def saved(self, _entity: object = None, _ids: object = None) -> None:
        self.last_saved = to_wib(now_utc())


def crash_message(exc: BaseException | None, tracker: SaveTracker | None) -> str:
    """The dialog's text: what happened to the records, in the words the officer needs."""
    tracker = tracker or SaveTracker()
    kind = database_error(exc)
    lines: list[str] = []
    if kind == "damaged":
        lines.append(
            QCoreApplication.translate(
                "CrashDialog",
                "The database file reported damage. Records saved before cannot be vouched for until the "
                "file is checked. Stop working at this desk and call the station IT officer: the newest "
                "backup can be restored.",
            )
        )
    elif kind == "not_written":
        lines.append(
            QCoreApplication.translate(
                "CrashDialog",
                "The database could not be written (it is busy, full or read-only): the last action was not "
                "saved. Records the app confirmed as saved before it are kept.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "CrashDialog",
                "The action that failed was not completed. Records the app confirmed as saved (with their "
                "number, shown in the lists) are kept in the database.",
            )
        )
    if tracker.last_saved is not None:
        lines.append(
            QCoreApplication.translate("CrashDialog", "Last confirmed save: %1.").replace(
                "%1", f"{tracker.last_saved:%H:%M:%S}"
            )
        )
    unsaved = tracker.unsaved_forms()
    if unsaved:
        text = QCoreApplication.translate(
            "CrashDialog", "Not saved: %1. It is still open: check it and save it again."
        )
        lines.append(text.replace("%1", ", ".join(unsaved)))
    lines.append(
        QCoreApplication.translate(
            "CrashDialog", "The details below were written to the log. Copy them for the station IT officer."
        )
    )
    return "\n\n".join(lines)


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: object, log_file: Path | None) -> str:
    """The copyable report: the time, the versions, the log file and the traceback."""
    head = [
        f"Sentra Desk error report, {to_wib(now_utc()):%Y-%m-%d %H:%M:%S %z}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Log file: {log_file}" if log_file else "Log file: (none)",
        "",
    ]
    return "\n".join(head) + "".join(traceback.format_exception(exc_type, exc, tb))  # type: ignore[arg-type]


class CrashDialog(QDialog):
    """The message, the report in a read-only box and a button that copies it; later errors are appended."""

    def __init__(self, message: str, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def add(self, message: str, report: str) -> None:
        """Another error while this one is shown: its report is appended, the message is the newest."""
        self.message.setText(message)
        self.details.appendPlainText("\n" + "-" * 60 + "\n" + report)


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook: logs, then shows one CrashDialog (errors from
    other threads are carried to the GUI thread by a queued signal)."""

    _reported = Signal(object, str)

    def __init__(
        self,
        parent_getter: Callable[[], QWidget | None],
        tracker: SaveTracker,
        log_file: Path | None,
        log: Callable[[str], None],
    ):
        super().__init__()
        self._parent_getter = parent_getter
        self.tracker = tracker
        self._log_file = log_file
        self._log = log
        self.dialog: CrashDialog | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        import threading

        sys.excepthook = self.handle
        threading.excepthook = lambda a: self.handle(a.exc_type, a.exc_value, a.exc_traceback)  # type: ignore[arg-type]

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        report = crash_report(exc_type, exc, tb, self._log_file)
        self._log(report)
        if QApplication.instance() is None:
            return
        self._reported.emit(exc, report)

    def _show(self, exc: BaseException, report: str) -> None:
        message = crash_message(exc, self.tracker)  # here, on the GUI thread: it asks the open forms
        if self.dialog is not None:
            self.dialog.add(message, report)
            return
        self.dialog = CrashDialog(message, report, self._parent_getter())
        try:
            self.dialog.exec()
        finally:
            self.dialog = None
