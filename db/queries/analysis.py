"""The figures of the in-app crime analysis for any WIB date range, aggregated in SQL.

Definitions (days are WIB days, both ends included; void and deleted reports never count). Everything the
monthly report also shows is defined exactly as in db/queries/monthly.py, so a one-month range gives the
monthly report's figures:

- received: reports of every kind received in the period; by category, kecamatan and nagari likewise (every
  kind, "" = not given).
- hour x weekday: police reports (LP_B) received in the period by WIB weekday (Monday first) and hour of the
  incident where known, else of the receipt (the number counted at the incident is given with it).
- CT: police reports (LP_B) received in the period.
- CC: police reports moved to "closed" in the period (WIB time of the change), whenever received; each report
  counts once in the period however often it was closed in it. Clearance rate = CC / CT (may pass 100 %).
- trend: received, CT and CC for each of the twelve WIB months ending with the period's last month (each month
  counted as the monthly report counts it).
- time to first action: for LP_B and Dumas reports received in the period, the time from receipt to the
  earlier of the first status change to any status other than "received" and the first contact-log entry.
  Reports with neither yet are counted apart ("waiting") and left out of the median and mean; a time below 0
  counts as 0. (The same rule as db/queries/monthly_response.py.)
- deadlines met: progress letters (SP2HP, SP3D) issued in the period whose WIB issue day is on or before the
  deadline they answered. That deadline is recomputed (db.rules.deadlines) from the report's WIB receipt day,
  its difficulty and pause total as recorded now, today's holiday table and the letters of the same kind
  issued before it (the deadline itself is not stored with the letter). Deadlines that fell in the period and
  are still unanswered (open, running reports whose live deadline lies in the period and before today) are
  reported beside the share ("unanswered"), not inside it.
- outreach: sessions and attendance (db/queries/outreach_stats.py); IKM of the period's survey responses
  (db/services/survey.py).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from db.models import Category, Report, StatusChange
from db.queries.deadlines import deadline_conditions
from db.queries.monthly import (
    closing_conditions,
    live_reports,
    month_bounds,
    monthly_ikm,
    ranked_counts,
    shift_month,
)
from db.queries.monthly_response import first_action_hours, letters_on_time
from db.queries.outreach_stats import outreach_summary
from db.rules.regions import region_name
from db.rules.timeutil import to_wib, today_wib, wib_day_bounds
from db.services.survey import ikm_for_period
from db.storage.engine import read_session
from db.views import CountRow, HeadlineFigures, MonthlyIkm

Live = tuple[ColumnElement[bool], ...]
# How far the trend looks back: twelve months, the period's last month included.
TREND_MONTHS = 12


@dataclass(frozen=True, slots=True)
class FirstAction:
    """Receipt to first action, in hours, over the LP_B and Dumas reports received in the period."""

    acted: int  # reports with a first action
    waiting: int  # reports with none yet
    median_hours: float | None
    mean_hours: float | None


@dataclass(frozen=True, slots=True)
class DeadlinesMet:
    letters: int  # progress letters issued in the period
    on_time: int  # of those, issued on or before the deadline they answered
    unanswered: int  # deadlines in the period, passed, with no letter yet (open, running reports)

    @property
    def share(self) -> float | None:
        return self.on_time / self.letters if self.letters else None


@dataclass(frozen=True, slots=True)
class AnalysisData:
    start: date
    end: date
    received: int
    ct: int
    cc: int
    by_category: tuple[CountRow, ...]  # every category seen, most first ("" = none)
    by_kecamatan: tuple[CountRow, ...]
    by_nagari: tuple[CountRow, ...]
    # 7 rows (Monday first) x 24 hours, LP_B, WIB: at the incident time where known, else at the receipt.
    hour_weekday: tuple[tuple[int, ...], ...]
    hour_weekday_at_incident: int  # how many of those reports had an incident time
    trend: tuple[HeadlineFigures, ...]  # twelve months, oldest first
    first_action: FirstAction
    deadlines: DeadlinesMet
    outreach_sessions: int
    outreach_men: int
    outreach_women: int
    ikm: MonthlyIkm | None

    @property
    def clearance_rate(self) -> float | None:
        """CC / CT as a fraction (None when CT is 0)."""
        return self.cc / self.ct if self.ct else None

    @property
    def outreach_attendance(self) -> int:
        return self.outreach_men + self.outreach_women

    @property
    def is_empty(self) -> bool:
        return self.received == 0 and self.cc == 0 and self.outreach_sessions == 0 and self.ikm is None


def _closings(s: Session, live: Live, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """(report id, UTC time) of every change to "closed" in [start, end) of a live police report."""
    rows = s.execute(
        select(StatusChange.report_id, StatusChange.changed_at)
        .join(Report, Report.id == StatusChange.report_id)
        .where(*closing_conditions(live, start, end), Report.kind == "LP_B")
    ).all()
    return [(rid, at) for rid, at in rows]


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC instants at which WIB day `start` begins and WIB day `end` ends (end exclusive)."""
    if end < start:
        raise ValueError("the period ends before it starts")
    return wib_day_bounds(start)[0], wib_day_bounds(end)[1]


def _grouped(
    s: Session, column: InstrumentedAttribute[str], live: Live, start: datetime, end: datetime
) -> Counter[str]:
    rows = s.execute(
        select(column, func.count())
        .select_from(Report)
        .outerjoin(Category, Category.id == Report.category_id)
        .where(*live, Report.received_at >= start, Report.received_at < end)
        .group_by(column)
    ).all()
    counts: Counter[str] = Counter()
    for key, n in rows:
        counts[key or ""] += n
    return counts


