"""The staging table of a bulk import, and its progress reports: checked rows wait here, then are published.

An import first reads and checks the whole sheet into a staging table kept in a scratch SQLite file of its
own, next to the station's database (readable by the desk's account only). Nothing in the station's database
is locked while 200,000 rows are read and checked, the rows do not sit in memory, and the station file does
not grow with scratch data. Publishing then moves the staged rows into the real tables in short
transactions of `BATCH_ROWS` rows each, so a walk-in report saved meanwhile waits for one batch at most.
The scratch file is removed when the import ends, whatever happens.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.errors import SentraError
from db.storage.engine import checkpoint

__all__ = [
    "BATCH_ROWS",
    "YIELD_SECONDS",
    "BatchSizer",
    "CancelCheck",
    "ImportCancelled",
    "ImportProgress",
    "ProgressCallback",
    "ProgressMeter",
    "StagingTable",
    "check_cancel",
    "publish_batches",
    "staging_dir",
]

# Rows per published transaction, at most; fewer when a batch takes longer than BATCH_SECONDS (a slow or
# busy PC), so a walk-in save queued behind one waits well under a second (bench/RESULTS.md, "Import").
BATCH_ROWS = 1_000
BATCH_SECONDS = 0.5
MIN_BATCH_ROWS = 50
# A pause after each published batch. SQLite's busy handler lets a waiting writer look for the lock every
# 100 ms at most: without the pause the import takes the lock again before the walk-in save wakes up, and the
# save waits for batch after batch (seen in bench_import: up to 8 s).
YIELD_SECONDS = 0.1


class BatchSizer:
    """Rows for the next batch: what fits in BATCH_SECONDS at the last batch's pace (`ceiling` at most)."""

    def __init__(self, ceiling: int = BATCH_ROWS):
        self.ceiling = max(1, ceiling)
        self.size = self.ceiling

    def __call__(self) -> int:
        return self.size

    def took(self, rows: int, seconds: float) -> None:
        if rows <= 0:
            return
        fitting = int(rows * BATCH_SECONDS / max(seconds, 1e-3))
        self.size = max(min(MIN_BATCH_ROWS, self.ceiling), min(self.ceiling, fitting))


@dataclass(frozen=True, slots=True)
class ImportProgress:
    phase: str  # "checking" (reading the sheet) or "publishing" (writing to the database)
    done: int  # rows of this phase done
    total: int | None  # rows the phase has in all, when known
    rate: float  # rows a second since the phase began


ProgressCallback = Callable[[ImportProgress], None]
# Asked between batches: True when the user cancelled the import.
CancelCheck = Callable[[], bool]


class ImportCancelled(SentraError):
    """The import was cancelled while the sheet was being checked: nothing was written."""


