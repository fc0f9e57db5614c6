"""Issue 14, point 4: nothing pulled is dropped silently. Shared lists merge by their natural key (the same
name at two stations is one entry at the desk that holds both, with the ids mapped); a pulled row the desk's
rules still refuse is kept in `sync_problem`, counted, and applied on a later cycle."""

from __future__ import annotations

from sqlalchemy import select, text

from db.models import Category, Citizen, Holiday, OutreachTopic, Report, SyncIdMap, SyncProblem
from db.services.categories import add_category
from db.services.outreach_lists import add_topic
from db.sync.problems import list_problems
from db.sync.settings import sync_status
from tests.sync.desks import Desk, hq_desk, make_desk


def names(desk: Desk, model) -> list[str]:
    """The natural keys a desk holds for a list: names, or days for holidays."""
    with desk.sf() as s:
        return [str(v) for v in s.scalars(select(model.day if model is Holiday else model.name))]


def dangling_categories(desk: Desk) -> list[str]:
    with desk.sf() as s:
        return list(
            s.scalars(
                select(Report.id).where(
                    Report.category_id.is_not(None), Report.category_id.not_in(select(Category.id))
                )
            )
        )


def test_hq_pulls_a_polsek_lists_and_reports_with_overlapping_names_and_no_problem(
    template_db, tmp_path, central
):
    polres = hq_desk(template_db, tmp_path / "polres", central)
    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    with polsek.sf() as s:
        shared = s.scalars(select(Category).order_by(Category.name)).first()  # also on the Polres's list
        assert shared is not None
        shared_id, shared_name = shared.id, shared.name
    own = add_category(polsek.sf, name="Penipuan daring", by_officer_id=polsek.admin.id)
    add_topic(polsek.sf, name="Siskamling digital", officer_id=polsek.admin.id)
    first = polsek.report(category_id=shared_id)
    second = polsek.report(category_id=own.id)
    polres.report(category_id=None)
    polres.sync()
    polsek.sync()

    report = polres.sync()
    assert report.problems == 0
    status = sync_status(polres.sf)
    assert status.problems == 0 and list_problems(polres.sf) == []
    # One entry per name at the Polres desk, the Polsek's own entries added, every reference resolvable.
    for model in (Category, OutreachTopic, Holiday):
        held = names(polres, model)
        assert len(held) == len({h.casefold() for h in held}), model
    assert "Penipuan daring" in names(polres, Category)
    assert "Siskamling digital" in names(polres, OutreachTopic)
    assert dangling_categories(polres) == []
    with polres.sf() as s:
        here = s.get(Category, s.get(Report, first).category_id)
        assert here is not None and here.name == shared_name and here.station_code == "POLRES-SOLOK"
        assert s.get(Category, s.get(Report, second).category_id).name == "Penipuan daring"
        assert s.scalar(select(SyncIdMap.local_id).where(SyncIdMap.remote_id == shared_id)) == here.id

    # HQ moves the Polsek's second report to the shared category: the Polsek gets it under its own id.
    from dataclasses import replace

    from db.services.reports import get_report, update_report

    data = replace(get_report(polres.sf, second).as_input(), category_id=here.id, offense="Diperbarui HQ")
    update_report(polres.sf, report_id=second, data=data, officer_id=polres.admin.id)
    polres.sync()
    polsek.sync()
    assert polsek.get(second).offense == "Diperbarui HQ"
    assert polsek.get(second).category_id == shared_id
    assert dangling_categories(polsek) == []
    assert polsek.sync().problems == 0 and polres.sync().problems == 0


def test_a_pulled_row_the_desk_refuses_is_kept_counted_and_applied_later(template_db, tmp_path, central):
    polres = hq_desk(template_db, tmp_path / "polres", central)
    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    nik = "1302071508850001"
    with polres.sf.begin() as s:  # the same person already on file at the Polres desk
        s.add(Citizen(name="Warga Polres", nik=nik, station_code="POLRES-SOLOK"))
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report

    citizen = CitizenInput(name="Warga GT", nik=nik)
    data = ReportInput(kind="LP_B", citizen=citizen, offense="Curanmor R2", chronology="Hilang")
    report_id = register_report(polsek.sf, data=data, officer_id=polsek.admin.id).id
    polsek.sync()
    polres.sync()

    report = polres.sync()
    assert report.problems == 1
    assert sync_status(polres.sf).problems == 1
    [problem] = list_problems(polres.sf)
    assert problem.kind == "apply" and problem.tbl == "citizen" and "nik" in problem.reason.lower()
    assert problem.detail["station_code"] == "POLSEK-GT" and problem.attempts >= 2
    assert polres.get(report_id) is not None  # the report itself came in

    with polres.sf.begin() as s:  # the admin settles it (here: the local record's NIK was a typo)
        s.execute(text("UPDATE citizen SET nik = NULL WHERE nik = :nik"), {"nik": nik})
    assert polres.sync().problems == 0
    assert sync_status(polres.sf).problems == 0
    with polres.sf() as s:
        assert s.scalar(select(Citizen.name).where(Citizen.nik == nik)) == "Warga GT"
        assert s.scalar(select(SyncProblem.resolved_at)) is not None
