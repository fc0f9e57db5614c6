"""Monthly figures: counts by WIB month, CT/CC, comparisons, breakdowns, matrix, trend, follow-up."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import pytest

from db.queries.deadlines import deadline_counts
from db.queries.monthly import monthly_figures, monthly_report_data, shift_month
from db.views import CountRow
from tests.db.report_world import KEC_A, KEC_B, NAG_A1, NAG_A2, NAG_B1, WIB_OFFSET, ReportWorld, utc


@pytest.fixture
def world(session_factory, station):
    """Reports around November 2026 with known months, categories, places and status changes."""
    _, admin = station
    w = ReportWorld(session_factory, admin)
    # 06:00 WIB on 1 November = 23:00 UTC on 31 October: November (a Sunday).
    first = w.make("LP_B", utc(2026, 10, 31, 23), "Uji Curanmor", KEC_A, NAG_A1)
    # 23:59 WIB on 31 October: October.
    w.make("LP_B", utc(2026, 10, 31, 16, 59), "Uji Curanmor", KEC_A, NAG_A1)
    # 00:30 WIB on 1 December: December.
    w.make("LP_B", utc(2026, 11, 30, 17, 30), "Uji Penipuan", KEC_B, NAG_B1)
    tue = w.make("LP_B", utc(2026, 11, 10, 3), "Uji Curanmor", KEC_A, NAG_A2)  # Tuesday 10:00 WIB
    w.make("LP_B", utc(2026, 11, 10, 4), "Uji Penipuan", KEC_B, NAG_B1)  # Tuesday 11:00 WIB
    voided = w.make("LP_B", utc(2026, 11, 11, 3), "Uji Penipuan", KEC_B, NAG_B1)
    w.void(voided, utc(2026, 11, 11, 5))
    dumas = w.make("DUMAS", utc(2026, 11, 12, 2), None, KEC_A, NAG_A1)
    w.make("SKTLK", utc(2026, 11, 13, 2))
    w.make("SKTLK", utc(2026, 11, 13, 5))
    w.make("INFO", utc(2026, 11, 14, 2))
    # October reports: one closed in November (CC of November, not CT).
    oct1 = w.make("LP_B", utc(2026, 10, 15), "Uji Curanmor", KEC_A, NAG_A1)
    w.make("LP_B", utc(2026, 10, 16), "Uji Penipuan", KEC_B, NAG_B1)
    w.close(oct1, utc(2026, 11, 5))
    # Closed, reopened and closed again within November: counts once.
    w.close(tue, utc(2026, 11, 20))
    w.move(tue, "in_progress", utc(2026, 11, 21), note="Bukti baru")
    w.move(tue, "closed", utc(2026, 11, 22))
    # Closed on 3 December: still open at the end of November.
    w.close(first, utc(2026, 12, 3))
    # The Dumas closed in November (follow-up "closed in month", not CC).
    w.close(dumas, utc(2026, 11, 25), dumas_outcome="selesai_benar")
    # A year earlier: one LP_B received and closed in November 2025.
    ly = w.make("LP_B", utc(2025, 11, 20), "Uji Curanmor", KEC_A, NAG_A1)
    w.close(ly, utc(2025, 11, 25))
    # One survey answer in November.
    w.survey(utc(2026, 11, 16))
    return w.made


def month_of(at: datetime) -> tuple[int, int]:
    wib = at + WIB_OFFSET
    return wib.year, wib.month


def live(made):
    return [r for r in made if not r["void"]]


def expected_headline(made, ym):
    received = sum(1 for r in live(made) if month_of(r["at"]) == ym)
    ct = sum(1 for r in live(made) if r["kind"] == "LP_B" and month_of(r["at"]) == ym)
    cc = sum(1 for r in live(made) if r["kind"] == "LP_B" and any(month_of(c) == ym for c in r["closes"]))
    return received, ct, cc


def test_headline_against_independent_counts(session_factory, world):
    f = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 10))
    for got, ym in ((f.current, (2026, 11)), (f.previous, (2026, 10)), (f.year_ago, (2025, 11))):
        assert (got.year, got.month) == ym
        assert (got.received, got.ct, got.cc) == expected_headline(world, ym), ym
    # By hand: November CT = 1 Nov 06:00 WIB + two on the 10th (the void one left out) = 3; CC = oct1 + tue.
    assert (f.current.ct, f.current.cc) == (3, 2)
    assert f.current.clearance_rate == Decimal("66.7")
    assert (f.previous.ct, f.previous.cc) == (3, 0) and f.previous.clearance_rate == 0
    assert (f.year_ago.ct, f.year_ago.cc) == (1, 1) and f.year_ago.clearance_rate == 100
    by_kind = {row.code: row.count for row in f.received_by_kind}
    assert by_kind == {"LP_B": 3, "DUMAS": 1, "SKTLK": 2, "INFO": 1}


def test_month_boundary_is_wib(session_factory, world):
    f = monthly_figures(session_factory, year=2026, month=11)
    # The Sunday 06:00 WIB report is November's, counted in the matrix at Minggu 06.
    assert f.hour_weekday[6][6] == 1
    dec = monthly_figures(session_factory, year=2026, month=12)
    assert dec.current.ct == 1 and dec.previous.ct == f.current.ct


def test_breakdowns_and_matrix(session_factory, world):
    f = monthly_figures(session_factory, year=2026, month=11)
    nov = [r for r in live(world) if month_of(r["at"]) == (2026, 11)]
    assert {(r.label, r.count) for r in f.by_category} == set(
        Counter(r["category"] or "" for r in nov).items()
    )
    assert CountRow("Uji Curanmor", "Uji Curanmor", 2) in f.by_category
    assert {(r.code, r.count) for r in f.by_kecamatan} == set(Counter(r["kec"] for r in nov).items())
    assert {(r.code, r.count) for r in f.by_nagari} == set(Counter(r["nagari"] for r in nov).items())
    assert next(r for r in f.by_kecamatan if r.code == KEC_A).label == "Bukit Sundi"
    assert len(f.hour_weekday) == 7 and all(len(row) == 24 for row in f.hour_weekday)
    expected = Counter(
        ((r["at"] + WIB_OFFSET).weekday(), (r["at"] + WIB_OFFSET).hour) for r in nov if r["kind"] == "LP_B"
    )
    for d in range(7):
        for h in range(24):
            assert f.hour_weekday[d][h] == expected.get((d, h), 0), (d, h)
    assert f.hour_weekday[1][10] == 1 and f.hour_weekday[1][11] == 1


def test_trend_follow_up_and_other_sections(session_factory, world):
    f = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 10))
    assert [(t.year, t.month) for t in f.ct_trend] == [shift_month(2026, 11, d) for d in range(-11, 1)]
    assert f.ct_trend[0] == type(f.ct_trend[0])(2025, 12, 0)
    assert f.ct_trend[-2].count == 3 and f.ct_trend[-1].count == 3
    # Open at the end of November: LP_B/Dumas received by then whose status then was not terminal.
    end = utc(2026, 11, 30, 17)
    open_expected = sum(
        1
        for r in live(world)
        if r["kind"] in ("LP_B", "DUMAS") and r["at"] < end and not any(c < end for c in r["closes"])
    )
    assert f.open_cases == open_expected == 4  # first (closed in Dec), Nov 10 11:00, oct 16, 31 Oct 23:59
    assert f.closed_in_month == 3  # oct1, tue (once), dumas
    assert f.overdue == deadline_counts(session_factory, today=date(2026, 12, 1)).overdue
    assert f.overdue >= 1  # the October reports left open are past their first SP2HP
    assert f.ikm is not None and f.ikm.respondents == 1 and f.ikm.grade == "A"
    assert f.outreach.sessions == 0 and f.training_hours == 0
    assert monthly_figures(session_factory, year=2026, month=9).ikm is None


def test_unit_filter_and_no_personal_fields(session_factory, world, station):
    view, _ = station
    other = monthly_figures(session_factory, year=2026, month=11, unit_filter="NOT-A-UNIT")
    assert other.current.received == 0 and other.open_cases == 0 and other.by_category == ()
    own = monthly_figures(session_factory, year=2026, month=11, unit_filter=view.code)
    assert own.current == monthly_figures(session_factory, year=2026, month=11).current
    # Aggregates only: no field of any dataclass in the figures carries a name, NIK, phone or text.
    text = repr(own)
    for word in ("Siti", "Rahmah", "Kronologi", "Curanmor R2", "Pengaduan"):
        assert word not in text
    names = {fld.name for fld in dataclasses.fields(own)}
    assert not names & {"citizen_name", "citizen_nik", "citizen_phone", "citizen_address", "chronology"}


def test_report_data_carries_station_identity(session_factory, world):
    data = monthly_report_data(session_factory, year=2026, month=11)
    assert data.unit == "POLRES SOLOK"
    assert data.letterhead_lines[0] == "KEPOLISIAN NEGARA REPUBLIK INDONESIA"
    assert data.figures.current.ct == 3


def _id_at(made, at: datetime) -> str:
    return next(r["id"] for r in made if r["at"] == at)


def test_time_to_first_action_and_letters_on_time(session_factory, world, station):
    from db.services.contacts import ContactInput, add_contact
    from db.services.letters import issue_letter
    from tests.builders import letter_input

    _, admin = station
    tue, nov10_b, oct16 = (_id_at(world, at) for at in (utc(2026, 11, 10, 3), utc(2026, 11, 10, 4),
                                                          utc(2026, 10, 16)))  # fmt: skip
    # A call a day after receipt comes before tue's first status change (20 November): the call counts.
    call = ContactInput(
        channel="call", summary="Ditelepon", next_step="Tunggu", contacted_at=utc(2026, 11, 11, 3)
    )
    add_contact(session_factory, report_id=tue, data=call, officer_id=admin.id, now=utc(2026, 11, 11, 3))
    # Received Tuesday 10 November: the first SP2HP is due within 3 calendar days (13 Nov); sent the 12th.
    issue_letter(session_factory, report_id=nov10_b, data=letter_input(), officer_id=admin.id,
                 now=utc(2026, 11, 12, 4))  # fmt: skip
    # Received 16 October: due 19 October; sent 3 November, late (and October's report, November's letter).
    issue_letter(session_factory, report_id=oct16, data=letter_input(), officer_id=admin.id,
                 now=utc(2026, 11, 3, 4))  # fmt: skip
    r = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 10)).response
    # November's LP_B/Dumas, from receipt (UTC): first (31 Oct 23:00 -> moved 3 Dec 02:00 = 771 h), tue (call,
    # 24 h), nov10_b (its letter is a contact, 48 h), the Dumas (12 Nov 02:00 -> moved 25 Nov 02:00 = 312 h);
    # the void report is left out.
    assert (r.cases, r.acted) == (4, 4)
    assert r.median_hours == pytest.approx((48 + 312) / 2, abs=0.01)
    assert r.mean_hours == pytest.approx((771 + 24 + 48 + 312) / 4, abs=0.01)
    assert (r.letters, r.letters_on_time) == (2, 1) and r.on_time_rate == Decimal("50.0")
    oct_r = monthly_figures(session_factory, year=2026, month=10, today=date(2026, 12, 10)).response
    # October: 31 Oct 23:59 WIB (never acted on), oct1 (moved 5 Nov 02:00), oct16 (its letter, 3 Nov).
    assert (oct_r.cases, oct_r.acted, oct_r.letters) == (3, 2, 0) and oct_r.on_time_rate is None
    empty = monthly_figures(session_factory, year=2026, month=9).response
    assert (empty.cases, empty.median_hours, empty.mean_hours) == (0, None, None)


def test_report_data_has_hotspots_and_patrol_targets(session_factory, world, station):
    from tests.builders import add_report

    _, admin = station
    # Four more police reports at NAG_A2 in November (tue is the fifth); no baseline there in the year before.
    place = {"incident_kecamatan_code": KEC_A, "incident_nagari_code": NAG_A2}
    for day in (3, 4, 5, 6):
        add_report(session_factory, admin.id, now=utc(2026, 11, day, 14), offense="Curanmor R2", **place)
    data = monthly_report_data(session_factory, year=2026, month=11)
    assert [h.nagari_code for h in data.hotspots] == [NAG_A2]
    spot = data.hotspots[0]
    assert spot.count == 5 and spot.kecamatan_name == "Bukit Sundi" and spot.p_value < 0.05
    assert [t.nagari_code for t in data.patrol_targets] == [NAG_A2]
    assert "5 laporan" in data.patrol_targets[0].reason
    assert monthly_report_data(session_factory, year=2026, month=11, unit_filter="NOT-A-UNIT").hotspots == ()
    assert monthly_report_data(session_factory, year=2026, month=10).hotspots == ()
