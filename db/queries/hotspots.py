"""Crime hotspots: nagari whose reports in a period lie significantly above their own 12-month baseline.

Rules (crime analysis, see DOMAIN.md):

- Which reports count: police reports (LP_B) only, the reports that make the crime total (CT). Dumas are
  complaints about police service or conduct, not crimes at a place; SKTLK (lost items) and information
  reports are no crimes either. Void and soft-deleted reports never count. A report belongs to the period
  of its receive time (as CT does) and to the place of its `incident_nagari_code`; reports without one are
  skipped.
- Baseline: the same reports in the 12 calendar months (WIB) before the period's start (a period starting on
  15 March WIB has the baseline 15 March of the year before up to 14 March). The expected count shown is
  `baseline_count * period_days / baseline_days`.
- When the records begin less than 12 months before the period (a station new to Sentra Desk), the baseline
  runs from the first counted report (of any nagari) instead, so missing history is not read as a quiet
  place. With fewer than `MIN_BASELINE_DAYS` (28) days of records before the period there is no baseline and
  no hotspot is reported.
- Test (rules/hotspot_stats.py, docs/hotspot-test.md): the conditional binomial two-rate test of the period's
  count against the baseline's (the baseline is a count too, not an exact rate), with Benjamini–Hochberg at
  q = 0.05 across every nagari tested in the period (each nagari with a counted report in the period or the
  baseline). A hotspot needs a BH-adjusted p <= q **and** at least `MIN_COUNT` (3) reports, so one or two
  reports at a quiet place are never flagged as noise.
- Categories within a hotspot nagari are tested with the same two-rate test against that category's own
  baseline in the nagari, at p < alpha (0.05) without correction: they explain a flagged nagari, they flag
  nothing themselves (reports without a category are not tested as a category).
- Ranked by p-value, then by count (larger first), then by name.
- Time of day (night share, peak hours) uses the incident time, else the receive time, in WIB. Night is
  18:00-06:00 WIB. The peak is the 6-hour window (on whole hours, wrapping past midnight) with the most
  reports; on a tie the one with more reports in its middle hours, then the earliest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Category, Report
from db.models.community import Device
from db.rules.hotspot_stats import MIN_COUNT, Q, flag, format_p, peak_window, two_rate_p
from db.rules.numbers import decimal_text
from db.rules.regions import region_name
from db.rules.station_identity import unit_label
from db.rules.timeutil import to_wib
from db.services.station import load_station
from db.storage.engine import read_session

ALPHA = 0.05  # categories within a flagged nagari
MIN_BASELINE_DAYS = 28
HOTSPOT_KINDS = ("LP_B",)
NIGHT_HOURS = frozenset((*range(18, 24), *range(0, 6)))
REASON_CATEGORIES = 3


@dataclass(frozen=True)
class CategoryHotspot:
    category_name: str
    count: int
    expected: float
    p_value: float


@dataclass(frozen=True)
class Hotspot:
    nagari_code: str
    nagari_name: str
    kecamatan_code: str
    kecamatan_name: str
    count: int  # reports in the period
    expected: float  # the 12-month baseline scaled to the period's length
    p_value: float  # one-sided conditional two-rate p-value (db/rules/hotspot_stats.py)
    categories: tuple[CategoryHotspot, ...]  # categories within the nagari that are significant too
    night_share: float  # share of the period's reports with incident (else receive) time 18:00-06:00 WIB
    peak_hours: str  # e.g. "18.00–24.00 WIB": the 6-hour window with most reports
    p_adjusted: float = 0.0  # Benjamini–Hochberg adjusted over the nagari tested in the period
    tested: int = 0  # how many nagari were tested in the period


@dataclass(frozen=True)
class PatrolTarget:
    nagari_code: str
    nagari_name: str
    kecamatan_name: str
    hours: str  # when to patrol (peak_hours)
    reason: str  # Indonesian, e.g. "12 laporan (perkiraan 4,1; p = 0,002): Pencurian"


@dataclass(frozen=True)
class PemdaHotspotRow:
    """One line of the Pemda list: a hotspot with its main categories and whether it has working CCTV."""

    hotspot: Hotspot
    main_categories: tuple[tuple[str, int], ...]  # the period's largest categories (name, reports), top 3
    active_cctv: int  # working, not deleted CCTV cameras registered in the nagari

    @property
    def needs_lighting(self) -> bool:
        """Street lighting is asked for when most of the period's reports happened at night."""
        return self.hotspot.night_share > 0.5

    @property
    def needs_cctv(self) -> bool:
        """CCTV is asked for when the device register has no working camera in the nagari."""
        return self.active_cctv == 0


