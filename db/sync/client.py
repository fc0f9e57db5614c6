"""One sync cycle of a station: push the outbox, then pull (docs/sync-protocol.md).

Network calls happen outside SQLite transactions; each answer is stored in one short write transaction, so a
crash at any point leaves either the old state or the new one, never half of it. The server makes retries
safe: an op id it has seen returns its first answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models.base import utcnow
from db.models.sync import OutboxOp, SyncMeta, SyncProblem
from db.storage.engine import RELAXED_DURABILITY_OPTION, checkpoint, read_session
from db.sync.apply import apply_rows, backfill_ops, resync_ops, retry_problems
from db.sync.codec import expand_batches
from db.sync.link import CentralLink
from db.sync.problems import count_open
from db.sync.push import PUSH_BATCH, heap_frozen, push_all
from db.sync.report import SyncReport
from db.sync.status_history import ReportState, touched_reports
from db.sync.status_history import align as align_status
from db.sync.tables import synced_tables

log = logging.getLogger(__name__)

PULL_BATCH = 1000


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


def _own_code(s: Session) -> str | None:
    from db.models.station import Station

    return s.scalar(select(Station.code).where(Station.deleted_at.is_(None)).limit(1))


def pending_count(session_factory: sessionmaker[Session]) -> int:
    with read_session(session_factory) as s:
        return s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")) or 0


def _reset_epoch(session_factory: sessionmaker[Session], epoch: str) -> bool:
    """The server was restored: queue every row we own, then pull from the start. On the first contact
    (no epoch yet) there is nothing to re-send: the backfill and the outbox already hold everything."""
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        meta = get_meta(s)
        if meta.epoch is not None:  # a server we knew under another epoch: it may lack what we sent
            resync_ops(s, _own_station(s))
            # Versions of the old epoch mean nothing now (a row created after the backup starts again at 1
            # there): forget them, or the answers and the pull from the start would never lower them and
            # later server changes would be skipped as "older than ours". Both set them again.
            for table in synced_tables():
                s.execute(update(table).values(version=0))
        restored = meta.epoch is not None
        meta.epoch = epoch
        meta.cursor_xid, meta.cursor_seq = "0", 0
        meta.backfilled = True
    return restored


@contextmanager
def _without_foreign_keys(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose connection does not enforce foreign keys while it applies pulled rows.

    The centre has no foreign keys and logs rows in its commit order, so a child (a report written by the
    web channel) may come in a batch before its parent (the citizen): the child waits, unseen by the joins
    the screens use, until the parent arrives in a later batch. With the check on, such a batch could never
    commit and the desk could never pull again. The pragma only works outside a transaction, so it is set on
    the raw connection before SQLAlchemy begins, and set back before the connection returns to the pool.
    """
    bind = session_factory.kw["bind"]
    with bind.connect() as conn:
        # A batch and its cursor lost in a power cut are pulled again: no need to wait for the disk.
        conn.execution_options(**{RELAXED_DURABILITY_OPTION: True})
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with session_factory(bind=conn) as s:
                yield s
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def pull_all(
    session_factory: sessionmaker[Session],
    link: CentralLink,
    report: SyncReport,
    *,
    batch_size: int = PULL_BATCH,
    max_batches: int | None = None,
    before_apply: Callable[[], None] | None = None,
) -> bool:
    """Pull until the server has nothing more; returns False when the server asked for an epoch reset.

    Pipelined one deep: while a batch is applied here, the next one is already asked for with the cursor the
    batch ends at. Pulling reads nothing but the log, so a batch asked for and then not applied (a crash, a
    refused row) costs nothing; the cursor stored is always that of the last batch applied.
    """
    batches = 0
    touched: set[str] = set()
    written: dict[str, ReportState] = {}  # what the batches wrote of each report, for the status check
    with read_session(session_factory) as s:
        meta = read_meta(s)
        epoch, xid, seq = meta.epoch, meta.cursor_xid, meta.cursor_seq
        renumbered_before = count_open(s).get("renumbered", 0)
    with heap_frozen(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="sentra-pull") as network:
        asking: Future[dict[str, Any]] | None = network.submit(link.pull, epoch, xid, seq, batch_size)
        while asking is not None:
            answer = asking.result()
            asking = None
            if answer.get("reset"):
                report.epoch_reset |= _reset_epoch(session_factory, str(answer["epoch"]))
                return False
            rows = expand_batches(answer.get("rows") or [])
            cursor = answer.get("cursor") or {"xid": xid, "seq": seq}
            xid, seq = str(cursor["xid"]), int(cursor["seq"])
            batches += 1
            if answer.get("more") and (max_batches is None or batches < max_batches):
                asking = network.submit(link.pull, epoch, xid, seq, batch_size)  # while this batch is applied
            if before_apply is not None:
                before_apply()
            with _without_foreign_keys(session_factory) as s, s.begin():
                s.info["sync_apply"] = True
                apply_rows(s, rows, written)
                touched |= touched_reports(rows)
                meta = get_meta(s)
                meta.cursor_xid, meta.cursor_seq = xid, seq
            report.pulled += len(rows)
    # Rows kept from earlier cycles may apply now (their parent or the clashing row has arrived or changed).
    with _without_foreign_keys(session_factory) as s, s.begin():
        s.info["sync_apply"] = True
        retry_problems(s)
        for row_id in s.scalars(select(SyncProblem.row_id).where(SyncProblem.tbl == "report")):
            written.pop(row_id, None)  # a retried report may have changed since its batch: read again
        # A status the merge kept against a newer history entry of the other side (issue 14, point 5).
        report.queued_now += align_status(s, touched, own_code=_own_code(s), written=written)
        counts = count_open(s)
    report.problems, report.renumbered = counts.get("apply", 0), counts.get("renumbered", 0)
    report.queued_now += max(0, report.renumbered - renumbered_before)
    if batches > 1:
        checkpoint(session_factory)
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
                report.epoch_reset |= _reset_epoch(session_factory, str(server_epoch))
                epoch = str(server_epoch)
                continue
            if pull_all(session_factory, link, report, batch_size=pull_batch):
                if report.queued_now:  # tell the centre the new numbers and entries at once (issue 14)
                    push_all(session_factory, link, report, epoch=epoch, batch_size=push_batch)
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
