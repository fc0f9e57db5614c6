"""The reports list query: every filter, WIB day boundaries, keyset paging for every sort, the count."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.models import Category, Citizen, Report
from db.queries import report_list
from db.queries.report_list import (
    SORTS,
    ListRow,
    ReportFilter,
    count_reports,
    fetch_page,
)
from db.rules.deadlines import coming_sunday
from tests.builders import add_officer

TODAY = date(2026, 11, 27)
KEC_A, NAG_A = "13.02.08", "13.02.08.2003"
KEC_B, NAG_B = "13.02.19", ""
T0 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def seed_reports(session_factory, station, n: int = 60, seed: int = 7) -> dict:
    """`n` varied reports with deliberate ties (same time, same name, same deadline, no number)."""
    _, admin = station
    other = add_officer(session_factory, admin.id, name="Budi Santoso", nrp="90010001", rank="BRIPKA")
    rng = random.Random(seed)
    with session_factory.begin() as s:
        cats = list(s.scalars(select(Category.id).order_by(Category.sort_order)))[:3]
        code = s.scalar(select(Category.station_code))
        ids = []
        for i in range(n):
            kind = ("LP_B", "DUMAS", "SKTLK", "INFO")[i % 4]
            citizen = Citizen(
                name=rng.choice(("Siti Rahmah", "Andi Putra", "Yusuf Hakim")), station_code=code
            )
            received = T0 + timedelta(hours=rng.choice((0, 0, 5, 30, 70, 200)))  # many exact ties
            r = Report(
                kind=kind,
                number=None if kind == "INFO" else f"{kind}/{i}/XI/2026",
                channel=("walk_in", "phone", "online")[i % 3],
                received_at=received,
                citizen=citizen,
                receiving_officer_id=admin.id if i % 2 else other.id,
                assigned_officer_id=(None, admin.id, other.id)[i % 3],
                category_id=cats[i % 3],
                incident_kecamatan_code=KEC_A if i % 2 else KEC_B,
                incident_nagari_code=NAG_A if i % 2 else NAG_B,
                status=("received", "in_progress", "closed", "forwarded")[i % 4],
                next_deadline=(
                    None,
                    TODAY - timedelta(days=2),
                    TODAY,
                    TODAY + timedelta(days=6),
                    TODAY + timedelta(days=7),
                )[i % 5],
                chronology=f"kejadian nomor{i}",
                station_code=code,
            )
            if i % 11 == 0:
                r.voided_at = T0
            s.add(r)
            s.flush()
            ids.append(r.id)
    return {"admin": admin, "other": other, "cats": cats, "ids": ids}


def all_rows(session_factory) -> list[Report]:
    with session_factory() as s:
        return list(s.scalars(select(Report).options(selectinload(Report.citizen))))


def ids_of(session_factory, flt: ReportFilter) -> set[str]:
    rows = fetch_page(session_factory, flt, limit=10_000).rows
    assert len(rows) == count_reports(session_factory, flt)
    return {r.id for r in rows}


@pytest.fixture
def seeded(session_factory, station):
    return seed_reports(session_factory, station)


def test_each_filter_matches_exactly_the_reports_it_should(session_factory, seeded):
    reps = all_rows(session_factory)
    admin_id, cat = seeded["admin"].id, seeded["cats"][1]

    def expect(flt: ReportFilter, pred) -> None:
        want = {r.id for r in reps if pred(r)}
        assert want, flt
        assert ids_of(session_factory, flt) == want, flt

    expect(ReportFilter(kinds=("DUMAS", "INFO")), lambda r: r.kind in ("DUMAS", "INFO"))
    expect(ReportFilter(statuses=("closed",)), lambda r: r.status == "closed")
    expect(ReportFilter(category_id=cat), lambda r: r.category_id == cat)
    expect(ReportFilter(kecamatan_code=KEC_A), lambda r: r.incident_kecamatan_code == KEC_A)
    expect(ReportFilter(kecamatan_code=KEC_A, nagari_code=NAG_A), lambda r: r.incident_nagari_code == NAG_A)
    expect(ReportFilter(channel="phone"), lambda r: r.channel == "phone")
    expect(
        ReportFilter(officer_id=admin_id),
        lambda r: admin_id in (r.receiving_officer_id, r.assigned_officer_id),
    )
    expect(ReportFilter(assigned_to=admin_id), lambda r: r.assigned_officer_id == admin_id)
    expect(ReportFilter(include_void=False), lambda r: r.voided_at is None)
    expect(
        ReportFilter(kinds=("LP_B",), channel="walk_in", include_void=False),
        lambda r: r.kind == "LP_B" and r.channel == "walk_in" and r.voided_at is None,
    )

    def running(r: Report) -> bool:
        return r.status in ("received", "in_progress", "forwarded") and r.voided_at is None

    expect(
        ReportFilter(deadline="overdue", today=TODAY),
        lambda r: r.next_deadline is not None and r.next_deadline < TODAY and running(r),
    )
    expect(
        ReportFilter(deadline="due_this_week", today=TODAY),
        lambda r: (
            r.next_deadline is not None and TODAY <= r.next_deadline <= coming_sunday(TODAY) and running(r)
        ),
    )


def test_text_filter_uses_the_full_text_index(session_factory, seeded):
    assert ids_of(session_factory, ReportFilter(text="nomor17")) == {seeded["ids"][17]}
    number = "LP_B/12/XI/2026"
    assert ids_of(session_factory, ReportFilter(text=number)) == {seeded["ids"][12]}
    assert ids_of(session_factory, ReportFilter(text='"')) == set(seeded["ids"])  # nothing searchable typed
    assert ids_of(session_factory, ReportFilter(text="siti", kinds=("LP_B",))) == {
        r.id for r in all_rows(session_factory) if r.kind == "LP_B" and r.citizen.name == "Siti Rahmah"
    }


def test_period_follows_wib_calendar_days(session_factory, station):
    seeded = seed_reports(session_factory, station, n=4)
    # 2026-11-26 17:00 UTC = 27 Nov 00:00 WIB; one second earlier is still 26 Nov in WIB.
    stamps = [
        datetime(2026, 11, 26, 16, 59, 59, tzinfo=UTC),
        datetime(2026, 11, 26, 17, 0, 0, tzinfo=UTC),
        datetime(2026, 11, 27, 16, 59, 59, tzinfo=UTC),
        datetime(2026, 11, 27, 17, 0, 0, tzinfo=UTC),
    ]
    with session_factory.begin() as s:
        for rid, at in zip(seeded["ids"], stamps, strict=True):
            s.get(Report, rid).received_at = at
    ids = seeded["ids"]
    day = date(2026, 11, 27)
    assert ids_of(session_factory, ReportFilter(date_from=day, date_to=day)) == {ids[1], ids[2]}
    assert ids_of(session_factory, ReportFilter(date_from=day)) == {ids[1], ids[2], ids[3]}
    assert ids_of(session_factory, ReportFilter(date_to=date(2026, 11, 26))) == {ids[0]}


def _key(row: ListRow, sort: str):
    return {
        "received_at": row.received_at,
        "number": row.number or None,
        "citizen_name": row.citizen_name,
        "status": (row.status, row.received_at),
        "next_deadline": row.next_deadline,
    }[sort]


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("walk", [False, True], ids=["sorted", "index-walk"])
def test_keyset_pages_return_every_row_once_in_order(
    session_factory, seeded, sort, descending, walk, monkeypatch
):
    # "index-walk": the plan a big result gets (walk the sort's index, filters not indexed).
    monkeypatch.setattr(report_list, "SORT_IN_MEMORY_MAX", 3 if walk else 10_000)
    flt = ReportFilter(include_void=False, kinds=("LP_B", "DUMAS", "SKTLK")) if walk else ReportFilter()
    total = count_reports(session_factory, flt)
    assert total == (len(seeded["ids"]) if not walk else 41)
    whole = fetch_page(session_factory, flt, sort=sort, descending=descending, limit=10_000)
    assert whole.next_cursor is None
    keys = [_key(r, sort) for r in whole.rows]
    present = [k for k in keys if k is not None]
    assert keys == present + [None] * (len(keys) - len(present))  # empty keys last, either way
    assert present == sorted(present, reverse=descending)
    for limit in (1, 7, 13):
        seen: list[str] = []
        cursor = None
        pages = 0
        while True:
            page = fetch_page(
                session_factory, flt, sort=sort, descending=descending, after=cursor, limit=limit
            )
            seen += [r.id for r in page.rows]
            pages += 1
            cursor = page.next_cursor
            if cursor is None:
                break
            assert len(page.rows) == limit
        assert seen == [r.id for r in whole.rows]
        assert pages >= total // limit


def test_paging_a_filtered_set_and_cursor_checks(session_factory, seeded):
    flt = ReportFilter(statuses=("received", "closed"), include_void=False)
    first = fetch_page(session_factory, flt, sort="next_deadline", limit=4)
    rest = fetch_page(session_factory, flt, sort="next_deadline", after=first.next_cursor, limit=1000)
    ids = [r.id for r in first.rows + rest.rows]
    assert len(ids) == len(set(ids)) == count_reports(session_factory, flt)
    with pytest.raises(ValueError):
        fetch_page(session_factory, flt, sort="number", after=first.next_cursor)
    with pytest.raises(ValueError):
        fetch_page(session_factory, flt, sort="nope")


def test_list_row_carries_what_the_table_shows(session_factory, seeded):
    rows = {r.id: r for r in fetch_page(session_factory, ReportFilter(), limit=1000).rows}
    r0, r1 = rows[seeded["ids"][0]], rows[seeded["ids"][1]]
    assert r0.voided and not r1.voided
    assert r0.number == "LP_B/0/XI/2026" and r0.kind == "LP_B"
    assert r1.assigned_officer_name == "Rina Marlina"
    assert rows[seeded["ids"][3]].number == ""  # INFO has no number
    assert r0.category and r0.citizen_name and r0.received_at.tzinfo is not None


@pytest.mark.parametrize("sort", ["received_at", "next_deadline"])
@pytest.mark.parametrize("descending", [False, True])
def test_paging_with_bounds_on_the_sort_column(session_factory, seeded, sort, descending):
    # The page after a cursor leaves out the bound the cursor already passed; the rows must not change.
    for flt in (
        ReportFilter(date_from=date(2026, 11, 21), date_to=date(2026, 11, 25)),
        ReportFilter(deadline="due_this_week", today=TODAY),
        ReportFilter(deadline="overdue", today=TODAY + timedelta(days=7)),
    ):
        whole = [
            r.id for r in fetch_page(session_factory, flt, sort=sort, descending=descending, limit=1000).rows
        ]
        assert whole and len(whole) == count_reports(session_factory, flt)
        seen, cursor = [], None
        while True:
            page = fetch_page(session_factory, flt, sort=sort, descending=descending, after=cursor, limit=2)
            seen += [r.id for r in page.rows]
            if (cursor := page.next_cursor) is None:
                break
        assert seen == whole
