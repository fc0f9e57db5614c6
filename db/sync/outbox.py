"""Every change of a synced row writes its outbox op in the same SQLite transaction (an `after_flush` hook).

The hook sits on the session factory, so no service can forget it, and it runs inside the flush's own
transaction: an edit without its op cannot be committed. Sessions that apply rows pulled from the server set
`session.info[SYNC_APPLY] = True` and write no op. A hard delete (a lost item removed from a report) becomes a
tombstone op: the server keeps the row with `deleted_at` set.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from db.models.base import Base, SyncedMixin, new_id, utcnow
from db.models.sync import OutboxOp
from db.sync.codec import encode
from db.sync.tables import LOCAL_ONLY

SYNC_APPLY = "sync_apply"
_TX_OPS = "sync_ops_in_transaction"
_INSTALLED = "_sentra_outbox_installed"
# Never sent on an update: the server assigns versions and stamps its own update time.
_NOT_ON_UPDATE = frozenset({"version", "updated_at"})


def _skip(table: str) -> frozenset[str]:
    return LOCAL_ONLY["*"] | LOCAL_ONLY.get(table, frozenset()) | {"version"}


def _columns(obj: SyncedMixin) -> tuple[tuple[str, str], ...]:
    """(column name, attribute key) of the synced columns of `obj`'s table."""
    return _mapper_columns(inspect(obj).mapper)


@functools.cache
def _mapper_columns(mapper: Any) -> tuple[tuple[str, str], ...]:
    """Worked out once per model: every save of a report asks for it."""
    table = mapper.local_table
    skip = _skip(table.name)  # type: ignore[attr-defined]
    return tuple(
        (col.name, mapper.get_property_by_column(col).key) for col in table.columns if col.name not in skip
    )


def outbox_row(
    table: str, row_id: str, fields: dict[str, Any], base: int, *, now: datetime | None = None
) -> dict[str, Any]:
    """One pending outbox op (the values of an `OutboxOp` insert): `fields` already encoded for JSON."""
    return {
        "op_id": new_id(),
        "tbl": table,
        "row_id": row_id,
        "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
        "base_version": base,
        "created_at": now or utcnow(),
        "state": "pending",
        "attempts": 0,
        "last_error": "",
    }


def ops_for_flush(session: Session) -> list[dict[str, Any]]:
    """The outbox rows for what this flush wrote (called after the flush, before the commit)."""
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def op(obj: SyncedMixin, fields: dict[str, Any], base: int) -> None:
        table = inspect(obj).mapper.local_table.name  # type: ignore[attr-defined]
        rows.append(outbox_row(table, obj.id, fields, base, now=now))

    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            op(obj, {name: encode(getattr(obj, key)) for name, key in _columns(obj)}, 0)
    for obj in session.dirty:
        if not isinstance(obj, SyncedMixin):
            continue
        state = inspect(obj)
        changed = {
            name: encode(getattr(obj, key))
            for name, key in _columns(obj)
            if name not in _NOT_ON_UPDATE and state.attrs[key].history.has_changes()
        }
        if changed:
            op(obj, changed, obj.version or 0)
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            op(obj, {"deleted_at": encode(now), "station_code": obj.station_code}, obj.version or 0)
    return rows


def _after_flush(session: Session, _context: object) -> None:
    if session.info.get(SYNC_APPLY):
        return
    rows = ops_for_flush(session)
    if not rows:
        return
    conn = session.connection()
    # Several flushes of one transaction (insert, then the number, then...) make one op per row: the ops of
    # this transaction are not sent yet, so a later flush's fields merge into the earlier op.
    written: dict[tuple[str, str], tuple[str, dict[str, Any]]] = session.info.setdefault(_TX_OPS, {})
    fresh = []
    for row in rows:
        key = (row["tbl"], row["row_id"])
        if key in written:
            op_id, fields = written[key]
            fields.update(json.loads(row["fields"]))
            conn.execute(
                update(OutboxOp)
                .where(OutboxOp.op_id == op_id)
                .values(fields=json.dumps(fields, ensure_ascii=False, sort_keys=True))
            )
        else:
            written[key] = (row["op_id"], json.loads(row["fields"]))
            fresh.append(row)
    if fresh:
        conn.execute(insert(OutboxOp), fresh)
    by_table: dict[str, list[str]] = {}
    for row in rows:
        by_table.setdefault(row["tbl"], []).append(row["row_id"])
    for name, ids in by_table.items():
        table = Base.metadata.tables[name]
        conn.execute(
            update(table)
            .where(table.c.id.in_(ids), table.c.sync_state != "pending")
            .values(sync_state="pending")
        )


def _forget(session: Session, *_args: object) -> None:
    session.info.pop(_TX_OPS, None)


def install(session_factory: sessionmaker[Session]) -> None:
    """Make every session of `session_factory` write outbox ops."""
    # The mark sits on the factory's own Session subclass (where its listeners go), not `event.contains`:
    # SQLAlchemy's event registry is keyed by id(), so a new factory whose class reuses the address of a
    # collected one looked installed already and wrote no ops at all (a desk reopening its database).
    session_class = session_factory.class_
    if vars(session_class).get(_INSTALLED):
        return
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "after_commit", _forget)
    event.listen(session_factory, "after_rollback", _forget)
    event.listen(session_factory, "after_soft_rollback", _forget)
    setattr(session_class, _INSTALLED, True)
