"""Deadlines: SP2HP in calendar days (cadence table), SP3D in working days (holidays skipped), pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from db.errors import PermissionDenied, ValidationFailed
from db.models import CaseLetter, Report
from db.queries.deadlines import deadline_counts, load_holidays, recompute_deadline, reports_due
from db.rules.deadlines import (
    DEFAULT_SP2HP_CADENCE,
    add_working_days,
    parse_days,
    sp2hp_due,
    working_days_between,
)
from db.rules.timeutil import WIB
from db.services.case_flow import (
    assign_officer,
    change_status,
    my_queue,
    pause_clock,
    resume_clock,
    set_difficulty,
    void_report,
)
from db.services.holidays import add_holiday, deactivate_holiday, list_holidays
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from tests.builders import add_officer

NO_HOLIDAYS: frozenset[date] = frozenset()


def at_wib(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=WIB).astimezone(UTC)


def register(session_factory, officer_id: str, *, kind: str = "LP_B", day: date) -> str:
    """A report received on `day` (WIB) with its deadline computed as register_report will do it."""
    data = ReportInput(
        kind=kind,
        citizen=CitizenInput(name="Siti Rahmah"),
        offense="Curanmor R2" if kind != "INFO" else "",
        chronology="Motor hilang di depan rumah",
    )
    view = register_report(session_factory, data=data, officer_id=officer_id, now=at_wib(day))
    with session_factory.begin() as s:
        recompute_deadline(s, s.get(Report, view.id), today=day)
    return view.id


def deadline(session_factory, report_id: str) -> tuple[date | None, str]:
    with session_factory() as s:
        r = s.get(Report, report_id)
        return r.next_deadline, r.next_deadline_kind


def issue_letter(session_factory, report_id: str, kind: str, day: date, officer_id: str) -> None:
    """What the letters service does: a letter row, then recompute_deadline in the same transaction."""
    with session_factory.begin() as s:
        report = s.get(Report, report_id)
        n = len(s.scalars(select(CaseLetter.id)).all()) + 1
        s.add(
            CaseLetter(
                report_id=report_id,
                kind=kind,
                number=f"{kind}/{n}/2026",
                number_year=2026,
                number_seq=n,
                issued_at=at_wib(day),
                officer_id=officer_id,
                station_code=report.station_code,
            )
        )
        recompute_deadline(s, report, today=day)


# ----- pure arithmetic ---------------------------------------------------------------------------------


def test_working_days_skip_weekends():
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 0, NO_HOLIDAYS) == friday
    assert add_working_days(friday, 1, NO_HOLIDAYS) == date(2026, 11, 30)  # Monday
    assert add_working_days(friday, 5, NO_HOLIDAYS) == date(2026, 12, 4)
    assert add_working_days(date(2026, 11, 28), 1, NO_HOLIDAYS) == date(2026, 11, 30)  # from a Saturday
    assert working_days_between(friday, date(2026, 12, 4), NO_HOLIDAYS) == 5
    assert working_days_between(friday, date(2026, 11, 29), NO_HOLIDAYS) == 0  # only the weekend
    assert working_days_between(date(2026, 12, 4), friday, NO_HOLIDAYS) == -5
    assert working_days_between(friday, date(2026, 12, 4), {date(2026, 12, 1)}) == 4
    with pytest.raises(ValueError):
        add_working_days(friday, -1, NO_HOLIDAYS)


def calendar_steps(difficulty: str, n: int, cadence=None) -> list[int]:
    """The calendar day of each of the first n letters when every letter goes out on its due day."""
    monday = date(2026, 11, 2)
    letters: list[date] = []
    for _ in range(n):
        letters.append(sp2hp_due(monday, difficulty, letters, 0, NO_HOLIDAYS, cadence))
    return [(d - monday).days for d in letters]


def test_sp2hp_cadence_in_calendar_days_with_the_first_letter_within_3_days():
    """REFERENCE.md section 5: A1 within 3 days, then light 10/20/30, medium 15/30/45/60, difficult every 15
    days to day 90, very difficult every 20 days to day 120; afterwards the last interval repeats."""
    assert calendar_steps("light", 5) == [3, 10, 20, 30, 40]
    assert calendar_steps("medium", 6) == [3, 15, 30, 45, 60, 75]
    assert calendar_steps("difficult", 8) == [3, 15, 30, 45, 60, 75, 90, 105]
    assert calendar_steps("very_hard", 8) == [3, 20, 40, 60, 80, 100, 120, 140]
    assert DEFAULT_SP2HP_CADENCE["very_hard"] == (20, 40, 60, 80, 100, 120)
    # An unknown tier falls back to light; a changed table is followed.
    assert calendar_steps("unknown", 2) == [3, 10]
    assert calendar_steps("light", 3, {"first": (2,), "light": (7, 14)}) == [2, 7, 14]


def test_lebaran_does_not_push_a_light_case_to_day_22():
    """A light case reported on Monday 16 March 2026 (Nyepi, Idul Fitri and cuti bersama follow): its letter
    after the first falls on calendar day 10, 26 March, not on the 10th working day (7 April)."""
    received = date(2026, 3, 16)
    lebaran = {date(2026, 3, d) for d in (18, 19, 20, 23, 24)} | {date(2026, 4, 3)}
    assert sp2hp_due(received, "light", [], 0, lebaran) == date(2026, 3, 19)
    assert sp2hp_due(received, "light", [date(2026, 3, 17)], 0, lebaran) == date(2026, 3, 26)
    assert add_working_days(received, 10, lebaran) == date(2026, 4, 7)


def test_early_letter_covers_its_step_and_late_letter_skips_missed_steps():
    monday = date(2026, 11, 2)
    # A letter on day 1 covers the first step (day 3): the next is day 10.
    assert sp2hp_due(monday, "light", [monday + timedelta(days=1)], 0, NO_HOLIDAYS) == monday + timedelta(10)
    # One letter on day 25 (after steps 3, 10 and 20 were due) covers them all: the next is day 30.
    late = monday + timedelta(days=25)
    assert sp2hp_due(monday, "light", [late], 0, NO_HOLIDAYS) == monday + timedelta(days=30)


def test_a_pause_moves_the_calendar_due_day_by_the_working_days_paused():
    monday = date(2026, 11, 2)
    # Day 10 is Thursday 12 November; 3 working days paused -> Tuesday 17 November.
    assert sp2hp_due(monday, "light", [date(2026, 11, 3)], 3, NO_HOLIDAYS) == date(2026, 11, 17)


@pytest.mark.parametrize("text", ["", "10,x", "20,10", "10,10", "0,5", "400", "-3"])
def test_cadence_days_must_be_whole_rising_days(text):
    with pytest.raises(ValueError):
        parse_days(text)
    assert parse_days(" 10, 20;30 ") == (10, 20, 30)


# ----- against the database ----------------------------------------------------------------------------


def test_dumas_before_idul_fitri_2026_skips_the_holidays(session_factory, station):
    _, admin = station
    holidays = list_holidays(session_factory, year=2026)
    days = {h.day for h in holidays}
    assert {date(2026, 3, d) for d in (18, 19, 20, 23, 24)} <= days  # Nyepi, Idul Fitri, cuti bersama
    report_id = register(session_factory, admin.id, kind="DUMAS", day=date(2026, 3, 16))
    # 20 working days from Monday 16 March: 18-20 and 23-24 March and Good Friday (3 April) are off.
    assert deadline(session_factory, report_id) == (date(2026, 4, 21), "SP3D")
    assert add_working_days(date(2026, 3, 16), 20, NO_HOLIDAYS) == date(2026, 4, 13)


def test_sp3d_letter_then_clarification_within_40_working_days(session_factory, station):
    _, admin = station
    report_id = register(session_factory, admin.id, kind="DUMAS", day=date(2026, 11, 2))
    issue_letter(session_factory, report_id, "SP3D", date(2026, 11, 20), admin.id)
    with session_factory() as s:
        holidays = load_holidays(s)
    expected = add_working_days(date(2026, 11, 20), 40, holidays)
    assert deadline(session_factory, report_id) == (expected, "KLARIF")
    # Christmas (24-25 Dec), New Year and Isra Mikraj (5 Jan 2027) are skipped.
    assert date(2027, 1, 5) in holidays and expected == date(2027, 1, 21)


def test_lp_deadline_follows_difficulty_and_letters(session_factory, station):
    _, admin = station
    report_id = register(session_factory, admin.id, day=date(2026, 11, 2))
    assert deadline(session_factory, report_id) == (date(2026, 11, 5), "SP2HP")  # first letter: day 3
    now = at_wib(date(2026, 11, 3))
    set_difficulty(session_factory, report_id=report_id, difficulty="medium", officer_id=admin.id, now=now)
    assert deadline(session_factory, report_id) == (date(2026, 11, 5), "SP2HP")
    issue_letter(session_factory, report_id, "SP2HP", date(2026, 11, 4), admin.id)
    assert deadline(session_factory, report_id) == (date(2026, 11, 17), "SP2HP")  # day 15
    issue_letter(session_factory, report_id, "SP2HP", date(2026, 11, 20), admin.id)
    assert deadline(session_factory, report_id) == (date(2026, 12, 2), "SP2HP")  # day 30
    # SP3D letters do not count for a police report.
    issue_letter(session_factory, report_id, "SP3D", date(2026, 11, 25), admin.id)
    assert deadline(session_factory, report_id) == (date(2026, 12, 2), "SP2HP")
    set_difficulty(session_factory, report_id=report_id, difficulty="very_hard", officer_id=admin.id, now=now)
    assert deadline(session_factory, report_id) == (date(2026, 12, 12), "SP2HP")  # very difficult: day 40


def test_pause_shifts_the_deadline_by_the_working_days_paused(session_factory, station):
    _, admin = station
    report_id = register(session_factory, admin.id, day=date(2026, 11, 2))
    issue_letter(session_factory, report_id, "SP2HP", date(2026, 11, 3), admin.id)
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 12)  # day 10
    state = pause_clock(
        session_factory,
        report_id=report_id,
        reason="Menunggu bukti dari pelapor",
        officer_id=admin.id,
        now=at_wib(date(2026, 11, 5)),
    )
    assert state.paused and deadline(session_factory, report_id)[0] == date(2026, 11, 12)  # kept
    with pytest.raises(ValidationFailed):
        pause_clock(session_factory, report_id=report_id, reason="x", officer_id=admin.id)
    # Paused Thursday 5 through Tuesday 10 November: Fri, Mon, Tue = 3 working days.
    state = resume_clock(
        session_factory, report_id=report_id, officer_id=admin.id, now=at_wib(date(2026, 11, 10))
    )
    assert not state.paused
    assert state.next_deadline == date(2026, 11, 17)
    with session_factory() as s:
        assert s.get(Report, report_id).paused_working_days == 3
    with pytest.raises(ValidationFailed):
        resume_clock(session_factory, report_id=report_id, officer_id=admin.id)
    with pytest.raises(ValidationFailed) as err:
        pause_clock(session_factory, report_id=report_id, reason=" ", officer_id=admin.id)
    assert err.value.field_errors == {"reason": "Give the reason."}


def test_admin_added_holiday_shifts_and_deactivating_restores(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi", nrp="90020456")
    # A Dumas counts working days (SP3D in 20); a police report's SP2HP counts calendar days.
    report_id = register(session_factory, admin.id, kind="DUMAS", day=date(2026, 11, 2))
    lp = register(session_factory, admin.id, day=date(2026, 11, 2))
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 30)
    with pytest.raises(PermissionDenied):
        add_holiday(
            session_factory,
            day=date(2026, 11, 10),
            name="Cuti",
            kind="cuti_bersama",
            by_officer_id=officer.id,
        )
    with pytest.raises(ValidationFailed) as err:
        add_holiday(session_factory, day=date(2026, 11, 10), name=" ", kind="x", by_officer_id=admin.id)
    assert set(err.value.field_errors) == {"name", "kind"}
    h = add_holiday(
        session_factory,
        day=date(2026, 11, 10),
        name="Cuti bersama",
        kind="cuti_bersama",
        by_officer_id=admin.id,
    )
    assert (h.source, h.active) == ("admin", True)
    assert deadline(session_factory, report_id)[0] == date(2026, 12, 1)
    assert deadline(session_factory, lp)[0] == date(2026, 11, 5)
    with pytest.raises(ValidationFailed):
        add_holiday(
            session_factory, day=date(2026, 11, 10), name="Lagi", kind="local", by_officer_id=admin.id
        )
    off = deactivate_holiday(session_factory, holiday_id=h.id, by_officer_id=admin.id)
    assert not off.active
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 30)
    assert h.id not in {x.id for x in list_holidays(session_factory, year=2026)}
    assert h.id in {x.id for x in list_holidays(session_factory, year=2026, include_inactive=True)}
    again = add_holiday(
        session_factory, day=date(2026, 11, 10), name="Hari lokal", kind="local", by_officer_id=admin.id
    )
    assert (again.id, again.active, again.name) == (h.id, True, "Hari lokal")


def test_no_deadline_for_info_closed_or_void(session_factory, station):
    _, admin = station
    info = register(session_factory, admin.id, kind="INFO", day=date(2026, 11, 2))
    assert deadline(session_factory, info) == (None, "")
    lp = register(session_factory, admin.id, day=date(2026, 11, 2))
    now = at_wib(date(2026, 11, 3))
    change_status(session_factory, report_id=lp, to_status="in_progress", officer_id=admin.id, now=now)
    change_status(session_factory, report_id=lp, to_status="closed", officer_id=admin.id, now=now)
    assert deadline(session_factory, lp) == (None, "")
    change_status(
        session_factory, report_id=lp, to_status="in_progress", officer_id=admin.id, note="Bukti baru"
    )
    assert deadline(session_factory, lp)[1] == "SP2HP"
    void_report(session_factory, report_id=lp, reason="Double entry", officer_id=admin.id)
    assert deadline(session_factory, lp) == (None, "")


def test_counts_overdue_and_due_this_week(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi", nrp="90020456")
    today = date(2026, 11, 25)  # a Wednesday; the week ends Sunday 29 November
    deadlines = {
        "overdue": date(2026, 11, 24),
        "today": today,
        "sunday": date(2026, 11, 29),
        "next_week": date(2026, 11, 30),
        "paused": date(2026, 11, 20),
        "closed": date(2026, 11, 20),
    }
    ids = {name: register(session_factory, admin.id, day=date(2026, 11, 2)) for name in deadlines}
    with session_factory.begin() as s:
        for name, day in deadlines.items():
            r = s.get(Report, ids[name])
            r.next_deadline = day
            if name == "paused":
                r.clock_paused_at = at_wib(date(2026, 11, 19))
            if name == "closed":
                r.status = "closed"
    counts = deadline_counts(session_factory, today=today)
    assert (counts.overdue, counts.due_this_week) == (1, 2)
    assert [i.report_id for i in reports_due(session_factory, which="overdue", today=today)] == [
        ids["overdue"]
    ]
    due = reports_due(session_factory, which="due_this_week", today=today)
    assert [i.report_id for i in due] == [ids["today"], ids["sunday"]]
    assert deadline_counts(session_factory, today=today, officer_id=officer.id) == type(counts)(0, 0)
    for name in ("overdue", "next_week", "paused"):
        assign_officer(session_factory, report_id=ids[name], assignee_id=officer.id, officer_id=admin.id)
    mine = deadline_counts(session_factory, today=today, officer_id=officer.id)
    assert (mine.overdue, mine.due_this_week) == (1, 0)
    queue = my_queue(session_factory, officer_id=officer.id, today=today)
    assert [i.report_id for i in queue] == [ids["paused"], ids["overdue"], ids["next_week"]]
    assert [(i.paused, i.overdue) for i in queue] == [(True, False), (False, True), (False, False)]
