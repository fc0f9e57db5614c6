"""The law of 2026: SP2HP cadence table, the migration's recompute, offence articles by incident date."""

from __future__ import annotations

import importlib
import json
from datetime import date

import pytest

from db.errors import PermissionDenied, ValidationFailed
from db.models import Report
from db.rules.kuhp_articles import SEED, article_for_print, false_statement_article, suggested_article
from db.services.articles import list_articles, set_articles
from db.services.cadence import list_cadence, set_cadence
from tests.builders import add_officer, audit_entries
from tests.db.test_deadlines import at_wib, deadline, issue_letter, register

migration_0005 = importlib.import_module("db.migrations.versions.0005_law_2026")


# ----- SP2HP cadence as a policy table -------------------------------------------------------------------


def test_cadence_table_is_seeded_with_the_published_days_and_source(session_factory, station):
    rows = {r.tier: r for r in list_cadence(session_factory)}
    assert [r.tier for r in list_cadence(session_factory)] == [
        "first",
        "light",
        "medium",
        "difficult",
        "very_hard",
    ]
    assert rows["first"].days == (3,) and rows["light"].days == (10, 20, 30)
    assert rows["very_hard"].days == (20, 40, 60, 80, 100, 120)
    assert all("Perkap 12/2009 Pasal 39" in r.source for r in rows.values())


def test_admin_changes_a_tier_open_deadlines_follow_and_the_audit_says_so(session_factory, station):
    _, admin = station
    report_id = register(session_factory, admin.id, day=date(2026, 11, 2))
    issue_letter(session_factory, report_id, "SP2HP", date(2026, 11, 3), admin.id)
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 12)  # light: day 10
    row = set_cadence(
        session_factory,
        tier="light",
        days="7, 14, 30",
        source="Perpol 99/2027 Pasal 1 (contoh)",
        by_officer_id=admin.id,
        today=date(2026, 11, 4),
    )
    assert row.days == (7, 14, 30)
    assert deadline(session_factory, report_id)[0] == date(2026, 11, 9)  # day 7
    entry = audit_entries(session_factory, entity="sp2hp_cadence")[-1]
    assert (entry.entity_id, entry.action, entry.officer_id) == ("light", "update", admin.id)
    assert json.loads(entry.before_json)["days"] == "10,20,30"
    after = json.loads(entry.after_json)
    assert after["days"] == "7,14,30" and after["deadlines_recomputed"] == 1
    assert after["source"] == "Perpol 99/2027 Pasal 1 (contoh)"


def test_bad_cadence_input_and_non_admin_are_refused_and_nothing_changes(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi")
    for days, source, field in (("20, 10", "x", "days"), ("abc", "x", "days"), ("10", " ", "source")):
        with pytest.raises(ValidationFailed) as err:
            set_cadence(session_factory, tier="light", days=days, source=source, by_officer_id=admin.id)
        assert field in err.value.field_errors
    with pytest.raises(ValidationFailed):
        set_cadence(session_factory, tier="first", days="3, 5", source="x", by_officer_id=admin.id)
    with pytest.raises(PermissionDenied):
        set_cadence(session_factory, tier="light", days="5", source="x", by_officer_id=officer.id)
    assert {r.tier: r.days for r in list_cadence(session_factory)}["light"] == (10, 20, 30)


def test_the_migration_recomputes_open_police_reports_in_calendar_days(session_factory, engine, station):
    """What 0005 does on a station upgraded from working days: each open LP's deadline, one audit entry."""
    _, admin = station
    open_lp = register(session_factory, admin.id, day=date(2026, 11, 2))
    closed = register(session_factory, admin.id, day=date(2026, 11, 2))
    dumas = register(session_factory, admin.id, kind="DUMAS", day=date(2026, 11, 2))
    with session_factory.begin() as s:
        # The working-day deadlines the old rule stored (10 working days = 16 November).
        for rid in (open_lp, closed):
            s.get(Report, rid).next_deadline = date(2026, 11, 16)
        s.get(Report, closed).status = "closed"
    with engine.begin() as conn:
        migration_0005._recompute_sp2hp(conn)
    assert deadline(session_factory, open_lp) == (date(2026, 11, 5), "SP2HP")
    assert deadline(session_factory, closed)[0] == date(2026, 11, 16)  # closed: untouched
    assert deadline(session_factory, dumas) == (date(2026, 11, 30), "SP3D")  # working days: untouched
    entry = audit_entries(session_factory, entity="sp2hp_cadence")[-1]
    assert (entry.entity_id, entry.action, entry.officer_id) == ("migration-0005", "recompute", None)
    after = json.loads(entry.after_json)
    assert after["open_reports"] == 1
    assert after["changed"] == [
        {"report": after["changed"][0]["report"], "before": "2026-11-16", "after": "2026-11-05"}
    ]
    assert after["cadence"]["very_hard"] == "20,40,60,80,100,120"


# ----- offence articles by incident date -----------------------------------------------------------------


def test_code_in_force_by_incident_date():
    assert suggested_article(date(2026, 1, 2), new="Pasal 476", old="Pasal 362") == "Pasal 476"
    assert suggested_article(date(2026, 1, 1), new="Pasal 476", old="Pasal 362") == "Pasal 362"
    assert article_for_print("", date(2026, 3, 1), new="Pasal 476", old="Pasal 362") == (
        "Pasal 476 UU No. 1 Tahun 2023 tentang KUHP"
    )
    assert article_for_print("", date(2025, 12, 31), new="Pasal 476", old="Pasal 362") == (
        "Pasal 362 KUHP lama (kejadian sebelum 2 Januari 2026)"
    )
    # Typed text naming its law is kept as typed; typed text without a law gets the code in force.
    assert article_for_print("Pasal 363 KUHP", date(2026, 3, 1)) == "Pasal 363 KUHP"
    assert article_for_print("Pasal 477 ayat (1)", date(2026, 3, 1)) == (
        "Pasal 477 ayat (1) UU No. 1 Tahun 2023 tentang KUHP"
    )
    assert article_for_print("", date(2026, 3, 1)) == ""
    assert false_statement_article(date(2026, 12, 7)).startswith("Pasal 373 Undang-Undang Nomor 1 Tahun 2023")
    assert false_statement_article(date(2025, 12, 31)) == "Pasal 242 Kitab Undang-Undang Hukum Pidana"


def test_every_seeded_article_has_its_source_and_is_listed_in_the_doc():
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "articles-kuhp-2023.md").read_text(encoding="utf-8")
    for name, seed in SEED.items():
        assert seed.new.startswith("Pasal ") and seed.source, name
        assert name in doc and seed.new in doc, name