@dataclass(frozen=True)
class PemdaHotspotList:
    """What the Pemda hotspot workbook shows: the station's letterhead, the period and one row per hotspot."""

    letterhead_lines: tuple[str, ...]
    unit: str  # "POLRES SOLOK"
    start: datetime  # aware UTC, the period is [start, end)
    end: datetime
    rows: tuple[PemdaHotspotRow, ...]
    alpha: float = Q
    min_count: int = MIN_COUNT


def _minus_twelve_months(moment: datetime) -> datetime:
    """The same WIB wall time twelve calendar months earlier (29 February falls back to the 28th)."""
    wib = to_wib(moment)
    day = wib.date()
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:
        earlier = date(day.year - 1, 2, 28)
    return datetime.combine(earlier, wib.timetz()).astimezone(moment.tzinfo)


def _live(station_code: str | None, *, placed: bool = True) -> list[ColumnElement[bool]]:
    """The reports that count (`placed`: only those with an incident nagari)."""
    conditions: list[ColumnElement[bool]] = [
        Report.deleted_at.is_(None),
        Report.voided_at.is_(None),
        Report.kind.in_(HOTSPOT_KINDS),
    ]
    if placed:
        conditions.append(Report.incident_nagari_code != "")
    if station_code is not None:
        conditions.append(Report.station_code == station_code)
    return conditions


def _baseline_start(session: Session, start: datetime, station_code: str | None) -> datetime | None:
    """Twelve months before `start`, or the first counted report when the records begin later.

    None when there are fewer than `MIN_BASELINE_DAYS` days of records before `start`: without a history
    every busy nagari would look like a hotspot.
    """
    base_start = _minus_twelve_months(start)
    first = session.scalar(
        select(func.min(Report.received_at)).where(
            *_live(station_code, placed=False), Report.received_at >= base_start
        )
    )
    if first is None or first >= start:
        return None
    base_start = max(base_start, first)
    if start - base_start < timedelta(days=MIN_BASELINE_DAYS):
        return None
    return base_start


