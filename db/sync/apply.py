"""Rows from the server into the station's tables, and the ops a station queues for rows it never sent.

Applying runs in a session with `info["sync_apply"]` set, so it writes no outbox op of its own. A row that
still has ops in the outbox keeps the values of its pending fields: they reach the server on the next push,
where the field-level merge settles them.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Dialect, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models.base import Base, utcnow
from db.models.station import Station
from db.models.sync import OutboxOp, SyncProblem
from db.rules.text_rules import strip_control_characters
from db.sync.codec import decoder, encode
from db.sync.outbox import outbox_row
from db.sync.problems import keep_problem
from db.sync.renumber import Numbering
from db.sync.shared_lists import SharedLists
from db.sync.status_history import ReportState
from db.sync.tables import SYNCED_TABLES, synced_columns, synced_tables
from db.sync.text_limits import check_text_lengths

log = logging.getLogger(__name__)

# Values for local-only columns of a row that arrives from the server (an officer HQ added cannot log in
# until an admin here sets a password).
_LOCAL_DEFAULTS: dict[str, dict[str, Any]] = {
    "officer": {"password_hash": "", "failed_attempts": 0, "locked_until": None},
}


@functools.cache
def _synced(name: str) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Each synced column of a table with its value conversion, worked out once per table."""
    table = Base.metadata.tables[name]
    return tuple((c, decoder(table.c[c])) for c in synced_columns(table))


def _values(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, convert in _synced(table.name):
        if name in row:
            value = row[name]
            if isinstance(value, str) and not value.isprintable():
                # A row from the centre (an online complaint typed on a website) meets the desk's text rule.
                # (A printable text has no control character: only the others are looked at.)
                value = strip_control_characters(value)
            out[name] = value if value is None or convert is None else convert(value)
    check_text_lengths(table.name, out)  # a text longer than its form allows: the row is kept, not applied
    return out


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


class BatchState:
    """What the station holds for a pulled batch, read in a few queries instead of two per row."""

    def __init__(self, s: Session, rows: list[dict[str, Any]]):
        self.pending: dict[str, set[str]] = {}
        for chunk in _chunks([str(item["row_id"]) for item in rows]):
            query = select(OutboxOp.row_id, OutboxOp.fields).where(
                OutboxOp.row_id.in_(chunk), OutboxOp.state == "pending"
            )
            for row_id, text in s.execute(query):
                self.pending.setdefault(row_id, set()).update(json.loads(text))
        self.versions: dict[str, int] = {}
        by_table: dict[str, list[str]] = {}
        for item in rows:
            by_table.setdefault(str(item.get("table")), []).append(str(item["row_id"]))
        for name, ids in by_table.items():
            if name not in SYNCED_TABLES:
                continue
            table = Base.metadata.tables[name]
            for chunk in _chunks(ids):
                for row_id, version in s.execute(
                    select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
                ):
                    self.versions[row_id] = version
        # This desk's station code: a pulled row of another station is one HQ moved away from it. Not at the
        # Polres, whose HQ role pulls every station's rows (None: nothing counts as moved).
        here = s.execute(
            select(Station.code, Station.level).where(Station.deleted_at.is_(None)).limit(1)
        ).first()
        self.own: str | None = here.code if here is not None and here.level != "polres" else None
        self.code: str | None = here.code if here is not None else None
        self.lists = SharedLists(s, set(by_table))
        self.numbering = Numbering(s, rows, self.code, set(self.versions))
        self.session = s
        # What this batch wrote of each report (status_history.ReportState): the status check after the
        # pull needs no second read of the (wide) report rows.
        self.reports: dict[str, ReportState] = {}
        # Writes queued by apply_row, run in order by flush(): consecutive writes of the same shape (kind,
        # table, columns) go as one executemany, which saves building a statement per row.
        self.writes: list[tuple[tuple[str, str, tuple[str, ...]], dict[str, Any]]] = []

    def write(self, kind: str, table: str, values: dict[str, Any]) -> None:
        self.writes.append(((kind, table, tuple(values)), values))

    def flush(self, s: Session) -> None:
        conn = s.connection()
        start = 0
        while start < len(self.writes):
            key = self.writes[start][0]
            end = start + 1
            while end < len(self.writes) and self.writes[end][0] == key:
                end += 1
            kind, name, cols = key
            sql, order, binds = _statement(kind, name, cols, conn.dialect)
            params = []
            for _key, values in self.writes[start:end]:
                row = [values[c] for c in order]
                for i, bind in binds:
                    row[i] = bind(row[i])
                params.append(tuple(row))
            # Plain DB-API executemany: a thousand rows per batch, each value through its column's own bind
            # conversion (what SQLAlchemy would do), without building SQLAlchemy parameters per row.
            conn.exec_driver_sql(sql, params)
            start = end
        self.writes.clear()


@functools.cache
def _statement(
    kind: str, name: str, cols: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[str, ...], tuple[tuple[int, Callable[[Any], Any]], ...]]:
    """The SQL of a queued write shape, the order its values go in, and the bind conversion of each value
    that has one (its position, the conversion)."""
    assert name in SYNCED_TABLES  # a fixed table name, never the server's text
    table = Base.metadata.tables[name]
    if kind == "insert":
        order = cols
        sql = f"INSERT INTO {name} ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})"
    else:  # the row id travels as b_row_id; the other keys make the SET clause
        order = tuple(c for c in cols if c != "b_row_id") + ("b_row_id",)
        sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in order[:-1])} WHERE id = ?"
    # dialect_impl: the SQLite form of each type (a UtcDateTime's time as SQLAlchemy's DATETIME text), exactly
    # what SQLAlchemy binds; the type's own bind_processor would leave the formatting to sqlite3's adapters.
    binds = (
        (i, table.c[c].type.dialect_impl(dialect).bind_processor(dialect)) if c in table.c else (i, None)
        for i, c in enumerate(order)
    )
    return sql, order, tuple((i, bind) for i, bind in binds if bind is not None)


