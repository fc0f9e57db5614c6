"""The figures of the monthly SPKT report: one WIB month, aggregates only.

Definitions (a report belongs to the month of its WIB receive time; void and deleted reports never count):

- received: reports of every kind received in the month.
- CT (crime total): police reports (LP_B) received in the month.
- CC (crime clearance): police reports (LP_B) moved to "closed" in the month (WIB time of the status
  change), whenever they were received; a report closed twice in one month counts once. A report closed in
  the month and reopened later still counts for that month. "stopped" (SP3) and "rejected" are not
  clearance. CC may therefore exceed CT, and the clearance rate (CC / CT) pass 100 %. Closing by restorative
  justice (KUHAP 2025) is a clearance; its own line counts the closes whose history note starts with
  db.services.restorative.RJ_NOTE.
- open cases: LP_B and Dumas reports received before the month's end whose status at the month's end (from
  the status history; the current status when nothing changed after the month) was not closed, stopped or
  rejected.
- overdue: open reports whose live progress-letter deadline (db.rules.deadlines) lies before the earlier of
  today and the first day of the next month. The deadline is kept only for the present, so for a past month
  this is today's view of the reports still open, not a reconstruction.
- closed in the month: LP_B and Dumas reports moved to "closed" in the month (counted once each).
- speed of follow-up (time to first action, letters on time): db/queries/monthly_response.py.
- hotspots and patrol targets (in MonthlyReportData): queries/hotspots.py (two-rate test against each
  nagari's own 12-month baseline, Benjamini-Hochberg across the nagari).
- `unit_filter` is a station code: only that unit's reports count. Outreach, IKM and training are the data
  folder's own (one station per folder) and ignore it.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Category, Report, StatusChange
from db.queries.community_stats import training_summary
from db.queries.deadlines import deadline_conditions
from db.queries.monthly_response import month_response
from db.queries.outreach_stats import outreach_summary
from db.rules.deadlines import KINDS_WITH_DEADLINE, TERMINAL_STATUSES
from db.rules.ikm import IkmResult
from db.rules.regions import region_name
from db.rules.station_identity import unit_label
from db.rules.timeutil import today_wib, wib_day_bounds
from db.services.case_flow import STATUSES
from db.services.restorative import RJ_NOTE
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.survey import ikm_for_period
from db.storage.engine import read_session
from db.views import (
    CountRow,
    HeadlineFigures,
    MonthCount,
    MonthlyFigures,
    MonthlyIkm,
    MonthlyOutreach,
    MonthlyReportData,
    PersonBlock,
)

KINDS = ("LP_B", "DUMAS", "SKTLK", "INFO")
TOP = 10
PATROL_TARGETS = 5
OPEN_STATUSES = tuple(st for st in STATUSES if st not in TERMINAL_STATUSES)
WIB_SHIFT = "+7 hours"  # SQLite strftime modifier: stored UTC text to WIB wall time (no daylight saving)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) `delta` months later (earlier when negative)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The UTC instants at which a WIB month starts and ends (end exclusive)."""
    first, last = month_days(year, month)
    return wib_day_bounds(first)[0], wib_day_bounds(last)[1]


def live_reports(unit_filter: str | None) -> tuple[ColumnElement[bool], ...]:
    """The reports that count in figures: not deleted, not void, of one station when `unit_filter` is set."""
    conditions: list[ColumnElement[bool]] = [Report.deleted_at.is_(None), Report.voided_at.is_(None)]
    if unit_filter is not None:
        conditions.append(Report.station_code == unit_filter)
    return tuple(conditions)


def ranked_counts(
    rows: Iterable[tuple[str | None, int]], label: Callable[[str], str], top: int | None = None
) -> tuple[CountRow, ...]:
    """(code, count) rows, merged by code ("" for none), most first then by label; the first `top` of them."""
    merged: Counter[str] = Counter()
    for code, n in rows:
        merged[code or ""] += n
    ranked = sorted(((code, label(code), n) for code, n in merged.items()), key=lambda r: (-r[2], r[1]))
    return tuple(CountRow(code, name, n) for code, name, n in ranked[:top])


def closing_conditions(
    live: tuple[ColumnElement[bool], ...], start: datetime, end: datetime
) -> tuple[ColumnElement[bool], ...]:
    """A live change to "closed" of a live report in [start, end): what counts as a case cleared (CC)."""
    return (
        *live,
        StatusChange.deleted_at.is_(None),
        StatusChange.to_status == "closed",
        StatusChange.changed_at >= start,
        StatusChange.changed_at < end,
    )


def monthly_ikm(result: IkmResult | None) -> MonthlyIkm | None:
    """The IKM figures a report prints, or None when nobody answered."""
    if result is None:
        return None
    return MonthlyIkm(result.respondents, result.ikm, result.index, result.grade, result.grade_label)


