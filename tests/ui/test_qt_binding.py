"""Guards against a Qt binding that corrupts Python's refcounts (PySide6 6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton


def test_void_calls_do_not_drop_references_to_none(qtbot):
    # PySide6 6.12.0 decremented None on every void call; on 3.11 the process aborts after a few thousand.
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(1000):
        button.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
