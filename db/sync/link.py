"""The station's connection to the central PostgreSQL: two function calls, nothing else."""

from __future__ import annotations

import time
from typing import Any, Protocol

CONNECT_TIMEOUT_S = 5
# A push that PostgreSQL rolled back because it deadlocked with another writer of the same rows (two pushes
# updating them in another order), or could not serialise, is sent again at once: it was applied not at all,
# and its op ids make a repeat safe anyway.
PUSH_ATTEMPTS = 3
RETRY_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure


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

    def __init__(self, conninfo: str, *, user: str | None = None, password: str | None = None):
        import psycopg
        from psycopg.types.json import set_json_loads

        from db.sync.codec import json_loads

        extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "sentra-desk"}
        if user:
            extra["user"] = user
        if password is not None:
            extra["password"] = password
        self.conn = psycopg.connect(conninfo, autocommit=True, **extra)
        set_json_loads(json_loads, self.conn)

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        import psycopg

        from db.sync.codec import json_dumps

        text = json_dumps(payload)
        for attempt in range(1, PUSH_ATTEMPTS + 1):
            try:
                row = self.conn.execute("SELECT sync.push(%s::jsonb)", [text]).fetchone()
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
                row = self.conn.execute(
                    "SELECT sync.pull(%s::uuid, %s::xid8, %s::bigint, %s::int, 3)", args
                ).fetchone()
                assert row is not None
                answer = dict(row[0])
                if int(answer.get("protocol") or 1) >= 3:  # central 0006 on: it has 0004's columnar push too
                    self.protocol = max(self.protocol, 2)
                return answer
            except psycopg.errors.UndefinedFunction:
                self.batches = False
        row = self.conn.execute("SELECT sync.pull(%s::uuid, %s::xid8, %s::bigint, %s::int)", args).fetchone()
        assert row is not None
        return dict(row[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PgLink:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
