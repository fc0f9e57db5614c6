"""The figures of the monthly SPKT report: one WIB month, aggregates only.

Definitions (a report belongs to the month of its WIB receive time; void and deleted reports never count):

- received: reports of every kind received in the month.
- CT (crime total): police reports (LP_B) received in the month.
- CC (crime clearance): police reports (LP_B) moved to "closed" in the month (WIB time of the status
  change), whenever they were received; a report closed twice in one month counts once. A report closed in
  the month and reopened later still counts for that month. "stopped" (SP3) and "rejected" are not
  clearance. CC may therefore exceed CT, and the clearance rate (CC / CT) pass 100 %.
- open cases: LP_B and Dumas reports received before the month's end whose status at the month's end (from
  the status history; the current status when nothing changed after the month) was not closed, stopped or
  rejected.
- overdue: open reports whose live progress-letter deadline (db.deadlines) lies before the earlier of
  today and the first day of the next month. The deadline is kept only for the present, so for a past month
  this is today's view of the reports still open, not a reconstruction.
- closed in the month: LP_B and Dumas reports moved to "closed" in the month (counted once each).
- `unit_filter` is a station code: only that unit's reports count. Outreach, IKM and training are the data
  folder's own (one station per folder) and ignore it.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.deadlines import KINDS_WITH_DEADLINE, TERMINAL_STATUSES, deadline_conditions, today_wib
from db.engine import read_session
from db.models import Category, Report, StatusChange
from db.queries.community_stats import training_summary
from db.queries.outreach_stats import outreach_summary
from db.regions import region_name
from db.services.station import load_station
from db.services.survey import ikm_for_period
from db.station_identity import unit_label
from db.timeutil import to_wib, wib_day_bounds
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


def _month_key(moment: datetime) -> tuple[int, int]:
    wib = to_wib(moment)
    return wib.year, wib.month


def _live(unit_filter: str | None) -> tuple:  # type: ignore[type-arg]
    conditions: list[ColumnElement[bool]] = [Report.deleted_at.is_(None), Report.voided_at.is_(None)]
    if unit_filter is not None:
        conditions.append(Report.station_code == unit_filter)
    return tuple(conditions)


def _ranked(counter: Counter[str], label, top: int | None) -> tuple[CountRow, ...]:  # type: ignore[no-untyped-def]
    rows = sorted(((code, label(code), n) for code, n in counter.items()), key=lambda r: (-r[2], r[1]))
    return tuple(CountRow(code, name, n) for code, name, n in rows[:top])


def _closed_keys(
    s: Session, kinds: frozenset[str] | tuple[str, ...], start, end, live
) -> set[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """(report id, year, month) of every change to "closed" in [start, end) of a live report of `kinds`."""
    rows = s.execute(
        select(StatusChange.report_id, StatusChange.changed_at)
        .join(Report, Report.id == StatusChange.report_id)
        .where(
            *live,
            StatusChange.deleted_at.is_(None),
            StatusChange.to_status == "closed",
            StatusChange.changed_at >= start,
            StatusChange.changed_at < end,
            Report.kind.in_(kinds),
        )
    ).all()
    return {(report_id, *_month_key(at)) for report_id, at in rows}


def _open_at(s: Session, end: datetime, live) -> int:  # type: ignore[no-untyped-def]
    """LP_B and Dumas reports received before `end` whose status at `end` was not terminal.

    Counted in SQL from the current status, then corrected for the reports whose status changed after `end`
    (only those need their history read): their status at `end` is the last change before it, or
    "received" when there was none. Reports without history rows (as the demo writes some) keep their current
    status, since nothing changed after `end` for them.
    """
    scope = (*live, Report.kind.in_(KINDS_WITH_DEADLINE), Report.received_at < end)
    open_now = (
        s.scalar(
            select(func.count()).select_from(Report).where(*scope, Report.status.not_in(TERMINAL_STATUSES))
        )
        or 0
    )
    changed_after = (
        select(StatusChange.report_id)
        .where(StatusChange.deleted_at.is_(None), StatusChange.changed_at >= end)
        .distinct()
        .scalar_subquery()
    )
    moved = dict(
        s.execute(select(Report.id, Report.status).where(*scope, Report.id.in_(changed_after))).all()
    )
    if not moved:
        return open_now
    before: dict[str, str] = {}
    for report_id, status in s.execute(
        select(StatusChange.report_id, StatusChange.to_status)
        .where(
            StatusChange.deleted_at.is_(None),
            StatusChange.changed_at < end,
            # A subquery, not the ids themselves: a month long past can have more than SQLite's bound
            # variables allow.
            StatusChange.report_id.in_(select(Report.id).where(*scope, Report.id.in_(changed_after))),
        )
        .order_by(StatusChange.report_id, StatusChange.changed_at)
    ):
        before[report_id] = status  # the last one before `end` wins
    for report_id, current in moved.items():
        was_open = before.get(report_id, "received") not in TERMINAL_STATUSES
        is_open = current not in TERMINAL_STATUSES
        open_now += int(was_open) - int(is_open)
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
    live = _live(unit_filter)
    first, last = month_days(year, month)
    next_first = month_days(*shift_month(year, month, 1))[0]
    as_of = min(today or today_wib(), next_first)
    with read_session(session_factory) as s:
        # Counted per WIB month in SQL (received_at is stored as UTC text): thirteen months of reports never
        # travel to Python one by one.
        wib_month = func.strftime("%Y-%m", Report.received_at, "+7 hours")
        span = s.execute(
            select(wib_month, Report.kind == "LP_B", func.count())
            .where(*live, Report.received_at >= span_start, Report.received_at < end)
            .group_by(wib_month, Report.kind == "LP_B")
        ).all()
        month_rows = s.execute(
            select(
                Report.kind,
                Report.received_at,
                Category.name,
                Report.incident_kecamatan_code,
                Report.incident_nagari_code,
            )
            .outerjoin(Category, Category.id == Report.category_id)
            .where(*live, Report.received_at >= start, Report.received_at < end)
        ).all()
        cc_keys = _closed_keys(s, ("LP_B",), span_start, end, live)
        closed_keys = _closed_keys(s, tuple(KINDS_WITH_DEADLINE), start, end, live)
        open_cases = _open_at(s, end, live)
        overdue_q = select(func.count()).select_from(Report).where(*deadline_conditions("overdue", as_of))
        if unit_filter is not None:
            overdue_q = overdue_q.where(Report.station_code == unit_filter)
        overdue = int(s.scalar(overdue_q) or 0)

    received: Counter[tuple[int, int]] = Counter()
    ct: Counter[tuple[int, int]] = Counter()
    for month_text, is_lp, n in span:
        key = (int(month_text[:4]), int(month_text[5:7]))
        received[key] += n
        if is_lp:
            ct[key] += n
    cc = Counter((y, m) for _, y, m in cc_keys)

    def headline(key: tuple[int, int]) -> HeadlineFigures:
        return HeadlineFigures(key[0], key[1], received[key], ct[key], cc[key])

    by_kind: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_kecamatan: Counter[str] = Counter()
    by_nagari: Counter[str] = Counter()
    matrix = [[0] * 24 for _ in range(7)]
    for kind, at, category, kecamatan, nagari in month_rows:
        by_kind[kind] += 1
        by_category[category or ""] += 1
        by_kecamatan[kecamatan or ""] += 1
        by_nagari[nagari or ""] += 1
        if kind == "LP_B":
            wib = to_wib(at)
            matrix[wib.weekday()][wib.hour] += 1

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
        by_category=_ranked(by_category, lambda c: c, TOP),
        by_kecamatan=_ranked(by_kecamatan, place, None),
        by_nagari=_ranked(by_nagari, place, TOP),
        hour_weekday=tuple(tuple(row) for row in matrix),
        ct_trend=tuple(MonthCount(y, m, ct[(y, m)]) for y, m in trend_months),
        open_cases=open_cases,
        overdue=overdue,
        closed_in_month=len({rid for rid, _, _ in closed_keys}),
        outreach=MonthlyOutreach(
            sessions=outreach.sessions,
            men=outreach.men,
            women=outreach.women,
            by_kind=tuple(CountRow(c.key, c.key, c.sessions) for c in outreach.by_kind),
        ),
        ikm=None
        if result is None
        else MonthlyIkm(result.respondents, result.ikm, result.index, result.grade, result.grade_label),
        training_hours=training.hours,
        training_courses=training.courses,
        officers_trained=training.officers_trained,
    )


def monthly_report_data(
    session_factory: sessionmaker[Session],
    *,
    year: int,
    month: int,
    unit_filter: str | None = None,
    today: date | None = None,
) -> MonthlyReportData:
    """The monthly figures with the station's letterhead, unit, city and signatory, for the PDF."""
    figures = monthly_figures(session_factory, year=year, month=month, unit_filter=unit_filter, today=today)
    with read_session(session_factory) as s:
        st = load_station(s)
        return MonthlyReportData(
            figures=figures,
            letterhead_lines=tuple(st.letterhead.splitlines()),
            unit=unit_label(st.level, st.resor_name, st.sector_name),
            city=st.city,
            signatory_on_behalf=st.signatory_on_behalf,
            signatory_title=st.signatory_title,
            signatory=PersonBlock(st.signatory_name, st.signatory_rank, st.signatory_nrp),
            printed_on=today or today_wib(),
        )
