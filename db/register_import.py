"""Importing a station's old Excel report register: valid rows in one transaction, the rest listed "Ditolak".

Rules in docs/register-import.md; the header and row checks are in db/register_rows.py. A row is recognised
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

from db import audit
from db.deadlines import load_holidays, recompute_deadline
from db.engine import read_session
from db.errors import PermissionDenied
from db.models import Category, Citizen, NumberCounter, Officer, Report, StatusChange
from db.models.base import new_id
from db.nik import check_nik
from db.register_rows import (
    InvalidRegisterFile,
    RegisterRow,
    Rejection,
    RowChecker,
    find_header,
    load_mapping,
)
from db.sheet_cells import is_blank, iter_sheet_rows
from db.timeutil import now_utc, to_wib

__all__ = [
    "InvalidRegisterFile",
    "RegisterImportResult",
    "Rejection",
    "import_register",
    "load_mapping",
    "rejections_path",
    "write_rejections",
]

ALREADY_IMPORTED = "sudah diimpor"
_IMPORT_ROLES = ("head", "admin")


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

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected})


def _sheet_rows(path: Path, header_row: int, columns: dict[int, str]) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for number, values in iter_sheet_rows(path, InvalidRegisterFile):
        if number == 0:
            break
        if number <= header_row or all(is_blank(v) for v in values):
            continue
        rows.append((number, {f: values[i] if i < len(values) else None for i, f in columns.items()}))
    return rows


def import_register(
    session_factory: sessionmaker[Session],
    *,
    path: Path | str,
    officer_nrp: str,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> RegisterImportResult:
    """Check every row, then write the valid new ones in one transaction (none when `dry_run`).

    The officer (by NRP) must be an active head or admin: he is recorded as the receiving officer and in the
    audit trail. Raises InvalidRegisterFile for an unreadable file or a missing required column.
    """
    path = Path(path)
    now = now or now_utc()
    header_row, columns, texts, unknown = find_header(path, mapping)
    headers = {f: texts[i] for i, f in columns.items()}
    rows = _sheet_rows(path, header_row, columns)
    if dry_run:
        with read_session(session_factory) as s:
            return _run(s, path, rows, headers, unknown, officer_nrp, now, write=False)
    with session_factory.begin() as s:
        return _run(s, path, rows, headers, unknown, officer_nrp, now, write=True)


def _officer(s: Session, nrp: str) -> Officer:
    officer = s.scalar(select(Officer).where(Officer.nrp == nrp.strip()))
    if officer is None or not officer.active or officer.deleted_at is not None:
        raise PermissionDenied(f"no active officer with NRP {nrp}")
    if officer.role not in _IMPORT_ROLES:
        raise PermissionDenied("only a unit head or an admin imports a register")
    return officer


def _run(
    s: Session,
    path: Path,
    rows: list[tuple[int, dict[str, Any]]],
    headers: dict[str, str],
    unknown: list[str],
    officer_nrp: str,
    now: datetime,
    *,
    write: bool,
) -> RegisterImportResult:
    from db.services.station import load_station

    officer = _officer(s, officer_nrp)
    station = load_station(s)
    categories = dict(
        s.execute(select(Category.name, Category.id).where(Category.deleted_at.is_(None))).all()
    )
    checker = RowChecker(
        patterns={p.kind: p.pattern for p in station.patterns}, categories=categories, now=now
    )
    good: list[RegisterRow] = []
    rejected: list[Rejection] = []
    for number, cells in rows:
        checked = checker.check(number, cells, headers)
        if isinstance(checked, list):
            rejected.extend(checked)
        else:
            good.append(checked)
    new, skipped, collisions = _new_rows(s, good, headers)
    rejected = sorted([*rejected, *collisions], key=lambda r: r.row)
    counters = _counters(s, station.code, new)
    if write:
        holidays = load_holidays(s)
        citizens: dict[str, Citizen] = {}
        for row in new:
            _add_report(s, row, officer, station.code, now, holidays, citizens)
        # Added once every report is stored: status_change has no relationship to report to order the inserts,
        # and adding them row by row would cost a second flush a row.
        s.add_all([change for row in new for change in _history(row, officer.id, station.code)])
        _raise_counters(s, station.code, counters)
        audit.record(
            s,
            officer_id=officer.id,
            entity="register_import",
            entity_id=new_id(),
            action="import",
            after={
                "file": path.name,
                "added": len(new),
                "skipped": len(skipped),
                "rejected_rows": len({r.row for r in rejected}),
                "counters": [list(c) for c in counters],
            },
        )
    return RegisterImportResult(
        file=path.name,
        dry_run=not write,
        added=len(new),
        skipped=tuple(skipped),
        rejected=tuple(rejected),
        unknown_columns=tuple(unknown),
        counters=tuple(counters),
        report_ids=tuple(r.id for r in new),
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


def _counters(s: Session, station_code: str, rows: list[RegisterRow]) -> list[tuple[str, int, int]]:
    """(kind, year, highest imported number) wherever it is above the station's counter."""
    highest: dict[tuple[str, int], int] = {}
    for r in rows:
        if r.number_year is not None and r.number_seq is not None:
            key = (r.kind, r.number_year)
            highest[key] = max(highest.get(key, 0), r.number_seq)
    raised = []
    for (kind, year), seq in sorted(highest.items()):
        counter = s.get(NumberCounter, (station_code, kind, year))
        if counter is None or counter.last_value < seq:
            raised.append((kind, year, seq))
    return raised


