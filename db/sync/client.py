"""One sync cycle of a station: push the outbox, then pull (docs/sync-protocol.md).

Network calls happen outside SQLite transactions; each answer is stored in one short write transaction, so a
crash at any point leaves either the old state or the new one, never half of it. The server makes retries
safe: an op id it has seen returns its first answer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.engine import read_session
from db.models.base import utcnow
from db.models.sync import OutboxOp, SyncConflict, SyncMeta
from db.sync.apply import apply_rows, backfill_ops, resync_ops
from db.sync.tables import SYNCED_TABLES

log = logging.getLogger(__name__)

PUSH_BATCH = 200
PULL_BATCH = 500
DONE_STATUSES = frozenset({"applied", "merged", "conflict", "duplicate"})


class CentralLink(Protocol):
    """The two calls a station may make (db/sync/link.py talks to PostgreSQL; tests may wrap it)."""

    def push(self, payload: dict[str, Any]) -> dict[str, Any]: ...

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]: ...


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    epoch_reset: bool = False
    errors: list[str] = field(default_factory=list)


def read_meta(s: Session) -> SyncMeta:
    """The sync row for reading (a blank one, not added, when this station never synced)."""
    meta = s.get(SyncMeta, 1)
    if meta is not None:
        return meta
    return SyncMeta(
        id=1,
        central_url="",
        central_role="",
        epoch=None,
        cursor_xid="0",
        cursor_seq=0,
        backfilled=False,
        last_error="",
    )


def get_meta(s: Session) -> SyncMeta:
    """The sync row for writing, created on first use."""
    meta = s.get(SyncMeta, 1)
    if meta is None:
        meta = SyncMeta(id=1)
        s.add(meta)
        s.flush()
    return meta


def _own_station(s: Session) -> str:
    from db.services.station import load_station

    return load_station(s).code


def pending_count(session_factory: sessionmaker[Session]) -> int:
    with read_session(session_factory) as s:
        return s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")) or 0


def _next_batch(session_factory: sessionmaker[Session], limit: int) -> list[dict[str, Any]]:
    with read_session(session_factory) as s:
        ops = s.scalars(
            select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.seq).limit(limit)
        ).all()
        return [
            {
                "op_id": o.op_id,
                "table": o.tbl,
                "row_id": o.row_id,
                "base_version": o.base_version,
                "fields": json.loads(o.fields),
            }
            for o in ops
        ]


def store_push_answer(
    session_factory: sessionmaker[Session], batch: list[dict[str, Any]], answer: dict[str, Any]
) -> tuple[int, int, int]:
    """Acknowledge a push: done ops leave the outbox, rows take the server's version, conflicts are kept.

    Returns (done, rejected, conflicts). One transaction: a crash before it commits means the next cycle
    pushes the same op ids again and gets the same answers back.
    """
    from db.models.base import Base

    sent = {op["op_id"]: op for op in batch}
    done = rejected = conflicts = 0
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        for result in answer.get("results", []):
            op_id = result.get("op_id")
            op = sent.get(op_id)
            if op is None:
                continue
            status = result.get("status")
            if status == "rejected":
                s.execute(
                    update(OutboxOp)
                    .where(OutboxOp.op_id == op_id)
                    .values(
                        state="rejected",
                        attempts=OutboxOp.attempts + 1,
                        last_error=str(result.get("reason", "")),
                    )
                )
                rejected += 1
                continue
            if status not in DONE_STATUSES:
                continue
            s.execute(delete(OutboxOp).where(OutboxOp.op_id == op_id))
            done += 1
            conflicts += _keep_conflicts(s, op, result)
            if op["table"] not in SYNCED_TABLES or result.get("version") is None:
                continue
            table = Base.metadata.tables[op["table"]]
            still_pending = s.scalar(
                select(func.count())
                .select_from(OutboxOp)
                .where(OutboxOp.row_id == op["row_id"], OutboxOp.state == "pending")
            )
            values: dict[str, Any] = {"version": int(result["version"])}
            if not still_pending:
                values["sync_state"] = "synced"
            s.execute(
                update(table)
                .where(table.c.id == op["row_id"], table.c.version <= int(result["version"]))
                .values(**values)
            )
    return done, rejected, conflicts


def _keep_conflicts(s: Session, op: dict[str, Any], result: dict[str, Any]) -> int:
    count = 0
    for c in result.get("conflicts") or []:
        seen = s.scalar(
            select(func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.op_id == op["op_id"], SyncConflict.field == c.get("field"))
        )
        if seen:
            continue
        s.add(
            SyncConflict(
                tbl=op["table"],
                row_id=op["row_id"],
                field=str(c.get("field")),
                kept_value=json.dumps(c.get("kept"), ensure_ascii=False),
                lost_value=json.dumps(c.get("lost"), ensure_ascii=False),
                winner="hq" if c.get("winner") == "*hq" or c.get("winner") == "hq" else "station",
                op_id=op["op_id"],
            )
        )
        count += 1
    return count


def push_all(
    session_factory: sessionmaker[Session],
    link: CentralLink,
    report: SyncReport,
    *,
    epoch: str | None,
    batch_size: int = PUSH_BATCH,
    max_batches: int | None = None,
) -> str | None:
    """Push pending ops in batches until none is left; returns the epoch the server answered with."""
    batches = 0
    server_epoch = epoch
    while max_batches is None or batches < max_batches:
        batch = _next_batch(session_factory, batch_size)
        if not batch:
            break
        answer = link.push({"epoch": epoch, "ops": batch})
        server_epoch = answer.get("epoch", server_epoch)
        done, rejected, conflicts = store_push_answer(session_factory, batch, answer)
        report.pushed += done
        report.rejected += rejected
        report.conflicts += conflicts
        batches += 1
        if done + rejected == 0:
            raise RuntimeError("the server answered none of the pushed ops")
    return server_epoch


def _reset_epoch(session_factory: sessionmaker[Session], epoch: str) -> None:
    """The server was restored: queue every row we own, then pull from the start. On the first contact
    (no epoch yet) there is nothing to re-send: the backfill and the outbox already hold everything."""
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        meta = get_meta(s)
        if meta.epoch is not None:  # a server we knew under another epoch: it may lack what we sent
            resync_ops(s, _own_station(s))
        meta.epoch = epoch
        meta.cursor_xid, meta.cursor_seq = "0", 0
        meta.backfilled = True


def pull_all(
    session_factory: sessionmaker[Session],
    link: CentralLink,
    report: SyncReport,
    *,
    batch_size: int = PULL_BATCH,
    max_batches: int | None = None,
    before_apply: Callable[[], None] | None = None,
) -> bool:
    """Pull until the server has nothing more; returns False when the server asked for an epoch reset."""
    batches = 0
    while max_batches is None or batches < max_batches:
        with read_session(session_factory) as s:
            meta = read_meta(s)
            epoch, xid, seq = meta.epoch, meta.cursor_xid, meta.cursor_seq
        answer = link.pull(epoch, xid, seq, batch_size)
        if answer.get("reset"):
            _reset_epoch(session_factory, str(answer["epoch"]))
            report.epoch_reset = True
            return False
        rows = answer.get("rows") or []
        cursor = answer.get("cursor") or {"xid": xid, "seq": seq}
        if before_apply is not None:
            before_apply()
        with session_factory() as s, s.begin():
            s.info["sync_apply"] = True
            s.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
            apply_rows(s, rows)
            meta = get_meta(s)
            meta.cursor_xid, meta.cursor_seq = str(cursor["xid"]), int(cursor["seq"])
        report.pulled += len(rows)
        batches += 1
        if not answer.get("more"):
            break
    return True


def sync_once(
    session_factory: sessionmaker[Session],
    link: CentralLink,
    *,
    push_batch: int = PUSH_BATCH,
    pull_batch: int = PULL_BATCH,
) -> SyncReport:
    """Push, then pull; after an epoch reset push the re-queued rows and pull from the start once more."""
    report = SyncReport()
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        meta = get_meta(s)
        meta.last_attempt_at = utcnow()
        if not meta.backfilled:
            backfill_ops(s)
            meta.backfilled = True
        epoch = meta.epoch
    try:
        for _ in range(2):
            server_epoch = push_all(session_factory, link, report, epoch=epoch, batch_size=push_batch)
            if epoch is not None and server_epoch is not None and server_epoch != epoch:
                _reset_epoch(session_factory, str(server_epoch))
                report.epoch_reset = True
                epoch = str(server_epoch)
                continue
            if pull_all(session_factory, link, report, batch_size=pull_batch):
                break
            with read_session(session_factory) as s:
                epoch = read_meta(s).epoch
    except Exception as exc:
        record_outcome(session_factory, error=describe_error(exc))
        raise
    record_outcome(session_factory, error=None)
    return report


def describe_error(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:500]


def record_outcome(session_factory: sessionmaker[Session], *, error: str | None) -> None:
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        meta = get_meta(s)
        if error is None:
            meta.last_success_at = utcnow()
            meta.last_error = ""
        else:
            meta.last_error = error
            meta.last_error_at = utcnow()
