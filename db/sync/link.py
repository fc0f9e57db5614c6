"""The station's connection to the central PostgreSQL: two function calls, nothing else."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

from db.errors import SentraError

log = logging.getLogger(__name__)

# A push that PostgreSQL rolled back because it deadlocked with another writer of the same rows (two pushes
# updating them in another order), or could not serialise, is sent again at once: it was applied not at all,
# and its op ids make a repeat safe anyway.
PUSH_ATTEMPTS = 3
RETRY_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure


LINK_LOST_MESSAGE = "Connection to the Polres lost"


class LinkLost(SentraError):
    """The centre stopped answering within a deadline (a silent link: bytes stopped, nothing closed it).

    Its text is always `LINK_LOST_MESSAGE`, so the status bar and the CLI can show it translated;
    `detail` says which deadline ran out, for the log."""

    def __init__(self, detail: str):
        super().__init__(LINK_LOST_MESSAGE)
        self.detail = detail


@dataclass(frozen=True)
class Deadlines:
    """How long a sync may wait for the centre (seconds).

    `connect`: TCP connect, TLS and login. `call`: one push or pull round trip (the server cuts a statement
    at 15 s; a 2,000-op push takes about 1 s). `cycle`: the whole cycle, after which it stops between round
    trips or cuts the one under way (it ends before the GUI's next 5-minute tick; what was answered is
    stored, so the next cycle goes on from there). TCP keepalives and `tcp_user_timeout` let the kernel
    notice a dead peer while a call is waiting; the call deadline also covers a peer that still acknowledges
    bytes but never answers (a stalled proxy or VPN)."""

    connect: float = 10.0
    call: float = 30.0
    cycle: float | None = 240.0
    keepalive_idle: int = 10
    keepalive_interval: int = 5
    keepalive_count: int = 3

    def libpq_params(self) -> dict[str, Any]:
        return {
            "connect_timeout": max(1, int(round(self.connect))),
            "keepalives": 1,
            "keepalives_idle": self.keepalive_idle,
            "keepalives_interval": self.keepalive_interval,
            "keepalives_count": self.keepalive_count,
            # Unacknowledged bytes (a push into a dead link) give up after the call deadline.
            "tcp_user_timeout": int(self.call * 1000),
        }


# What a sync cycle gets unless told otherwise (tests shorten them).
DEFAULT_DEADLINES = Deadlines()


class CentralLink(Protocol):
    """The two calls a station may make (PgLink talks to PostgreSQL; tests may wrap it)."""

    def push(self, payload: dict[str, Any]) -> dict[str, Any]: ...

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]: ...


class PgLink:
    """Calls `sync.push` and `sync.pull` over one psycopg connection (autocommit: each call is one server
    transaction, so a push is applied whole or not at all). JSON goes both ways through orjson.

    `protocol` is what the server last answered a push (1 until it says otherwise; see push.push_all);
    `batches` is false once the server turned down a pull of protocol 3."""

    protocol = 1
    batches = True

    def __init__(
        self,
        conninfo: str,
        *,
        user: str | None = None,
        password: str | None = None,
        deadlines: Deadlines | None = None,
    ):
        import psycopg
        from psycopg.types.json import set_json_loads

        from db.sync.codec import json_loads

        self.deadlines = deadlines or DEFAULT_DEADLINES
        started = time.monotonic()
        self._ends_at = None if self.deadlines.cycle is None else started + self.deadlines.cycle
        self._cut_lock = threading.Lock()
        self._cut = False
        extra: dict[str, Any] = {**self.deadlines.libpq_params(), "application_name": "sentra-desk"}
        if user:
            extra["user"] = user
        if password is not None:
            extra["password"] = password
        try:
            self.conn = psycopg.connect(conninfo, autocommit=True, **extra)
        except psycopg.OperationalError as exc:
            # psycopg's own connect deadline: no answer, as opposed to a refused connection or login.
            timed_out = isinstance(exc, psycopg.errors.ConnectionTimeout) or "timeout expired" in str(exc)
            if timed_out or time.monotonic() - started >= self.deadlines.connect:
                raise LinkLost(f"no answer to the login within {self.deadlines.connect:g} s") from exc
            raise
        # Stations reach the centre through PgBouncer in transaction pooling (docs/central-deployment.md):
        # a statement prepared on one server connection is unknown on the next, so none is prepared.
        self.conn.prepare_threshold = None
        set_json_loads(json_loads, self.conn)

    def _execute(self, query: str, args: list[Any]) -> Any:
        """One round trip under the call deadline (and what is left of the cycle's).

        libpq has no deadline of its own for an answer: a watchdog shuts the socket down when time runs
        out, which wakes the waiting call with an error at once."""
        import psycopg

        timeout = self.deadlines.call
        if self._ends_at is not None:
            left = self._ends_at - time.monotonic()
            if left <= 0:
                raise LinkLost(f"the sync cycle ran past {self.deadlines.cycle:g} s")
            timeout = min(timeout, left)
        if self._cut:
            raise LinkLost("the connection was cut after a deadline")
        watchdog = threading.Timer(timeout, self._cut_socket)
        watchdog.daemon = True
        watchdog.start()
        try:
            return self.conn.execute(query, args).fetchone()
        except psycopg.OperationalError as exc:
            if self._cut:
                raise LinkLost(f"no answer within {timeout:g} s") from exc
            raise
        finally:
            watchdog.cancel()

    def _cut_socket(self) -> None:
        with self._cut_lock:
            self._cut = True
            try:
                fd = self.conn.pgconn.socket
            except Exception:  # already closed
                return
            try:  # shutdown acts on the socket itself, so a duplicate descriptor is enough
                sock = socket.socket(fileno=os.dup(fd))
            except OSError:
                return
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError as exc:
                log.debug("shutting down the central connection: %s", exc)
            finally:
                sock.close()

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        import psycopg

        from db.sync.codec import json_dumps

        text = json_dumps(payload)
        for attempt in range(1, PUSH_ATTEMPTS + 1):
            try:
                row = self._execute("SELECT sync.push(%s::jsonb)", [text])
                break
            except psycopg.errors.Error as exc:
                if exc.sqlstate not in RETRY_SQLSTATES or attempt == PUSH_ATTEMPTS:
                    raise
                time.sleep(0.05 * attempt)
        assert row is not None
        return dict(row[0])

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]:
        """One page of the log. Asks for batches (protocol 3, central 0006: see `expand_batches`); a centre
        older than that has no such argument, and is asked the old way from then on."""
        import psycopg

        args = [epoch, xid, seq, limit]
        if self.batches:
            try:
                row = self._execute("SELECT sync.pull(%s::uuid, %s::xid8, %s::bigint, %s::int, 3)", args)
                assert row is not None
                answer = dict(row[0])
                if int(answer.get("protocol") or 1) >= 3:  # central 0006 on: it has 0004's columnar push too
                    self.protocol = max(self.protocol, 2)
                return answer
            except psycopg.errors.UndefinedFunction:
                self.batches = False
        row = self._execute("SELECT sync.pull(%s::uuid, %s::xid8, %s::bigint, %s::int)", args)
        assert row is not None
        return dict(row[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PgLink:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
