"""One running Sentra Desk per data folder: a second start asks the first to come forward, then exits.

The first app listens on a local socket (QLocalServer: a Unix socket file, or a named pipe on Windows) whose
name is derived from the data folder, so two stations' folders on one PC do not get in each other's way. A
crashed app leaves its socket file behind; nothing answers on it, so the next start removes it and listens
itself: a stale lock never blocks a start.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_WAKE = b"show\n"
CONNECT_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """A socket name for this data folder (and this OS user: another account's desk is another app)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the folder alone still separates stations
        user = ""
    key = f"{user}\0{Path(data_dir).resolve()}".encode()
    return f"sentra-desk-{hashlib.sha256(key).hexdigest()[:20]}"


class SingleInstance(QObject):
    """`claim()` is True for the first app of a data folder; it then emits `wake_requested` whenever a second
    start asks it to come forward."""

    wake_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def _ask_running_app(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(_WAKE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        """True when this is the only app on the folder (and it now listens); False after waking the other."""
        if self._ask_running_app():
            return False
        # Nothing answered: a socket file left by a crash is removed, so listening cannot fail on it.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Two apps starting at the same instant: the other one won. Ask it again, else run alone.
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return not self._ask_running_app()
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The second start writes at once after connecting: a short wait here, and no socket outlives
            # this call (no callbacks left on a socket the server may delete).
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(_WAKE.strip()):
                self.wake_requested.emit()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
