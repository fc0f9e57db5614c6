"""Long work on the task runner's pool behind a progress dialog that shows after a moment and can cancel.

`work(progress, cancelled)` runs on a worker thread. `progress(done, total)` may be called from there: it is
marshalled to the GUI thread through a signal, and only the GUI thread touches the dialog. With a total of 0
the bar is indeterminate (busy). The dialog's Cancel button sets a flag that `cancelled()` reads; work that
notices it stops by raising (TaskCancelled, or its own error such as ExportCancelled) and must leave no
half-written file behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ui.task_runner import TaskRunner
from ui.widgets.paragraph import paragraph

log = logging.getLogger(__name__)

__all__ = ["SHOW_AFTER_MS", "ProgressTask", "TaskCancelled", "TaskDialog", "show_task_error"]

# The dialog stays hidden for work that ends sooner (a flash of a dialog is worse than none).
SHOW_AFTER_MS = 500
_INT_MAX = 2**31 - 1

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class TaskCancelled(Exception):
    """Raised by work that saw `cancelled()` turn true."""


class _ProgressRelay(QObject):
    """Created in the GUI thread; emitting from the worker queues the call to the GUI thread."""

    progress = Signal(int, int)


def show_task_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The message box for work that failed."""
    detail = str(exc) or type(exc).__name__
    text = QCoreApplication.translate("ProgressTask", "It could not be finished: %1").replace("%1", detail)
    QMessageBox.warning(parent, title, text)


class ProgressTask(QObject):
    """One run of long work: `start(work, on_done=...)`; the progress dialog is deleted when the work ends."""

    progressed = Signal(int, int)  # (done, total) as the dialog shows them
    finished = Signal()  # after on_done, on_cancelled or the error handling

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget,
        *,
        title: str,
        label: str,
        show_after_ms: int = SHOW_AFTER_MS,
        db_pool: bool = False,
    ):
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._title = title
        self._db_pool = db_pool
        self._flag = threading.Event()
        self._ended = False
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)
        self.seen: list[tuple[int, int]] = []  # (value, maximum) of the dialog after each report
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.canceled.connect(self.cancel)

    def start(
        self,
        work: Callable[[ProgressFn, CancelledFn], Any],
        *,
        on_done: Callable[[Any], None],
        on_cancelled: Callable[[], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `work`; exactly one of on_done / on_cancelled / on_error (default: a message box) follows."""
        relay = self._relay
        flag = self._flag

        def report(done: int, total: int) -> None:
            relay.progress.emit(int(done), int(total))

        # setValue(minimum) starts the timer that shows the dialog once SHOW_AFTER_MS have passed.
        self.dialog.setValue(0)
        submit = self._runner.run_db if self._db_pool else self._runner.run_io
        submit(
            lambda: work(report, flag.is_set),
            on_done=lambda result: self._end(lambda: on_done(result)),
            on_error=lambda exc: self._failed(exc, on_cancelled, on_error),
        )

    def is_cancelled(self) -> bool:
        return self._flag.is_set()

    @property
    def running(self) -> bool:
        """Until the work has ended (its on_done / on_cancelled / on_error runs after this turns false)."""
        return not self._ended

    @Slot()
    def cancel(self) -> None:
        """Asks the work to stop (the Cancel button); it stops at its next `cancelled()` check."""
        if not self._ended:
            self._flag.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._ended or self._flag.is_set():
            return
        if total > _INT_MAX:  # QProgressDialog counts in C ints
            done, total = int(done * _INT_MAX / total), _INT_MAX
        if total <= 0:
            self.dialog.setRange(0, 0)
            self.dialog.setValue(0)
        else:
            self.dialog.setRange(0, total)
            self.dialog.setValue(max(0, min(done, total)))
        if self._ended:  # a modal dialog's setValue runs pending events, which may have ended the work
            return
        self.seen.append((self.dialog.value(), self.dialog.maximum()))
        self.progressed.emit(self.dialog.value(), self.dialog.maximum())

    def _failed(
        self,
        exc: BaseException,
        on_cancelled: Callable[[], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        if isinstance(exc, TaskCancelled) or self._flag.is_set():
            # Whatever the work raised once asked to stop is the stop itself, not a failure to report.
            log.info("task %r cancelled (%s)", self._title, type(exc).__name__)
            self._end(on_cancelled)
        elif on_error is not None:
            self._end(lambda: on_error(exc))
        else:
            log.error("task %r failed", self._title, exc_info=exc)
            self._end(lambda: show_task_error(self._parent, self._title, exc))

    def _end(self, then: Callable[[], None] | None) -> None:
        self._ended = True
        # reset() stops the timer that would otherwise show the dialog after the work ended.
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        try:
            if then is not None:
                then()
        finally:
            # The task itself stays until its parent goes (a small QObject; deleting it from its own slot
            # while a caller still waits on `finished` crashes PySide).
            self.finished.emit()


class TaskDialog(QDialog):
    """A dialog that runs a ProgressTask (`self.task`): closing it while the task runs cancels the task
    instead, as closing would delete what the task's callbacks need."""

    task_started = Signal(object)  # the ProgressTask, before it runs

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.task: ProgressTask | None = None

    def start_task(
        self,
        runner: TaskRunner,
        work: Callable[[ProgressFn, CancelledFn], Any],
        *,
        title: str,
        label: str,
        on_done: Callable[[Any], None],
        on_cancelled: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run `work(progress, cancelled)` on `runner` behind a progress dialog (`title`, `label`); the task
        is kept in `self.task` and announced by `task_started` before it runs."""
        task = ProgressTask(runner, self, title=title, label=label)
        self.task = task
        self.task_started.emit(task)
        task.start(work, on_done=on_done, on_cancelled=on_cancelled, on_error=on_error)

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()

    def task_buttons(
        self, action: str, start: Callable[[], object], *results: QPushButton
    ) -> tuple[QDialogButtonBox, QPushButton]:
        """Close, the default button `action` that calls `start`, and the buttons that use the task's
        result (`results`, disabled until there is one); returns the box and the action button."""
        close = QDialogButtonBox.StandardButton.Close
        buttons = QDialogButtonBox(close, self)
        buttons.button(close).setText(self.tr("Close"))
        action_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        action_button.setDefault(True)
        for button in results:
            button.setEnabled(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        action_button.clicked.connect(start)
        buttons.rejected.connect(self.reject)
        return buttons, action_button

    @staticmethod
    def status_line() -> QLabel:
        """The line that says what the task did (the user can select and copy it)."""
        label = paragraph()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
