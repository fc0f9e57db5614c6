"""Hotspots: the exact Poisson tail, the baseline, WIB boundaries, what counts, categories, patrol targets."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from decimal import Decimal, getcontext
from pathlib import Path

import pytest
from sqlalchemy import update

from db.models import Report
from db.queries.hotspots import (
    Hotspot,
    find_hotspots,
    hotspots_for_period,
    patrol_targets,
    pemda_hotspot_list,
)
from db.queries.monthly import month_bounds
from db.rules.hotspot_stats import binomial_sf, peak_window, poisson_sf, two_rate_p
from db.services.devices import DeviceInput, add_device
from db.services.officers import list_officers
from db.services.station import load_station
from db.storage.engine import read_session
from tests.builders import session_factory_on_copy
from tests.conftest import set_up_solok
from tests.db.report_world import ReportWorld

KEC = "13.02.08"  # Bukit Sundi
HOT, STEADY, NEW, PAIR, VOIDED = (
    "13.02.08.2003",
    "13.02.08.2005",
    "13.02.08.2002",
    "13.02.08.2001",
    "13.02.07.2001",
)
ANCHOR = "13.02.07.2004"
KEC_OF = {HOT: KEC, STEADY: KEC, NEW: KEC, PAIR: KEC, VOIDED: "13.02.07", ANCHOR: "13.02.07"}
# November 2026 (WIB) has 30 days; its baseline, November 2025 to October 2026, has 365.
RATIO = 30 / 365


def utc(y: int, mo: int, d: int, h: int = 3) -> datetime:
    return datetime(y, mo, d, h, tzinfo=UTC)


def exact_tail(k: int, lam: float) -> float:
    """P(X >= k) summed in 60-digit decimals, independent of the module's code."""
    getcontext().prec = 60
    lam_d = Decimal(repr(lam))
    term = (-lam_d).exp()
    below = Decimal(0)
    for j in range(k):
        below += term
        term = term * lam_d / (j + 1)
    tail, j = Decimal(0), k
    while term > Decimal("1e-40") * (tail or 1) or j < k + 5:
        tail += term
        j += 1
        term = term * lam_d / j
    return float(tail)


def test_poisson_tail_by_hand():
    # P(X >= 5 | 1.2) = 1 - e^-1.2 (1 + 1.2 + 1.2^2/2 + 1.2^3/6 + 1.2^4/24)
    by_hand = 1 - math.exp(-1.2) * (1 + 1.2 + 0.72 + 0.288 + 0.0864)
    assert poisson_sf(5, 1.2) == pytest.approx(by_hand, rel=1e-12)
    assert poisson_sf(5, 1.2) == pytest.approx(0.0077458, abs=1e-7)
    assert poisson_sf(3, 0.5) == pytest.approx(1 - math.exp(-0.5) * 1.625, rel=1e-12)
    assert poisson_sf(1, 2.0) == pytest.approx(1 - math.exp(-2.0), rel=1e-12)
    assert poisson_sf(0, 3.0) == 1.0
    assert poisson_sf(2, 0.0) == 0.0


@pytest.mark.parametrize(("k", "lam"), [(60, 2.0), (30, 1.0), (1000, 1000.0), (1100, 1000.0), (7, 0.986)])
def test_poisson_tail_is_stable_far_out(k, lam):
    # A naive 1 - CDF would give 0 (or noise) for the tiny tails; log-space summation keeps them.
    assert poisson_sf(k, lam) == pytest.approx(exact_tail(k, lam), rel=1e-9)
    assert 0 < poisson_sf(60, 2.0) < 1e-50


def test_peak_window_wraps_midnight_and_centres_ties():
    hours = [0] * 24
    hours[20], hours[0], hours[10] = 6, 1, 1
    assert peak_window(hours) == "19.00–01.00 WIB"
    hours = [0] * 24
    hours[18], hours[23] = 2, 1
    assert peak_window(hours) == "18.00–24.00 WIB"
    hours = [0] * 24
    hours[21] = 4  # centred: 18-24 and 19-01 both hold 21 in their middle hours; the earlier wins
    assert peak_window(hours) == "18.00–24.00 WIB"
    hours[3] = 4  # 21 and 03 are 6 hours apart: no window holds both
    assert peak_window(hours) == "00.00–06.00 WIB"
    assert peak_window([0] * 24) == ""


@pytest.fixture(scope="module")
def world_db(template_db, tmp_path_factory) -> Path:
    """November 2026 against its 12-month baseline, with one nagari of each behaviour (built once)."""
    path = tmp_path_factory.mktemp("hotspots") / "world.sqlite"
    with session_factory_on_copy(template_db, path) as session_factory:
        _build_world(session_factory)
    return path


