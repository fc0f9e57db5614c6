"""Closing a police report by restorative justice (KUHAP 2025, Pasal 79-88): "Selesai — keadilan restoratif".

It is a clearance like any close (CC counts it), with its own line in the monthly report. The agreement's
date and the parties' statement are kept in `restorative_justice` (local), and in the synced report too: the
closing reason carries both and the status change's note starts with `RJ_NOTE`, which is how the monthly
figures (and the Polres-wide report) tell these closes apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from db.errors import PermissionDenied, ValidationFailed
from db.models import RestorativeJustice
from db.queries.deadlines import load_holidays, recompute_deadline
from db.rules.timeutil import now_utc, to_wib
from db.services.case_flow import (
    TRANSITIONS,
    CaseState,
    _end_pause,
    _not_void,
    _record,
    _report,
    _snapshot,
    _state,
    allowed_next,
)
from db.services.row_views import view_of
from db.services.writes import active_officer, add_status_change
from db.storage.engine import read_session

RJ_NOTE = "Selesai — keadilan restoratif"
MAX_STATEMENT = 2000  # spelled out in the "too long" message, which must stay a literal to be translated


@dataclass(frozen=True, slots=True)
class RestorativeView:
    report_id: str
    agreed_on: date
    statement: str
    recorded_at: datetime


def close_by_restorative_justice(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    agreed_on: date,
    statement: str,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """Close an LP/B as "Selesai — keadilan restoratif" with the agreement's date and the parties' statement.

    As any close: a unit head or admin, from "in progress" or "forwarded", with a history row and an audit
    entry, in one transaction.
    """
    now = now or now_utc()
    today = to_wib(now).date()
    statement = statement.strip()
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = _report(s, report_id)
        _not_void(report, "to_status")
        if report.kind != "LP_B":
            raise ValidationFailed({"to_status": "Only a police report ends by restorative justice."})
        if "closed" not in TRANSITIONS.get(report.status, ()):
            raise ValidationFailed({"to_status": "This status change is not allowed."})
        if "closed" not in allowed_next(report, officer):
            raise PermissionDenied("only a unit head or admin closes or reopens a report")
        errors: dict[str, str] = {}
        if agreed_on > today:
            errors["agreed_on"] = "The agreement cannot be dated in the future."
        elif agreed_on < to_wib(report.received_at).date():
            errors["agreed_on"] = "The agreement cannot be dated before the report."
        if not statement:
            errors["statement"] = "Note the parties' statement (what they agreed)."
        elif len(statement) > MAX_STATEMENT:
            errors["statement"] = "The statement is too long (at most 2000 characters)."
        if errors:
            raise ValidationFailed(errors)
        before = _snapshot(report, "status", "closing_reason")
        from_status = report.status
        day = agreed_on.strftime("%d-%m-%Y")
        report.status = "closed"
        report.closing_reason = f"Keadilan restoratif, kesepakatan tanggal {day}: {statement}"
        _end_pause(report, today, load_holidays(s))
        recompute_deadline(s, report, today=today)
        note = f"{RJ_NOTE} (kesepakatan {day})"
        add_status_change(
            s, report, from_status=from_status, to_status="closed", officer_id=officer.id, at=now, note=note
        )
        row = s.get(RestorativeJustice, report.id)
        if row is None:  # a reopened case closed again by a new agreement keeps one row: the latest
            row = RestorativeJustice(report_id=report.id)
            s.add(row)
        row.agreed_on, row.statement, row.recorded_at, row.recorded_by_id = (
            agreed_on,
            statement,
            now,
            officer.id,
        )
        _record(s, report, officer.id, "restorative_justice", before)
        return _state(s, report, officer, today)


def restorative_record(session_factory: sessionmaker[Session], *, report_id: str) -> RestorativeView | None:
    """The agreement a report was closed with, if it was closed by restorative justice."""
    with read_session(session_factory) as s:
        row = s.get(RestorativeJustice, report_id)
        if row is None:
            return None
        return view_of(RestorativeView, row)
