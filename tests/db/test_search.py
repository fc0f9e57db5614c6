"""Finding reports: number, name, NIK, phone, reported party and chronology; any typed text is safe."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from db.models import Citizen, Report
from db.queries.search import (
    fts_match_expression,
    number_key,
    report_ids_matching,
    search_reports,
)
from db.rules.timeutil import now_utc
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report, update_report

NIK_SITI = "1302014508900001"
NIK_BUDI = "1302031106710002"


MOTORBIKE_THEFT = ReportInput(
    kind="LP_B",
    citizen=CitizenInput(name="Siti Rahmah", nik=NIK_SITI, phone="081266123456"),
    offense="Curanmor R2",
    chronology="Sepeda motor hilang di depan rumah makan Sederhana",
    reported_party="Orang tidak dikenal",
    incident_kecamatan_code="13.02.03",
    incident_nagari_code="13.02.03.2001",
)


def lp(name: str = "Siti Rahmah", nik: str = NIK_SITI, **kw) -> ReportInput:
    return replace(MOTORBIKE_THEFT, citizen=CitizenInput(name=name, nik=nik, phone="081266123456"), **kw)


@pytest.fixture
def desk(session_factory, station):
    """Three reports: Siti's motorbike, Budi's fight (reported party Joni), an INFO without number."""
    _, admin = station
    siti = register_report(session_factory, data=lp(), officer_id=admin.id)
    budi = register_report(
        session_factory,
        officer_id=admin.id,
        data=lp(
            name="Budi Caniago",
            nik=NIK_BUDI,
            chronology="Perkelahian di warung kopi Nagari Koto Baru, pelapor dipukul",
            reported_party="Joni Piliang",
        ),
    )
    info = register_report(
        session_factory,
        officer_id=admin.id,
        data=lp(name="Warga Pelapor", nik="", kind="INFO", chronology="Informasi balap liar di jembatan"),
    )
    return siti, budi, info, admin


def numbers(hits) -> list[str]:
    return [h.number for h in hits]


def test_exact_number_first_in_any_case_and_spacing(session_factory, desk):
    siti, budi, _, _ = desk
    assert siti.number.startswith("LP/B/1/") and "POLRES SOLOK" in siti.number
    assert numbers(search_reports(session_factory, siti.number))[0] == siti.number
    sloppy = "  " + siti.number.lower().replace(" ", "   ") + " "
    hits = search_reports(session_factory, sloppy)
    assert hits[0].number == siti.number
    assert number_key(sloppy) == number_key(siti.number)
    assert numbers(search_reports(session_factory, budi.number))[0] == budi.number


def test_partial_number_finds_by_its_words_in_order(session_factory, desk):
    siti, budi, _, _ = desk
    assert numbers(search_reports(session_factory, "LP/B/2")) == [budi.number]
    month_year = "/".join(siti.number.split("/")[2:5])  # "1/XI/2026"
    assert siti.number in numbers(search_reports(session_factory, month_year))
    # The words of a partial number must follow each other: "B/1/2026" is not in any number.
    assert search_reports(session_factory, "B/1/2000") == []


def test_name_nik_prefix_phone_party_and_chronology(session_factory, desk):
    siti, budi, info, _ = desk
    assert numbers(search_reports(session_factory, "siti")) == [siti.number]
    assert numbers(search_reports(session_factory, "budi caniago")) == [budi.number]
    assert numbers(search_reports(session_factory, "cani")) == [budi.number]  # typing the last word
    assert numbers(search_reports(session_factory, "130201")) == [siti.number]
    assert numbers(search_reports(session_factory, NIK_BUDI)) == [budi.number]
    assert len(search_reports(session_factory, "081266")) == 3
    assert numbers(search_reports(session_factory, "joni")) == [budi.number]
    assert numbers(search_reports(session_factory, "warung kopi")) == [budi.number]
    hits = search_reports(session_factory, "balap liar")
    assert [h.id for h in hits] == [info.id] and hits[0].number == "" and hits[0].kind == "INFO"
    assert hits[0].citizen_name == "Warga Pelapor" and hits[0].status and not hits[0].voided


def test_indonesian_diacritics_and_case_fold(session_factory, desk):
    _, budi, _, _ = desk
    assert numbers(search_reports(session_factory, "PERKELÁHIAN")) == [budi.number]
    assert numbers(search_reports(session_factory, "Kôtó Báru")) == [budi.number]


def test_relevance_then_newest(session_factory, desk):
    siti, budi, info, _ = desk
    hits = search_reports(session_factory, "pelapor")
    # Budi's chronology has "pelapor" besides; the INFO reporter is named "Warga Pelapor".
    assert {h.id for h in hits} == {budi.id, info.id}
    assert [h.id for h in search_reports(session_factory, "polres", limit=2)] != []
    assert len(search_reports(session_factory, "solok", limit=1)) == 1


HOSTILE = [
    '"',
    '""',
    'a"b',
    "AND",
    "OR NOT",
    "*",
    "-x",
    "(",
    ")",
    "NEAR(a b)",
    "col:val",
    "name:siti",
    "^a",
    "siti*",
    "siti AND",
    "NOT siti",
    "🚓👮",
    "x" * 10_000,
    "siti " * 500,
    "!@#$%^&*()_+-={}[]|\\:;'<>?,./~`",
    "\x00",
    "siti\x00rahmah",
    "\ud800siti",
    "___",
    "'; DROP TABLE report; --",
    "\u0301\u0301",
    "   ",
    "",
]


def test_hostile_text_never_raises(session_factory, desk):
    # One test for all of them: each desk costs a station set-up (argon2), and the searches only read.
    for typed in HOSTILE:
        hits = search_reports(session_factory, typed)
        assert isinstance(hits, list), typed
        expr = fts_match_expression(typed)
        assert expr is None or expr.count('"') % 2 == 0, typed
        ids = report_ids_matching(typed)
        if ids is not None:
            with session_factory() as s:
                s.execute(select(Report.id).where(Report.id.in_(ids))).all()


def test_hostile_text_gives_sensible_results(session_factory, desk):
    siti, budi, _, _ = desk
    for typed in ('"siti"', "siti*", "(siti)", "-siti", "siti AND", "^siti"):
        assert numbers(search_reports(session_factory, typed)) == [siti.number], typed
    for typed in ('"', '""', "*", "(", ")", "   ", "", "🚓", "\x00", "___"):
        assert search_reports(session_factory, typed) == [], typed
    assert fts_match_expression("NEAR(a b)") == '"near a" AND "b"'
    assert search_reports(session_factory, "OR NOT") == []  # the words "or" and "not", in no report
    assert search_reports(session_factory, "name:siti") == []  # joined by punctuation: the phrase "name siti"
    assert numbers(search_reports(session_factory, "siti\x00rahmah")) == [siti.number]


def test_any_text_never_raises(session_factory, desk):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=150, deadline=None, database=None)
    @hypothesis.given(st.text(max_size=60) | st.text(alphabet='"*()-^:+ANDORNOTEAR siti/1', max_size=30))
    def check(typed: str) -> None:
        assert isinstance(search_reports(session_factory, typed, limit=5), list)

    check()


def test_citizen_rename_and_chronology_edit_update_search(session_factory, desk):
    siti, _, _, admin = desk
    with session_factory.begin() as s:
        s.execute(update(Citizen).where(Citizen.nik == NIK_SITI).values(name="Siti Aminah"))
    assert numbers(search_reports(session_factory, "aminah")) == [siti.number]
    assert search_reports(session_factory, "rahmah") == []
    update_report(
        session_factory,
        report_id=siti.id,
        officer_id=admin.id,
        data=lp(name="Siti Aminah", chronology="Mobil pikap dicuri dari garasi"),
    )
    assert numbers(search_reports(session_factory, "garasi")) == [siti.number]
    assert search_reports(session_factory, "sederhana") == []
    assert numbers(search_reports(session_factory, siti.number)) == [siti.number]


def test_void_is_flagged_or_left_out(session_factory, desk):
    siti, _, _, admin = desk
    with session_factory.begin() as s:
        s.execute(
            update(Report).where(Report.id == siti.id).values(voided_at=now_utc(), voided_by_id=admin.id)
        )
    hits = search_reports(session_factory, "siti")
    assert [(h.id, h.voided) for h in hits] == [(siti.id, True)]
    assert search_reports(session_factory, "siti", include_void=False) == []
    assert search_reports(session_factory, siti.number, include_void=False) == []
    assert len(search_reports(session_factory, "081266", include_void=False)) == 2


def test_void_rows_do_not_starve_the_page(session_factory, desk):
    _, budi, info, admin = desk
    for i in range(6):
        register_report(session_factory, officer_id=admin.id, data=lp(name=f"Siti Nurhaliza {i}", nik=""))
    with session_factory.begin() as s:
        s.execute(
            update(Report)
            .where(Report.citizen_id.in_(select(Citizen.id).where(Citizen.name.like("Siti%"))))
            .values(voided_at=now_utc())
        )
    hits = search_reports(session_factory, "081266", limit=1, include_void=False)
    assert len(hits) == 1 and not hits[0].voided and hits[0].id in (budi.id, info.id)


def test_report_ids_matching_is_a_filter(session_factory, desk):
    _, budi, info, _ = desk
    assert report_ids_matching("  *  ") is None
    with session_factory() as s:
        found = set(s.scalars(select(Report.number).where(Report.id.in_(report_ids_matching("kopi")))))
        everyone = set(s.scalars(select(Report.id).where(Report.id.in_(report_ids_matching("081266")))))
    assert found == {budi.number}
    assert len(everyone) == 3
    with session_factory() as s:
        newest = s.scalars(select(Report.id).where(Report.id.in_(report_ids_matching("081266", newest=1))))
        assert list(newest) == [info.id]


def test_hits_are_frozen(session_factory, desk):
    hit = search_reports(session_factory, "siti")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.number = "x"  # type: ignore[misc]
    assert hit.received_at.tzinfo is not None
