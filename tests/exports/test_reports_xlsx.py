"""The reports workbook read back: header styled and frozen, autofilter, widths, real dates and numbers,
formula-looking text kept as literal text, progress and cancellation."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from db.views import XlsxExportColumn as C
from db.views import XlsxExportSheet
from exports.reports_xlsx import DATETIME_FORMAT, ExportCancelled, write_reports_xlsx

RISKY = ("=SUM(A1)", "+62812", "-x", "@y", "#N/A")


def _sheets(n: int = 3) -> list[XlsxExportSheet]:
    cols = (C("No", "text", 30), C("Diterima (WIB)", "datetime", 17), C("Kerugian", "int", 12),
            C("Rata", "float", 8), C("Catatan", "text", 40))  # fmt: skip
    rows = [
        (f"LP/{i}", datetime(2026, 11, 1 + i % 28, 9, 30), 1000 * i, 3.25, RISKY[i % len(RISKY)])
        for i in range(n)
    ]
    summary = [("Periode dari", date(2026, 11, 1)), ("Dibuat", datetime(2026, 11, 27, 8, 0)), ("Laporan", n),
               ("=1+1", "=2+2")]  # fmt: skip
    return [
        XlsxExportSheet(
            "Ringkasan", (C("Uraian", "text", 36), C("Nilai", "auto", 20)), summary, len(summary)
        ),
        XlsxExportSheet("Laporan", cols, iter(rows), n),
    ]


def test_read_back(tmp_path):
    out = tmp_path / "r.xlsx"
    counts = write_reports_xlsx(_sheets(len(RISKY)), out)
    assert counts == {"Ringkasan": 4, "Laporan": len(RISKY)}
    assert not list(tmp_path.glob(".*.part"))
    wb = load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Laporan"]
    ws = wb["Laporan"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:E{len(RISKY) + 1}"
    assert ws.column_dimensions["A"].width == 30 and ws.column_dimensions["E"].width == 40
    head = ws["A1"]
    assert head.value == "No" and head.font.b and head.fill.fgColor.rgb.endswith("2A548C")
    assert ws["B2"].value == datetime(2026, 11, 1, 9, 30) and ws["B2"].is_date
    assert ws["B2"].number_format == DATETIME_FORMAT
    assert ws["C3"].value == 1000 and ws["C3"].data_type == "n"
    assert ws["D2"].value == 3.25
    texts = [ws.cell(row=r, column=5) for r in range(2, 2 + len(RISKY))]
    assert [c.value for c in texts] == list(RISKY)
    assert all(c.data_type == "s" for c in texts)
    summary = wb["Ringkasan"]
    assert summary["B2"].value == datetime(2026, 11, 1) and summary["B2"].is_date
    assert summary["B3"].value == datetime(2026, 11, 27, 8, 0) and summary["B4"].value == len(RISKY)
    assert summary["A5"].value == "=1+1" and summary["B5"].value == "=2+2"
    assert summary["B5"].data_type == "s"


def test_no_formula_in_the_xml(tmp_path):
    import zipfile

    out = tmp_path / "r.xlsx"
    write_reports_xlsx(_sheets(len(RISKY)), out)
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml


def test_progress_and_cancel(tmp_path, monkeypatch):
    import exports.reports_xlsx as mod

    monkeypatch.setattr(mod, "STEP", 10)
    seen: list[tuple[int, int]] = []
    write_reports_xlsx(_sheets(35), tmp_path / "a.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 39) and seen[-1] == (39, 39)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    out = tmp_path / "b.xlsx"
    with pytest.raises(ExportCancelled):
        write_reports_xlsx(_sheets(35), out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
