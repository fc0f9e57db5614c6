"""The records an imported register row becomes: its report (with its first deadline), its citizen, its
status history, and the number counters raised past the imported numbers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.importing.register_rows import RegisterRow
from db.models import Citizen, NumberCounter, Officer, Report, StatusChange
from db.models.base import new_id
from db.rules.deadlines import KIND_SP2HP, KINDS_WITH_DEADLINE, TERMINAL_STATUSES, dumas_due, sp2hp_due
from db.rules.nik import check_nik
from db.rules.timeutil import to_wib


def known_citizens(s: Session, rows: list[RegisterRow], known: dict[str, str]) -> dict[str, Citizen | str]:
    """NIK -> the citizen (or its id) already on file, for the NIKs of `rows`: one query a batch."""
    wanted = {r.nik for r in rows if r.nik and r.nik not in known}
    found: dict[str, Citizen | str] = dict(known)
    if wanted:
        stored = s.execute(select(Citizen.nik, Citizen.id).where(Citizen.nik.in_(wanted)))
        found.update((nik, citizen_id) for nik, citizen_id in stored if nik)
    return found


def raise_counters(s: Session, station_code: str, counters: list[tuple[str, int, int]]) -> None:
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
    one; and whether it is new. `made` holds the batch's known NIKs (`known_citizens`)."""
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


def add_report(
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


def history(row: RegisterRow, officer_id: str, station_code: str) -> list[StatusChange]:
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
