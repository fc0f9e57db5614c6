"""Admin menu: back up now, choose the second backup folder, restore a backup (the app then restarts)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.errors import SentraError
from db.rules.timeutil import to_wib
from db.storage.backup import BackupResult, StationFiles, backup_now, second_folder, set_second_folder
from db.storage.restore import RestoreResult, current_station_code, discard_copy, finish_restore, prepare_copy
from ui.context import UiContext
from ui.widgets.field_errors import translate_message

log = logging.getLogger(__name__)


def _error(parent: QWidget, title: str, exc: BaseException) -> None:
    if not isinstance(exc, SentraError | OSError):
        log.error("%s", title, exc_info=exc)
    QMessageBox.warning(parent, title, translate_message(str(exc)))


def back_up_now(
    ctx: UiContext, places: StationFiles, parent: QWidget, on_done: Callable[[], None] | None = None
) -> None:
    def done(result: BackupResult) -> None:
        rows = sum(n for _, n in result.copy.row_counts)
        text = QCoreApplication.translate(
            "BackupActions", "Backup written and verified ({rows} rows):\n{path}"
        ).format(rows=rows, path=result.copy.path)
        if result.second_copy is not None:
            text += "\n" + QCoreApplication.translate("BackupActions", "Second copy:\n{path}").format(
                path=result.second_copy.path
            )
        if result.second_error:
            text += "\n\n" + QCoreApplication.translate(
                "BackupActions", "The second folder could not be written: {error}"
            ).format(error=result.second_error)
        QMessageBox.information(parent, QCoreApplication.translate("BackupActions", "Backup"), text)
        ctx.runner.data_changed.emit("backup", [str(result.copy.path)])
        if on_done is not None:
            on_done()

    ctx.runner.run_db(
        lambda: backup_now(places, reason="manual"),
        on_done=done,
        on_error=lambda exc: _error(
            parent, QCoreApplication.translate("BackupActions", "Backup failed"), exc
        ),
    )


def choose_second_folder(places: StationFiles, parent: QWidget) -> None:
    root = places.database.parent
    current = second_folder(root)
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BackupActions", "Second backup folder (USB drive, network share)"),
        str(current or Path.home()),
    )
    if not folder:
        if current is not None:
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("BackupActions", "Second backup folder"),
                QCoreApplication.translate("BackupActions", "Stop copying backups to {folder}?").format(
                    folder=current
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                set_second_folder(root, None)
        return
    try:
        set_second_folder(root, Path(folder))
    except SentraError as exc:
        _error(parent, QCoreApplication.translate("BackupActions", "Second backup folder"), exc)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("BackupActions", "Second backup folder"),
        QCoreApplication.translate("BackupActions", "Every backup is also copied to {folder}.").format(
            folder=folder
        ),
    )


def restore_backup(
    ctx: UiContext,
    places: StationFiles,
    parent: QWidget,
    restart: Callable[[], None],
    *,
    alone: Callable[[], AbstractContextManager[None]] = nullcontext,
) -> None:
    """Pick a backup, confirm, restore it on the DB thread, then restart Sentra Desk on it. `alone()` holds
    the data folder for the restore and refuses (DeskOpenElsewhere) while another desk has it open."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupActions", "Restore a backup"),
        str(places.backups),
        QCoreApplication.translate("BackupActions", "Sentra Desk backups (*.sqlite)"),
    )
    if not chosen:
        return
    source = Path(chosen)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupActions", "Restore a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Put {file} in place of the current database?\n\nThe current database is not deleted: it is kept "
            "in the folder {aside}. Everything entered after this backup was made will not be in the "
            "restored data. Sentra Desk restarts on the restored data.",
        ).format(file=source.name, aside=places.database.parent / "set-aside"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    officer_id = ctx.officer.id if ctx.officer else None
    engine = ctx.session_factory.kw["bind"]

    def work() -> RestoreResult:
        with alone():
            station_code = current_station_code(places.database)
            checked, staging = prepare_copy(places, source, station_code=station_code)
            try:
                return finish_restore(
                    places, checked, staging, officer_id=officer_id, close_live=engine.dispose
                )
            except BaseException:
                discard_copy(staging)
                raise

    def done(result: RestoreResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupActions", "Restore a backup"),
            QCoreApplication.translate(
                "BackupActions",
                "Restored from {file}. The previous database is kept in {aside}. Sentra Desk restarts now.",
            ).format(file=result.restored_from.name, aside=places.database.parent / "set-aside"),
        )
        restart()

    ctx.runner.run_db(
        work,
        on_done=done,
        on_error=lambda exc: _error(
            parent, QCoreApplication.translate("BackupActions", "Restore refused"), exc
        ),
    )


def when_text(moment: object) -> str:
    from datetime import datetime

    return to_wib(moment).strftime("%d-%m-%Y %H:%M") if isinstance(moment, datetime) else str(moment)
