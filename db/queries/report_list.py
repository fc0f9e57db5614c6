"""The reports list: filters, count and keyset-paged rows, all in SQL so a million reports stay fast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from db.models import Category, Citizen, Officer, Report
from db.queries.search import report_ids_matching
from db.rules.deadlines import coming_sunday
from db.rules.timeutil import today_wib, wib_day_bounds
from db.storage.engine import read_session

# Every index on report ends in its implicit rowid, so (sort key, rowid) is the order an index already holds
# and the keyset seek is an index range. The rowid only lives inside one list session (the cursor), which is
# fine: nothing renumbers rowids while the app is open (only VACUUM would, and a refresh starts over anyway).
REPORT_ROWID = literal_column("report.rowid", Integer)

SORTS: tuple[str, ...] = ("received_at", "number", "citizen_name", "status", "next_deadline")
DEADLINES: tuple[str, ...] = ("", "overdue", "due_this_week")
# "Due this week" = a deadline from today through the next 6 days (a rolling week, the same every day).
OPEN_STATUSES: tuple[str, ...] = ("received", "in_progress", "forwarded")


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What the list shows. Dates are WIB calendar days, both ends included; empty means "any"."""

    date_from: date | None = None
    date_to: date | None = None
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    category_id: str | None = None
    kecamatan_code: str = ""
    nagari_code: str = ""
    channel: str = ""
    # Receiving OR assigned officer.
    officer_id: str | None = None
    # "Assigned to me": the officer's own queue.
    assigned_to: str | None = None
    text: str = ""
    # "", "overdue" or "due_this_week", counted from `today` (WIB; None = today).
    deadline: str = ""
    today: date | None = None
    include_void: bool = True
    # Only reports still waiting for their number (online complaints the desk has not taken up).
    unnumbered: bool = False


@dataclass(frozen=True, slots=True)
class ListRow:
    id: str
    number: str
    received_at: datetime  # UTC, aware
    kind: str
    citizen_name: str
    category: str
    status: str
    assigned_officer_name: str
    next_deadline: date | None
    voided: bool
    clock_paused: bool = False
    # "walk_in", "phone", "online" or "social_media": online complaints reach the desk through sync.
    channel: str = "walk_in"


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the next page starts: after (key, rowid); phase 1 = the rows whose sort key is empty (last)."""

    sort: str
    descending: bool
    phase: int
    key: tuple[Any, ...]
    rowid: int


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple[ListRow, ...]
    next_cursor: PageCursor | None


def wib_today() -> date:
    return today_wib()


def is_overdue(row: ListRow, today: date) -> bool:
    """The row's deadline has passed and its clock is running (the same rule as the "overdue" filter)."""
    return (
        row.next_deadline is not None
        and row.next_deadline < today
        and not row.voided
        and not row.clock_paused
        and row.status in OPEN_STATUSES
    )


def deadline_range(deadline: str, today: date) -> tuple[date | None, date | None]:
    """The next_deadline interval [first, last] of a deadline filter (None = open end)."""
    if deadline == "overdue":
        return None, today - timedelta(days=1)
    if deadline == "due_this_week":
        # The same week as the home screen's count (db.rules.deadlines): today through the coming Sunday, WIB.
        return today, coming_sunday(today)
    raise ValueError(f"unknown deadline filter {deadline!r}")


# Above this many matches a sort by a column other than the filter's is cheaper to walk along the sort's own
# index (filtering as it goes) than to collect every match and sort it; SQLite cannot tell without statistics.
SORT_IN_MEMORY_MAX = 5_000
# The index each sort walks: the filter columns left indexable when the walk is forced.
_SORT_INDEX_COLUMNS = {
    "received_at": {"received_at"},
    "number": set(),
    "citizen_name": set(),
    "status": {"status"},
    "next_deadline": {"next_deadline"},
}


def _col(name: str, indexable: set[str] | None) -> Any:
    """Report's column `name`; written `+report.name` (SQLite then ignores its index) when not indexable."""
    column = getattr(Report, name)
    if indexable is None or name in indexable:
        return column
    return literal_column(f"+report.{name}", column.type)


