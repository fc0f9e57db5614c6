"""Recognising a register's rows already stored: by id (uuid5 of the row's content), or by LP number when the
stored report has the row's date and reporter; a number stored for another report is a collision."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.importing.register_rows import RegisterRow, Rejection
from db.models import Report
from db.rules.timeutil import to_wib


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


def new_rows(
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


def stored_since(s: Session, rows: list[RegisterRow]) -> tuple[list[RegisterRow], list[tuple[int, str]]]:
    """The rows still new at publishing, and those stored since the check (a walk-in numbered meanwhile, the
    same file imported twice at once): by id and exact number, through their indexes, as `new_rows`' scan of
    every number would hold the write lock longer with every batch."""
    ids = set(s.scalars(select(Report.id).where(Report.id.in_([r.id for r in rows]))))
    numbers = {n for r in rows if r.number for n in (r.number, r.number.upper())}
    found = s.scalars(select(Report.number).where(Report.number.in_(numbers)))
    taken = {_norm_number(n) for n in found if n}
    new: list[RegisterRow] = []
    stored: list[tuple[int, str]] = []
    for row in rows:
        if row.id in ids or (row.number and _norm_number(row.number) in taken):
            stored.append((row.row, row.number or ""))
        else:
            new.append(row)
    return new, stored
