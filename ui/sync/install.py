"""Puts sync into the main window: the status-bar line, Settings → Central database, Sync now, Conflicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from db.sync.conflicts import RESOLVERS
from ui.context import UiContext
from ui.sync.controller import SyncController
from ui.sync.status_widget import SyncStatusWidget


def install_sync(window: QMainWindow, ctx: UiContext, *, start: bool = True) -> SyncController:
    from ui.sync.conflicts_dialog import open_conflicts
    from ui.sync.settings_dialog import open_central_settings

    controller = SyncController(ctx, parent=window)
    status = SyncStatusWidget(controller)
    window.statusBar().addPermanentWidget(status)
    menu = window.settings_menu  # type: ignore[attr-defined]
    menu.addSeparator()
    is_admin = ctx.officer is not None and ctx.officer.role == "admin"

    def settings() -> None:
        if open_central_settings(ctx, window):
            controller.refresh_status()
            controller.sync_now()

    setup = QAction(QCoreApplication.translate("SyncMenu", "&Central database…"), window)
    setup.triggered.connect(settings)
    setup.setEnabled(is_admin)
    if not is_admin:
        setup.setToolTip(
            QCoreApplication.translate("SyncMenu", "Only an admin sets up the central database.")
        )
    now = QAction(QCoreApplication.translate("SyncMenu", "&Sync now"), window)
    now.setShortcut(QKeySequence("F9"))
    now.triggered.connect(controller.sync_now)
    window.addAction(now)
    for action in (setup, now):
        menu.addAction(action)
    if ctx.officer is not None and ctx.officer.role in RESOLVERS:
        conflicts = QAction(QCoreApplication.translate("SyncMenu", "Sync con&flicts…"), window)
        conflicts.triggered.connect(lambda: (open_conflicts(ctx, window), controller.refresh_status()))
        menu.addAction(conflicts)
    if is_admin:  # received rows kept to retry, renumbered reports to reprint (issue 14)
        from ui.sync.problems_dialog import open_problems

        problems = QAction(QCoreApplication.translate("SyncMenu", "Sync &problems…"), window)
        problems.triggered.connect(lambda: (open_problems(ctx, window), controller.refresh_status()))
        menu.addAction(problems)
    if start:
        controller.start()
    else:
        controller.refresh_status()
    return controller
