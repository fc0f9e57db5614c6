"""The status-bar line of sync: online or offline, pending changes, the last good sync, the last error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from db.rules.timeutil import to_wib
from ui.sync.controller import SyncController
from ui.widgets.field_errors import translate_message


class SyncStatusWidget(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self._controller = controller
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton()
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send and receive changes with the Polres central database"))
        self.button.clicked.connect(controller.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._status: Any = None
        controller.status_changed.connect(self.show_status)
        controller.started.connect(self._show_running)
        controller.finished.connect(lambda *_: self._render())

    def _show_running(self) -> None:
        self.button.setEnabled(False)
        self.label.setText(self.tr("Syncing…"))

    def show_status(self, status: Any) -> None:
        self._status = status
        self._render()

    def _render(self) -> None:
        self.button.setEnabled(not self._controller.running)
        st = self._status
        if st is None:
            return
        if not st.configured:
            self.label.setText(self.tr("Central database: not set up"))
            self.button.setVisible(False)
            self.setToolTip(self.tr("Settings → Central database…"))
            return
        self.button.setVisible(True)
        if self._controller.running:
            state = self.tr("Syncing…")
        elif self._controller.online is None:
            state = self.tr("Not synced yet this session")
        elif self._controller.online:
            state = self.tr("Online")
        else:
            state = self.tr("Offline")
            reason = (self._controller.last_error or "").strip()
            if reason:  # say why right there: no network, a refused login, no keyring...
                state += f" ({translate_message(reason)[:70]}{'…' if len(reason) > 70 else ''})"
        parts = [state, self.tr("%1 change(s) waiting").replace("%1", str(st.pending))]
        if st.last_success_at is not None:
            parts.append(
                self.tr("last sync %1").replace("%1", to_wib(st.last_success_at).strftime("%d-%m %H:%M"))
            )
        else:
            parts.append(self.tr("never synced"))
        if st.open_conflicts:
            parts.append(self.tr("%1 conflict(s)").replace("%1", str(st.open_conflicts)))
        if getattr(st, "problems", 0):
            parts.append(self.tr("%1 received row(s) not applied").replace("%1", str(st.problems)))
        if getattr(st, "renumbered", 0):
            parts.append(self.tr("%1 renumbered report(s) to reprint").replace("%1", str(st.renumbered)))
        self.label.setText(" · ".join(parts))
        tip = []
        if st.last_error:
            when = to_wib(st.last_error_at).strftime("%d-%m %H:%M") if st.last_error_at else ""
            tip.append(self.tr("Last error (%1): %2").replace("%1", when).replace("%2", st.last_error))
        if st.rejected:
            tip.append(self.tr("%1 change(s) refused by the server").replace("%1", str(st.rejected)))
        self.setToolTip("\n".join(tip))
