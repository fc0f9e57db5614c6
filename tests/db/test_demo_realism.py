"""The demo station looks like a real one: stories fit their category and kind, times fit the story."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.demo.community import OUTREACH
from db.demo.crimes import LP_STORIES
from db.demo.station import create_demo
from db.demo.stories import DUMAS_STORIES, INFO_STORIES
from db.models import Category, LostItem, OutreachSession, Report, RestorativeJustice, StatusChange
from db.rules.timeutil import to_wib
from db.services.restorative import RJ_NOTE
from tests.builders import session_factory_on_copy

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    with session_factory_on_copy(
        template_db, tmp_path_factory.mktemp("demo") / "demo.sqlite"
    ) as session_factory:
        create_demo(session_factory, reports=400, now=NOW)
        yield session_factory


def test_every_police_report_tells_a_story_of_its_category(demo):
    with demo() as s:
        names = dict(s.execute(select(Category.id, Category.name)).all())
        reports = s.scalars(select(Report)).all()
        items = {i.report_id: i.item for i in s.scalars(select(LostItem))}
    assert len(reports) == 400
    stories = {name: {(st.offense, st.chronology) for st in table[1]} for name, table in LP_STORIES.items()}
    kinds = {r.kind for r in reports}
    assert kinds == {"LP_B", "SKTLK", "DUMAS", "INFO"}
    for r in reports:
        if r.kind == "LP_B":
            assert (r.offense, r.chronology) in stories[names[r.category_id]], (
                names[r.category_id],
                r.offense,
            )
        elif r.kind == "SKTLK":
            assert names[r.category_id].startswith("Kehilangan")
            assert r.offense == f"Kehilangan {items[r.id]}" and items[r.id] in r.chronology
        else:
            assert r.category_id is None
            pool = DUMAS_STORIES if r.kind == "DUMAS" else INFO_STORIES
            assert (r.offense, r.chronology) in {(st.offense, st.chronology) for st in pool}
        assert r.incident_at is not None and r.incident_at < r.received_at


def test_incidents_happen_at_the_hours_of_their_story(demo):
    with demo() as s:
        names = dict(s.execute(select(Category.id, Category.name)).all())
        columns = (Report.category_id, Report.chronology, Report.incident_at, Report.received_at)
        rows = s.execute(select(*columns).where(Report.kind == "LP_B")).all()
    by_text = {st.chronology: st.hours for _w, table in LP_STORIES.values() for st in table}
    for category_id, chronology, incident_at, _received in rows:
        assert to_wib(incident_at).hour in by_text[chronology], names[category_id]
    # Citizens come mostly in office hours: fewer than a tenth between midnight and 05:00 WIB.
    night = sum(1 for *_x, received in rows if to_wib(received).hour < 5)
    assert night < len(rows) / 10
    # Common crimes are common and killings rare, as at a rural Polres.
    counts: dict[str, int] = {}
    for category_id, *_rest in rows:
        counts[names[category_id]] = counts.get(names[category_id], 0) + 1
    assert counts.get("Curanmor R2", 0) > counts.get("Pembunuhan", 0)


def test_outreach_at_plausible_hours_and_jumat_curhat_on_fridays(demo):
    with demo() as s:
        sessions = s.scalars(select(OutreachSession)).all()
    assert sessions
    for o in sessions:
        venues, hours = OUTREACH[o.kind]
        held = to_wib(o.held_at)
        assert held.hour in hours and o.venue in venues, (o.kind, held, o.venue)
        if o.kind == "dialog":
            assert held.weekday() == 4


def test_some_closed_police_reports_ended_by_restorative_justice(demo):
    with demo() as s:
        rj = s.scalars(select(RestorativeJustice)).all()
        notes = s.scalars(select(StatusChange.note).where(StatusChange.note.startswith(RJ_NOTE))).all()
        closed = {
            r.id: r for r in s.scalars(select(Report).where(Report.status == "closed", Report.kind == "LP_B"))
        }
    assert rj and len(notes) == len(rj)
    for row in rj:
        assert row.report_id in closed
        assert closed[row.report_id].closing_reason.startswith("Keadilan restoratif, kesepakatan tanggal")
