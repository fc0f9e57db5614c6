"""The keyboard guard of kiosk mode: while installed, no key closes, switches or reaches another window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_ANY_MODIFIER = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_OFFICER_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _officer_shortcut(event: QKeyEvent) -> bool:
    return (
        event.key() == Qt.Key.Key_K
        and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == _OFFICER_KEYS
    )


def _blocked(event: QKeyEvent) -> bool:
    """Keys that could close, switch or reach the rest of the app: Esc, F-keys, any Ctrl/Alt/Meta chord."""
    key = event.key()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu):
        return True
    if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return True
    return bool(event.modifiers() & _ANY_MODIFIER)


class KeyGuard(QObject):
    """Installed on the application while the kiosk runs: no shortcut of any window fires, no key escapes."""

    def __init__(self, parent: QObject, on_officer_keys: Callable[[], None]):
        super().__init__(parent)
        self._on_officer_keys = on_officer_keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        if _officer_shortcut(event):
            if kind == QEvent.Type.KeyPress:
                self._on_officer_keys()
            event.accept()
            return True
        if _blocked(event):
            event.accept()  # an accepted override stops the shortcut map too
            return True
        return False