def _category_names(s: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(s.execute(select(Category.id, Category.name).where(Category.id.in_(ids))).all())


def find_hotspots(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    alpha: float = ALPHA,
    q: float = Q,
    station_code: str | None = None,
) -> tuple[Hotspot, ...]:
    """The hotspot nagari of [start, end) (aware UTC instants), ranked; see the module's docstring."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware datetimes")
    if end <= start:
        raise ValueError("the period's end must lie after its start")
    live = _live(station_code)
    base_start = _baseline_start(session, start, station_code)
    if base_start is None:
        return ()
    ratio = (end - start) / (start - base_start)
    nagari = Report.incident_nagari_code
    # Hours are counted in SQL (the columns are UTC text): a month never travels to Python row by row.
    hour = func.strftime("%H", func.coalesce(Report.incident_at, Report.received_at), "+7 hours")
    period_rows = session.execute(
        select(nagari, Report.category_id, hour, func.count())
        .where(*live, Report.received_at >= start, Report.received_at < end)
        .group_by(nagari, Report.category_id, hour)
    ).all()
    if not period_rows:
        return ()
    counts: dict[str, int] = defaultdict(int)
    hours: dict[str, list[int]] = defaultdict(lambda: [0] * 24)
    by_category: dict[tuple[str, str], int] = defaultdict(int)
    for code, category_id, hh, n in period_rows:
        counts[code] += n
        if hh is not None:
            hours[code][int(hh)] += n
        if category_id is not None:
            by_category[(code, category_id)] += n
    if not any(n >= MIN_COUNT for n in counts.values()):
        return ()
    base_rows = session.execute(
        select(nagari, Report.category_id, func.count())
        .where(*live, Report.received_at >= base_start, Report.received_at < start)
        .group_by(nagari, Report.category_id)
    ).all()
    base_counts: dict[str, int] = defaultdict(int)
    base_by_category: dict[tuple[str, str], int] = defaultdict(int)
    for code, category_id, n in base_rows:
        base_counts[code] += n
        if category_id is not None:
            base_by_category[(code, category_id)] += n
    names = _category_names(session, {cid for (_, cid) in by_category})
    # The family of tests: every nagari with a counted report in the period or the baseline.
    tested = sorted(set(counts) | set(base_counts))
    results = flag([(counts.get(c, 0), base_counts.get(c, 0)) for c in tested], ratio, q=q)
    hotspots = []
    for code, (flagged, p, p_adjusted) in zip(tested, results, strict=True):
        if not flagged:
            continue
        expected = base_counts[code] * ratio
        categories = []
        for (c_code, category_id), n in by_category.items():
            if c_code != code or n < MIN_COUNT:
                continue
            c_base = base_by_category[(code, category_id)]
            c_expected = c_base * ratio
            c_p = two_rate_p(n, c_base, ratio)
            if c_p < alpha:
                categories.append(CategoryHotspot(names.get(category_id, "?"), n, c_expected, c_p))
        categories.sort(key=lambda c: (c.p_value, -c.count, c.category_name))
        hour_counts = hours[code]
        total_hours = sum(hour_counts)
        night = sum(hour_counts[h] for h in NIGHT_HOURS)
        kecamatan_code = code.rsplit(".", 1)[0]
        hotspots.append(
            Hotspot(
                nagari_code=code,
                nagari_name=region_name(code),
                kecamatan_code=kecamatan_code,
                kecamatan_name=region_name(kecamatan_code),
                count=counts[code],
                expected=expected,
                p_value=p,
                categories=tuple(categories),
                night_share=night / total_hours if total_hours else 0.0,
                peak_hours=peak_window(hour_counts),
                p_adjusted=p_adjusted,
                tested=len(tested),
            )
        )
    hotspots.sort(key=lambda h: (h.p_value, -h.count, h.nagari_name))
    return tuple(hotspots)


def hotspots_for_period(
    session_factory: sessionmaker[Session],
    start: datetime,
    end: datetime,
    *,
    alpha: float = ALPHA,
    q: float = Q,
    station_code: str | None = None,
) -> tuple[Hotspot, ...]:
    """`find_hotspots` in a read-only session of its own (for the task runner)."""
    with read_session(session_factory) as s:
        return find_hotspots(s, start, end, alpha=alpha, q=q, station_code=station_code)


def patrol_targets(hotspots: Sequence[Hotspot], limit: int = 5) -> tuple[PatrolTarget, ...]:
    """The first `limit` hotspots (already ranked) as patrol targets with an Indonesian reason.

    The reason names at most `REASON_CATEGORIES` of the hotspot's significant categories, the strongest first.
    """
    targets = []
    for h in list(hotspots)[: max(limit, 0)]:
        reason = f"{h.count} laporan (perkiraan {decimal_text(h.expected, 1)}; {format_p(h.p_value)})"
        if h.categories:
            reason += ": " + ", ".join(c.category_name for c in h.categories[:REASON_CATEGORIES])
        targets.append(PatrolTarget(h.nagari_code, h.nagari_name, h.kecamatan_name, h.peak_hours, reason))
    return tuple(targets)


def pemda_hotspot_list(
    session_factory: sessionmaker[Session],
    start: datetime,
    end: datetime,
    *,
    alpha: float = ALPHA,
    station_code: str | None = None,
    top: int = 3,
) -> PemdaHotspotList:
    """The hotspots of [start, end) with their largest categories, their working CCTV and the letterhead."""
    with read_session(session_factory) as s:
        station = load_station(s)
        letterhead = tuple(station.letterhead.splitlines())
        unit = unit_label(station.level, station.resor_name, station.sector_name)
        hotspots = find_hotspots(s, start, end, alpha=alpha, station_code=station_code)
        codes = {h.nagari_code for h in hotspots}
        rows = s.execute(
            select(Report.incident_nagari_code, Report.category_id, func.count())
            .where(*_live(station_code), Report.incident_nagari_code.in_(codes))
            .where(Report.received_at >= start, Report.received_at < end, Report.category_id.is_not(None))
            .group_by(Report.incident_nagari_code, Report.category_id)
        ).all()
        names = _category_names(s, {cid for _, cid, _ in rows if cid is not None})
        cctv_q = select(Device.nagari_code, func.count()).where(
            Device.deleted_at.is_(None), Device.kind == "cctv", Device.working.is_(True)
        )
        cctv = dict(s.execute(cctv_q.where(Device.nagari_code.in_(codes)).group_by(Device.nagari_code)).all())
    per_nagari: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for code, category_id, n in rows:
        per_nagari[code].append((names.get(category_id or "", "?"), n))
    return PemdaHotspotList(
        letterhead_lines=letterhead,
        unit=unit,
        start=start,
        end=end,
        alpha=Q,
        rows=tuple(
            PemdaHotspotRow(
                h,
                tuple(sorted(per_nagari[h.nagari_code], key=lambda c: (-c[1], c[0]))[:top]),
                int(cctv.get(h.nagari_code, 0)),
            )
            for h in hotspots
        ),
    )
