"""Imported texts meet the forms' length limits: a too-long cell is a rejected row with the reason, never cut
short (issue 13, point 11)."""

from __future__ import annotations

from sqlalchemy import select

from db.importing.register_import import import_register
from db.importing.survey_import import import_surveys
from db.models import Report, SurveyResponse
from db.services.report_input import MAX_LENGTHS
from db.services.survey import MAX_COMMENT, MAX_OCCUPATION
from db.storage.engine import read_session
from tests.db.test_register_import import ADMIN_NRP, good, lp, workbook
from tests.db.test_survey_import import fill_template, row


def test_register_cells_longer_than_the_form_are_rejected(session_factory, station, tmp_path):
    name_limit, chronology_limit = MAX_LENGTHS["citizen.name"], MAX_LENGTHS["chronology"]
    path = workbook(
        tmp_path / "register.xlsx",
        [
            good(1, lp(1), **{"nama pelapor": "A" * name_limit, "uraian singkat": "U" * chronology_limit}),
            good(2, lp(2), **{"nama pelapor": "B" * (name_limit + 1)}),
            good(3, lp(3), **{"uraian singkat": "U" * (chronology_limit + 1)}),
            good(4, lp(4), **{"terlapor": "T" * (MAX_LENGTHS["reported_party"] + 1)}),
            good(5, lp(5), **{"pasal": "P" * (MAX_LENGTHS["article"] + 1)}),
            good(6, lp(6), status="Dilimpahkan", **{"ket.": "Satreskrim " + "X" * 80}),
            good(7, lp(7), status="Dilimpahkan", **{"ket.": "Satreskrim Polres Solok"}),
        ],
    )
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert result.added == 2
    reasons = {(r.row, r.column): r.reason for r in result.rejected}
    assert reasons == {
        (4, "nama PELAPOR"): "terlalu panjang (paling banyak 150 karakter)",
        (5, "Uraian Singkat"): "terlalu panjang (paling banyak 20000 karakter)",
        (6, "Terlapor"): "terlalu panjang (paling banyak 2000 karakter)",
        (7, "PASAL"): "terlalu panjang (paling banyak 300 karakter)",
        (8, "Ket."): "nama unit tujuan terlalu panjang (paling banyak 80 karakter)",
    }
    with read_session(session_factory) as s:
        stored = {r.number: r for r in s.scalars(select(Report))}
        assert len(stored[lp(1)].chronology) == chronology_limit  # at the limit: kept whole
        assert stored[lp(1)].citizen.name == "A" * name_limit
        assert stored[lp(7)].forwarded_to == "Satreskrim Polres Solok"


def test_survey_cells_longer_than_the_form_are_rejected(session_factory, station, tmp_path):
    path = fill_template(
        tmp_path / "paper.xlsx",
        [
            row(saran="S" * MAX_COMMENT, pekerjaan="P" * MAX_OCCUPATION),
            row(saran="S" * (MAX_COMMENT + 1)),
            row(pekerjaan="P" * (MAX_OCCUPATION + 1)),
        ],
    )
    result = import_surveys(session_factory, path=path)
    assert result.added == 1
    assert [(r, reason) for r, reason in result.rejected] == [
        (3, "saran: Comment is too long (at most 2000 characters)."),
        (4, "pekerjaan: Occupation is too long (at most 80 characters)."),
    ]
    with read_session(session_factory) as s:
        [stored] = s.scalars(select(SurveyResponse)).all()
        assert len(stored.comment) == MAX_COMMENT and len(stored.occupation) == MAX_OCCUPATION
