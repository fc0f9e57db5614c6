"""Speed of follow-up for the monthly report: receipt to first action, and progress letters on time.

Rules (one WIB month [start, end); void and deleted reports, status changes, contacts and letters never
count):

- Cases: police reports (LP_B) and Dumas complaints received in the month, the kinds with a follow-up
  duty (db.rules.deadlines.KINDS_WITH_DEADLINE).
- First action: the earlier of the report's first status change away from "received" and its first
  contact-log entry, whenever recorded (a case of this month acted on early next month counts, with its
  real delay). Time to first action runs from the receive time, in hours, never below 0. Cases without
  any action yet count in `cases`, not in `acted`, the median or the mean.
- Letters on time: SP2HP / SP3D letters issued in the month (the Dumas clarification is an SP3D too). A
  letter is on time when its WIB day is on or before the deadline it answered: the schedule of
  db.rules.deadlines (sp2hp_due / dumas_due) given the report's earlier letters of that kind and its recorded
  paused working days. The pause total is the report's current one (the schema keeps no per-letter pause),
  so a pause recorded after a letter also moves that letter's deadline; the error can only favour the unit.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import CaseLetter, ContactEntry, Report, StatusChange
from db.queries.deadlines import load_cadence, load_holidays
from db.rules.deadlines import KINDS_WITH_DEADLINE, dumas_due, sp2hp_due
from db.rules.timeutil import to_wib
from db.views import MonthlyResponse

_CASE_KINDS = tuple(sorted(KINDS_WITH_DEADLINE))


def first_action_hours(
    s: Session, start: datetime, end: datetime, live: tuple[ColumnElement[bool], ...]
) -> tuple[int, list[float]]:
    """(cases received in [start, end), hours to first action of those acted on), computed in SQL."""
    first_move = (
        select(func.min(StatusChange.changed_at))
        .where(
            StatusChange.report_id == Report.id,
            StatusChange.deleted_at.is_(None),
            StatusChange.to_status != "received",
        )
        .scalar_subquery()
    )
    first_contact = (
        select(func.min(ContactEntry.contacted_at))
        .where(ContactEntry.report_id == Report.id, ContactEntry.deleted_at.is_(None))
        .scalar_subquery()
    )
    # SQLite's two-argument min() is NULL when either is NULL: coalesce both ways first.
    first = func.min(func.coalesce(first_move, first_contact), func.coalesce(first_contact, first_move))
    hours = (func.julianday(first) - func.julianday(Report.received_at)) * 24.0
    rows = s.execute(
        select(hours).where(
            *live, Report.kind.in_(_CASE_KINDS), Report.received_at >= start, Report.received_at < end
        )
    ).all()
    return len(rows), [max(0.0, float(h)) for (h,) in rows if h is not None]


def letters_on_time(
    s: Session, start: datetime, end: datetime, live: tuple[ColumnElement[bool], ...]
) -> tuple[int, int]:
    """(letters issued in [start, end), of which on or before the deadline they answered)."""
    in_month = (
        select(CaseLetter.report_id)
        .where(CaseLetter.deleted_at.is_(None), CaseLetter.issued_at >= start, CaseLetter.issued_at < end)
        .distinct()
    )
    rows = s.execute(
        select(
            Report.id,
            Report.kind,
            Report.received_at,
            Report.difficulty,
            Report.paused_working_days,
            CaseLetter.kind,
            CaseLetter.issued_at,
        )
        .join(CaseLetter, CaseLetter.report_id == Report.id)
        .where(
            *live,
            Report.kind.in_(_CASE_KINDS),
            Report.id.in_(in_month),
            CaseLetter.deleted_at.is_(None),
            CaseLetter.issued_at < end,
        )
        .order_by(Report.id, CaseLetter.issued_at)
    ).all()
    if not rows:
        return 0, 0
    holidays = load_holidays(s)
    cadence = load_cadence(s)
    earlier: dict[tuple[str, str], list[date]] = defaultdict(list)
    issued = on_time = 0
    for report_id, kind, received, difficulty, paused, letter_kind, at in rows:
        day = to_wib(at).date()
        before = earlier[(report_id, letter_kind)]
        if at >= start:
            received_day = to_wib(received).date()
            if kind == "LP_B":
                due = sp2hp_due(received_day, difficulty, before, paused, holidays, cadence)
            else:
                due = dumas_due(received_day, before, paused, holidays)[0]
            issued += 1
            on_time += int(day <= due)
        before.append(day)
    return issued, on_time


def month_response(
    s: Session, start: datetime, end: datetime, live: tuple[ColumnElement[bool], ...]
) -> MonthlyResponse:
    """The follow-up speed of the month [start, end) (see the module's docstring)."""
    cases, hours = first_action_hours(s, start, end, live)
    letters, on_time = letters_on_time(s, start, end, live)
    return MonthlyResponse(
        cases=cases,
        acted=len(hours),
        median_hours=statistics.median(hours) if hours else None,
        mean_hours=statistics.fmean(hours) if hours else None,
        letters=letters,
        letters_on_time=on_time,
    )
