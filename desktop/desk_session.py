"""Start-up wiring of the desk's session guards: one app per data folder, the crash report's knowledge of what
was saved, and the screen lock with "Log out / switch user" (composition only; the parts live in ui/ and
desktop/single_instance.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from db.storage.desk_presence import DeskPresence
    from desktop.single_instance import SingleInstance
    from ui.context import UiContext
    from ui.crash_dialog import CrashReporter
    from ui.screen_lock import ScreenLock


def bring_forward(main: QWidget | None) -> None:
    """Shows the foremost window to the officer: the open modal dialog (the login) or the main window."""
    target = QApplication.activeModalWidget() or main
    if target is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = visible[0] if visible else None
    if target is None:
        return
    if target.isMinimized():
        target.showNormal()
    target.raise_()
    target.activateWindow()


def claim_data_folder(data_dir: Path, main_getter: Any) -> SingleInstance | None:
    """This app's claim on the data folder, or None (and a line on stderr) when another app has it: that app
    was asked to come forward and this start should end."""
    from desktop.single_instance import SingleInstance

    instance = SingleInstance(data_dir)
    if not instance.claim():
        print(
            f"Sentra Desk is already running on {data_dir}; its window was brought forward.", file=sys.stderr
        )
        return None
    instance.wake_requested.connect(lambda: bring_forward(main_getter()))
    presence(data_dir).claim()  # another account's desk or a restore sees this app has the folder open
    return instance


_PRESENCE: dict[Path, DeskPresence] = {}


def presence(data_dir: Path) -> DeskPresence:
    """This process's presence on a data folder (db/storage/desk_presence.py): claimed at start; a restore
    trades it for the exclusive lock (`presence(...).alone()`)."""
    from db.storage.desk_presence import DeskPresence

    key = Path(data_dir).resolve()
    if key not in _PRESENCE:
        _PRESENCE[key] = DeskPresence(key)
    return _PRESENCE[key]


def guard_session(
    main: Any, ctx: UiContext, authenticate: Any, reporter: CrashReporter | None, org: str
) -> ScreenLock:
    """Tells the crash report about saves and the open form, and installs the screen lock on `main`."""
    from db.services.session_events import record_session_event
    from ui.screen_lock import install_screen_lock

    if reporter is not None:
        form_name = QApplication.translate("crash", "the report form in progress")

        def unsaved() -> list[str]:
            form = main.form
            return [form_name] if form is not None and getattr(form, "has_changes", lambda: True)() else []

        reporter.tracker.unsaved_forms = unsaved
        ctx.runner.data_changed.connect(reporter.tracker.saved)

    def record(officer_id: str, action: str) -> None:
        record_session_event(ctx.session_factory, officer_id=officer_id, action=action)

    return install_screen_lock(main, ctx, authenticate, QSettings(org, "desk"), record_event=record)
