"""The station's side of sync: the outbox, the pull cursor and the conflicts the server reported.

None of these rows travel themselves (docs/sync-protocol.md, "Station side").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UtcDateTime, new_id, utcnow


class OutboxOp(Base):
    """One change of one synced row, written in the same transaction as the change itself."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    # JSON object: column -> value (docs/sync-protocol.md, "Values in JSON").
    fields: Mapped[str] = mapped_column(Text)
    # The server version the row had when the edit started.
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # "pending" until the server answers; "rejected" ops stay for the admin to see and are not retried.
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncMeta(Base):
    """One row: where the central database is, where pull stands, and how the last attempts went."""

    __tablename__ = "sync_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    # libpq URL without the password (that lives in the OS keyring), and the station's login role.
    central_url: Mapped[str] = mapped_column(Text, default="")
    central_role: Mapped[str] = mapped_column(String(80), default="")
    epoch: Mapped[str | None] = mapped_column(String(36), default=None)
    cursor_xid: Mapped[str] = mapped_column(String(24), default="0")
    cursor_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Rows written before the outbox existed (or by bulk demo loads) are queued once, on the first sync.
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class SyncConflict(Base):
    """A field both sides changed: the value the server kept and the one that lost (for the unit head)."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    # JSON values.
    kept_value: Mapped[str] = mapped_column(Text)
    lost_value: Mapped[str] = mapped_column(Text)
    # "station" or "hq": whose value was kept.
    winner: Mapped[str] = mapped_column(String(8))
    op_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    resolved_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # "kept" (the server's value stays) or "switched" (the losing value was written back).
    resolution: Mapped[str] = mapped_column(String(8), default="")


class SyncProblem(Base):
    """Something a pull could not simply apply, kept for the admin instead of skipped (issue 14).

    `kind` "apply": a pulled row the station's own rules refused (a unique NIK, NRP, …); the row is kept
    and tried again on every later cycle until it applies (`resolved_at`). `kind` "renumbered": a report
    whose number the centre already held for another report of this station (a desk restored from an
    older copy numbered again); it got the next free number, and its receipt must be printed again."""

    __tablename__ = "sync_problem"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(12), default="apply")
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # The pulled log item as JSON ("apply"), or {"before": …, "after": …} numbers ("renumbered").
    item: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_tried_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class SyncIdMap(Base):
    """A pulled entry of a shared list (category, outreach topic, holiday, partner) that is the same entry
    as one this desk already holds under another id (same name, or same day): rows pointing at the remote id
    point at the local one here, and back at the remote id when they travel to its station."""

    __tablename__ = "sync_id_map"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    remote_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(36), index=True)
    remote_station: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
