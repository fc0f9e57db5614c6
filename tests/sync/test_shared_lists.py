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


CENTRE_DUPLICATES = """
SELECT tbl, sentra.list_key(key), count(*) FROM sentra.list_entry GROUP BY 1, 2 HAVING count(*) > 1
"""
CENTRE_UNRESOLVED = """
SELECT r.id FROM sentra.report AS r
WHERE r.category_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM sentra.list_entry AS e
    WHERE e.tbl = 'category' AND e.id = sentra.resolve_list('category', r.category_id))
"""


def test_two_stations_create_the_same_name_offline_and_it_is_one_entry_everywhere(
    template_db, tmp_path, central
):
    polres = hq_desk(template_db, tmp_path / "polres", central)
    gt = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    kb = make_desk(template_db, tmp_path / "kb", central, "POLSEK-KB")
    # Offline, each Polsek adds the same new category (spelt a little differently) and files a report in it.
    one = add_category(gt.sf, name="Penipuan daring", by_officer_id=gt.admin.id)
    two = add_category(kb.sf, name="penipuan  Daring ", by_officer_id=kb.admin.id)
    first, second = gt.report(category_id=one.id), kb.report(category_id=two.id)
    for desk in (gt, kb, polres, gt, kb, polres):
        assert desk.sync().problems == 0

    with central.admin() as conn:
        # One entry per name at the centre (the Polsek's entry and every desk's seeded list merged), the
        # second station's entry an alias of the first, and every report's category resolves to an entry.
        assert conn.execute(CENTRE_DUPLICATES).fetchall() == []
        kept = conn.execute(
            "SELECT id FROM sentra.list_entry WHERE tbl = 'category' AND sentra.list_key(key) = %s",
            ("penipuan daring",),
        ).fetchall()
        assert len(kept) == 1
        aliases = dict(
            conn.execute(
                "SELECT alias_id, canonical_id FROM sentra.list_alias WHERE tbl = 'category' "
                "AND alias_id IN (%s, %s)",
                (one.id, two.id),
            ).fetchall()
        )
        assert list(aliases.values()) == [kept[0][0]] and set(aliases) | {kept[0][0]} == {one.id, two.id}
        assert conn.execute(CENTRE_UNRESOLVED).fetchall() == []
        for report_id, category in ((first, one.id), (second, two.id)):
            row = conn.execute(
                "SELECT sentra.resolve_list('category', category_id) FROM sentra.report WHERE id = %s",
                (report_id,),
            ).fetchone()
            assert row is not None and row[0] == kept[0][0], category
        # The merge is the centre's bookkeeping: each station's row is still as its desk holds it.
        assert central.row("category", two.id)["name"] == two.name
        assert central.row("category", two.id)["deleted_at"] is None

    # One entry per name at every desk, every report's category there, no problem anywhere.
    for desk in (polres, gt, kb):
        for model in (Category, OutreachTopic, Holiday):
            held = [" ".join(h.split()).casefold() for h in names(desk, model)]
            assert len(held) == len(set(held)), (desk, model)
        assert dangling_categories(desk) == []
        assert desk.sync().problems == 0 and sync_status(desk.sf).problems == 0
    with polres.sf() as s:
        assert s.get(Report, first).category_id == s.get(Report, second).category_id
        held = s.get(Category, s.get(Report, first).category_id)
        assert held is not None and " ".join(held.name.split()).casefold() == "penipuan daring"


def test_a_renamed_duplicate_is_its_own_entry_again(central):
    from tests.sync.conftest import op, push

    gt, kb = central.station("SOLOK-GT"), central.station("SOLOK-KB")
    fields = {"name": "Judi daring", "active": True, "sort_order": 1}
    [a] = push(gt, op("category", "cat-gt", fields))
    [b] = push(kb, op("category", "cat-kb", fields | {"name": "JUDI DARING"}))
    assert a["status"] == b["status"] == "applied"
    with central.admin() as conn:
        assert conn.execute("SELECT alias_id, canonical_id FROM sentra.list_alias").fetchall() == [
            ("cat-kb", "cat-gt")
        ]
    [c] = push(kb, op("category", "cat-kb", {"name": "Judi online"}, base=1))
    assert c["status"] == "applied"
    with central.admin() as conn:
        assert conn.execute("SELECT count(*) FROM sentra.list_alias").fetchone() == (0,)
        entries = conn.execute("SELECT id FROM sentra.list_entry WHERE tbl = 'category' ORDER BY id")
        assert [r[0] for r in entries] == ["cat-gt", "cat-kb"]


def test_two_pushes_of_the_same_name_at_once_are_merged(central):
    """Each push's merge would miss the other's uncommitted entry: the merges of one list take turns."""
    import threading

    from tests.sync.conftest import op, push

    gt = central.station("SOLOK-GT", autocommit=False)
    kb = central.station("SOLOK-KB", autocommit=False)
    fields = {"name": "Pinjol ilegal", "active": True, "sort_order": 1}
    [a] = push(gt, op("category", "cat-gt", fields))  # its transaction still open
    answers: list = []
    second = threading.Thread(target=lambda: answers.extend(push(kb, op("category", "cat-kb", fields))))
    second.start()
    second.join(1)
    assert second.is_alive()  # waits for the first merge of the category list
    gt.commit()
    second.join(30)
    kb.commit()
    assert a["status"] == "applied" and [r["status"] for r in answers] == ["applied"]
    with central.admin() as conn:
        assert conn.execute("SELECT alias_id, canonical_id FROM sentra.list_alias").fetchall() == [
            ("cat-kb", "cat-gt")
        ]
