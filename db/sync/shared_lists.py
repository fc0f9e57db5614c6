"""Shared reference lists merged by their natural key when pulled (issue 14, point 4).

Every desk seeds and edits its own categories, outreach topics, holidays and partners, each under its own
ids. A desk that pulls another station's list (the Polres HQ desk pulls every station's rows) would find the
same name twice: the station's unique rule refused the second, and the rows pointing at it pointed at
nothing. Instead, a pulled entry whose natural key this desk already holds under another id becomes that
entry here: `sync_id_map` records remote id -> local id, rows pulled with the remote id point at the local
one, and an op this desk sends for another station's row carries that station's id again.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.base import Base, utcnow
from db.models.sync import SyncIdMap
from db.sync.tables import SYNCED_TABLES

# The column that names an entry of each shared list: the same value is the same entry.
NATURAL_KEYS: dict[str, str] = {
    "category": "name",
    "outreach_topic": "name",
    "holiday": "day",
    "partner": "name",
}


@functools.cache
def references() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each synced table, its columns that point at a shared list: (column, list table)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in SYNCED_TABLES:
        for column in Base.metadata.tables[name].columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if target in NATURAL_KEYS:
                    out.setdefault(name, []).append((column.name, target))
    return {k: tuple(v) for k, v in out.items()}


def _key(value: Any) -> str:
    """Names compare without case or surrounding blanks ("Curanmor " is "curanmor"); days as ISO text."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    return str(value)


class SharedLists:
    """What a pulled batch needs to merge list entries: the id map and the local entries' keys."""

    def __init__(self, s: Session, tables: set[str]):
        self.s = s
        self.remote: dict[tuple[str, str], str] = {}
        wanted = set(tables) | {t for name in tables for _c, t in references().get(name, ())}
        wanted &= set(NATURAL_KEYS)
        if wanted:
            query = select(SyncIdMap.tbl, SyncIdMap.remote_id, SyncIdMap.local_id)
            rows = s.execute(query.where(SyncIdMap.tbl.in_(wanted)))
            self.remote = {(tbl, remote): local for tbl, remote, local in rows}
        self.keys: dict[str, dict[str, str]] = {}
        for name in wanted & tables:
            table = Base.metadata.tables[name]
            column = table.c[NATURAL_KEYS[name]]
            self.keys[name] = {_key(k): row_id for row_id, k in s.execute(select(table.c.id, column))}

    def merged(self, name: str, row_id: str, values: dict[str, Any], *, known: bool) -> bool:
        """True when the pulled row is (or already was) merged into a local entry: do not write it."""
        if name not in NATURAL_KEYS:
            return False
        if (name, row_id) in self.remote:
            return True
        if known:
            return False
        key = _key(values.get(NATURAL_KEYS[name]))
        local = self.keys.get(name, {}).get(key)
        if local is None or local == row_id:
            self.keys.setdefault(name, {})[key] = row_id
            return False
        self.remote[(name, row_id)] = local
        self.s.add(
            SyncIdMap(
                tbl=name,
                remote_id=row_id,
                local_id=local,
                remote_station=str(values.get("station_code") or ""),
                created_at=utcnow(),
            )
        )
        return True

    def translate(self, name: str, values: dict[str, Any]) -> None:
        """Point a pulled row's references at this desk's entries."""
        for column, target in references().get(name, ()):
            value = values.get(column)
            if value is not None:
                values[column] = self.remote.get((target, str(value)), value)


def outgoing(s: Session, table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """An op's fields as the row's station knows them: a reference to a local entry that stands for an
    entry of that station goes out with the station's own id."""
    refs = [(c, t) for c, t in references().get(table, ()) if fields.get(c) is not None]
    if not refs:
        return fields
    station = fields.get("station_code")
    if station is None:
        model = Base.metadata.tables[table]
        station = s.scalar(select(model.c.station_code).where(model.c.id == row_id))
    out = dict(fields)
    for column, target in refs:
        remote = s.scalar(
            select(SyncIdMap.remote_id)
            .where(
                SyncIdMap.tbl == target,
                SyncIdMap.local_id == str(fields[column]),
                SyncIdMap.remote_station == str(station or ""),
            )
            .order_by(SyncIdMap.remote_id)
            .limit(1)
        )
        if remote is not None:
            out[column] = remote
    return out


def has_mappings(s: Session) -> bool:
    return s.scalar(select(SyncIdMap.remote_id).limit(1)) is not None
