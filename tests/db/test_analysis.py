"""Analysis figures for any WIB range: breakdowns, matrix, CT/CC, trend, first action, deadlines met."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from db.queries.analysis import analysis_data
from db.queries.monthly import monthly_figures
from db.services.contacts import ContactInput, add_contact
from db.services.letters import issue_letter
from db.services.outreach import SessionInput, record_session
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from tests.builders import letter_input
from tests.db.report_world import KEC_A, KEC_B, NAG_A1, NAG_A2, NAG_B1, WIB_OFFSET, ReportWorld, utc, wib_day

NOV_FIRST, NOV_LAST = date(2026, 11, 1), date(2026, 11, 30)


@pytest.fixture
def world(session_factory, station) -> ReportWorld:
    _, admin = station
    w = ReportWorld(session_factory, admin)
    # 06:00 WIB on Sunday 1 November (23:00 UTC on 31 October): November.
    first = w.make("LP_B", utc(2026, 10, 31, 23), "Uji Curanmor", KEC_A, NAG_A1)
    # 23:59 WIB on 31 October: October.
    october = w.make("LP_B", utc(2026, 10, 31, 16, 59), "Uji Curanmor", KEC_A, NAG_A1)
    # 00:30 WIB on 1 December: December.
    w.make("LP_B", utc(2026, 11, 30, 17, 30), "Uji Penipuan", KEC_B, NAG_B1)
    # 23:30 WIB on Thursday 12 November and 00:10 WIB on Friday 13 November: the custom range's edge.
    w.make("LP_B", utc(2026, 11, 12, 16, 30), "Uji Penipuan", KEC_B, NAG_B1)
    w.make("DUMAS", utc(2026, 11, 12, 17, 10), None, KEC_A, NAG_A2)
    tue = w.make("LP_B", utc(2026, 11, 10, 3), "Uji Curanmor", KEC_A, NAG_A2)  # Tuesday 10:00 WIB
    w.make("SKTLK", utc(2026, 11, 10, 4))  # no category, no place
    voided = w.make("LP_B", utc(2026, 11, 11, 3), "Uji Penipuan", KEC_B, NAG_B1)
    w.void(voided, utc(2026, 11, 11, 5))
    w.make("LP_B", utc(2026, 6, 3), "Uji Curanmor", KEC_A, NAG_A1)  # June: trend only
    # Clearances: the October report closed in November counts in November; `tue` closed, reopened and
    # closed again in November counts once; `first` is closed in December (not November's CC).
    w.close(october, utc(2026, 11, 5))
    w.close(tue, utc(2026, 11, 15))
    w.move(tue, "in_progress", utc(2026, 11, 16), note="Bukti baru")
    w.move(tue, "closed", utc(2026, 11, 20))
    w.close(first, utc(2026, 12, 2))
    w.survey(utc(2026, 11, 16))
    record_session(
        session_factory,
        data=SessionInput(held_at=utc(2026, 11, 14, 2), kind="penyuluhan", venue="Aula Nagari",
                          kecamatan_code=KEC_A, nagari_code=NAG_A2, attendance_men=40, attendance_women=35),
        officer_id=admin.id,
        now=utc(2026, 11, 20),
    )  # fmt: skip
    return w


def test_november_breakdowns_match_independent_counts(session_factory, world):
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 12, 15))
    rows = world.live_in(NOV_FIRST, NOV_LAST)
    assert d.received == len(rows) == 5
    assert d.ct == sum(r["kind"] == "LP_B" for r in rows) == 3
    assert {r.label: r.count for r in d.by_category} == dict(Counter(r["category"] for r in rows))
    assert {r.code: r.count for r in d.by_kecamatan} == dict(Counter(r["kec"] for r in rows))
    assert {r.code: r.count for r in d.by_nagari} == dict(Counter(r["nagari"] for r in rows))
    assert [r.count for r in d.by_category] == sorted((r.count for r in d.by_category), reverse=True)
    assert next(r for r in d.by_kecamatan if r.code == KEC_A).label == "Bukit Sundi"
    matrix = [[0] * 24 for _ in range(7)]
    for r in rows:
        if r["kind"] == "LP_B":
            wib = r["at"] + WIB_OFFSET
            matrix[wib.weekday()][wib.hour] += 1
    assert [list(row) for row in d.hour_weekday] == matrix
    assert d.hour_weekday[6][6] == 1 and d.hour_weekday[1][10] == 1  # Sunday 06:00, Tuesday 10:00
    assert d.cc == 2  # the October report and `tue` (closed twice, counted once)
    assert d.clearance_rate == pytest.approx(2 / 3)
    assert d.outreach_sessions == 1 and (d.outreach_men, d.outreach_women) == (40, 35)
    assert d.ikm is not None and d.ikm.respondents == 1 and d.ikm.grade == "A"


def test_custom_range_takes_whole_wib_days(session_factory, world):
    d = analysis_data(session_factory, date(2026, 11, 10), date(2026, 11, 12), today=date(2026, 12, 15))
    rows = world.live_in(date(2026, 11, 10), date(2026, 11, 12))
    # 10:00 and 11:00 WIB on the 10th and 23:30 WIB on the 12th are in; 00:10 WIB on the 13th is not.
    assert d.received == len(rows) == 3
    assert d.ct == 2
    assert d.cc == 0 and d.clearance_rate == 0
    assert d.outreach_sessions == 0 and d.ikm is None
    one_day = analysis_data(session_factory, date(2026, 11, 13), date(2026, 11, 13), today=date(2026, 12, 15))
    assert one_day.received == 1 and one_day.ct == 0 and one_day.by_category[0].label == ""


def test_trend_is_twelve_wib_months_ending_with_the_last_month(session_factory, world):
    d = analysis_data(session_factory, date(2026, 10, 20), NOV_LAST, today=date(2026, 12, 15))
    assert [(p.year, p.month) for p in d.trend][0] == (2025, 12)
    assert [(p.year, p.month) for p in d.trend][-1] == (2026, 11)
    by_month = {(p.year, p.month): p for p in d.trend}
    for (y, m), point in by_month.items():
        rows = [
            r
            for r in world.made
            if not r["void"] and (wib_day(r["at"]).year, wib_day(r["at"]).month) == (y, m)
        ]
        assert point.received == len(rows)
        assert point.ct == sum(r["kind"] == "LP_B" for r in rows)
    assert by_month[(2026, 6)].ct == 1 and by_month[(2026, 10)].ct == 1
    assert by_month[(2026, 11)].cc == 2 and by_month[(2026, 10)].cc == 0
    # The range spans 20 October to 30 November: the October report counts, its clearance too.
    assert d.ct == 4 and d.cc == 2


def test_one_month_equals_the_monthly_report(session_factory, world):
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 12, 15))
    f = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 15))
    assert (d.received, d.ct, d.cc) == (f.current.received, f.current.ct, f.current.cc)
    assert d.hour_weekday == f.hour_weekday
    assert [p.ct for p in d.trend] == [p.count for p in f.ct_trend]
    assert {r.code: r.count for r in d.by_kecamatan} == {r.code: r.count for r in f.by_kecamatan}


def test_reversed_range_is_refused(session_factory, station):
    with pytest.raises(ValueError):
        analysis_data(session_factory, NOV_LAST, NOV_FIRST)


def test_empty_period(session_factory, station):
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 12, 15))
    assert d.is_empty and d.received == 0 and d.clearance_rate is None
    assert d.first_action.median_hours is None and d.deadlines.share is None
    assert len(d.trend) == 12 and all(p.received == 0 for p in d.trend)


def test_time_to_first_action(session_factory, station):
    _, admin = station
    w = ReportWorld(session_factory, admin)
    received = utc(2026, 11, 3, 2)
    by_status = w.make("LP_B", received)
    w.move(by_status, "in_progress", received + timedelta(hours=2))
    by_contact = w.make("DUMAS", received)
    at = received + timedelta(hours=1)
    call = ContactInput(channel="call", summary="Menelepon pelapor", contacted_at=at)
    add_contact(session_factory, report_id=by_contact, data=call, officer_id=admin.id, now=at)
    w.move(by_contact, "in_progress", received + timedelta(hours=5))
    late = w.make("LP_B", received)
    w.move(late, "in_progress", received + timedelta(hours=30))
    w.make("LP_B", received)  # nothing done yet
    w.make("SKTLK", received)  # not a case: left out
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 12, 15))
    fa = d.first_action
    assert (fa.acted, fa.waiting) == (3, 1)
    assert fa.median_hours == pytest.approx(2.0, abs=1e-3)
    assert fa.mean_hours == pytest.approx((2 + 1 + 30) / 3, abs=1e-3)


def test_deadlines_met(session_factory, station):
    """SP2HP: received Monday 2 November, the first letter (A1) due within 3 calendar days, Thursday 5 Nov."""
    _, admin = station
    w = ReportWorld(session_factory, admin)
    received = utc(2026, 11, 2, 3)
    on_time, late, on_due_day, just_late, silent = (w.make("LP_B", received) for _ in range(5))

    def letter(rid: str, at: datetime) -> None:
        issue_letter(session_factory, report_id=rid, data=letter_input(), officer_id=admin.id, now=at)

    letter(on_time, utc(2026, 11, 4, 3))
    letter(late, utc(2026, 11, 6, 3))
    letter(on_due_day, utc(2026, 11, 5, 16))  # 23:00 WIB on the 5th
    letter(just_late, utc(2026, 11, 5, 23))  # 06:00 WIB on the 6th
    letter(on_time, utc(2026, 12, 1, 3))  # after the period: not counted
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 11, 11))
    assert (d.deadlines.letters, d.deadlines.on_time) == (4, 2)
    assert d.deadlines.share == pytest.approx(0.5)
    # `silent` has had no letter and its deadline (5 Nov) passed before "today" (11 Nov); the others' next
    # letters (day 10, 12 Nov) are not due yet.
    assert d.deadlines.unanswered == 1
    december = analysis_data(session_factory, date(2026, 12, 1), date(2026, 12, 31), today=date(2027, 1, 5))
    # The December letter answered the second step (20 working days: 30 November): late.
    assert (december.deadlines.letters, december.deadlines.on_time) == (1, 0)
    assert silent


def test_the_hour_grid_counts_the_incident_time_where_known(session_factory, station):
    _, admin = station
    base = ReportInput(
        kind="LP_B", citizen=CitizenInput(name="Andi"), offense="Curanmor", chronology="Hilang."
    )
    received = datetime(2026, 11, 10, 3, 0, tzinfo=UTC)  # Tuesday 10:00 WIB
    # Stolen on Saturday night 23:00 WIB, reported on Tuesday morning: patrols need the Saturday night.
    register_report(
        session_factory,
        officer_id=admin.id,
        data=replace(base, incident_at=datetime(2026, 11, 7, 16, 0, tzinfo=UTC)),
        now=received,
    )
    register_report(session_factory, officer_id=admin.id, data=base, now=received)  # time not known
    d = analysis_data(session_factory, NOV_FIRST, NOV_LAST, today=date(2026, 12, 15))
    assert d.hour_weekday[5][23] == 1  # Saturday 23:00, the incident
    assert d.hour_weekday[1][10] == 1  # Tuesday 10:00, the receipt of the one without an incident time
    assert sum(map(sum, d.hour_weekday)) == 2 and d.hour_weekday_at_incident == 1
    f = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 15))
    assert f.hour_weekday == d.hour_weekday and f.hour_weekday_at_incident == 1
