"""Progress-letter deadlines: the rules and their date arithmetic (no database; db/queries/deadlines.py
applies them to stored reports).

SP2HP (police report) in CALENDAR days from the report, by the cadence table (first letter A1 within 3 days,
then per difficulty tier; Perkap 12/2009 Pasal 39 as Polres sites still quote it: "hari ke-10"). SP3D and the
clarification of a Dumas in WORKING days (Perpol 2/2024), weekends and the holiday table skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from datetime import date, timedelta

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
