"""Importing a station's old Excel report register: valid rows in one transaction, the rest listed "Ditolak".

Rules in docs/register-import.md; header and row checks: db/importing/register_rows.py. A row is recognised
again by its id (uuid5 of its content), or by its LP number when the stored report has the row's date and
reporter, so re-importing adds nothing; a number stored for another report is a collision and rejected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import PermissionDenied
from db.importing.register_counters import CounterMove, plan_counter_moves
from db.importing.register_rejections import rejections_path, write_rejections
from db.importing.register_rows import (
    InvalidRegisterFile,
    RegisterRow,
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
from db.models import Category, Citizen, NumberCounter, Officer, Report, StatusChange
from db.models.base import new_id
from db.queries.deadlines import load_holidays
from db.rules.deadlines import KIND_SP2HP, KINDS_WITH_DEADLINE, TERMINAL_STATUSES, dumas_due, sp2hp_due
from db.rules.nik import check_nik
from db.rules.timeutil import now_utc, to_wib
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
            _, old, clashes = _new_rows(s, list(rows.values()), headers)
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
            _raise_counters(s, ctx.station_code, raise_with_first)
            raise_with_first = []
        new, stored = _stored_since(s, rows)
        holidays = load_holidays(s)
        citizens = _known_citizens(s, new, known)
        lines = [_add_report(s, row, officer, ctx.station_code, now, holidays, citizens) for row in new]
        # status_change has no relationship to report to order the inserts: the reports are flushed first.
        s.flush()
        s.add_all([c for row in new for c in _history(row, officer.id, ctx.station_code)])
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


def _stored_since(s: Session, rows: list[RegisterRow]) -> tuple[list[RegisterRow], list[tuple[int, str]]]:
    """The rows still new at publishing, and those stored since the check (a walk-in numbered meanwhile, the
    same file imported twice at once): by id and exact number, through their indexes, as `_new_rows`' scan of
    every number would hold the write lock longer with every batch."""
    ids = set(s.scalars(select(Report.id).where(Report.id.in_([r.id for r in rows]))))
    numbers = {n for r in rows if r.number for n in (r.number, r.number.upper())}
    found = s.scalars(select(Report.number).where(Report.number.in_(numbers)))
    taken = {" ".join(n.split()).upper() for n in found if n}
    new: list[RegisterRow] = []
    stored: list[tuple[int, str]] = []
    for row in rows:
        if row.id in ids or (row.number and " ".join(row.number.split()).upper() in taken):
            stored.append((row.row, row.number or ""))
        else:
            new.append(row)
    return new, stored


def _known_citizens(s: Session, rows: list[RegisterRow], known: dict[str, str]) -> dict[str, Citizen | str]:
    """NIK -> the citizen (or its id) already on file, for the NIKs of `rows`: one query a batch."""
    wanted = {r.nik for r in rows if r.nik and r.nik not in known}
    found: dict[str, Citizen | str] = dict(known)
    if wanted:
        stored = s.execute(select(Citizen.nik, Citizen.id).where(Citizen.nik.in_(wanted)))
        found.update((nik, citizen_id) for nik, citizen_id in stored if nik)
    return found


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


def _norm_number(number: str) -> str:
    return " ".join(number.split()).upper()


def _same_report(row: RegisterRow, stored: Report) -> bool:
    """The stored report is this row's (typed again, its uraian perhaps corrected): same day and reporter."""
    if to_wib(stored.received_at).date() != row.received_at.date():
        return False
    nik = stored.citizen.nik or ""
    if row.nik and nik:
        return row.nik == nik
    return " ".join(row.name.split()).casefold() == " ".join(stored.citizen.name.split()).casefold()


def _collision(row: RegisterRow, stored: Report, headers: dict[str, str]) -> Rejection:
    day = to_wib(stored.received_at).strftime("%d-%m-%Y")
    reason = f"nomor sudah dipakai laporan lain (tanggal {day}, pelapor {stored.citizen.name})"
    return Rejection(row.row, headers.get("nomor", "Nomor"), reason, row.number or "")


def _new_rows(
    s: Session, good: list[RegisterRow], headers: dict[str, str]
) -> tuple[list[RegisterRow], list[tuple[int, str]], list[Rejection]]:
    """Split the rows into new ones, ones imported before and number collisions.

    Imported before: its id (content) is stored, or its number (case and spacing aside) is stored for a report
    of the same day and reporter. A number stored for a report of another day or reporter is a collision: the
    row is rejected, naming the report that holds the number, never silently counted as imported.
    """
    ids: set[str] = set()
    by_number: dict[str, Report] = {}
    for start in range(0, len(good), 500):
        chunk = good[start : start + 500]
        ids.update(s.scalars(select(Report.id).where(Report.id.in_([r.id for r in chunk]))))
        wanted = [_norm_number(r.number) for r in chunk if r.number]
        for found in s.scalars(
            select(Report).options(selectinload(Report.citizen)).where(func.upper(Report.number).in_(wanted))
        ):
            by_number[_norm_number(found.number or "")] = found
    new: list[RegisterRow] = []
    skipped: list[tuple[int, str]] = []
    collisions: list[Rejection] = []
    for row in good:
        stored: Report | None = by_number.get(_norm_number(row.number)) if row.number else None
        if row.id in ids or (stored is not None and _same_report(row, stored)):
            skipped.append((row.row, row.number or ""))
        elif stored is not None:
            collisions.append(_collision(row, stored, headers))
        else:
            new.append(row)
    return new, skipped, collisions