def check_cancel(cancel: CancelCheck | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled("import cancelled; nothing was written")


StagedBatch = list[tuple[int, dict[str, Any]]]


def publish_batches(
    session_factory: sessionmaker[Session],
    staging: StagingTable,
    write_batch: Callable[[Session, StagedBatch, int], None],
    *,
    progress: ProgressCallback | None,
    batch_rows: int,
    cancel: CancelCheck | None = None,
) -> bool:
    """Publishes the staged new rows: `write_batch(session, rows, batch number)` in one short transaction per
    batch (BatchSizer keeps each under BATCH_SECONDS), a pause after each so a waiting walk-in save gets the
    lock. Returns False when `cancel` said so between two batches (the batches written stay: importing the
    file again adds only the rest), True when every row was published."""
    meter = ProgressMeter(progress, "publishing", total=staging.counts().get("new", 0), every=batch_rows)
    sizer = BatchSizer(batch_rows)
    finished = True
    for batch_no, batch in enumerate(staging.batches(sizer, state="new"), start=1):
        if cancel is not None and cancel():
            finished = False
            break
        started = time.perf_counter()
        with session_factory.begin() as s:
            write_batch(s, batch, batch_no)
        sizer.took(len(batch), time.perf_counter() - started)
        meter.add(len(batch))
        time.sleep(YIELD_SECONDS)  # a walk-in save waiting for the lock gets it now
    meter.tell()
    checkpoint(session_factory)
    return finished


class ProgressMeter:
    """Counts a phase's rows and reports them (at most every `every` rows, and at the end)."""

    def __init__(
        self, callback: ProgressCallback | None, phase: str, total: int | None = None, every: int = BATCH_ROWS
    ):
        self._callback = callback
        self._phase = phase
        self._total = total
        self._every = every
        self._started = time.perf_counter()
        self._last_told = 0
        self.done = 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.done - self._last_told >= self._every:
            self.tell()

    def tell(self) -> None:
        if self._callback is None:
            return
        elapsed = max(time.perf_counter() - self._started, 1e-6)
        self._last_told = self.done
        self._callback(ImportProgress(self._phase, self.done, self._total, self.done / elapsed))


def staging_dir(session_factory: sessionmaker[Session]) -> Path | None:
    """The folder of the station's database file (None for an in-memory database)."""
    bind = session_factory.kw.get("bind")
    database = getattr(getattr(bind, "url", None), "database", None)
    if not database or database == ":memory:":
        return None
    return Path(database).resolve().parent


class StagingTable:
    """Checked rows of one import as JSON, in sheet order, with a state each: new, skipped or refused."""

    def __init__(self, folder: Path | None):
        import tempfile

        folder = folder or Path(tempfile.gettempdir())
        self.path = folder / f".import-staging-{uuid.uuid4().hex}.sqlite"
        # Created by us with 0600 before SQLite opens it: the rows hold citizens' names and NIKs.
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        # Scratch data: a crash only loses the import in progress, which is started again.
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute(
            "CREATE TABLE staged (seq INTEGER PRIMARY KEY, row INTEGER NOT NULL, state TEXT NOT NULL "
            "DEFAULT 'new', kind TEXT, year INTEGER, number_seq INTEGER, payload TEXT NOT NULL)"
        )
        self.count = 0

    def __enter__(self) -> StagingTable:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def append(self, rows: Iterable[tuple[int, str | None, int | None, int | None, dict[str, Any]]]) -> None:
        """(sheet row, kind, number year, number seq, payload) rows, in one scratch transaction."""
        data = [
            (row, kind, year, seq, json.dumps(payload, ensure_ascii=False, default=str))
            for row, kind, year, seq, payload in rows
        ]
        self._db.execute("BEGIN")
        self._db.executemany(
            "INSERT INTO staged (row, kind, year, number_seq, payload) VALUES (?, ?, ?, ?, ?)", data
        )
        self._db.execute("COMMIT")
        self.count += len(data)

    def batches(
        self, size: int | Callable[[], int] = BATCH_ROWS, state: str | None = None
    ) -> Iterator[list[tuple[int, dict]]]:
        """(seq, payload) lists of at most `size` rows (asked again before each batch, when a function) in
        sheet order, optionally only those in `state`."""
        last = 0
        where = "AND state = ?" if state else ""
        while True:
            limit = size() if callable(size) else size
            args: tuple[Any, ...] = (last, state, limit) if state else (last, limit)
            found = self._db.execute(
                f"SELECT seq, payload FROM staged WHERE seq > ? {where} ORDER BY seq LIMIT ?", args
            ).fetchall()
            if not found:
                return
            last = found[-1][0]
            yield [(seq, json.loads(payload)) for seq, payload in found]

    def mark(self, seqs: Iterable[int], state: str) -> None:
        self._db.execute("BEGIN")
        self._db.executemany("UPDATE staged SET state = ? WHERE seq = ?", [(state, s) for s in seqs])
        self._db.execute("COMMIT")

    def numbers(self, state: str = "new") -> Iterator[tuple[str, int, int, int, int]]:
        """(kind, year, number, seq, sheet row) of the numbered rows in `state`, by kind, year and number."""
        yield from self._db.execute(
            "SELECT kind, year, number_seq, seq, row FROM staged WHERE state = ? AND number_seq IS NOT NULL "
            "ORDER BY kind, year, number_seq",
            (state,),
        )

    def counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT state, count(*) FROM staged GROUP BY state").fetchall())

    def rows_in(self, state: str) -> list[tuple[int, dict]]:
        """(sheet row, payload) of every row in `state` (few: the skipped or refused ones)."""
        return [
            (row, json.loads(payload))
            for row, payload in self._db.execute(
                "SELECT row, payload FROM staged WHERE state = ? ORDER BY seq", (state,)
            )
        ]
