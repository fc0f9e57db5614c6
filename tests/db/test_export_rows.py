"""The streamed rows of the reports workbook: period bounds in WIB, personal columns only when asked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from db.demo.station import create_demo
from db.models import Citizen, Report
from db.queries.export_rows import (
    SHEET_NAMES,
    export_sheets,
    report_columns,
    report_rows,
    sheet_totals,
    status_rows,
    survey_columns,
    survey_rows,
)
from db.rules.timeutil import WIB, to_wib
from db.storage.engine import read_session

WIDE = {"date_from": date(2000, 1, 1), "date_to": date(2100, 1, 1)}


@pytest.fixture
def demo_sf(session_factory):
    create_demo(session_factory, reports=40, seed=7)
    return session_factory


def test_rows_match_totals_and_columns(demo_sf):
    with read_session(demo_sf) as s:
        totals = sheet_totals(s, **WIDE)
        assert totals["Laporan"] == 40
        for personal in (False, True):
            sheets = export_sheets(s, **WIDE, include_personal=personal)
            assert tuple(sh.name for sh in sheets) == SHEET_NAMES
            for sh in sheets:
                rows = list(sh.rows)
                assert len(rows) == sh.total
                assert all(len(r) == len(sh.columns) for r in rows), sh.name


def test_anonymised_rows_hold_no_personal_data(demo_sf):
    with read_session(demo_sf) as s:
        citizens = {(c.name, c.nik) for c in s.scalars(select(Citizen))}
        chronologies = {c for c in s.scalars(select(Report.chronology)) if c}
        anon = list(report_rows(s, **WIDE, include_personal=False))
        full = list(report_rows(s, **WIDE, include_personal=True))
        surveys = list(survey_rows(s, **WIDE, include_personal=False))
    assert len(anon[0]) == len(report_columns(False)) < len(report_columns(True)) == len(full[0])
    flat = {v for row in anon for v in row}
    assert not any(name in flat or nik in flat for name, nik in citizens)
    assert not flat & chronologies
    assert {(r[18], r[19] or None) for r in full} <= citizens
    assert all(len(r) == len(survey_columns(False)) for r in surveys)


def test_times_are_naive_wib_and_period_is_wib_days(demo_sf):
    with read_session(demo_sf) as s:
        first = s.scalar(select(Report).order_by(Report.received_at).limit(1))
        day = to_wib(first.received_at).date()
        rows = list(report_rows(s, date_from=day, date_to=day, include_personal=False))
        expected = s.scalars(select(Report.received_at)).all()
        on_day = [t for t in expected if to_wib(t).date() == day]
        assert len(rows) == len(on_day) >= 1
        got = rows[0][3]
        assert isinstance(got, datetime) and got.tzinfo is None
        assert got == to_wib(first.received_at).replace(tzinfo=None)
        assert list(report_rows(s, date_from=day + timedelta(days=400), date_to=day + timedelta(days=401),
                                include_personal=False)) == []  # fmt: skip
        for row in status_rows(s, **WIDE, include_personal=False):
            assert row[2].tzinfo is None and row[2] <= datetime.now(WIB).replace(tzinfo=None)


def test_codes_are_shown_as_words_with_the_code_at_the_end(demo_sf):
    columns = [c.title for c in report_columns(False)]
    with read_session(demo_sf) as s:
        rows = list(report_rows(s, **WIDE, include_personal=False))
        statuses = list(status_rows(s, **WIDE, include_personal=False))
        summary = [r[0] for r in export_sheets(s, **WIDE, include_personal=False)[0].rows]
    codes = {
        "walk_in",
        "phone",
        "online",
        "LP_B",
        "DUMAS",
        "SKTLK",
        "INFO",
        "received",
        "in_progress",
        "closed",
    }
    kind, channel, status = (columns.index(t) for t in ("Jenis", "Saluran", "Status"))
    assert not {r[kind] for r in rows} & codes and not {r[channel] for r in rows} & codes
    assert not {r[status] for r in rows} & codes
    assert "Laporan Polisi (LP/B)" in {r[kind] for r in rows} and "Datang langsung" in {
        r[channel] for r in rows
    }
    assert columns[-3:] == ["Kode Jenis", "Kode Saluran", "Kode Status"]
    assert {r[-3] for r in rows} <= {"LP_B", "DUMAS", "SKTLK", "INFO"}
    assert not {v for r in statuses for v in r[3:5]} & codes and {r[-1] for r in statuses} & codes
    assert not any(code in line for line in summary for code in ("LP_B", "walk_in", "in_progress"))