def _raise_counters(s: Session, station_code: str, counters: list[tuple[str, int, int]]) -> None:
    for kind, year, seq in counters:
        counter = s.get(NumberCounter, (station_code, kind, year))
        if counter is None:
            s.add(NumberCounter(station_code=station_code, kind=kind, year=year, last_value=seq))
        else:
            counter.last_value = max(counter.last_value, seq)
    s.flush()


def _citizen(
    s: Session, row: RegisterRow, station_code: str, made: dict[str, Citizen]
) -> tuple[Citizen, bool]:
    """The citizen on file with the row's NIK (kept as it is), or a new one; and whether it is new."""
    if row.nik:
        existing = made.get(row.nik) or s.scalar(select(Citizen).where(Citizen.nik == row.nik))
        if existing is not None:
            made[row.nik] = existing
            return existing, False
        facts = check_nik(row.nik)
        citizen = Citizen(nik=row.nik, name=row.name, sex=facts.sex, birth_date=facts.birth_date)
        made[row.nik] = citizen
    else:
        citizen = Citizen(nik=None, name=row.name)
    # The id is set here so nothing needs flushing before the report's audit entry (one flush a row).
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
    citizens: dict[str, Citizen],
) -> Report:
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
        forwarded_to=row.note[:80] if row.status == "forwarded" else "",
        closing_reason=row.note if terminal else "",
    )
    # Computed while the report is not yet in the session: its flush then has nothing to write.
    recompute_deadline(s, report, today=to_wib(now).date(), holidays=holidays)
    citizen, new_citizen = _citizen(s, row, station_code, citizens)
    report.citizen = citizen  # the relationship, so the citizen is inserted first
    s.add(report)
    audit.record(
        s,
        officer_id=officer.id,
        entity="report",
        entity_id=report.id,
        action="import",
        after={
            "number": row.number,
            "kind": row.kind,
            "status": row.status,
            "row": row.row,
            "citizen_id": citizen.id,
            "new_citizen": new_citizen,
        },
    )
    return report


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


def rejections_path(source: Path | str) -> Path:
    """The default rejection workbook next to the register: 'register.xlsx' -> 'register-ditolak.xlsx'."""
    source = Path(source)
    return source.with_name(f"{source.stem}-ditolak.xlsx")


def write_rejections(result: RegisterImportResult, out: Path | str) -> Path:
    """The workbook with sheet "Ditolak" (row, column, reason, value) and "Dilewati" (already imported)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ditolak"
    done = wb.create_sheet("Dilewati")
    rejected = [(r.row, r.column, r.reason, r.value) for r in result.rejected]
    skipped = [(row, number, ALREADY_IMPORTED) for row, number in result.skipped]
    for sheet, head, rows, widths in (
        (ws, ("Baris", "Kolom", "Alasan", "Isi sel"), rejected, (8, 18, 60, 40)),
        (done, ("Baris", "Nomor LP", "Alasan"), skipped, (8, 60, 16)),
    ):
        for col, title in enumerate(head, start=1):
            sheet.cell(row=1, column=col, value=title).font = Font(bold=True)
        for r, values in enumerate(rows, start=2):
            for col, value in enumerate(values, start=1):
                cell = sheet.cell(row=r, column=col, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # openpyxl makes "=..." a formula: the sheet shows what was typed
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCD", widths, strict=False):
            sheet.column_dimensions[letter].width = width
    out = Path(out)
    wb.save(out)
    return out
