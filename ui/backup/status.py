"""The home screen's line about the newest good backup; red when it is older than two days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from db.storage.backup import StationFiles, backup_age
from ui.task_runner import TaskRunner

REFRESH_MS = 30 * 60 * 1000


def age_text(age: timedelta | None, stale: bool) -> str:
    if age is None:
        return QCoreApplication.translate(
            "BackupStatus", "No backup yet: ask the admin to make one (Admin → Back up now)."
        )
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        when = QCoreApplication.translate("BackupStatus", "less than an hour ago")
    elif hours < 48:
        when = QCoreApplication.translate("BackupStatus", "{n} hours ago").format(n=hours)
    else:
        when = QCoreApplication.translate("BackupStatus", "{n} days ago").format(n=age.days)
    text = QCoreApplication.translate("BackupStatus", "Newest backup: {when}.").format(when=when)
    if stale:
        text += " " + QCoreApplication.translate(
            "BackupStatus", "Older than 2 days: back up now (Admin → Back up now)."
        )
    return text


class BackupStatus(QLabel):
    def __init__(self, places: StationFiles, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._places = places
        self._runner = runner
        self.stale = False
        self.setObjectName("backupStatus")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        runner.data_changed.connect(lambda entity, _ids: entity == "backup" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self._runner.run_io(lambda: backup_age(self._places), on_done=self._show, on_error=lambda _exc: None)

    def _show(self, result: tuple[timedelta | None, bool]) -> None:
        age, self.stale = result
        self.setText(age_text(age, self.stale))
        self.setStyleSheet("color: #b00020; font-weight: 600;" if self.stale else "color: #555;")