def apply_row(s: Session, item: dict[str, Any], state: BatchState | None = None) -> None:
    """Apply one pulled row (a `change_log` entry) to the local table."""
    name = item.get("table")
    if name not in SYNCED_TABLES:
        log.warning("pulled a row of unknown table %r; ignored", name)
        return
    if state is None:
        state = BatchState(s, [item])
        _apply(item, state)
        state.flush(s)
        return
    _apply(item, state)


def _apply(item: dict[str, Any], state: BatchState) -> None:
    name = str(item["table"])
    table = Base.metadata.tables[name]
    row_id = str(item["row_id"])
    version = int(item["version"])
    values = _values(table, item["row"])
    values["version"] = version
    current = state.versions.get(row_id)
    if state.lists.merged(name, row_id, values, known=current is not None):
        return  # the same entry as one of this desk's own list (issue 14): mapped, not written twice
    state.lists.translate(name, values)
    # HQ gave the row to another station (central migration 0005 logs the move for the station it left).
    moved = state.own is not None and values.get("station_code") not in (None, state.own, "*")
    if current is None:
        if moved or (values.get("deleted_at") is not None and name == "lost_item"):
            return  # gone before this station ever saw it
        values["id"] = row_id
        values.update(_LOCAL_DEFAULTS.get(name, {}))
        values["sync_state"] = "synced"
        if name == "report":
            state.numbering.settle(state.session, state, row_id, values)
            state.reports[row_id] = ReportState.of(values)
        state.write("insert", name, values)
        state.versions[row_id] = version
        return
    if current > version:
        return  # an older change than the one already here (a re-download after an epoch reset)
    pending = state.pending.get(row_id, set())
    for field in pending:
        values.pop(field, None)
    if moved and values.get("deleted_at") is None:
        # It leaves this desk's lists and figures like a deleted row; the copy stays as this station held it.
        # The centre keeps it live for its new station (this mark is local: applying writes no op).
        values["deleted_at"] = utcnow()
    values["sync_state"] = "pending" if pending else "synced"
    if name == "report":
        state.numbering.settle(state.session, state, row_id, values)
        state.reports[row_id] = ReportState.of(values)
    values["b_row_id"] = row_id
    state.write("update", name, values)
    state.versions[row_id] = version