def _build_world(session_factory) -> None:
    _, admin = set_up_solok(session_factory)
    world = ReportWorld(session_factory, admin, categories=("Uji Curanmor", "Uji Tipu"))

    def make(at, nagari, *, category="Uji Curanmor", kind="LP_B", incident_at=None) -> str:
        return world.make(kind, at, category, KEC_OF[nagari], nagari, incident_at=incident_at)

    # The records begin at 00:00 WIB on 1 November 2025 (elsewhere): a full baseline year.
    make(utc(2025, 10, 31, 17), ANCHOR)
    for month in range(12):
        y, m = (2025, 11 + month) if month < 2 else (2026, month - 1)
        make(utc(y, m, 5), HOT)  # 1 a month: expected 12 * 30/365 = 0.99
        make(utc(y, m, 6), STEADY)  # 2 a month: expected 1.97
        make(utc(y, m, 7), STEADY, category="Uji Tipu")
    # 23:59 WIB on 31 October 2025: the first report, a minute before November 2026's baseline begins.
    make(utc(2025, 10, 31, 16) + timedelta(minutes=59), HOT)
    # HOT in November: six Curanmor at 20:00 WIB (incident time), received the next morning ...
    for day in range(3, 9):
        make(utc(2026, 11, day, 2), HOT, incident_at=utc(2026, 11, day - 1, 13))
    make(utc(2026, 11, 10, 3), HOT, category="Uji Tipu")  # ... one Tipu at 10:00 WIB ...
    make(utc(2026, 10, 31, 17), HOT)  # ... and one at 00:00 WIB on 1 November (UTC still October).
    make(utc(2026, 11, 30, 17), HOT)  # 00:00 WIB on 1 December: not November.
    make(utc(2026, 10, 31, 16) + timedelta(minutes=59), HOT)  # 23:59 WIB on 31 October: baseline.
    for day in (3, 12, 24):  # STEADY keeps its pace: 3 against 1.97 expected.
        make(utc(2026, 11, day), STEADY)
    for day in (4, 14, 20):  # NEW has no history: 3 against the floor of 0.5.
        make(utc(2026, 11, day), NEW)
    for day in (4, 14):  # PAIR: 2 new reports are not enough.
        make(utc(2026, 11, day), PAIR)
    # VOIDED: 2 live LP_B, then a void one, a deleted one and three Dumas that never count.
    make(utc(2026, 11, 4), VOIDED)
    make(utc(2026, 11, 5), VOIDED)
    void_id = make(utc(2026, 11, 6), VOIDED)
    world.void(void_id, utc(2026, 11, 6, 5))
    deleted_id = make(utc(2026, 11, 7), VOIDED)
    with session_factory.begin() as s:
        s.execute(update(Report).where(Report.id == deleted_id).values(deleted_at=utc(2026, 11, 7, 6)))
    for day in (8, 9, 10):
        make(utc(2026, 11, day), VOIDED, kind="DUMAS", category=None)
    make(utc(2026, 11, 11), VOIDED, kind="SKTLK", category=None)


@pytest.fixture
def world(world_db, tmp_path):
    """A copy of the built world for one test; returns its session factory."""
    with session_factory_on_copy(world_db, tmp_path / "world.sqlite") as session_factory:
        yield session_factory


def november(session_factory, **kw) -> tuple[Hotspot, ...]:
    return hotspots_for_period(session_factory, *month_bounds(2026, 11), **kw)


def test_seeded_nagari_flagged_steady_one_not(world):
    session_factory = world
    found = november(session_factory)
    assert [h.nagari_code for h in found] == [HOT, NEW]  # ranked by p-value
    hot = found[0]
    assert (
        hot.nagari_name == "Bukit Tandang"
        and hot.kecamatan_name == "Bukit Sundi"
        and hot.kecamatan_code == KEC
    )
    # 6 Curanmor + 1 Tipu + the one at 00:00 WIB on 1 November; the 1 December one is out.
    assert hot.count == 8
    # 12 monthly + 23:59 WIB on 31 October 2026 = 13 in the baseline; 31 October 2025 is out.
    assert hot.expected == pytest.approx(13 * RATIO)
    # Conditional two-rate test: 8 of the 21 reports fall in November, P(K >= 8 | 21, r / (1 + r)).
    assert hot.p_value == pytest.approx(binomial_sf(8, 21, RATIO / (1 + RATIO)), rel=1e-12)
    assert hot.p_value < 0.001
    # Six nagari were tested (every one with a report in November or the baseline): BH over six.
    assert hot.tested == 6 and hot.p_adjusted == pytest.approx(min(1.0, hot.p_value * 6))
    assert STEADY not in {h.nagari_code for h in found}
    assert two_rate_p(3, 25, RATIO) > 0.05  # what STEADY scored, before any correction


