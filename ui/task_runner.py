"""Runs service calls off the GUI thread: one DB thread (SQLite writes are serial) and a small I/O pool."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication

log = logging.getLogger(__name__)

BUSY_CURSOR_AFTER_MS = 300


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it so callbacks run in the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's on_error
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """Submit work with `run_db` / `run_io`; after a write, `data_changed(entity, ids)` tells every list."""

    data_changed = Signal(str, list)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self._synchronous = synchronous
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._io_pool = QThreadPool(self)
        self._io_pool.setMaxThreadCount(2)
        self._pending: set[_Relay] = set()
        self._lock = threading.Lock()
        self._cursor_shown = False

    def run_db(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changes: tuple[str, Iterable[str] | Callable[[Any], Iterable[str]]] | None = None,
    ) -> None:
        """Run `fn` on the DB thread. `changes` = (entity, ids or a function of the result giving ids)."""
        self._submit(self._db_pool, fn, on_done, on_error, changes)

    def run_io(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on the I/O pool (PDF and Excel writing, sync)."""
        self._submit(self._io_pool, fn, on_done, on_error, None)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until queued work ran (tests and shutdown); queued callbacks still need the event loop."""
        return self._db_pool.waitForDone(timeout_ms) and self._io_pool.waitForDone(timeout_ms)

    def _submit(self, pool, fn, on_done, on_error, changes) -> None:  # type: ignore[no-untyped-def]
        relay = _Relay()
        # Synchronous mode (tests, CLI) runs callbacks at once; threaded work hands them to the GUI thread.
        how = Qt.ConnectionType.DirectConnection if self._synchronous else Qt.ConnectionType.QueuedConnection
        relay.done.connect(lambda result: self._finish(relay, result, on_done, changes), how)
        relay.failed.connect(lambda exc: self._fail(relay, exc, on_error), how)
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
            QTimer.singleShot(BUSY_CURSOR_AFTER_MS, self._maybe_show_busy_cursor)
        if self._synchronous:
            _Job(fn, relay).run()
        else:
            pool.start(_Job(fn, relay))

    def _maybe_show_busy_cursor(self) -> None:
        if self._pending and not self._cursor_shown and QGuiApplication.instance() is not None:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            self._cursor_shown = True

    def _settle(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
        if not self._pending:
            if self._cursor_shown:
                QGuiApplication.restoreOverrideCursor()
                self._cursor_shown = False
            self.busy_changed.emit(False)

    def _finish(self, relay, result, on_done, changes) -> None:  # type: ignore[no-untyped-def]
        self._settle(relay)
        # The caller first (it may note what to select), then every list hears what changed.
        if on_done is not None:
            on_done(result)
        if changes is not None:
            entity, ids = changes
            ids = ids(result) if callable(ids) else ids
            self.data_changed.emit(entity, list(ids))

    def _fail(self, relay, exc: BaseException, on_error) -> None:  # type: ignore[no-untyped-def]
        self._settle(relay)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)
            raise exc