def apply_rows(
    s: Session, rows: list[dict[str, Any]], reports: dict[str, ReportState] | None = None
) -> list[str]:
    """Apply a pulled batch; a row the local constraints refuse is kept in `sync_problem` (tried again on
    later cycles, see problems.py) and named in the result. `reports` gets what was written of each report
    (none of a batch that took the slow path: the status check reads those rows again)."""
    try:
        with s.begin_nested():
            state = BatchState(s, rows)
            for item in rows:
                apply_row(s, item, state)
            state.flush(s)
        if reports is not None:
            reports.update(state.reports)
        return []
    except IntegrityError:
        pass
    if reports is not None:
        for item in rows:
            if item.get("table") == "report":
                reports.pop(str(item["row_id"]), None)
    skipped: list[str] = []
    for item in rows:  # the slow path: find the refused rows one by one
        reason = _refusal(s, item)
        if reason is not None:
            skipped.append(f"{item.get('table')} {item.get('row_id')}")
            log.warning("pulled row refused locally: %s %s: %s", item.get("table"), item["row_id"], reason)
            keep_problem(s, item, reason)
    return skipped


def _refusal(s: Session, item: dict[str, Any]) -> str | None:
    """Apply one pulled row in a savepoint; the local rule's message if it refused the row (rolled back)."""
    try:
        with s.begin_nested():
            apply_row(s, item)
    except IntegrityError as exc:
        return str(exc.orig) if exc.orig is not None else str(exc)
    return None


def _full_row_ops(s: Session, *, where_never_sent: bool, station_code: str | None) -> int:
    count = 0
    for table in synced_tables():
        cols = synced_columns(table)
        query = select(*(table.c[c] for c in cols), table.c.version)
        if where_never_sent:
            queued = select(OutboxOp.row_id).where(OutboxOp.tbl == table.name)
            query = query.where(table.c.version == 0, table.c.id.not_in(queued))
        if station_code is not None:
            query = query.where(table.c.station_code == station_code)
        batch: list[dict[str, Any]] = []
        for row in s.execute(query):
            m = row._mapping
            batch.append(outbox_row(table.name, m["id"], {c: encode(m[c]) for c in cols}, int(m["version"])))
            if len(batch) >= 5000:
                s.execute(insert(OutboxOp), batch)
                count += len(batch)
                batch = []
        if batch:
            s.execute(insert(OutboxOp), batch)
            count += len(batch)
    return count


def backfill_ops(s: Session) -> int:
    """Queue rows written before the outbox existed, or by bulk loads (demo data), once."""
    return _full_row_ops(s, where_never_sent=True, station_code=None)


def resync_ops(s: Session, station_code: str) -> int:
    """After the server's epoch changed: a full-row op for every row this station owns (base = its version).

    Rows the restored server still has are merged field by field; rows it lost come back whole.
    """
    return _full_row_ops(s, where_never_sent=False, station_code=station_code)


def retry_problems(s: Session) -> tuple[int, int]:
    """Try every open "apply" problem again, oldest first; returns (now applied, still open)."""
    problems = s.scalars(
        select(SyncProblem)
        .where(SyncProblem.kind == "apply", SyncProblem.resolved_at.is_(None))
        .order_by(SyncProblem.first_seen_at, SyncProblem.id)
    ).all()
    fixed = 0
    for problem in problems:
        reason = _refusal(s, json.loads(problem.item))
        if reason is not None:
            problem.attempts += 1
            problem.last_tried_at = utcnow()
            problem.reason = reason
            continue
        problem.resolved_at = utcnow()
        fixed += 1
        log.info("pulled row applied on a later try: %s %s", problem.tbl, problem.row_id)
    s.flush()
    return fixed, len(problems) - fixed