def _matrix(
    s: Session, live: Live, start: datetime, end: datetime
) -> tuple[tuple[tuple[int, ...], ...], int]:
    """Police reports received in the period, counted at the hour of the incident where it is known (patrols
    are timed by when things happen) and at the receipt otherwise; also how many had an incident time."""
    moment = func.coalesce(Report.incident_at, Report.received_at)
    # SQLite's %w counts from Sunday = 0; the matrix starts on Monday like datetime.weekday().
    weekday = func.strftime("%w", moment, "+7 hours")
    hour = func.strftime("%H", moment, "+7 hours")
    known = func.sum(case((Report.incident_at.is_not(None), 1), else_=0))
    matrix = [[0] * 24 for _ in range(7)]
    with_incident = 0
    for w, h, n, k in s.execute(
        select(weekday, hour, func.count(), known)
        .where(*live, Report.kind == "LP_B", Report.received_at >= start, Report.received_at < end)
        .group_by(weekday, hour)
    ):
        matrix[(int(w) + 6) % 7][int(h)] += n
        with_incident += int(k or 0)
    return tuple(tuple(row) for row in matrix), with_incident


def _trend(s: Session, live: Live, last: tuple[int, int]) -> tuple[HeadlineFigures, ...]:
    months = [shift_month(*last, d) for d in range(-(TREND_MONTHS - 1), 1)]
    span_start, _ = month_bounds(*months[0])
    _, span_end = month_bounds(*last)
    wib_month = func.strftime("%Y-%m", Report.received_at, "+7 hours")
    received: dict[tuple[int, int], int] = {}
    ct: dict[tuple[int, int], int] = {}
    for text, is_lp, n in s.execute(
        select(wib_month, Report.kind == "LP_B", func.count())
        .where(*live, Report.received_at >= span_start, Report.received_at < span_end)
        .group_by(wib_month, Report.kind == "LP_B")
    ):
        key = (int(text[:4]), int(text[5:7]))
        received[key] = received.get(key, 0) + n
        if is_lp:
            ct[key] = ct.get(key, 0) + n
    cc: dict[tuple[int, int], int] = {}
    # Once per report and WIB month, as the monthly report counts.
    closed = {
        (rid, to_wib(at).year, to_wib(at).month) for rid, at in _closings(s, live, span_start, span_end)
    }
    for _rid, y, m in closed:
        cc[(y, m)] = cc.get((y, m), 0) + 1
    return tuple(
        HeadlineFigures(y, m, received.get((y, m), 0), ct.get((y, m), 0), cc.get((y, m), 0))
        for y, m in months
    )


def _first_action(s: Session, live: Live, start: datetime, end: datetime) -> FirstAction:
    cases, acted = first_action_hours(s, start, end, live)
    return FirstAction(
        acted=len(acted),
        waiting=cases - len(acted),
        median_hours=statistics.median(acted) if acted else None,
        mean_hours=statistics.fmean(acted) if acted else None,
    )


def _deadlines(
    s: Session, live: Live, start: datetime, end: datetime, first: date, last: date, today: date
) -> DeadlinesMet:
    letters, on_time = letters_on_time(s, start, end, live)
    unanswered = int(
        s.scalar(
            select(func.count())
            .select_from(Report)
            .where(
                *deadline_conditions("overdue", today),
                *live,
                Report.next_deadline >= first,
                Report.next_deadline <= last,
            )
        )
        or 0
    )
    return DeadlinesMet(letters=letters, on_time=on_time, unanswered=unanswered)


def analysis_data(
    session_factory: sessionmaker[Session],
    start: date,
    end: date,
    *,
    today: date | None = None,
    unit_filter: str | None = None,
) -> AnalysisData:
    """Every figure of the analysis screen for WIB days `start`..`end` (see the module's docstring)."""
    lo, hi = period_bounds(start, end)
    live = live_reports(unit_filter)
    today = today or today_wib()

    def place(code: str) -> str:
        return region_name(code) if code else ""

    with read_session(session_factory) as s:
        by_category = _grouped(s, Category.name, live, lo, hi)
        by_kecamatan = _grouped(s, Report.incident_kecamatan_code, live, lo, hi)
        by_nagari = _grouped(s, Report.incident_nagari_code, live, lo, hi)
        ct = int(
            s.scalar(
                select(func.count())
                .select_from(Report)
                .where(*live, Report.kind == "LP_B", Report.received_at >= lo, Report.received_at < hi)
            )
            or 0
        )
        cc = len({rid for rid, _at in _closings(s, live, lo, hi)})
        matrix, at_incident = _matrix(s, live, lo, hi)
        trend = _trend(s, live, (end.year, end.month))
        first_action = _first_action(s, live, lo, hi)
        deadlines = _deadlines(s, live, lo, hi, start, end, today)
    outreach = outreach_summary(session_factory, date_from=start, date_to=end)
    result = ikm_for_period(session_factory, date_from=start, date_to=end).result
    return AnalysisData(
        start=start,
        end=end,
        received=sum(by_category.values()),
        ct=ct,
        cc=cc,
        by_category=ranked_counts(by_category.items(), lambda c: c),
        by_kecamatan=ranked_counts(by_kecamatan.items(), place),
        by_nagari=ranked_counts(by_nagari.items(), place),
        hour_weekday=matrix,
        hour_weekday_at_incident=at_incident,
        trend=trend,
        first_action=first_action,
        deadlines=deadlines,
        outreach_sessions=outreach.sessions,
        outreach_men=outreach.men,
        outreach_women=outreach.women,
        ikm=monthly_ikm(result),
    )
