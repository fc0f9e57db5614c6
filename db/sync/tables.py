"""Which tables and columns travel to the central database (docs/sync-protocol.md, "What travels")."""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from db.models import Base
from db.models.base import SyncedMixin, UtcDateTime

# Columns that never leave the station: its own sync bookkeeping and the officers' login secrets.
LOCAL_ONLY: dict[str, frozenset[str]] = {
    "*": frozenset({"sync_state"}),
    "officer": frozenset({"password_hash", "failed_attempts", "locked_until"}),
}
# Fields HQ decides when both sides changed them (assignment and disposition); everything else: the station.
HQ_OWNED: dict[str, frozenset[str]] = {
    "report": frozenset({"assigned_officer_id", "forwarded_to", "difficulty", "dumas_outcome"}),
}


def _synced_names() -> set[str]:
    return {m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, SyncedMixin)}  # type: ignore[attr-defined]


def synced_tables() -> list[Table]:
    """The synced tables in foreign-key order (a parent before its children)."""
    names = _synced_names()
    return [t for t in Base.metadata.sorted_tables if t.name in names]


SYNCED_TABLES: tuple[str, ...] = tuple(t.name for t in synced_tables())


def synced_columns(table: Table) -> list[str]:
    """The columns of `table` that travel, in table order."""
    skip = LOCAL_ONLY["*"] | LOCAL_ONLY.get(table.name, frozenset())
    return [c.name for c in table.columns if c.name not in skip]


def pg_type(column_type: object) -> str:
    """The central PostgreSQL type for a station column type.

    Columnar ops (central migration 0004) cast each value with `(value ->> i)::type`; for every type here
    that reads the text exactly as `jsonb_populate_record` does for a `fields` op. A new type (varchar(n),
    json, an array) must be checked for that before it is added here."""
    if isinstance(column_type, UtcDateTime):
        return "timestamptz"
    if isinstance(column_type, Boolean):
        return "boolean"
    if isinstance(column_type, Integer):
        return "bigint"
    if isinstance(column_type, Float):
        return "double precision"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, String | Text):
        return "text"
    raise TypeError(f"no central type for {column_type!r}")
