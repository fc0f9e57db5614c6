"""Importing paper IKM questionnaires from Excel: good rows in, bad rows reported, nothing imported twice."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.importing.survey_import import (
    COLUMNS,
    InvalidSurveyFile,
    import_surveys,
    normalise_header,
    parse_sheet,
)
from db.importing.survey_template import write_template
from db.models import AuditEntry, SurveyResponse
from db.rules.timeutil import WIB, now_utc
from db.services.survey import ikm_for_period
from db.storage.engine import read_session

DAY = now_utc().astimezone(WIB).date() - timedelta(days=3)
GOOD = (4, 3, 3, 4, 3, 4, 4, 3, 3)


def row(**cells: object) -> dict[str, object]:
    """A good questionnaire row; cells override by column name (u1..u9, tanggal, …)."""
    base: dict[str, object] = {"tanggal": DAY, **{f"u{i}": a for i, a in enumerate(GOOD, start=1)}}
    base |= {"jenis_kelamin": "L", "kelompok_umur": "30-39", "pendidikan": "SMA", "pekerjaan": "Petani"}
    base |= {"layanan": "LP_B", "saran": ""}
    return base | cells


def fill_template(path: Path, rows: list[dict[str, object]]) -> Path:
    """The shipped template's layout, filled in as an officer would (row 2 onwards)."""
    write_template(path)
    wb = load_workbook(path)
    ws = wb["Data"]
    for r, cells in enumerate(rows, start=2):
        for name, value in cells.items():
            ws.cell(row=r, column=COLUMNS.index(name) + 1, value=value)
    wb.save(path)
    return path


def count(session_factory) -> int:
    with read_session(session_factory) as s:
        return s.scalar(select(func.count()).select_from(SurveyResponse)) or 0


def test_good_rows_go_in_bad_rows_are_reported_with_row_and_reason(session_factory, station, tmp_path):
    rows = [
        row(saran="Pelayanan cepat."),  # row 2
        row(u4=5),  # row 3: answer out of range
        row(u3=None),  # row 4: U3 missing
        row(tanggal="31-02-2026"),  # row 5: no such date
        row(jenis_kelamin="X"),  # row 6: unknown sex
        row(u1=1, jenis_kelamin="P", kelompok_umur=45, saran="=SUM(A1)"),  # row 7
    ]
    path = fill_template(tmp_path / "paper.xlsx", rows)
    # "=SUM(A1)" typed by openpyxl is a formula without a cached value; type it as text instead.
    wb = load_workbook(path)
    wb["Data"].cell(row=7, column=COLUMNS.index("saran") + 1).data_type = "s"
    wb.save(path)

    result = import_surveys(session_factory, path=path)

    assert result.added == 2 and result.duplicates == 0
    reasons = dict(result.rejected)
    assert list(reasons) == [3, 4, 5, 6]
    assert reasons[3] == "U4: must be 1, 2, 3 or 4, not 5"
    assert reasons[4] == "U3: missing"
    assert reasons[5].startswith("tanggal: not a date: '31-02-2026'")
    assert reasons[6] == "jenis_kelamin: must be L or P, not 'X'"
    with read_session(session_factory) as s:
        saved = s.scalars(select(SurveyResponse).order_by(SurveyResponse.u1)).all()
        assert {r.source for r in saved} == {"import"}
        first = saved[0]
        assert (first.u1, first.sex, first.age_group, first.comment) == (1, "P", "40-49", "=SUM(A1)")
        assert saved[1].occupation == "farmer" and saved[1].comment == "Pelayanan cepat."
        # A date without a time is midnight WIB of that day, stored in UTC.
        start = datetime.combine(DAY, datetime.min.time(), tzinfo=WIB).astimezone(UTC)
        assert saved[1].answered_at == start
        # One audit entry for the batch, naming each imported row and the response it became (no answers).
        [entry] = s.scalars(select(AuditEntry.after_json).where(AuditEntry.entity == "survey_import")).all()
        lines = json.loads(entry)["responses"]
        assert sorted(survey_id for _, survey_id in lines) == sorted(r.id for r in saved)
    assert ikm_for_period(session_factory, date_from=DAY, date_to=DAY).respondents == 2


def test_reimport_of_the_same_rows_adds_nothing_whatever_the_file_name(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "a.xlsx", [row(), row(u9=1), row(saran="Ruang tunggu panas")])
    first = import_surveys(session_factory, path=path)
    assert (first.added, first.duplicates, first.rejected) == (3, 0, ())
    again = import_surveys(session_factory, path=path)
    assert (again.added, again.duplicates) == (0, 3)
    copy = shutil.copy(path, tmp_path / "salinan.xlsx")
    assert import_surveys(session_factory, path=copy).added == 0
    assert count(session_factory) == 3


