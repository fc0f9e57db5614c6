"""The station side of test_stateful.py's state machine: a desk that restarts, the link that notes the order
in which the server committed each op, and the four points at which a station's sync may crash.

A sync may crash inside the push before the server commits (`push_before_commit`), after the server
committed but before the answer arrives (`push_after_commit`), after the answer but before the station
stores it (`before_local_ack`), and during a pull after the rows were applied but before the cursor was
stored (`pull_before_cursor`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

import db.sync.client as client
import db.sync.push as pushing
from db.models import OutboxOp, Report
from db.storage.engine import make_engine, make_session_factory
from db.sync.codec import decode, encode
from db.sync.link import PgLink

TRACKED = ("offense", "status", "assigned_officer_id", "forwarded_to", "deleted_at")


class Crash(Exception):
    """The station process dies here (the test's stand-in for a power cut)."""


@dataclass
class Edit:
    """One tracked field value of one op (a station's outbox op or an HQ push)."""

    op_id: str
    writer: str
    row_id: str
    field: str
    value: Any


@dataclass
class Station:
    code: str
    path: Path
    sf: sessionmaker[Session]
    role: str
    password: str
    officers: list[str]
    op_ids: set[str] = field(default_factory=set)  # every op this station wrote

    def restart(self) -> None:
        """A new process: the old engine (and anything it held) is gone."""
        self.sf.kw["bind"].dispose()
        self.sf = make_session_factory(make_engine(self.path))

    def outbox_and_cursor(self) -> tuple[set[str], tuple[str | None, str, int]]:
        with self.sf() as s:
            pending = set(s.scalars(select(OutboxOp.op_id).where(OutboxOp.state == "pending")))
            meta = client.read_meta(s)
            return pending, (meta.epoch, meta.cursor_xid, meta.cursor_seq)


class RecordingLink:
    """The station's real PgLink, telling `committed` in which order the server committed each op and its
    answer; it can crash inside the push (rolled back) or after the server committed it (answer lost)."""

    def __init__(
        self,
        inner: PgLink,
        committed: Callable[[list[str], dict[str, Any]], None],
        crash: str | None,
        during_pull: Callable[[], None] | None,
    ):
        self.inner, self.committed, self.crash, self.during_pull = inner, committed, crash, during_pull

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        if self.crash == "push_before_commit":
            with self.inner.conn.transaction():
                self.inner.push(payload)
                raise Crash("before the server committed the push")
        answer = self.inner.push(payload)
        self.committed([o["op_id"] for o in payload["ops"]], answer)
        if self.crash == "push_after_commit":
            raise Crash("after the server committed, before the answer arrived")
        return answer

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]:
        answer = self.inner.pull(epoch, xid, seq, limit)
        if self.during_pull is not None:  # the desk's user saves an edit while the answer is on its way
            self.during_pull()
            self.during_pull = None
        return answer


@contextlib.contextmanager
def station_crashes(st_: Station, crash: str | None) -> Iterator[None]:
    """The station's own crash points (`before_local_ack`, `pull_before_cursor`) armed while inside."""
    with contextlib.ExitStack() as stack:
        if crash == "before_local_ack":
            dying = sessionmaker(st_.sf.kw["bind"], expire_on_commit=False)

            def die(_session: Session) -> None:
                raise Crash("after the answer, before the station stored it")

            event.listen(dying, "before_commit", die)
            real_store = pushing.store_push_answer
            stack.enter_context(
                mock.patch.object(pushing, "store_push_answer", lambda _sf, b, a: real_store(dying, b, a))
            )
        elif crash == "pull_before_cursor":
            real_apply = client.apply_rows

            def apply_then_die(s: Session, rows: list[dict[str, Any]], *args: Any) -> list[str]:
                real_apply(s, rows, *args)
                raise Crash("rows applied, cursor not stored")

            stack.enter_context(mock.patch.object(client, "apply_rows", apply_then_die))
        yield


def normal(column_name: str, value: Any) -> Any:
    """A tracked value as the desks helpers render it (times re-encoded in UTC)."""
    if column_name == "deleted_at" and value is not None:
        return encode(decode(Report.__table__.c.deleted_at, value))
    return value