def _conditions(
    flt: ReportFilter, indexable: set[str] | None = None, *, resume: tuple[str, bool] | None = None
) -> list[ColumnElement[bool]]:
    """The WHERE terms of `flt`; with `indexable`, only those columns' indexes may drive the query.
    `resume` = (sort, descending) of a page after a cursor: the filter's bound on the sort column behind the
    cursor is left out (the cursor row met it), or SQLite may seek from that bound and rescan every page."""

    def c(name: str) -> Any:
        return _col(name, indexable)

    def behind(sort: str, lower: bool) -> bool:
        return resume is not None and resume[0] == sort and resume[1] != lower

    cond: list[ColumnElement[bool]] = [Report.deleted_at.is_(None)]
    if flt.date_from is not None and not behind("received_at", True):
        cond.append(c("received_at") >= wib_day_bounds(flt.date_from)[0])
    if flt.date_to is not None and not behind("received_at", False):
        cond.append(c("received_at") < wib_day_bounds(flt.date_to)[1])
    if flt.kinds:
        cond.append(c("kind").in_(flt.kinds))
    if flt.statuses:
        cond.append(c("status").in_(flt.statuses))
    if flt.category_id:
        cond.append(Report.category_id == flt.category_id)
    if flt.nagari_code:
        cond.append(Report.incident_nagari_code == flt.nagari_code)
    elif flt.kecamatan_code:
        cond.append(Report.incident_kecamatan_code == flt.kecamatan_code)
    if flt.channel:
        cond.append(Report.channel == flt.channel)
    if flt.unnumbered:
        cond.append(Report.number.is_(None))
        cond.append(Report.kind != "INFO")
    if flt.officer_id:
        cond.append(
            or_(c("receiving_officer_id") == flt.officer_id, c("assigned_officer_id") == flt.officer_id)
        )
    if flt.assigned_to:
        cond.append(c("assigned_officer_id") == flt.assigned_to)
    if flt.deadline:
        first, last = deadline_range(flt.deadline, flt.today or wib_today())
        cond.append(c("next_deadline").is_not(None))
        if first is not None and not behind("next_deadline", True):
            cond.append(c("next_deadline") >= first)
        if last is not None and not behind("next_deadline", False):
            cond.append(c("next_deadline") <= last)
        # A paused clock or a finished/void case has no running deadline.
        cond += [
            Report.clock_paused_at.is_(None),
            Report.voided_at.is_(None),
            c("status").in_(OPEN_STATUSES),
        ]
    if not flt.include_void:
        cond.append(Report.voided_at.is_(None))
    matching = report_ids_matching(flt.text) if flt.text else None
    if matching is not None:
        cond.append(Report.id.in_(matching))
    return cond


def count_reports(session_factory: sessionmaker[Session], flt: ReportFilter) -> int:
    """How many reports match (count(*) over the filters' index range; no joins)."""
    with read_session(session_factory) as s:
        return int(s.scalar(select(func.count()).select_from(Report).where(*_conditions(flt))) or 0)


def _sort_key(sort: str) -> tuple[list[Any], bool]:
    """The sort's key columns (before the rowid) and whether the first one may be NULL (then sorted last)."""
    if sort == "received_at":
        return [Report.received_at], False
    if sort == "number":
        return [Report.number], True
    if sort == "citizen_name":
        return [Citizen.name], False
    if sort == "status":
        return [Report.status, Report.received_at], False
    if sort == "next_deadline":
        return [Report.next_deadline], True
    raise ValueError(f"unknown sort {sort!r}")


def _base_select(key_cols: list[Any]) -> Select[*tuple[Any, ...]]:
    """A `ListRow`'s columns (read by `_list_row`), then the rowid and `key_cols` for the page cursor."""
    assigned = aliased(Officer, name="assigned")
    return (
        select(
            Report.id,
            Report.number,
            Report.received_at,
            Report.kind,
            Citizen.name,
            Category.name,
            Report.status,
            assigned.name,
            Report.next_deadline,
            Report.voided_at,
            Report.clock_paused_at,
            Report.channel,
            REPORT_ROWID,
            *key_cols,
        )
        .select_from(Report)
        .join(Citizen, Citizen.id == Report.citizen_id)
        .outerjoin(Category, Category.id == Report.category_id)
        .outerjoin(assigned, assigned.id == Report.assigned_officer_id)
    )


