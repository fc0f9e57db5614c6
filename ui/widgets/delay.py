"""A burst of events handled once: a single-shot timer that each event restarts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def delayed_call(parent: QObject, delay_ms: int, call: Callable[[], object]) -> QTimer:
    """A single-shot timer that runs `call` `delay_ms` after its last `start()` (typing in a search field
    starts it at every key; the search runs once the typing paused)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(call)
    return timer
