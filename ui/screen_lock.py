"""The desk locks itself after an idle time, or when the officer logs out: the windows are covered, the form
in progress stays as it was, and the same officer or another one logs in to carry on.

Installed by the composition root (`install_screen_lock`): "Log out / switch user" and the idle-time setting
go into the File (Berkas) menu. The idle time is a setting of this PC (minutes; default 10).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.login_dialog import Authenticate, LoginDialog
from ui.widgets.paragraph import paragraph

if TYPE_CHECKING:
    from ui.context import UiContext

log = logging.getLogger(__name__)

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes(settings: QSettings) -> int:
    """The idle time set on this PC, within 1..MAX_IDLE_MINUTES (the default for anything unreadable)."""
    try:
        value = int(settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return value if 1 <= value <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


class IdleWatcher(QObject):
    """Emits `idle` once no key, click or mouse move reached the application for `minutes`."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)
        self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def restart(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class LockDialog(LoginDialog):
    """The log-in form over the locked desk; it cannot be closed, only unlocked."""

    def __init__(self, authenticate: Authenticate, runner: Any, unit: str, parent: QWidget | None = None):
        super().__init__(authenticate, runner, unit, parent)
        self.setWindowTitle(self.tr("Sentra Desk — locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        note = paragraph(
            self.tr(
                "The desk is locked. The form in progress is kept as it was. "
                "Log in to carry on: you, or another officer of this desk."
            )
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, note)
        self.login_button.setText(self.tr("Unlock"))
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                button.hide()

    def reject(self) -> None:
        """Escape and the window's close do nothing: the desk stays locked until someone logs in."""


class _Cover(QWidget):
    """An opaque sheet over a window's contents while the desk is locked (the window itself is untouched)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: palette(window);")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Sentra Desk is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class ScreenLock(QObject):
    """Locks the application's windows behind covers and a LockDialog; `unlocked(officer)` when done."""

    locked = Signal(str)  # why: "idle" or "logout"
    unlocked = Signal(object)

    def __init__(self, authenticate: Authenticate, runner: Any, unit: str, parent: QObject | None = None):
        super().__init__(parent)
        self._authenticate = authenticate
        self._runner = runner
        self._unit = unit
        self.dialog: LockDialog | None = None
        self._covers: list[_Cover] = []
        self._actions: list[tuple[QAction, bool]] = []
        self._hidden: list[tuple[QWidget, float, bool]] = []

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self, why: str = "idle") -> None:
        if self.dialog is not None:
            return
        windows = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, LockDialog)
        ]
        for window in windows:
            self._covers.append(_Cover(window))
            # Shortcuts of a covered window must not act behind the cover (Ctrl+N, Ctrl+P …).
            for action in window.findChildren(QAction):
                self._actions.append((action, action.isEnabled()))
                action.setEnabled(False)
        # A dialog open over the desk (a form being typed, a message) is made invisible and unusable, not
        # closed: hiding a dialog ends its exec() as a cancel, and its input would be lost. It comes back
        # as it was on unlock.
        for window in windows:
            if isinstance(window, QDialog):
                self._hidden.append((window, window.windowOpacity(), window.isEnabled()))
                window.setWindowOpacity(0.0)
                window.setEnabled(False)
        hidden = {id(w) for w, _, _ in self._hidden}
        others = [w for w in windows if id(w) not in hidden]
        parent = next((w for w in others if w.isActiveWindow()), others[0] if others else None)
        self.dialog = LockDialog(self._authenticate, self._runner, self._unit, parent)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._on_unlocked)
        self.locked.emit(why)
        self.dialog.open()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _on_unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        assert dialog is not None
        for cover in self._covers:
            cover.deleteLater()
        self._covers = []
        for action, enabled in self._actions:
            action.setEnabled(enabled)
        self._actions = []
        for window, opacity, enabled in self._hidden:
            window.setEnabled(enabled)
            window.setWindowOpacity(opacity)
        if self._hidden:
            self._hidden[-1][0].raise_()
            self._hidden[-1][0].activateWindow()
        self._hidden = []
        dialog.deleteLater()
        self.unlocked.emit(dialog.officer)


def install_screen_lock(
    main: Any,
    ctx: UiContext,
    authenticate: Authenticate,
    settings: QSettings,
    record_event: Callable[[str, str], None] | None = None,
) -> ScreenLock:
    """Idle lock and "Log out / switch user" for `main` (a MainWindow: its file_menu, apply_officer).

    `record_event(officer_id, action)` writes "logout" / "idle_lock" to the audit trail (on the DB thread).
    """
    unit = ctx.station.unit if ctx.station else ""
    screen = ScreenLock(authenticate, ctx.runner, unit, main)
    watcher = IdleWatcher(idle_minutes(settings), screen)
    screen.watcher = watcher  # type: ignore[attr-defined]

    def on_locked(why: str) -> None:
        watcher.stop()
        officer = ctx.officer
        if record_event is not None and officer is not None:
            action = "logout" if why == "logout" else "idle_lock"
            ctx.runner.run_db(lambda: record_event(officer.id, action))

    def on_unlocked(officer: Any) -> None:
        if officer is not None:
            main.apply_officer(officer)
        watcher.restart()

    def set_idle_time() -> None:
        minutes, ok = QInputDialog.getInt(
            main,
            QCoreApplication.translate("ScreenLock", "Lock after inactivity"),
            QCoreApplication.translate("ScreenLock", "Lock the desk after this many minutes without use:"),
            idle_minutes(settings),
            1,
            MAX_IDLE_MINUTES,
        )
        if ok:
            settings.setValue(IDLE_SETTING, minutes)
            watcher.set_minutes(minutes)

    screen.locked.connect(on_locked)
    screen.unlocked.connect(on_unlocked)
    watcher.idle.connect(lambda: screen.lock("idle"))
    logout = QAction(QCoreApplication.translate("ScreenLock", "&Log out / switch user"), main)
    logout.setShortcut(QKeySequence("Ctrl+L"))
    logout.triggered.connect(lambda: screen.lock("logout"))
    idle = QAction(QCoreApplication.translate("ScreenLock", "Lock after &inactivity…"), main)
    idle.triggered.connect(set_idle_time)
    menu = main.file_menu
    separator = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
    menu.insertAction(separator, logout)
    menu.insertAction(separator, idle)
    main.addAction(logout)
    main.logout_action = logout
    main.idle_lock_action = idle
    return screen
