"""Progress-letter deadlines and their counts.

SP2HP (police report) in CALENDAR days from the report, by the cadence table (first letter A1 within 3 days,
then per difficulty tier; Perkap 12/2009 Pasal 39 as Polres sites still quote it: "hari ke-10"). SP3D and the
clarification of a Dumas in WORKING days (Perpol 2/2024), weekends and the holiday table skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.models import CaseLetter, Holiday, Report, Sp2hpCadence
from db.rules.timeutil import now_utc, to_wib, today_wib  # noqa: F401 (today_wib: re-exported)
from db.storage.engine import read_session

# Statuses after which no letter is due; the workflow (db/services/case_flow.py) uses the same set.
TERMINAL_STATUSES = frozenset({"closed", "stopped", "rejected"})
# Only police reports (SP2HP) and Dumas complaints (SP3D) have letters to send on time.
KINDS_WITH_DEADLINE = frozenset({"LP_B", "DUMAS"})

# The published SP2HP cadence in calendar days after the report (DOMAIN.md, REFERENCE.md section 5): the
# first letter within 3 days, then light 10/20/30, medium 15/30/45/60, difficult every 15 days to day 90,
# very difficult every 20 days to day 120. The database keeps it as a policy table an admin edits
# (db/services/cadence.py); these values seed it and serve where no table is at hand.
FIRST_TIER = "first"
DIFFICULTY_TIERS = ("light", "medium", "difficult", "very_hard")
DEFAULT_SP2HP_CADENCE: dict[str, tuple[int, ...]] = {
    FIRST_TIER: (3,),
    "light": (10, 20, 30),
    "medium": (15, 30, 45, 60),
    "difficult": (15, 30, 45, 60, 75, 90),
    "very_hard": (20, 40, 60, 80, 100, 120),
}
SP2HP_CADENCE_SOURCE = (
    "Perkap 12/2009 Pasal 39 (dicabut Perkap 14/2012, masih dikutip Polres sebagai praktik): "
    "polrestulungagung.id, polisikepri.blogspot.com, wartapenariau.com, "
    "isubogor.pikiran-rakyat.com 13-10-2020"
)
Cadence = Mapping[str, tuple[int, ...]]
SP3D_WORKING_DAYS = 20
CLARIFICATION_WORKING_DAYS = 40

KIND_SP2HP = "SP2HP"
KIND_SP3D = "SP3D"
# The Dumas clarification due 40 working days after the SP3D (fits next_deadline_kind's 8 characters).
KIND_CLARIFICATION = "KLARIF"


# ----- pure date arithmetic ----------------------------------------------------------------------


def is_working_day(day: date, holidays: Set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, n: int, holidays: Set[date]) -> date:
    """The day `n` working days after `start` (`start` itself is not counted; n = 0 gives `start`)."""
    if n < 0:
        raise ValueError("n must not be negative")
    day = start
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            n -= 1
    return day


def working_days_between(start: date, end: date, holidays: Set[date]) -> int:
    """Working days in (start, end]; negative when `end` lies before `start` (an overdue deadline)."""
    if end < start:
        return -working_days_between(end, start, holidays)
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            count += 1
    return count


def parse_days(text: str) -> tuple[int, ...]:
    """'10, 20,30' -> (10, 20, 30); ValueError unless whole days, each 1..365 and strictly ascending."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError("days must be whole numbers separated by commas")
    days = tuple(int(p) for p in parts)
    if days[0] < 1 or days[-1] > 365 or any(b <= a for a, b in zip(days, days[1:], strict=False)):
        raise ValueError("days must rise from 1 to at most 365")
    return days


def sp2hp_schedule(difficulty: str, cadence: Cadence | None = None) -> tuple[int, ...]:
    """Calendar days after the report at which the letters fall due: the first letter, then the tier's."""
    table = DEFAULT_SP2HP_CADENCE if cadence is None else cadence
    tier = table.get(difficulty) or table.get("light") or DEFAULT_SP2HP_CADENCE["light"]
    first = tuple(d for d in table.get(FIRST_TIER, ()) if d < tier[0])
    return first + tier


def sp2hp_due(
    received: date,
    difficulty: str,
    letter_days: Iterable[date],
    shift: int,
    holidays: Set[date],
    cadence: Cadence | None = None,
) -> date:
    """The next SP2HP: the first step not yet covered by a letter and after the last letter.

    Steps are calendar days after the report (day 10 of a report on 1 April is 11 April, Lebaran or not).
    The n-th letter covers the n-th step even when sent early; a late letter covers the steps it missed.
    After the schedule's last step an open case keeps the last interval, so the reporter still hears at
    least monthly (DOMAIN.md). A paused clock (`shift`, counted in working days) moves the due day by as many
    working days.
    """
    days = sorted(letter_days)
    steps = list(sp2hp_schedule(difficulty, cadence))
    interval = steps[-1] - steps[-2] if len(steps) > 1 else steps[-1]
    i = len(days)
    while True:
        while i >= len(steps):
            steps.append(steps[-1] + interval)
        due = received + timedelta(days=steps[i])
        if shift:
            due = add_working_days(due, shift, holidays)
        if not days or due > days[-1]:
            return due
        i += 1


def dumas_due(received: date, sp3d_days: Iterable[date], shift: int, holidays: Set[date]) -> tuple[date, str]:
    """SP3D within 20 working days of receipt; after an SP3D, the clarification within 40 of the last one."""
    days = sorted(sp3d_days)
    if not days:
        return add_working_days(received, SP3D_WORKING_DAYS + shift, holidays), KIND_SP3D
    # The pause shift is the report's total: a pause before the SP3D also moves the clarification (kept
    # simple on purpose; the schema records the total paused working days, not each pause).
    return add_working_days(days[-1], CLARIFICATION_WORKING_DAYS + shift, holidays), KIND_CLARIFICATION


def coming_sunday(today: date) -> date:
    return today + timedelta(days=6 - today.weekday())


# ----- reading the database ------------------------------------------------------------------------


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


def _queue(s: Session, q: Select[Report], today: date) -> list[QueueItem]:
    q = q.options(selectinload(Report.citizen)).order_by(
        Report.next_deadline.is_(None), Report.next_deadline, Report.received_at
    )
    return [
        QueueItem(
            report_id=r.id,
            number=r.number,
            kind=r.kind,
            status=r.status,
            received_at=r.received_at,
            citizen_name=r.citizen.name,
            offense=r.offense,
            assigned_officer_id=r.assigned_officer_id,
            next_deadline=r.next_deadline,
            next_deadline_kind=r.next_deadline_kind,
            paused=r.clock_paused_at is not None,
            overdue=r.clock_paused_at is None and r.next_deadline is not None and r.next_deadline < today,
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
