"""Stored deadlines: recomputing a report's next progress letter and the officers' queues and counts.

The rules and date arithmetic live in db/rules/deadlines.py; this module applies them to the database.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.models import CaseLetter, Holiday, Report, Sp2hpCadence
from db.rules.deadlines import (
    DEFAULT_SP2HP_CADENCE,
    KIND_SP2HP,
    KIND_SP3D,
    KINDS_WITH_DEADLINE,
    TERMINAL_STATUSES,
    Cadence,
    coming_sunday,
    dumas_due,
    parse_days,
    sp2hp_due,
    working_days_between,
)
from db.rules.timeutil import now_utc, to_wib, today_wib  # noqa: F401 (today_wib: re-exported)
from db.services.row_views import view_of
from db.storage.engine import read_session


def load_holidays(session: Session) -> frozenset[date]:
    """Every active holiday (deactivated rows carry a deleted_at and no longer count)."""
    return frozenset(session.scalars(select(Holiday.day).where(Holiday.deleted_at.is_(None))))


def paused_so_far(report: Report, today: date, holidays: Set[date]) -> int:
    """Working days of the pause still running (0 when the clock runs)."""
    if report.clock_paused_at is None:
        return 0
    return max(0, working_days_between(to_wib(report.clock_paused_at).date(), today, holidays))


def load_cadence(session: Session) -> dict[str, tuple[int, ...]]:
    """The SP2HP cadence table (tier -> calendar days); the published default for a tier missing there."""
    table = dict(DEFAULT_SP2HP_CADENCE)
    for tier, text in session.execute(select(Sp2hpCadence.tier, Sp2hpCadence.days)):
        try:
            table[tier] = parse_days(text)
        except ValueError:
            continue  # the admin service never stores such a row; keep the default rather than fail
    return table


def recompute_deadline(
    session: Session,
    report: Report,
    *,
    today: date | None = None,
    holidays: Set[date] | None = None,
    cadence: Cadence | None = None,
) -> None:
    """Set report.next_deadline / next_deadline_kind from its kind, letters, difficulty and pauses.

    No deadline for a void report, a closed one, or a kind without letters. While the clock is paused the
    deadline is kept (moved by the pause so far) and the report is left out of the counts.
    Call after issuing a letter, in the same transaction (the letter must be flushed).
    """
    if (
        report.voided_at is not None
        or report.status in TERMINAL_STATUSES
        or report.kind not in KINDS_WITH_DEADLINE
    ):
        report.next_deadline, report.next_deadline_kind = None, ""
        return
    today = today or today_wib()
    holidays = load_holidays(session) if holidays is None else holidays
    received = to_wib(report.received_at).date()
    shift = report.paused_working_days + paused_so_far(report, today, holidays)
    letter_kind = KIND_SP2HP if report.kind == "LP_B" else KIND_SP3D
    session.flush()
    issued: list[datetime] = list(
        session.scalars(
            select(CaseLetter.issued_at).where(
                CaseLetter.report_id == report.id,
                CaseLetter.kind == letter_kind,
                CaseLetter.deleted_at.is_(None),
            )
        )
    )
    letter_days = [to_wib(at).date() for at in issued]
    if report.kind == "LP_B":
        table = load_cadence(session) if cadence is None else cadence
        due = sp2hp_due(received, report.difficulty, letter_days, shift, holidays, table)
        report.next_deadline, report.next_deadline_kind = due, KIND_SP2HP
    else:
        report.next_deadline, report.next_deadline_kind = dumas_due(received, letter_days, shift, holidays)


def open_reports_with_deadline() -> Select[Report]:
    """The reports whose deadline is live: open, not void, of a kind with letters (a select to extend)."""
    return select(Report).where(
        Report.deleted_at.is_(None),
        Report.voided_at.is_(None),
        Report.status.not_in(TERMINAL_STATUSES),
        Report.kind.in_(KINDS_WITH_DEADLINE),
    )


def recompute_open_deadlines(session: Session, *, today: date | None = None) -> int:
    """Recompute every open report's deadline (the holiday or cadence table changed); returns how many."""
    holidays = load_holidays(session)
    cadence = load_cadence(session)
    today = today or today_wib()
    n = 0
    for report in session.scalars(open_reports_with_deadline()):
        recompute_deadline(session, report, today=today, holidays=holidays, cadence=cadence)
        n += 1
    return n