def _raise_counters(s: Session, station_code: str, counters: list[tuple[str, int, int]]) -> None:
    for kind, year, seq in counters:
        counter = s.get(NumberCounter, (station_code, kind, year))
        if counter is None:
            s.add(NumberCounter(station_code=station_code, kind=kind, year=year, last_value=seq))
        else:
            counter.last_value = max(counter.last_value, seq)
    s.flush()


def _citizen(
    s: Session, row: RegisterRow, station_code: str, made: dict[str, Citizen | str]
) -> tuple[Citizen | str, bool]:
    """The citizen on file with the row's NIK (kept as it is; its id when stored before this batch), or a new
    one; and whether it is new. `made` holds the batch's known NIKs (`_known_citizens`)."""
    if row.nik:
        existing = made.get(row.nik)
        if existing is not None:
            return existing, False
        facts = check_nik(row.nik)
        citizen = Citizen(nik=row.nik, name=row.name, sex=facts.sex, birth_date=facts.birth_date)
        made[row.nik] = citizen
    else:
        citizen = Citizen(nik=None, name=row.name)
    # The id is set here, for the batch's audit entry.
    citizen.id, citizen.station_code = new_id(), station_code
    s.add(citizen)
    return citizen, True


def _add_report(
    s: Session,
    row: RegisterRow,
    officer: Officer,
    station_code: str,
    now: datetime,
    holidays: frozenset[Any],
    citizens: dict[str, Citizen | str],
) -> list[Any]:
    terminal = row.status in ("closed", "stopped", "rejected")
    report = Report(
        id=row.id,
        kind=row.kind,
        number=row.number,
        number_year=row.number_year,
        number_seq=row.number_seq,
        received_at=row.received_at,
        receiving_officer_id=officer.id,
        station_code=station_code,
        category_id=row.category_id,
        offense=row.offense,
        incident_kecamatan_code=row.kecamatan_code,
        incident_nagari_code=row.nagari_code,
        chronology=row.chronology,
        reported_party=row.reported_party,
        article=row.article,
        status=row.status,
        difficulty="light",
        paused_working_days=0,
        forwarded_to=row.note if row.status == "forwarded" else "",  # checked: at most MAX_UNIT
        closing_reason=row.note if terminal else "",
    )
    _first_deadline(report, holidays)
    citizen, new_citizen = _citizen(s, row, station_code, citizens)
    if isinstance(citizen, str):
        report.citizen_id = citizen
    else:
        report.citizen = citizen  # the relationship, so a new citizen is inserted first
    s.add(report)
    # The report's line in its batch's audit entry: one entry a batch, as an entry a row (a query and a
    # flush each) made the import ten times slower.
    citizen_id = citizen if isinstance(citizen, str) else citizen.id
    return [row.row, report.id, row.number, citizen_id, new_citizen]


def _first_deadline(report: Report, holidays: frozenset[Any]) -> None:
    """The deadline of a new report with no letter and no pause: what recompute_deadline gives it, without
    its flush and query for letters (three quarters of an import's time, bench/RESULTS.md "Import")."""
    if report.status in TERMINAL_STATUSES or report.kind not in KINDS_WITH_DEADLINE:
        report.next_deadline, report.next_deadline_kind = None, ""
        return
    received = to_wib(report.received_at).date()
    if report.kind == "LP_B":
        report.next_deadline = sp2hp_due(received, report.difficulty, (), 0, holidays)
        report.next_deadline_kind = KIND_SP2HP
    else:
        report.next_deadline, report.next_deadline_kind = dumas_due(received, (), 0, holidays)


def _history(row: RegisterRow, officer_id: str, station_code: str) -> list[StatusChange]:
    """The history as the register tells it: received on its date, then (same moment) the status it had."""
    changes = [("", "received", "Diimpor dari register lama")]
    if row.status != "received":
        changes.append(("received", row.status, f"Diimpor dari register lama. {row.note}".strip()))
    return [
        StatusChange(
            report_id=row.id,
            from_status=from_status,
            to_status=to_status,
            changed_at=row.received_at,
            officer_id=officer_id,
            station_code=station_code,
            note=note,
        )
        for from_status, to_status, note in changes
    ]
