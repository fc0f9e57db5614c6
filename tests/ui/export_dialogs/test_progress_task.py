"""The progress/cancel runner the export dialogs use (ui/widgets/progress_task.py), on its own."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.task_runner import TaskRunner
from ui.widgets.progress_task import SHOW_AFTER_MS, ProgressTask, TaskCancelled


def test_progress_dialog_appears_after_a_moment_and_cancel_stops_the_work(qtbot):
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task = ProgressTask(runner, parent, title="t", label="working")
    dialog = task.dialog
    assert dialog.minimumDuration() == SHOW_AFTER_MS
    outcome: list[str] = []

    def work(progress, cancelled):
        progress(0, 0)  # nothing to count yet: indeterminate
        while not cancelled():
            time.sleep(0.01)
        raise TaskCancelled()

    started = time.monotonic()
    task.start(
        work, on_done=lambda _r: outcome.append("done"), on_cancelled=lambda: outcome.append("cancelled")
    )
    qtbot.wait(150)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    assert dialog.maximum() == 0  # busy bar
    cancel = next(b for b in dialog.findChildren(QWidget) if b.metaObject().className() == "QPushButton")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=3000)
    assert runner.wait_idle()


def test_quick_work_never_shows_the_dialog_and_errors_show_a_message(qtbot, warnings):
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    task = ProgressTask(runner, parent, title="t", label="l")
    shown: list[bool] = []
    task.progressed.connect(lambda *_: shown.append(task.dialog.isVisible()))
    with qtbot.waitSignal(task.finished):
        task.start(lambda progress, _c: progress(3, 4) or 42, on_done=results.append)
    assert results == [42] and task.seen == [(3, 4)] and shown == [False]

    failing = ProgressTask(runner, parent, title="t", label="l")
    with qtbot.waitSignal(failing.finished):
        failing.start(lambda _p, _c: (_ for _ in ()).throw(OSError("disk full")), on_done=results.append)
    assert results == [42] and warnings == ["It could not be finished: disk full"]
