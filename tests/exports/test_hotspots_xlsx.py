"""The Pemda hotspot workbook read back: letterhead and period, styled frozen header, autofilter, widths,
the infrastructure rules, formula-looking text kept as text, notes and an empty period."""

from __future__ import annotations

from datetime import UTC, datetime

from openpyxl import load_workbook

from db.queries.hotspots import CategoryHotspot, Hotspot, PemdaHotspotList, PemdaHotspotRow
from exports.hotspots_xlsx import COLUMNS, SHEET, TITLE, infrastructure, period_label, write_hotspots_xlsx

LETTERHEAD = ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK")
# November 2026 in WIB, as UTC instants.
NOV_START, NOV_END = datetime(2026, 10, 31, 17, tzinfo=UTC), datetime(2026, 11, 30, 17, tzinfo=UTC)


def hotspot(name: str, *, count: int = 9, night: float = 0.75, peak: str = "19.00–01.00 WIB") -> Hotspot:
    return Hotspot(
        nagari_code="13.02.08.2003",
        nagari_name=name,
        kecamatan_code="13.02.08",
        kecamatan_name="Bukit Sundi",
        count=count,
        expected=1.0685,
        p_value=0.00012,
        categories=(CategoryHotspot("Curanmor R2", 7, 1.07, 0.0004),),
        night_share=night,
        peak_hours=peak,
    )


def listing(rows: tuple[PemdaHotspotRow, ...]) -> PemdaHotspotList:
    return PemdaHotspotList(LETTERHEAD, "POLRES SOLOK", NOV_START, NOV_END, rows)


def sample() -> PemdaHotspotList:
    return listing(
        (
            PemdaHotspotRow(hotspot("Bukit Tandang"), (("Curanmor R2", 7), ("=HYPERLINK(1)", 1)), 0),
            PemdaHotspotRow(hotspot("-Dilam", night=0.5, peak="08.00–14.00 WIB"), (("Penipuan", 4),), 2),
            PemdaHotspotRow(hotspot("Kinari", night=0.2), (), 0),
            PemdaHotspotRow(hotspot("Muaro Paneh", night=0.9), (("Curat", 3),), 1),
        )
    )


def test_infrastructure_rules():
    rows = sample().rows
    # Most at night, no working camera; half at night (not most), cameras; by day, none; at night, one.
    assert [infrastructure(r) for r in rows] == ["Penerangan jalan, CCTV", "-", "CCTV", "Penerangan jalan"]


def test_period_label():
    assert period_label(NOV_START, NOV_END) == "November 2026"
    assert (
        period_label(NOV_START, datetime(2026, 11, 14, 17, tzinfo=UTC))
        == "1 November 2026 s.d. 14 November 2026"
    )
    # A UTC month is not a WIB month.
    utc_month = period_label(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert utc_month == "1 November 2026 s.d. 1 Desember 2026"


def test_read_back(tmp_path):
    out = tmp_path / "rawan.xlsx"
    assert write_hotspots_xlsx(sample(), out) == 4
    assert not list(tmp_path.glob(".*.part"))
    wb = load_workbook(out)
    assert wb.sheetnames == [SHEET]
    ws = wb[SHEET]
    assert [ws.cell(row=r, column=1).value for r in range(1, 4)] == list(LETTERHEAD)
    assert ws["A3"].font.u == "single" and ws["A1"].font.b
    assert ws["A5"].value == TITLE and ws["A5"].font.b
    assert ws["A6"].value == "Periode: November 2026 - SPKT POLRES SOLOK"
    header = 8
    assert [ws.cell(row=header, column=c).value for c in range(1, len(COLUMNS) + 1)] == [
        t for t, _ in COLUMNS
    ]
    head = ws.cell(row=header, column=1)
    assert head.font.b and head.fill.fgColor.rgb.endswith("2A548C")
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:K{header + 4}"
    assert ws.column_dimensions["C"].width == 22 and ws.column_dimensions["G"].width == 44
    first = [ws.cell(row=header + 1, column=c).value for c in range(1, len(COLUMNS) + 1)]
    assert first == [1, "Bukit Sundi", "Bukit Tandang", 9, 1.1, 0.00012, "Curanmor R2 (7), =HYPERLINK(1) (1)",
                     0.75, "19.00–01.00 WIB", 0, "Penerangan jalan, CCTV"]  # fmt: skip
    assert ws.cell(row=header + 1, column=4).data_type == "n"
    assert ws.cell(row=header + 1, column=8).number_format == "0%"
    # Text that looks like a formula stays text.
    assert ws.cell(row=header + 2, column=3).value == "-Dilam"
    assert ws.cell(row=header + 2, column=3).data_type == "s"
    assert ws.cell(row=header + 3, column=7).value == "-"
    notes = [ws.cell(row=r, column=1).value for r in range(header + 6, ws.max_row + 1)]
    assert notes[0] == "Catatan:"
    assert any("Benjamini-Hochberg" in n and "q = 0,05" in n and "minimal 3 laporan" in n for n in notes)
    assert any(n.startswith("Penerangan jalan: ") and "18.00-06.00 WIB" in n for n in notes)
    assert any(n.startswith("CCTV: ") and "berfungsi" in n for n in notes)


def test_formula_in_letterhead_and_category_is_text(tmp_path):
    out = tmp_path / "rawan.xlsx"
    data = PemdaHotspotList(("=1+1",), "POLRES SOLOK", NOV_START, NOV_END,
                            (PemdaHotspotRow(hotspot("@x"), (("+62", 3),), 1),))  # fmt: skip
    write_hotspots_xlsx(data, out)
    ws = load_workbook(out)[SHEET]
    assert ws["A1"].value == "=1+1" and ws["A1"].data_type == "s"
    row = 6  # one letterhead line, blank, title, period, blank, header
    assert ws.cell(row=row + 1, column=3).value == "@x" and ws.cell(row=row + 1, column=3).data_type == "s"
    assert (
        ws.cell(row=row + 1, column=7).value == "+62 (3)" and ws.cell(row=row + 1, column=7).data_type == "s"
    )


def test_empty_period(tmp_path):
    out = tmp_path / "kosong.xlsx"
    assert write_hotspots_xlsx(listing(()), out) == 0
    ws = load_workbook(out)[SHEET]
    values = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    assert "Tidak ada nagari rawan pada periode ini." in values
    assert ws.auto_filter.ref == "A8:K8"
