"""Pushing the outbox: the ops as payloads, and the server's answers stored (docs/sync-protocol.md).

Each answer is stored in one short write transaction: a crash before it commits means the next cycle pushes
the same op ids again and gets the same answers back.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import operator
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models.sync import OutboxOp, SyncConflict
from db.storage.engine import RELAXED_DURABILITY_OPTION, checkpoint, read_session
from db.sync.codec import json_loads
from db.sync.link import CentralLink
from db.sync.report import SyncReport
from db.sync.shared_lists import has_mappings, outgoing, references
from db.sync.tables import SYNCED_TABLES, synced_columns

# Ops per push to a server that answered protocol 2 (central migration 0004 on; it takes up to 2,000). Each
# push is one commit on the server, so fewer, larger pushes catch up faster: 1,000 per push took 3.7 s for
# 50,000 new reports, 2,000 took 3.2 s (bench/RESULTS.md); 5,000 was slower again (less overlap).
PUSH_BATCH = 2000
PUSH_BATCH_V1 = 200  # the most a protocol-1 server (central migrations up to 0003) takes
DONE_STATUSES = frozenset({"applied", "merged", "conflict", "duplicate"})


def _next_batch(
    session_factory: sessionmaker[Session], limit: int, *, columnar: bool, after: int = 0
) -> tuple[dict[str, Any], int]:
    """The next pending ops past outbox seq `after` as a push payload (without the epoch), and the last seq.

    With `columnar` (a server that answered protocol 2), a full-row op (every synced column of its table, the
    usual insert) carries `values` in the order of the payload's `columns` for its table instead of a
    `fields` object: the names are sent once per push, not once per op (docs/sync-protocol.md).
    """
    o = OutboxOp.__table__.c
    query = (
        select(o.seq, o.op_id, o.tbl, o.row_id, o.base_version, o.fields)
        .where(o.state == "pending", o.seq > after)
        .order_by(o.seq)
        .limit(limit)
    )
    with read_session(session_factory) as s:
        rows = s.execute(query).all()
        mapped = {}
        if has_mappings(s):  # a desk that merged another station's list entries into its own (issue 14)
            for _seq, _op_id, tbl, row_id, _base, text in rows:
                if tbl in references():
                    mapped[_op_id] = outgoing(s, tbl, row_id, json_loads(text))
    ops: list[dict[str, Any]] = []
    columns: dict[str, list[str]] = {}
    for seq, op_id, tbl, row_id, base_version, text in rows:
        after = seq
        fields = mapped[op_id] if op_id in mapped else json_loads(text)
        op: dict[str, Any] = {"op_id": op_id, "table": tbl, "row_id": row_id, "base_version": base_version}
        shape = _full_row(tbl) if columnar else None
        # Every column of the shape and nothing else but what the server sets (no set is built per op).
        if (
            shape is not None
            and len(fields) - sum(k in fields for k in _SERVER_SET) == len(shape[0])
            and fields.keys() >= shape[1]
        ):
            columns.setdefault(tbl, list(shape[0]))
            op["values"] = shape[2](fields)
        else:
            op["fields"] = fields
        ops.append(op)
    payload: dict[str, Any] = {"ops": ops}
    if columns:
        payload["columns"] = columns
    return payload, after


_Shape = tuple[tuple[str, ...], frozenset[str], Callable[[dict[str, Any]], list[Any]]]
# The server sets the version; an insert's op leaves it out (outbox.py), a backfilled row's op carries it.
_SERVER_SET = frozenset({"version"})


@functools.cache
def _full_row(tbl: str) -> _Shape | None:
    """A synced table's columns (less `version`), as a tuple and a set, and a function giving a row's values
    in that order: the shape of a full-row op."""
    from db.models.base import Base

    table = Base.metadata.tables.get(tbl)
    if tbl not in SYNCED_TABLES or table is None:
        return None
    # In name order, not the model's: a retry after an upgrade that reordered the model sends the same values
    # in the same order, so its op-id hash still matches.
    cols = tuple(sorted(c for c in synced_columns(table) if c not in _SERVER_SET))
    pick = operator.itemgetter(*cols)
    return cols, frozenset(cols), lambda fields: list(pick(fields))


def store_push_answer(
    session_factory: sessionmaker[Session], batch: list[dict[str, Any]], answer: dict[str, Any]
) -> tuple[int, int, int]:
    """Acknowledge a push: done ops leave the outbox, rows take the server's version, conflicts are kept.

    Returns (done, rejected, conflicts). One transaction: a crash or power cut that loses it means the next
    cycle pushes the same op ids again and gets the same answers back (so it need not wait for the disk).
    """
    sent = {op["op_id"]: op for op in batch}
    results = [r for r in answer.get("results", []) if r.get("op_id") in sent]
    done = rejected = conflicts = 0
    gone: list[str] = []
    refused: list[tuple[str, str]] = []  # (reason, op id)
    versions: dict[str, list[tuple[int, int, str, int]]] = {}
    # A row whose op was refused after one of its ops was settled keeps the values the centre refused: it
    # is not marked synced by that earlier op (nor by the outbox check below, as the refused op leaves it).
    refused_at = {sent[r["op_id"]]["row_id"]: i for i, r in enumerate(results) if _refused(r)}
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        # Plain DB-API statements (thousands of rows per answer), committed without waiting for the disk.
        conn = s.connection(execution_options={RELAXED_DURABILITY_OPTION: True})
        for i, result in enumerate(results):
            op_id = result["op_id"]
            op = sent[op_id]
            status = result.get("status")
            if _refused(result):
                refused.append((str(result.get("reason", "")), op_id))
                rejected += 1
                continue
            if status not in DONE_STATUSES:
                continue
            gone.append(op_id)
            done += 1
            conflicts += _keep_conflicts(s, op, result)
            if op["table"] not in SYNCED_TABLES or result.get("version") is None:
                continue
            version = int(result["version"])
            refused_later = int(refused_at.get(op["row_id"], -1) > i)
            versions.setdefault(op["table"], []).append((version, refused_later, op["row_id"], version))
        for i in range(0, len(gone), 500):
            chunk = gone[i : i + 500]
            conn.exec_driver_sql(f"DELETE FROM outbox WHERE op_id IN ({_marks(chunk)})", tuple(chunk))
        if refused:
            conn.exec_driver_sql(
                "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ? "
                "WHERE op_id = ?",
                refused,
            )
        # The settled ops are gone from the outbox now: a row is synced unless another op of it is still
        # pending (queued after this batch was read, or left out of the answer) or was refused after this
        # one. The same as settling the results one by one, in a statement per table. A row settled twice
        # in one answer keeps the higher version.
        for name, params in versions.items():
            assert name in SYNCED_TABLES  # a fixed table name, never the server's text
            conn.exec_driver_sql(
                f"UPDATE {name} SET version = ?, sync_state = CASE WHEN ? OR EXISTS (SELECT 1 FROM outbox "
                f"AS o WHERE o.row_id = {name}.id AND o.state = 'pending') THEN sync_state ELSE 'synced' END "
                "WHERE id = ? AND version <= ?",
                params,
            )
    return done, rejected, conflicts


def _refused(result: dict[str, Any]) -> bool:
    """Rejected, or the duplicate of a rejected op (a retry after a lost answer: refused then and now)."""
    status = result.get("status")
    return status == "rejected" or (status == "duplicate" and result.get("first_status") == "rejected")


def _marks(values: list[str]) -> str:
    return ", ".join("?" * len(values))


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


@contextlib.contextmanager
def heap_frozen() -> Iterator[None]:
    """For a bulk push or pull: the objects alive when it starts (the app's, thousands of them) are left out
    of the garbage collector's scans while it allocates hundreds of thousands of short-lived dicts and
    lists. Each full collection during a 50,000-op push scanned them all again: about 7 % of its time
    (bench/RESULTS.md, "Sync")."""
    with _frozen_lock:  # the freeze is the process's: only the first job in freezes, the last out thaws
        _frozen[0] += 1
        if _frozen[0] == 1:
            gc.freeze()
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen[0] -= 1
            if _frozen[0] == 0:
                gc.unfreeze()


_frozen = [0]
_frozen_lock = threading.Lock()


def push_all(
    session_factory: sessionmaker[Session],
    link: CentralLink,
    report: SyncReport,
    *,
    epoch: str | None,
    batch_size: int = PUSH_BATCH,
    max_batches: int | None = None,
) -> str | None:
    """Push pending ops in batches until none is left; returns the epoch the server answered with.

    Until a server has answered `protocol: 2` (central migration 0004) in this process, pushes use the first
    form (`fields` objects, at most 200 ops). The pushes are pipelined one deep: while the server applies a
    batch, the next one is read from the outbox, and the answer before it is stored while the server applies
    the next. The server still gets one push at a time, in outbox order, each sent after the answer to the one
    before. A batch read before an answer switched the form goes out in the old form; a retry of it after a
    lost answer may come back in the new form, which the server takes as the duplicate it is (0004).
    """
    batches = 0
    server_epoch = epoch
    protocol = int(getattr(link, "protocol", 1) or 1)

    def read(after: int) -> tuple[dict[str, Any], int]:
        if max_batches is not None and batches >= max_batches:
            return {"ops": []}, after
        columnar = protocol >= 2
        size = batch_size if columnar else min(batch_size, PUSH_BATCH_V1)
        return _next_batch(session_factory, size, columnar=columnar, after=after)

    with heap_frozen(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="sentra-push") as network:
        payload, after = read(0)
        sending = network.submit(link.push, {"epoch": epoch, **payload}) if payload["ops"] else None
        while sending is not None:
            batches += 1
            upcoming, after = read(after)  # while the server works on `payload`
            answer = sending.result()
            server_epoch = answer.get("epoch", server_epoch)
            protocol = int(answer.get("protocol") or 1)  # what this server speaks now (it may be restored)
            _remember_protocol(link, protocol)
            sending = network.submit(link.push, {"epoch": epoch, **upcoming}) if upcoming["ops"] else None
            done, rejected, conflicts = store_push_answer(session_factory, payload["ops"], answer)
            report.pushed += done
            report.rejected += rejected
            report.conflicts += conflicts
            if done + rejected == 0:
                raise RuntimeError("the server answered none of the pushed ops")
            payload = upcoming
    if batches > 1:
        checkpoint(session_factory)
    return server_epoch


def _remember_protocol(link: CentralLink, protocol: int) -> None:
    with contextlib.suppress(AttributeError):  # a link that cannot hold it learns it again on its next push
        link.protocol = protocol  # type: ignore[attr-defined]