def _closed_per_month(s: Session, start, end, live) -> Counter[tuple[int, int, bool]]:  # type: ignore[no-untyped-def]
    """(year, month, is LP_B) -> live LP_B / Dumas reports moved to "closed" in that WIB month of
    [start, end), each counted once per month."""
    month = func.strftime("%Y-%m", StatusChange.changed_at, WIB_SHIFT)
    is_lp = Report.kind == "LP_B"
    rows = s.execute(
        select(month, is_lp, func.count(StatusChange.report_id.distinct()))
        .join(Report, Report.id == StatusChange.report_id)
        .where(*closing_conditions(live, start, end), Report.kind.in_(sorted(KINDS_WITH_DEADLINE)))
        .group_by(month, is_lp)
    ).all()
    return Counter({(int(m[:4]), int(m[5:7]), bool(lp)): n for m, lp, n in rows})


def _restorative_per_month(s: Session, start, end, live) -> Counter[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(year, month) -> live police reports closed by restorative justice in that WIB month (once each)."""
    month = func.strftime("%Y-%m", StatusChange.changed_at, WIB_SHIFT)
    rows = s.execute(
        select(month, func.count(StatusChange.report_id.distinct()))
        .join(Report, Report.id == StatusChange.report_id)
        .where(
            *closing_conditions(live, start, end),
            StatusChange.note.startswith(RJ_NOTE, autoescape=True),
            Report.kind == "LP_B",
        )
        .group_by(month)
    ).all()
    return Counter({(int(m[:4]), int(m[5:7])): n for m, n in rows})


def _unindexed(name: str) -> ColumnElement:  # type: ignore[type-arg]
    """Report's column written `+report.name`, so SQLite drives the query from another index."""
    return literal_column(f"+report.{name}", getattr(Report, name).type)


def _open_at(s: Session, end: datetime, live) -> int:  # type: ignore[no-untyped-def]
    """LP_B and Dumas reports received before `end` whose status at `end` was not terminal.

    Counted in SQL from the current status (driven by the status index: open reports are few, reports of a
    kind are many), then corrected, in SQL too, for the reports whose status changed after `end` (found
    through the history's time index): their status at `end` is the last change before it, or "received"
    when there was none. Reports without history rows (as the demo writes some) keep their current status,
    since nothing changed after `end` for them.
    """
    kind, received_at = _unindexed("kind"), _unindexed("received_at")
    open_now = (
        s.scalar(
            select(func.count())
            .select_from(Report)
            .where(
                *live,
                Report.status.in_(OPEN_STATUSES),
                Report.received_at < end,
                kind.in_(sorted(KINDS_WITH_DEADLINE)),
            )
        )
        or 0
    )
    before = (
        select(StatusChange.to_status)
        .where(
            StatusChange.report_id == Report.id,
            StatusChange.deleted_at.is_(None),
            StatusChange.changed_at < end,
        )
        .order_by(StatusChange.changed_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    was_open = func.coalesce(before, "received").not_in(TERMINAL_STATUSES)
    is_open = Report.status.not_in(TERMINAL_STATUSES)
    changed_after = select(StatusChange.report_id).where(
        StatusChange.deleted_at.is_(None), StatusChange.changed_at >= end
    )
    for was, now, n in s.execute(
        select(was_open, is_open, func.count())
        .where(*live, kind.in_(sorted(KINDS_WITH_DEADLINE)), received_at < end, Report.id.in_(changed_after))
        .group_by(was_open, is_open)
    ):
        open_now += n * (int(bool(was)) - int(bool(now)))
    return open_now


def monthly_figures(
    session_factory: sessionmaker[Session],
    *,
    year: int,
    month: int,
    unit_filter: str | None = None,
    today: date | None = None,
) -> MonthlyFigures:
    """The figures of one WIB month (see the module's docstring for every definition)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, not {month}")
    start, end = month_bounds(year, month)
    trend_months = [shift_month(year, month, d) for d in range(-11, 1)]
    year_ago = shift_month(year, month, -12)
    previous = shift_month(year, month, -1)
    span_start, _ = month_bounds(*year_ago)
    live = live_reports(unit_filter)
    first, last = month_days(year, month)
    next_first = month_days(*shift_month(year, month, 1))[0]
    as_of = min(today or today_wib(), next_first)
    in_month = (*live, Report.received_at >= start, Report.received_at < end)
    with read_session(session_factory) as s:
        # Everything is counted in SQL (received_at is stored as UTC text, shifted to WIB by strftime): the
        # month's reports never travel to Python one by one.
        wib_month = func.strftime("%Y-%m", Report.received_at, WIB_SHIFT)
        span = s.execute(
            select(wib_month, Report.kind == "LP_B", func.count())
            .where(*live, Report.received_at >= span_start, Report.received_at < end)
            .group_by(wib_month, Report.kind == "LP_B")
        ).all()
        by_kind = dict(
            s.execute(select(Report.kind, func.count()).where(*in_month).group_by(Report.kind)).all()
        )
        by_category = s.execute(
            select(Category.name, func.count())
            .select_from(Report)
            .outerjoin(Category, Category.id == Report.category_id)
            .where(*in_month)
            .group_by(Category.name)
        ).all()
        kecamatan, nagari = Report.incident_kecamatan_code, Report.incident_nagari_code
        by_kecamatan = s.execute(select(kecamatan, func.count()).where(*in_month).group_by(kecamatan)).all()
        by_nagari = s.execute(select(nagari, func.count()).where(*in_month).group_by(nagari)).all()
        # Patrols are timed by when things happen: the incident time where known, else the receipt.
        moment = func.coalesce(Report.incident_at, Report.received_at)
        weekday = func.strftime("%w", moment, WIB_SHIFT)  # 0 = Sunday
        hour = func.strftime("%H", moment, WIB_SHIFT)
        known = func.sum(case((Report.incident_at.is_not(None), 1), else_=0))
        cells = s.execute(
            select(weekday, hour, func.count(), known)
            .where(*in_month, Report.kind == "LP_B")
            .group_by(weekday, hour)
        ).all()
        # Closures are read for the three months the report compares only (the trend is CT alone).
        closed = _closed_per_month(s, month_bounds(*previous)[0], end, live)
        closed += _closed_per_month(s, *month_bounds(*year_ago), live)
        closed_in_month = closed[(year, month, True)] + closed[(year, month, False)]
        restorative = _restorative_per_month(s, month_bounds(*previous)[0], end, live)
        restorative += _restorative_per_month(s, *month_bounds(*year_ago), live)
        open_cases = _open_at(s, end, live)
        overdue_q = select(func.count()).select_from(Report).where(*deadline_conditions("overdue", as_of))
        if unit_filter is not None:
            overdue_q = overdue_q.where(Report.station_code == unit_filter)
        overdue = int(s.scalar(overdue_q) or 0)
        response = month_response(s, start, end, live)

    received: Counter[tuple[int, int]] = Counter()
    ct: Counter[tuple[int, int]] = Counter()
    for month_text, is_lp, n in span:
        key = (int(month_text[:4]), int(month_text[5:7]))
        received[key] += n
        if is_lp:
            ct[key] += n

    def headline(key: tuple[int, int]) -> HeadlineFigures:
        return HeadlineFigures(key[0], key[1], received[key], ct[key], closed[(*key, True)], restorative[key])

    matrix = [[0] * 24 for _ in range(7)]
    at_incident = 0
    for w, h, n, k in cells:
        matrix[(int(w) + 6) % 7][int(h)] = n
        at_incident += int(k or 0)

    def place(code: str) -> str:
        return region_name(code) if code else ""

    outreach = outreach_summary(session_factory, date_from=first, date_to=last)
    training = training_summary(session_factory, date_from=first, date_to=last)
    ikm_report = ikm_for_period(session_factory, date_from=first, date_to=last)
    result = ikm_report.result
    return MonthlyFigures(
        year=year,
        month=month,
        received_by_kind=tuple(CountRow(k, k, by_kind.get(k, 0)) for k in KINDS)
        + tuple(CountRow(k, k, n) for k, n in sorted(by_kind.items()) if k not in KINDS),
        current=headline((year, month)),
        previous=headline(previous),
        year_ago=headline(year_ago),
        by_category=ranked_counts(by_category, lambda c: c, TOP),
        by_kecamatan=ranked_counts(by_kecamatan, place),
        by_nagari=ranked_counts(by_nagari, place, TOP),
        hour_weekday=tuple(tuple(row) for row in matrix),
        hour_weekday_at_incident=at_incident,
        ct_trend=tuple(MonthCount(y, m, ct[(y, m)]) for y, m in trend_months),
        open_cases=open_cases,
        overdue=overdue,
        closed_in_month=closed_in_month,
        outreach=view_of(
            MonthlyOutreach,
            outreach,
            by_kind=tuple(CountRow(c.key, c.key, c.sessions) for c in outreach.by_kind),
        ),
        ikm=monthly_ikm(result),
        training_hours=training.hours,
        training_courses=training.courses,
        officers_trained=training.officers_trained,
        response=response,
    )


def monthly_report_data(
    session_factory: sessionmaker[Session],
    *,
    year: int,
    month: int,
    unit_filter: str | None = None,
    today: date | None = None,
) -> MonthlyReportData:
    """The monthly figures with the station's letterhead, unit, city and signatory, the month's hotspots
    (queries.hotspots.find_hotspots) and the first PATROL_TARGETS of them as patrol targets, for the PDF."""
    from db.queries.hotspots import find_hotspots, patrol_targets

    figures = monthly_figures(session_factory, year=year, month=month, unit_filter=unit_filter, today=today)
    start, end = month_bounds(year, month)
    with read_session(session_factory) as s:
        st = load_station(s)
        hotspots = find_hotspots(s, start, end, station_code=unit_filter)
        return MonthlyReportData(
            figures=figures,
            letterhead_lines=tuple(st.letterhead.splitlines()),
            unit=unit_label(st.level, st.resor_name, st.sector_name),
            city=st.city,
            signatory_on_behalf=st.signatory_on_behalf,
            signatory_title=st.signatory_title,
            signatory=PersonBlock(st.signatory_name, st.signatory_rank, st.signatory_nrp),
            printed_on=today or today_wib(),
            hotspots=hotspots,
            patrol_targets=patrol_targets(hotspots, limit=PATROL_TARGETS),
        )
