"""Working-day deadlines: weekends and the holiday table skipped, SP2HP / SP3D schedules, pauses, counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from db.deadlines import (
    add_working_days,
    deadline_counts,
    load_holidays,
    recompute_deadline,
    reports_due,
    sp2hp_due,
    working_days_between,
)
from db.errors import PermissionDenied, ValidationFailed
from db.models import CaseLetter, Report
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
from db.services.officers import OfficerInput, create_officer
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.timeutil import WIB

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


def test_sp2hp_schedules_by_difficulty():
    monday = date(2026, 11, 2)
    light = [sp2hp_due(monday, "light", [], s, NO_HOLIDAYS) for s in (0,)]
    assert light == [date(2026, 11, 16)]  # 10 working days
    assert sp2hp_due(monday, "medium", [], 0, NO_HOLIDAYS) == date(2026, 11, 23)  # 15
    assert sp2hp_due(monday, "difficult", [], 0, NO_HOLIDAYS) == date(2026, 11, 23)  # 15
    # One letter per step: light 10 / 20 / 30, then every 10 while the case stays open.
    letters: list[date] = []
    due = []
    for _ in range(4):
        d = sp2hp_due(monday, "light", letters, 0, NO_HOLIDAYS)
        due.append(working_days_between(monday, d, NO_HOLIDAYS))
        letters.append(d)
    assert due == [10, 20, 30, 40]
    medium, letters = [], []
    for _ in range(4):
        d = sp2hp_due(monday, "medium", letters, 0, NO_HOLIDAYS)
        medium.append(working_days_between(monday, d, NO_HOLIDAYS))
        letters.append(d)
    assert medium == [15, 30, 45, 60]
    difficult, letters = [], []
    for _ in range(7):
        d = sp2hp_due(monday, "difficult", letters, 0, NO_HOLIDAYS)
        difficult.append(working_days_between(monday, d, NO_HOLIDAYS))
        letters.append(d)
    assert difficult == [15, 30, 45, 60, 75, 90, 105]


def test_early_letter_covers_its_step_and_late_letter_skips_missed_steps():
    monday = date(2026, 11, 2)
    early = add_working_days(monday, 3, NO_HOLIDAYS)
    assert (
        working_days_between(monday, sp2hp_due(monday, "light", [early], 0, NO_HOLIDAYS), NO_HOLIDAYS) == 20
    )
    late = add_working_days(monday, 25, NO_HOLIDAYS)  # one letter after steps 10 and 20
    assert working_days_between(monday, sp2hp_due(monday, "light", [late], 0, NO_HOLIDAYS), NO_HOLIDAYS) == 30


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
    assert deadline(session_factory, report_id) == (date(2026, 11, 16), "SP2HP")
    now = at_wib(date(2026, 11, 3))
    set_difficulty(session_factory, report_id=report_id, difficulty="medium", officer_id=admin.id, now=now)
    assert deadline(session_factory, report_id) == (date(2026, 11, 23), "SP2HP")
    issue_letter(session_factory, report_id, "SP2HP", date(2026, 11, 20), admin.id)
    assert deadline(session_factory, report_id) == (date(2026, 12, 14), "SP2HP")  # step 30
    # SP3D letters do not count for a police report.
    issue_letter(session_factory, report_id, "SP3D", date(2026, 12, 10), admin.id)
    assert deadline(session_factory, report_id) == (date(2026, 12, 14), "SP2HP")


def test_pause_shifts_the_deadline_by_the_working_days_paused(session_factory, station):
    _, admin = station
    report_id = register(session_factory, admin.id, day=date(2026, 11, 2))
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 16)
    state = pause_clock(
        session_factory,
        report_id=report_id,
        reason="Menunggu bukti dari pelapor",
        officer_id=admin.id,
        now=at_wib(date(2026, 11, 5)),
    )
    assert state.paused and deadline(session_factory, report_id)[0] == date(2026, 11, 16)  # kept
    with pytest.raises(ValidationFailed):
        pause_clock(session_factory, report_id=report_id, reason="x", officer_id=admin.id)
    # Paused Thursday 5 through Tuesday 10 November: Fri, Mon, Tue = 3 working days.
    state = resume_clock(
        session_factory, report_id=report_id, officer_id=admin.id, now=at_wib(date(2026, 11, 10))
    )
    assert not state.paused
    assert state.next_deadline == date(2026, 11, 19)
    with session_factory() as s:
        assert s.get(Report, report_id).paused_working_days == 3
    with pytest.raises(ValidationFailed):
        resume_clock(session_factory, report_id=report_id, officer_id=admin.id)
    with pytest.raises(ValidationFailed) as err:
        pause_clock(session_factory, report_id=report_id, reason=" ", officer_id=admin.id)
    assert err.value.field_errors == {"reason": "Give the reason."}


def test_admin_added_holiday_shifts_and_deactivating_restores(session_factory, station):
    _, admin = station
    officer = create_officer(
        session_factory,
        data=OfficerInput(name="Dedi", nrp="90020456", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=admin.id,
    )
    report_id = register(session_factory, admin.id, day=date(2026, 11, 2))
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
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 17)
    with pytest.raises(ValidationFailed):
        add_holiday(
            session_factory, day=date(2026, 11, 10), name="Lagi", kind="local", by_officer_id=admin.id
        )
    off = deactivate_holiday(session_factory, holiday_id=h.id, by_officer_id=admin.id)
    assert not off.active
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 16)
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
    officer = create_officer(
        session_factory,
        data=OfficerInput(name="Dedi", nrp="90020456", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=admin.id,
    )
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
