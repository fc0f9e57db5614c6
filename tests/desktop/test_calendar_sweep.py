"""Any day: the demo, a walk-in, its receipt, last month's report, the IKM, the Excel export and the home
screen at frozen instants that break naive dates (year end in WIB vs UTC, leap day, month ends, Lebaran)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine
from openpyxl import load_workbook
from pypdf import PdfReader

from db.models import Officer
from db.rules.timeutil import WIB, now_utc, today_wib
from db.storage.engine import make_engine, make_session_factory
from desktop.app import make_main_window
from desktop.cli import main
from desktop.paths import DataPaths
from tests.builders import add_report
from tests.pdf_text import pdf_text
from ui.context import UiContext
from ui.task_runner import TaskRunner

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Each instant is WIB wall-clock time; the comment says what it breaks.
INSTANTS = {
    "new-year-00:30-wib": datetime(2027, 1, 1, 0, 30, tzinfo=WIB),  # still 31 December 2026 in UTC
    "new-year-eve-23:30-wib": datetime(2026, 12, 31, 23, 30, tzinfo=WIB),  # already 16:30 UTC, same day
    "leap-day-2028": datetime(2028, 2, 29, 12, 0, tzinfo=WIB),
    "first-of-month": datetime(2027, 3, 1, 7, 15, tzinfo=WIB),  # the previous month is February
    "seventh-of-month": datetime(2026, 12, 7, 10, 0, tzinfo=WIB),
    "twenty-eighth": datetime(2027, 2, 28, 16, 0, tzinfo=WIB),  # the last day of a short month
    "thirty-first": datetime(2027, 5, 31, 21, 45, tzinfo=WIB),
    "inside-lebaran-2027": datetime(2027, 3, 11, 10, 0, tzinfo=WIB),  # Idulfitri 1448 H holidays 9-15 March
}


def _previous_month(day: date) -> str:
    first = day.replace(day=1) - timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


@pytest.fixture(params=sorted(INSTANTS), ids=sorted(INSTANTS))
def frozen(request):
    instant = INSTANTS[request.param]
    # tick=True: time runs on from the instant, as it does at a counter (timeouts and hashes need it to move).
    with time_machine.travel(instant, tick=True):
        yield instant


def test_a_day_at_the_desk_at_any_instant(frozen, tmp_path, qtbot, capsys, monkeypatch):
    today = frozen.date()
    assert today_wib() == today and now_utc() >= frozen
    data = tmp_path / "desk"
    base = ["--data-dir", str(data)]
    monkeypatch.setenv("SENTRA_PASSWORD", "admin-demo-123")  # the demo admin: a receipt needs a login

    # The demo builds whatever the date, and nothing it made lies in the future.
    assert main([*base, "demo", "--reports", "60"]) == 0
    engine = make_engine(DataPaths(data).database)
    sf = make_session_factory(engine)
    try:
        _assert_nothing_in_the_future(sf, frozen)

        # A walk-in now: numbered in this WIB month and year, never UTC's.
        with sf() as s:
            officer = s.query(Officer).filter(Officer.role == "officer").first()
        view = add_report(sf, officer.id, incident_at=frozen - timedelta(hours=2))
        assert view.number is not None
        assert f"/{ROMAN[today.month - 1]}/{today.year}/" in view.number
        if (today.month, today.day) == (1, 1):
            assert view.number.startswith("LP/B/1/I/"), "the running number restarts with the WIB year"

        capsys.readouterr()
        receipt = tmp_path / "receipt.pdf"
        assert main([*base, "receipt", "--last", "--nrp", "85010123", "--out", str(receipt)]) == 0
        assert view.number.split("/")[2] in pdf_text(receipt)

        monthly = tmp_path / "monthly.pdf"
        assert (
            main([*base, "report", "monthly", "--month", _previous_month(today), "--out", str(monthly)]) == 0
        )
        assert len(PdfReader(monthly).pages) >= 2

        start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        assert main([*base, "ikm", "--from", start.isoformat(), "--to", today.isoformat()]) == 0
        assert "IKM" in capsys.readouterr().out

        book = tmp_path / "export.xlsx"
        span = ["--from", start.isoformat(), "--to", today.isoformat()]
        assert main([*base, "export", "xlsx", *span, "--out", str(book)]) == 0
        cells = {c for row in load_workbook(book)["Laporan"].iter_rows(values_only=True) for c in row}
        assert view.number in cells, "the walk-in of this WIB day is in the export of the period ending today"

        # The home screen: today's list holds the walk-in, and its counts are worked out for this day.
        with sf() as s:
            admin = s.query(Officer).filter(Officer.role == "admin").first()
            from db.services.officers import officer_view
            from db.services.station import get_station

            ctx = UiContext(
                session_factory=sf,
                runner=TaskRunner(synchronous=True),
                data_dir=data,
                station=get_station(sf),
                officer=officer_view(admin),
                output_dir=tmp_path / "documents",
            )
        window = make_main_window(ctx)
        qtbot.addWidget(window)
        window.refresh()
        assert window.today() == today
        assert window.model.row_of(view.id) >= 0
        assert window.overdue_button.text() and window.due_button.text()
    finally:
        engine.dispose()


def _assert_nothing_in_the_future(sf, frozen: datetime) -> None:
    """Every date and time the demo wrote is at or before the frozen instant (deadlines may lie ahead)."""
    from sqlalchemy import func, select

    from db.models import Device, OutreachSession, Patrol, Report, StatusChange, SurveyResponse, Training

    moments = (
        Report.received_at,
        Report.incident_at,
        Report.created_at,
        StatusChange.changed_at,
        OutreachSession.held_at,
        SurveyResponse.answered_at,
        Patrol.starts_at,
    )
    days = (Training.held_on, Device.last_checked)
    with sf() as s:
        for column in moments:
            newest = s.scalar(select(func.max(column)))
            assert newest is not None, column
            assert newest <= now_utc(), f"{column} = {newest} is after {frozen}"
        for column in days:
            newest = s.scalar(select(func.max(column)))
            assert newest is not None, column
            assert newest <= today_wib(), f"{column} = {newest} is after {frozen.date()}"
