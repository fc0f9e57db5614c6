"""Wiring backups into the GUI: the start-up refusal and rescue, Admin menu entries, the home screen line."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import DataPaths

if TYPE_CHECKING:
    from db.storage.audit_verify import VerifyReport
    from ui.context import UiContext

log = logging.getLogger(__name__)

REFUSALS = ("DatabaseDamaged", "DatabaseTooNew", "NotStationDatabase")


def is_refusal(exc: BaseException) -> bool:
    """The start-up check's typed refusals (db.errors), told apart without importing them early."""
    return type(exc).__name__ in REFUSALS and type(exc).__module__ == "db.errors"


def restart_app() -> None:
    """Start Sentra Desk again (on the restored data) and leave this process."""
    frozen = getattr(sys, "frozen", False)
    QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    QApplication.quit()


def _presence(paths: DataPaths):  # type: ignore[no-untyped-def]
    from desktop.desk_session import presence

    return presence(paths.root)


def restore_newest(paths: DataPaths, nrp: str, password: str) -> None:
    """Restore the newest good backup over a damaged database; the admin is checked in that backup."""
    from db.errors import RestoreRefused
    from db.storage.backup import newest_backup
    from desktop.desk_session import presence

    newest = newest_backup(paths)
    if newest is None:
        raise RestoreRefused("there is no good backup")
    with presence(paths.root).alone():  # DeskOpenElsewhere while another desk has the folder open
        _restore_as_admin(paths, newest.path, nrp, password)


def _restore_as_admin(paths: DataPaths, source: Path, nrp: str, password: str) -> None:
    from db.errors import AccountLocked, InvalidCredentials, RestoreRefused
    from db.services.auth import authenticate
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.restore import discard_copy, finish_restore, prepare_copy

    checked, staging = prepare_copy(paths, source, station_code=None)
    try:
        engine = make_engine(staging)
        try:
            officer = authenticate(make_session_factory(engine), nrp=nrp, password=password)
        except (InvalidCredentials, AccountLocked) as exc:
            raise RestoreRefused("wrong NRP or password") from exc
        finally:
            engine.dispose()
        if officer.role != "admin":
            raise RestoreRefused(f"NRP {nrp} is not an admin")
    except BaseException:
        discard_copy(staging)
        raise
    finish_restore(paths, checked, staging, officer_id=officer.id)


def handle_refusal(exc: BaseException, paths: DataPaths, parent: QWidget | None = None) -> None:
    """Show why the database was refused; restart on the newest good backup when an admin restores it."""
    from ui.backup.startup import show_database_problem

    log.error("start-up check refused the database: %s", exc)
    if show_database_problem(exc, paths, lambda nrp, pw: restore_newest(paths, nrp, pw), parent):
        restart_app()


def show_audit_problem(report: VerifyReport | None, parent: QWidget) -> None:
    if report is not None and report.problem is not None:
        from ui.backup.startup import show_audit_problem as show

        show(report, parent)


def admin_actions(ctx: UiContext) -> list[tuple[str, Callable[[QWidget], None]]]:
    """Admin menu entries: back up now, second folder, restore, audit trail."""
    paths = DataPaths(ctx.data_dir)

    def actions() -> object:
        return importlib.import_module("ui.backup.actions")

    def audit(parent: QWidget) -> None:
        from db.storage.startup_check import check_audit
        from ui.admin.audit_dialog import open_audit_trail

        open_audit_trail(ctx, lambda: check_audit(paths, ctx.session_factory, full=True), parent)

    return [
        (
            QApplication.translate("MainWindow", "&Back up now"),
            lambda p: actions().back_up_now(ctx, paths, p),
        ),  # type: ignore[attr-defined]
        (
            QApplication.translate("MainWindow", "Second backup fo&lder…"),
            lambda p: actions().choose_second_folder(paths, p),  # type: ignore[attr-defined]
        ),
        (
            QApplication.translate("MainWindow", "&Restore from a backup…"),
            lambda p: actions().restore_backup(  # type: ignore[attr-defined]
                ctx, paths, p, restart_app, alone=_presence(paths).alone
            ),
        ),
        (QApplication.translate("MainWindow", "A&udit trail…"), audit),
    ]


def install_backup_status(window: QWidget, ctx: UiContext) -> QWidget:
    """The age of the newest good backup, at the top of the home screen."""
    from ui.backup.status import BackupStatus

    status = BackupStatus(DataPaths(ctx.data_dir), ctx.runner)
    home = getattr(window, "home", None)
    layout = home.layout() if home is not None else None
    if layout is not None:
        layout.insertWidget(0, status)
    return status