def test_categories_within_the_nagari(world):
    session_factory = world
    hot = november(session_factory)[0]
    assert [c.category_name for c in hot.categories] == ["Uji Curanmor"]  # Tipu: 1 report, not tested
    cur = hot.categories[0]
    assert cur.count == 7 and cur.expected == pytest.approx(13 * RATIO)
    assert cur.p_value == pytest.approx(two_rate_p(7, 13, RATIO), rel=1e-12)


def test_night_share_and_peak_hours_in_wib(world):
    session_factory = world
    hot = november(session_factory)[0]
    # Six at 20:00 WIB (incident time, not the 09:00 receipt), one at 00:00, one at 10:00.
    assert hot.night_share == pytest.approx(7 / 8)
    assert hot.peak_hours == "19.00–01.00 WIB"


def test_new_place_needs_no_floor_and_three_reports(world):
    session_factory = world
    found = {h.nagari_code: h for h in november(session_factory)}
    assert found[NEW].expected == 0.0 and found[NEW].count == 3
    # 3 in November, none in 12 months: P = (r / (1 + r))^3 (REFERENCE.md: 0.000438 for r = 30/365).
    assert found[NEW].p_value == pytest.approx((RATIO / (1 + RATIO)) ** 3, rel=1e-12)
    assert PAIR not in found  # only 2 reports


def test_void_deleted_and_other_kinds_never_count(world):
    session_factory = world
    # VOIDED would be a hotspot (4 against 0.5) if the void and the deleted report counted, or the Dumas.
    assert VOIDED not in {h.nagari_code for h in november(session_factory)}
    assert VOIDED not in {h.nagari_code for h in november(session_factory, q=0.5)}
    with read_session(session_factory) as s:
        code = load_station(s).code
    assert [h.nagari_code for h in november(session_factory, station_code=code)] == [HOT, NEW]
    assert november(session_factory, station_code="OTHER") == ()


def test_no_history_no_hotspots(world):
    session_factory = world
    # October 2025 lies before the records begin: nothing to compare with.
    assert hotspots_for_period(session_factory, *month_bounds(2025, 10)) == ()


def test_short_history_sets_the_baseline_start(world):
    session_factory = world
    # December 2025 to February 2026 (90 days): the records began at 23:59 WIB on 31 October 2025, so the
    # baseline is that month and a minute, not a mostly empty year.
    start, end = month_bounds(2025, 12)[0], month_bounds(2026, 2)[1]
    with read_session(session_factory) as s:
        found = find_hotspots(s, start, end, q=1.0)
        with pytest.raises(ValueError):
            find_hotspots(s, end, start)
    by_code = {h.nagari_code: h for h in found}
    assert by_code[STEADY].count == 6
    assert by_code[STEADY].expected == pytest.approx(2 * 90 / (30 + 1 / 1440))


def test_patrol_targets(world):
    session_factory = world
    found = november(session_factory)
    targets = patrol_targets(found, limit=1)
    assert len(targets) == 1
    t = targets[0]
    assert (t.nagari_code, t.nagari_name, t.kecamatan_name, t.hours) == (HOT, "Bukit Tandang", "Bukit Sundi",
                                                                         "19.00–01.00 WIB")  # fmt: skip
    assert t.reason == "8 laporan (perkiraan 1,1; p < 0,001): Uji Curanmor"
    new = patrol_targets(found)[1]
    assert new.reason == "3 laporan (perkiraan 0,0; p < 0,001): Uji Curanmor"
    assert patrol_targets(found, limit=0) == ()


def test_pemda_list_counts_working_cctv_only(world):
    session_factory = world
    admin = list_officers(session_factory)[0]
    for name, nagari, working in (("Simpang", HOT, False), ("Pasar", NEW, True), ("Pasar 2", NEW, True)):
        add_device(
            session_factory,
            data=DeviceInput(kind="cctv", name=name, owner="pemda", kecamatan_code=KEC, nagari_code=nagari,
                             working=working),
            officer_id=admin.id,
        )  # fmt: skip
    listing = pemda_hotspot_list(session_factory, *month_bounds(2026, 11))
    assert (
        listing.unit == "POLRES SOLOK"
        and listing.letterhead_lines[0] == "KEPOLISIAN NEGARA REPUBLIK INDONESIA"
    )
    rows = listing.rows
    assert [(r.hotspot.nagari_code, r.active_cctv) for r in rows] == [(HOT, 0), (NEW, 2)]
    assert rows[0].main_categories == (("Uji Curanmor", 7), ("Uji Tipu", 1))
    # HOT: 7 of 8 at night and no working camera; NEW: reports at 10:00 WIB and two cameras.
    assert (rows[0].needs_lighting, rows[0].needs_cctv) == (True, True)
    assert (rows[1].needs_lighting, rows[1].needs_cctv) == (False, False)
