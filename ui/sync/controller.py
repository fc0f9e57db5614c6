"""Runs a sync cycle in the background every few minutes and on demand; never blocks the window.

The cycle (db/sync/client.py) does its network calls outside SQLite transactions and stores each answer in
one short transaction, so the desk keeps saving reports while a sync runs. One cycle at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ui.context import UiContext
from ui.widgets.delay import delayed_call

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000
FIRST_RUN_MS = 15 * 1000
STATUS_DELAY_MS = 500


class _Relay(QObject):
    finished = Signal(object, object)  # (report or None, error text or None)


class _Cycle(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # an offline station is normal: report it, never crash
            self._relay.finished.emit(None, _text(exc))
            return
        self._relay.finished.emit(result, None)


def _text(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def default_cycle(ctx: UiContext) -> Callable[[], Any]:
    def cycle() -> Any:
        from db.sync.settings import sync_with_central

        return sync_with_central(ctx.session_factory)

    return cycle


class SyncController(QObject):
    """`sync_now()` starts a cycle unless one runs; `status_changed` follows every change of state."""

    started = Signal()
    finished = Signal(object, object)  # (SyncReport or None, error text or None)
    status_changed = Signal(object)  # db.sync.settings.SyncStatus

    def __init__(
        self,
        ctx: UiContext,
        *,
        cycle: Callable[[], Any] | None = None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._cycle = cycle or default_cycle(ctx)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self.running = False
        self.online: bool | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)
        # Every save changes the count of waiting changes: one status read per burst of saves, not one each.
        self._status_timer = delayed_call(self, STATUS_DELAY_MS, self.refresh_status)
        ctx.runner.data_changed.connect(lambda *_: self._status_timer.start())

    def start(self, first_run_ms: int = FIRST_RUN_MS) -> None:
        self._timer.start()
        QTimer.singleShot(first_run_ms, self.sync_now)
        self.refresh_status()

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(30_000)

    def configured(self) -> bool:
        from db.sync.settings import load_settings

        return load_settings(self._ctx.session_factory) is not None

    def sync_now(self) -> bool:
        if self.running or not self.configured():
            return False
        self.running = True
        self.started.emit()
        self._pool.start(_Cycle(self._cycle, self._relay))
        return True

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def _on_finished(self, report: Any, error: str | None) -> None:
        self.running = False
        self.online = error is None
        self.last_error = error
        self.finished.emit(report, error)
        if report is not None and getattr(report, "pulled", 0):
            # Rows came in: every list reloads (reports, assignments, online complaints).
            self._ctx.runner.data_changed.emit("report", [])
        else:
            self.refresh_status()

    def refresh_status(self) -> None:
        from db.sync.settings import sync_status

        sf = self._ctx.session_factory
        self._ctx.runner.run_db(
            lambda: sync_status(sf),
            on_done=self.status_changed.emit,
            on_error=lambda exc: log.error("reading the sync status failed", exc_info=exc),
        )
