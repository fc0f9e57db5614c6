"""The Polres-wide view: every station's rows, read from the central database into a throw-away SQLite file.

The HQ reads through `sync.pull` like any station (its role sees every station), so it needs no table
privileges and writes nothing centrally. The copy has the station schema without unique constraints and
foreign keys: the same citizen NIK, officer NRP or category name legitimately exists at several Polsek, and
the copy only feeds aggregate reports (db/queries/monthly.py groups categories by name).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Index, MetaData, Table, insert
from sqlalchemy.orm import Session, sessionmaker

from db.models import Base
from db.storage.engine import make_engine
from db.sync.codec import decode, expand_batches
from db.sync.tables import SYNCED_TABLES, synced_columns

PULL_BATCH = 1000


def _relaxed_schema() -> MetaData:
    """Every station table with the same columns and plain indexes, but no unique or foreign-key rules."""
    relaxed = MetaData()
    for table in Base.metadata.sorted_tables:
        copy = Table(
            table.name,
            relaxed,
            *(Column(c.name, c.type, primary_key=c.primary_key, nullable=True) for c in table.columns),
        )
        for index in table.indexes:
            if not index.unique:
                Index(index.name, *(copy.c[c.name] for c in index.columns))
    return relaxed


def download_central(
    link: Any, dest: Path, *, progress: Callable[[int], None] | None = None
) -> sessionmaker[Session]:
    """Pull every row the link's role may see into a new SQLite file at `dest`; returns its sessions.

    `link` has `.pull(epoch, xid, seq, limit)` (db/sync/link.PgLink logged in as an HQ role). Later versions
    of a row replace earlier ones (a batch of central 0006 may send a row at a newer version than a log row
    after it); the Polres's own station row goes first, so reports use its letterhead.
    """
    rows: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}  # (table, id) -> (version, row)
    epoch = link.pull(None, "0", 0, 1)["epoch"]
    xid, seq = "0", 0
    while True:
        answer = link.pull(epoch, xid, seq, PULL_BATCH)
        if answer.get("reset"):
            raise RuntimeError("the central database changed its epoch during the download; try again")
        for item in expand_batches(answer.get("rows") or []):
            key = (item["table"], str(item["row_id"]))
            version = int(item.get("version") or 0)
            if item["table"] in SYNCED_TABLES and (key not in rows or rows[key][0] <= version):
                rows[key] = (version, item["row"])
        cursor = answer.get("cursor") or {"xid": xid, "seq": seq}
        xid, seq = str(cursor["xid"]), int(cursor["seq"])
        if progress is not None:
            progress(len(rows))
        if not answer.get("more"):
            break
    engine = make_engine(dest)
    relaxed = _relaxed_schema()
    relaxed.create_all(engine)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for (name, _row_id), (_version, row) in rows.items():
        table = Base.metadata.tables[name]
        values = {c: decode(table.c[c], row.get(c)) for c in synced_columns(table) if c in row}
        values["sync_state"] = "synced"
        by_table.setdefault(name, []).append(values)
    stations = by_table.get("station", [])
    stations.sort(key=lambda s: (s.get("level") != "polres", s.get("code") or ""))
    with engine.begin() as conn:
        for table in relaxed.sorted_tables:
            batch = by_table.get(table.name)
            if batch:
                conn.execute(insert(table), batch)
    return sessionmaker(engine, expire_on_commit=False)