def test_station_setup_seeds_the_table_and_admin_edits_with_audit(session_factory, station):
    _, admin = station
    rows = {a.category: a for a in list_articles(session_factory)}
    assert (rows["Pencurian biasa"].article_new, rows["Pencurian biasa"].article_old) == (
        "Pasal 476",
        "Pasal 362",
    )
    assert rows["Narkoba"].article_new == ""  # a special law: left for the admin
    view = set_articles(
        session_factory,
        category_id=rows["Narkoba"].category_id,
        article_new="Pasal 114 UU 35/2009",
        article_old="Pasal 114 UU 35/2009",
        source="UU 35/2009 tentang Narkotika",
        by_officer_id=admin.id,
    )
    assert view.article_new == "Pasal 114 UU 35/2009"
    entry = audit_entries(session_factory, entity="offence_article")[-1]
    assert json.loads(entry.after_json)["source"] == "UU 35/2009 tentang Narkotika"
    with pytest.raises(ValidationFailed) as err:
        set_articles(
            session_factory,
            category_id=rows["Narkoba"].category_id,
            article_new="Pasal 1",
            article_old="",
            source=" ",
            by_officer_id=admin.id,
        )
    assert "source" in err.value.field_errors
    with pytest.raises(PermissionDenied):
        set_articles(
            session_factory,
            category_id=rows["Narkoba"].category_id,
            article_new="",
            article_old="",
            source="",
            by_officer_id=add_officer(session_factory, admin.id, name="Dedi").id,
        )


def test_receipt_prints_the_article_of_the_code_in_force_and_the_warning(session_factory, station):
    from db.queries.reports import receipt_data
    from db.services.categories import list_categories
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report

    _, admin = station
    theft = next(c.id for c in list_categories(session_factory) if c.name == "Pencurian biasa")

    def lp(incident: date) -> str:
        data = ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name="Siti Rahmah"),
            category_id=theft,
            offense="Pencurian",
            chronology="Dompet diambil orang di pasar.",
            incident_at=at_wib(incident, 9),
        )
        return register_report(
            session_factory, data=data, officer_id=admin.id, now=at_wib(date(2026, 2, 10))
        ).id

    new = receipt_data(session_factory, report_id=lp(date(2026, 2, 9)))
    old = receipt_data(session_factory, report_id=lp(date(2025, 12, 30)))
    assert new.article == "Pasal 476 UU No. 1 Tahun 2023 tentang KUHP"
    assert old.article == "Pasal 362 KUHP lama (kejadian sebelum 2 Januari 2026)"
    assert new.false_statement_article.startswith("Pasal 373 Undang-Undang Nomor 1 Tahun 2023")
    assert old.false_statement_article == new.false_statement_article  # both reported in 2026