@dataclass(frozen=True, slots=True)
class DeadlineCounts:
    overdue: int
    due_this_week: int


def deadline_conditions(which: str, today: date) -> tuple[ColumnElement[bool], ...]:
    """SQL conditions for "overdue" (before today) or "due_this_week" (today through Sunday, WIB)."""
    base = (
        Report.deleted_at.is_(None),
        Report.voided_at.is_(None),
        Report.status.not_in(TERMINAL_STATUSES),
        Report.clock_paused_at.is_(None),
        Report.next_deadline.is_not(None),
    )
    if which == "overdue":
        return (*base, Report.next_deadline < today)
    if which == "due_this_week":
        return (*base, Report.next_deadline >= today, Report.next_deadline <= coming_sunday(today))
    raise ValueError(f"unknown deadline filter {which!r}")


def deadline_counts(
    session_factory: sessionmaker[Session], *, today: date | None = None, officer_id: str | None = None
) -> DeadlineCounts:
    """For the home screen: open, running reports past their deadline and due from today to Sunday (WIB).

    With `officer_id`, only the reports assigned to that officer.
    """
    today = today or today_wib()
    counts = []
    with read_session(session_factory) as s:
        for which in ("overdue", "due_this_week"):
            q = select(func.count()).select_from(Report).where(*deadline_conditions(which, today))
            if officer_id is not None:
                q = q.where(Report.assigned_officer_id == officer_id)
            counts.append(s.scalar(q) or 0)
    return DeadlineCounts(overdue=counts[0], due_this_week=counts[1])


@dataclass(frozen=True, slots=True)
class QueueItem:
    report_id: str
    number: str | None
    kind: str
    status: str
    received_at: datetime  # UTC, aware
    citizen_name: str
    offense: str
    assigned_officer_id: str | None
    next_deadline: date | None
    next_deadline_kind: str
    paused: bool
    overdue: bool


def clock_overdue(report: Report, today: date) -> bool:
    """The report's deadline lies before `today` (WIB) and its clock runs: a paused clock is never overdue."""
    deadline = report.next_deadline
    return report.clock_paused_at is None and deadline is not None and deadline < today


def _queue(s: Session, q: Select[Report], today: date) -> list[QueueItem]:
    q = q.options(selectinload(Report.citizen)).order_by(
        Report.next_deadline.is_(None), Report.next_deadline, Report.received_at
    )
    return [
        view_of(
            QueueItem,
            r,
            report_id=r.id,
            citizen_name=r.citizen.name,
            paused=r.clock_paused_at is not None,
            overdue=clock_overdue(r, today),
        )
        for r in s.scalars(q)
    ]


def my_queue(
    session_factory: sessionmaker[Session], *, officer_id: str, today: date | None = None
) -> list[QueueItem]:
    """Open reports assigned to the officer (any kind but void), the nearest deadline first, none last."""
    q = select(Report).where(
        Report.assigned_officer_id == officer_id,
        Report.deleted_at.is_(None),
        Report.voided_at.is_(None),
        Report.status.not_in(TERMINAL_STATUSES),
        Report.kind != "INFO",
    )
    with read_session(session_factory) as s:
        return _queue(s, q, today or today_wib())


def reports_due(
    session_factory: sessionmaker[Session],
    *,
    which: str,
    today: date | None = None,
    officer_id: str | None = None,
) -> list[QueueItem]:
    """The list behind a home-screen count: `which` is "overdue" or "due_this_week"."""
    today = today or today_wib()
    q = select(Report).where(*deadline_conditions(which, today))
    if officer_id is not None:
        q = q.where(Report.assigned_officer_id == officer_id)
    with read_session(session_factory) as s:
        return _queue(s, q, today)
