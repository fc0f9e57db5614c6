"""A TCP proxy in front of the test's PostgreSQL that can go silent: it keeps every connection open (the
kernel still acknowledges bytes) but stops forwarding them, like a stalled VPN or a dead radio link."""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from typing import Any

from psycopg.conninfo import conninfo_to_dict, make_conninfo


class StallingProxy:
    """Listens on 127.0.0.1; forwards to PostgreSQL's Unix socket (or host:port) of `target_url`.

    `stall_after_bytes`: each connection stops forwarding (both ways) once the server has sent that many
    bytes to the client (0: right after the TCP connect; None: never by itself). `stall()` silences every
    connection, open and future, at once; `resume()` lets new connections through again."""

    def __init__(self, target_url: str, *, stall_after_bytes: int | None = None):
        parts = conninfo_to_dict(target_url)
        host = str(parts.get("host") or "localhost")
        port = int(parts.get("port") or 5432)
        if host.startswith("/"):
            self._family, self._address = socket.AF_UNIX, f"{host}/.s.PGSQL.{port}"
        else:
            self._family, self._address = socket.AF_INET, (host, port)  # type: ignore[assignment]
        self.target_url = target_url
        self.stall_after_bytes = stall_after_bytes
        self.stalled = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._sockets: list[socket.socket] = []
        self._received: list[int] = []  # bytes sent to each client so far
        self._limits: dict[int, int] = {}  # per open connection, set by stall_after()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="stalling-proxy")
        self._thread.start()

    def url(self, **params: Any) -> str:
        """The target URL, through the proxy."""
        return make_conninfo(self.target_url, host="127.0.0.1", port=str(self.port), **params)

    def stall(self) -> None:
        self.stalled.set()

    def stall_after(self, n: int) -> None:
        """Let `n` more bytes of the server's replies through on each open connection, and the first `n` on
        each new one, then go silent."""
        self._limits = {slot: received + n for slot, received in enumerate(self._received)}
        self.stall_after_bytes = n

    def resume(self) -> None:
        self.stalled.clear()
        self.stall_after_bytes = None
        self._limits = {}

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        if self.stall_after_bytes == 0 or self.stalled.is_set():
            return  # connected, and never a byte back: the socket stays open until close()
        server = socket.socket(self._family, socket.SOCK_STREAM)
        self._sockets.append(server)
        try:
            server.connect(self._address)
        except OSError:
            client.close()
            return
        slot = len(self._received)
        self._received.append(0)
        pair = {client: server, server: client}
        while not self._closing.is_set():
            if self.stalled.is_set():
                return  # silent from now on; both sockets stay open
            try:
                ready, _, _ = select.select(list(pair), [], [], 0.05)
            except (OSError, ValueError):
                return
            for sock in ready:
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    with contextlib.suppress(OSError):
                        pair[sock].shutdown(socket.SHUT_WR)
                    return
                if sock is server and self.stall_after_bytes is not None:
                    room = self._limits.get(slot, self.stall_after_bytes) - self._received[slot]
                    if room <= len(data):
                        pair[sock].sendall(data[: max(room, 0)])
                        self.stalled.set()
                        return
                if sock is server:
                    self._received[slot] += len(data)
                try:
                    pair[sock].sendall(data)
                except OSError:
                    return

    def close(self) -> None:
        self._closing.set()
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def __enter__(self) -> StallingProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