def _list_row(r: Any) -> ListRow:
    """A `ListRow` from the first columns of `_base_select`, in their order."""
    return ListRow(
        id=r[0],
        number=r[1] or "",
        received_at=r[2],
        kind=r[3],
        citizen_name=r[4],
        category=r[5] or "",
        status=r[6],
        assigned_officer_name=r[7] or "",
        next_deadline=r[8],
        voided=r[9] is not None,
        clock_paused=r[10] is not None,
        channel=r[11],
    )


def reports_received_on(session_factory: sessionmaker[Session], day: date) -> list[ListRow]:
    """Reports received on a WIB calendar day (the home screen's table), newest first, void ones included."""
    start, end = wib_day_bounds(day)
    with read_session(session_factory) as s:
        rows = s.execute(
            _base_select([])
            .where(Report.received_at >= start, Report.received_at < end, Report.deleted_at.is_(None))
            .order_by(Report.received_at.desc(), Report.number_seq.desc())
        ).all()
    return [_list_row(r) for r in rows]


def fetch_page(
    session_factory: sessionmaker[Session],
    flt: ReportFilter,
    *,
    sort: str = "received_at",
    descending: bool = True,
    after: PageCursor | None = None,
    limit: int = 200,
    matches: int | None = None,
) -> Page:
    """Up to `limit` rows after `after` (None = from the top), in (sort key, rowid) order. Keyset paging:
    every page is an index seek, so the last page of a million rows costs what the first one does.
    `matches` (the count, when known) lets a big result walk the sort's index instead of sorting."""
    if after is not None and (after.sort != sort or after.descending != descending):
        raise ValueError("cursor belongs to another sort")
    key_cols, nullable = _sort_key(sort)
    phase = after.phase if after is not None else 0
    out: list[ListRow] = []
    last: PageCursor | None = None
    with read_session(session_factory) as s:
        if matches is None:
            # A bounded count (stops at the threshold, any plan) is enough to choose the plan.
            probe = select(literal(1)).where(*_conditions(flt)).limit(SORT_IN_MEMORY_MAX + 1).subquery()
            matches = int(s.scalar(select(func.count()).select_from(probe)) or 0)
        walk = matches > SORT_IN_MEMORY_MAX
        indexable = _SORT_INDEX_COLUMNS[sort] if walk else None
        while len(out) < limit and phase <= (1 if nullable else 0):
            # Phase 0: rows with a sort key, ordered by (key, rowid); phase 1: rows without one, by rowid.
            cols = key_cols if phase == 0 else []
            order = [*cols, REPORT_ROWID]
            resuming = after is not None and after.phase == phase
            cond = _conditions(flt, indexable, resume=(sort, descending) if resuming and cols else None)
            if nullable:
                cond.append(key_cols[0].is_not(None) if phase == 0 else key_cols[0].is_(None))
            if after is not None and resuming:
                here: Any = tuple_(*cols, REPORT_ROWID) if cols else REPORT_ROWID
                values = [literal(v, type_=c.type) for c, v in zip(cols, after.key, strict=True)]
                there: Any = tuple_(*values, literal(after.rowid)) if cols else after.rowid
                cond.append(here < there if descending else here > there)
            q = (
                _base_select(cols)
                .where(and_(*cond))
                .order_by(*(c.desc() if descending else c.asc() for c in order))
                .limit(limit - len(out))
            )
            got = s.execute(q).all()
            out.extend(_list_row(r) for r in got)
            if got:
                end = got[-1]
                last = PageCursor(sort, descending, phase, tuple(end[13:]), int(end[12]))
            if len(out) < limit:
                phase += 1
                after = None
    return Page(tuple(out), last if len(out) == limit else None)