def test_identical_rows_in_one_file_are_distinct_respondents(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "twice.xlsx", [row(), row(), row(no=7), row(no=7), row(no=8)])
    result = import_surveys(session_factory, path=path)
    assert (result.added, result.duplicates) == (5, 0)
    assert count(session_factory) == 5
    # The same file again, and a longer version of it, add only what is new.
    assert (import_surveys(session_factory, path=path).added, count(session_factory)) == (0, 5)
    longer = fill_template(
        tmp_path / "longer.xlsx", [row(), row(), row(no=7), row(no=7), row(no=8), row(), row()]
    )
    again = import_surveys(session_factory, path=longer)
    assert (again.added, again.duplicates) == (2, 5)
    assert count(session_factory) == 7


def test_125_january_questionnaires_without_no_column_all_count(session_factory, station, tmp_path):
    """The issue's sheet: many citizens answered "3 on every element" on the same day."""
    day = datetime(2026, 1, 15).date()
    threes = row(tanggal=day, **{f"u{i}": 3 for i in range(1, 10)})
    varied = [row(tanggal=day, u1=1 + i % 4, u2=1 + i // 4 % 4, u3=1 + i // 16 % 4) for i in range(25)]
    rows = [threes] * 100 + varied
    path = fill_template(tmp_path / "januari.xlsx", rows)
    first = import_surveys(session_factory, path=path)
    assert (first.added, first.duplicates, first.rejected) == (125, 0, ())
    assert ikm_for_period(session_factory, date_from=day, date_to=day).respondents == 125
    assert import_surveys(session_factory, path=path).added == 0
    assert count(session_factory) == 125


def test_headers_are_case_and_space_insensitive_and_any_order(session_factory, station, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Laporan survei triwulan IV"])  # a title above the header is fine
    ws.append(
        [" Saran/Komentar ", *(f" u{i}" for i in range(9, 0, -1)), "TANGGAL", "Jenis  Kelamin", "Layanan"]
    )
    ws.append(["Mantap", *reversed(GOOD), f"{DAY:%d-%m-%Y}", "perempuan", "Laporan Polisi"])
    ws.append([None] * 13)  # blank rows are skipped
    ws.append([None, *reversed(GOOD), DAY.isoformat(), "l", "dumas"])
    path = tmp_path / "free.xlsx"
    wb.save(path)
    good, rejected = parse_sheet(path)
    assert rejected == []
    assert [(p.row, p.data.answers, p.data.sex, p.data.service) for p in good] == [
        (3, GOOD, "P", "LP_B"),
        (5, GOOD, "L", "DUMAS"),
    ]
    assert good[0].data.comment == "Mantap"
    assert import_surveys(session_factory, path=path).added == 2


def test_future_date_and_unknown_options_are_refused(session_factory, station, tmp_path):
    tomorrow = now_utc().astimezone(WIB).date() + timedelta(days=2)
    path = fill_template(
        tmp_path / "odd.xlsx",
        [row(tanggal=tomorrow), row(pendidikan="Sekolah sihir"), row(u2="tiga"), row(layanan="Paspor")],
    )
    result = import_surveys(session_factory, path=path)
    assert result.added == 0
    reasons = dict(result.rejected)
    assert reasons[2] == "tanggal: The time of the answer is in the future."
    assert reasons[3] == "pendidikan: unknown level 'Sekolah sihir'"
    assert reasons[4] == "U2: must be 1, 2, 3 or 4, not 'tiga'"
    assert reasons[5] == "layanan: unknown service 'Paspor'"


def test_a_file_without_header_or_not_xlsx_is_refused(session_factory, station, tmp_path):
    wb = Workbook()
    wb.active.append(["nama", "alamat"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(InvalidSurveyFile, match="no header row"):
        import_surveys(session_factory, path=tmp_path / "other.xlsx")
    (tmp_path / "fake.xlsx").write_text("not a workbook")
    with pytest.raises(InvalidSurveyFile, match="cannot read"):
        import_surveys(session_factory, path=tmp_path / "fake.xlsx")
    assert count(session_factory) == 0


def test_header_names():
    assert normalise_header("  Jenis Kelamin ") == "jenis_kelamin"
    assert normalise_header("U1") == "u1"
    assert normalise_header("Komentar") == "saran"
    assert normalise_header("No. Kuesioner") != "tanggal"


def test_template_has_header_instructions_and_answer_lists(tmp_path):
    path = tmp_path / "t.xlsx"
    write_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Data", "Petunjuk"]
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    assert header[:11] == ["no", "tanggal", *(f"U{i}" for i in range(1, 10))]
    assert ws.freeze_panes == "A2"
    lists = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"1,2,3,4"' in lists and '"L,P"' in lists
    text = " ".join(str(c.value) for r in wb["Petunjuk"].iter_rows() for c in r if c.value)
    assert "Persyaratan" in text and "sangat baik" in text.lower() and "sentra survey import" in text


def test_shipped_template_matches_the_generator():
    shipped = Path(__file__).resolve().parents[2] / "resources" / "templates" / "survei_ikm.xlsx"
    ws = load_workbook(shipped)["Data"]
    assert tuple(str(c.value).lower() for c in ws[1]) == COLUMNS
