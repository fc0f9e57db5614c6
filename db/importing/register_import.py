"""Importing a station's old Excel report register: valid rows in one transaction, the rest listed "Ditolak".

Rules in docs/register-import.md; header and row checks: db/importing/register_rows.py. A row is recognised
again by its id (uuid5 of its content), or by its LP number when the stored report has the row's date and
reporter, so re-importing adds nothing; a number stored for another report is a collision and rejected
(db/importing/register_matching.py). What a row becomes: db/importing/register_records.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import PermissionDenied
from db.importing.register_counters import CounterMove, plan_counter_moves
from db.importing.register_matching import new_rows, stored_since
from db.importing.register_records import add_report, history, known_citizens, raise_counters
from db.importing.register_rejections import rejections_path, write_rejections
from db.importing.register_rows import (
    InvalidRegisterFile,
    Rejection,
    RowChecker,
    find_header,
    load_mapping,
)
from db.importing.register_stage import jump_rejection, row_from, stage
from db.importing.staging import (
    BATCH_ROWS,
    CancelCheck,
    ProgressCallback,
    StagingTable,
    publish_batches,
    staging_dir,
)
from db.models import Category, Officer
from db.models.base import new_id
from db.queries.deadlines import load_holidays
from db.rules.timeutil import now_utc
from db.storage import audit
from db.storage.engine import read_session

__all__ = [
    "InvalidRegisterFile",
    "RegisterImportResult",
    "Rejection",
    "import_register",
    "load_mapping",
    "rejections_path",
    "write_rejections",
]

_IMPORT_ROLES = ("head", "admin")
# What each line of a batch's audit entry holds.
_LINE_FIELDS = ["row", "report_id", "number", "citizen_id", "new_citizen"]


@dataclass(frozen=True, slots=True)
class RegisterImportResult:
    file: str
    dry_run: bool
    added: int  # rows written (or, in a dry run, that would be)
    skipped: tuple[tuple[int, str], ...]  # (row, LP number or "") of rows imported before
    rejected: tuple[Rejection, ...]  # in sheet order; a row may have several
    unknown_columns: tuple[str, ...]  # headers not recognised: their cells are ignored
    counters: tuple[tuple[str, int, int], ...]  # (kind, year, last number) raised by the import
    report_ids: tuple[str, ...]
    counter_moves: tuple[CounterMove, ...] = ()  # how each counter moves (or would, in a dry run)
    cancelled: bool = False  # stopped between batches: `added` rows are in, importing again adds the rest

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected})


def import_register(
    session_factory: sessionmaker[Session],
    *,
    path: Path | str,
    officer_nrp: str,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    allow_counter_jump: bool = False,
    progress: ProgressCallback | None = None,
    batch_rows: int = BATCH_ROWS,
    cancel: CancelCheck | None = None,
) -> RegisterImportResult:
    """Check every row into a staging table, then publish the valid new ones in batches (none when `dry_run`).

    The officer (by NRP) must be an active head or admin (the caller has checked his password): he is recorded
    as the receiving officer and in the audit trail. The station's database is only read while the sheet is
    checked; publishing writes `batch_rows` rows a transaction, the counters raised with the first batch, so
    a walk-in saved meanwhile waits for one batch at most and never gets an imported number. A number that
    would jump its counter too far (importing/register_counters.py) is rejected unless `allow_counter_jump`.
    Raises InvalidRegisterFile for an unreadable file or a missing required column.
    """
    path = Path(path)
    now = now or now_utc()
    header_row, columns, texts, unknown = find_header(path, mapping)
    headers = {f: texts[i] for i, f in columns.items()}
    with read_session(session_factory) as s:
        ctx = _context(s, officer_nrp, now)
    with StagingTable(staging_dir(session_factory)) as staging:
        rejected = stage(
            path, header_row, columns, headers, ctx.checker, staging, progress, batch_rows, cancel
        )
        skipped, collisions = _mark_stored(session_factory, staging, batch_rows, headers)
        rejected.extend(collisions)
        with read_session(session_factory) as s:
            moves, refusals = plan_counter_moves(
                s, ctx.station_code, staging.numbers(), allow_jump=allow_counter_jump
            )
        staging.mark([r.seq for r in refusals], "refused")
        rejected.extend(jump_rejection(r, headers) for r in refusals)
        rejected.sort(key=lambda r: r.row)
        summary = {
            "file": path.name,
            "skipped": len(skipped),
            "rejected_rows": len({r.row for r in rejected}),
            "counters": [[m.kind, m.year, m.after] for m in moves if m.after > m.before],
        }
        if allow_counter_jump or refusals:
            summary |= {
                "allow_counter_jump": allow_counter_jump,
                "counter_moves": [[m.kind, m.year, m.before, m.after, m.unused, m.refused] for m in moves],
            }
        cancelled = False
        if dry_run:
            added, ids = staging.counts().get("new", 0), list[str]()
        else:
            added, ids, late, finished = _publish(
                session_factory, staging, ctx, path, moves, now, progress, batch_rows, cancel
            )
            cancelled = not finished
            skipped = sorted(skipped + late)
            summary["skipped"] = len(skipped)
            if cancelled:
                summary["cancelled"] = True
            _audit_summary(session_factory, ctx.officer_id, summary | {"added": added})
    return RegisterImportResult(
        file=path.name,
        dry_run=dry_run,
        added=added,
        skipped=tuple(skipped),
        rejected=tuple(rejected),
        unknown_columns=tuple(unknown),
        counters=tuple((m.kind, m.year, m.after) for m in moves if m.after > m.before),
        report_ids=tuple(ids),
        counter_moves=tuple(moves),
        cancelled=cancelled,
    )


@dataclass(frozen=True, slots=True)
class _Context:
    officer_id: str
    station_code: str
    checker: RowChecker


def _context(s: Session, officer_nrp: str, now: datetime) -> _Context:
    from db.services.station import load_station

    officer = _officer(s, officer_nrp)
    station = load_station(s)
    categories = dict(
        s.execute(select(Category.name, Category.id).where(Category.deleted_at.is_(None))).all()
    )
    checker = RowChecker(
        patterns={p.kind: p.pattern for p in station.patterns}, categories=categories, now=now
    )
    return _Context(officer.id, station.code, checker)


def _officer(s: Session, nrp: str) -> Officer:
    officer = s.scalar(select(Officer).where(Officer.nrp == nrp.strip()))
    if officer is None or not officer.active or officer.deleted_at is not None:
        raise PermissionDenied(f"no active officer with NRP {nrp}")
    if officer.role not in _IMPORT_ROLES:
        raise PermissionDenied("only a unit head or an admin imports a register")
    return officer


def _mark_stored(
    session_factory: sessionmaker[Session], staging: StagingTable, batch_rows: int, headers: dict[str, str]
) -> tuple[list[tuple[int, str]], list[Rejection]]:
    """Marks the staged rows imported before as skipped, and those whose number another report holds as
    refused; returns the skipped as (row, number or "") and the number collisions as rejections."""
    skipped: list[tuple[int, str]] = []
    collisions: list[Rejection] = []
    for batch in staging.batches(batch_rows):
        rows = {seq: row_from(payload) for seq, payload in batch}
        with read_session(session_factory) as s:
            _, old, clashes = new_rows(s, list(rows.values()), headers)
        seen = {r for r, _ in old}
        clashing = {c.row for c in clashes}
        staging.mark([seq for seq, row in rows.items() if row.row in seen], "skipped")
        staging.mark([seq for seq, row in rows.items() if row.row in clashing], "refused")
        skipped.extend(old)
        collisions.extend(clashes)
    return skipped, collisions


def _publish(
    session_factory: sessionmaker[Session],
    staging: StagingTable,
    ctx: _Context,
    path: Path,
    moves: list[CounterMove],
    now: datetime,
    progress: ProgressCallback | None,
    batch_rows: int,
    cancel: CancelCheck | None,
) -> tuple[int, list[str], list[tuple[int, str]], bool]:
    """Writes the staged new rows, `batch_rows` a transaction; (added, report ids, rows stored since,
    finished: False when cancelled between batches)."""
    ids: list[str] = []
    late: list[tuple[int, str]] = []
    known: dict[str, str] = {}  # NIK -> citizen id of citizens stored by earlier batches
    raise_with_first = [(m.kind, m.year, m.after) for m in moves if m.after > m.before]

    def write_batch(s: Session, batch: list[tuple[int, dict[str, Any]]], batch_no: int) -> None:
        nonlocal raise_with_first
        rows = [row_from(payload) for _, payload in batch]
        officer = s.get_one(Officer, ctx.officer_id)
        if raise_with_first:
            # With the first batch: a walk-in numbered after it never gets an imported number.
            raise_counters(s, ctx.station_code, raise_with_first)
            raise_with_first = []
        new, stored = stored_since(s, rows)
        holidays = load_holidays(s)
        citizens = known_citizens(s, new, known)
        lines = [add_report(s, row, officer, ctx.station_code, now, holidays, citizens) for row in new]
        # status_change has no relationship to report to order the inserts: the reports are flushed first.
        s.flush()
        s.add_all([c for row in new for c in history(row, officer.id, ctx.station_code)])
        audit.record(
            s,
            officer_id=officer.id,
            entity="register_import",
            entity_id=new_id(),
            action="import_batch",
            after={"file": path.name, "batch": batch_no, "fields": _LINE_FIELDS, "reports": lines},
        )
        # A batch that fails to commit stops the import: what is kept here is only read after a commit.
        known.update({nik: c if isinstance(c, str) else c.id for nik, c in citizens.items()})
        ids.extend(r.id for r in new)
        late.extend(stored)

    finished = publish_batches(
        session_factory, staging, write_batch, progress=progress, batch_rows=batch_rows, cancel=cancel
    )
    return len(ids), ids, late, finished


def _audit_summary(session_factory: sessionmaker[Session], officer_id: str, summary: dict[str, Any]) -> None:
    with session_factory.begin() as s:
        audit.record(
            s,
            officer_id=officer_id,
            entity="register_import",
            entity_id=new_id(),
            action="import",
            after=summary,
        )
