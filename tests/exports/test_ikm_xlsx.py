"""The IKM Excel workbook: sheets, figures, no formula from user text, frozen headers, filters, real dates."""

from __future__ import annotations

import zipfile
from datetime import datetime

from openpyxl import load_workbook

from exports.ikm_xlsx import SHEETS, write_ikm_xlsx
from tests.exports.ikm_sample import FORMULA_COMMENT, MARKUP_COMMENT, sample_report


def workbook(tmp_path, data=None):
    path = tmp_path / "ikm.xlsx"
    write_ikm_xlsx(data or sample_report(), path)
    return load_workbook(path)


def test_sheets_and_summary_figures(tmp_path):
    wb = workbook(tmp_path)
    assert wb.sheetnames == list(SHEETS)
    ws = wb["Ringkasan"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    elements = [r for r in rows if r[0] and str(r[0]).startswith("U") and len(str(r[0])) == 2]
    assert [r[0] for r in elements] == [f"U{i}" for i in range(1, 10)]
    assert elements[0][1] == "Persyaratan" and elements[0][3] == 3.5
    facts = {r[1]: r[2] for r in rows if r[1] and r[0] is None}
    assert facts["Indeks Kepuasan Masyarakat (konversi)"] == 81.94
    assert facts["Mutu pelayanan"] == "B (Baik)"
    assert facts["Sampel mencukupi"] == "Tidak"
    assert isinstance(facts["Periode dari"], datetime)


def test_user_text_never_becomes_a_formula(tmp_path):
    wb = workbook(tmp_path)
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    comments = [c.value for c in wb["Komentar"]["D"] if c.value]
    assert FORMULA_COMMENT in comments and MARKUP_COMMENT in comments and "@home -minus" in comments
    answers = [c.value for c in wb["Jawaban"]["R"]]
    assert "+62 812" in answers and FORMULA_COMMENT in answers
    # And in the file itself: no <f> element anywhere, so Excel and LibreOffice show the text as typed.
    with zipfile.ZipFile(tmp_path / "ikm.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


def test_headers_frozen_filtered_and_dates_are_dates(tmp_path):
    wb = workbook(tmp_path)
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None, ws.title
        assert ws.auto_filter.ref, ws.title
    ws = wb["Jawaban"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert [c.value for c in ws[1]][:3] == ["No", "Tanggal (WIB)", "U1"]
    assert ws["B2"].value == datetime(2026, 11, 3, 10, 15) and ws["B2"].is_date
    assert [c.value for c in ws[2]][2:11] == [4, 3, 3, 4, 3, 4, 4, 3, 3]
    assert wb["Komentar"].column_dimensions["D"].width >= 60
    assert wb["Profil"]["D6"].value == 0.75


def test_empty_period(tmp_path):
    data = sample_report(respondents=0, elements=(), ikm=None, index=None, grade="", grade_label="",
                         comments=(), answers=(), profile=())  # fmt: skip
    wb = workbook(tmp_path, data)
    assert wb["Jawaban"].max_row == 1
