"""The IKM report as an Excel workbook: Ringkasan (elements, index, grade), Profil, Komentar, Jawaban."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.views import IkmReportData
from exports.output_files import output_target

__all__ = ["SHEETS", "write_ikm_xlsx"]

SHEETS = ("Ringkasan", "Profil", "Komentar", "Jawaban")

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="2A548C")
_TITLE_FONT = Font(bold=True, size=13)
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_DATE_FORMAT = "DD-MM-YYYY"
_DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
_FORMULA_STARTS = ("=", "+", "-", "@")


def write_ikm_xlsx(
    data: IkmReportData,
    out: Path | str | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the IKM report for data as an .xlsx workbook to a path or a binary file object."""
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = SHEETS[0]
    steps = len(SHEETS)
    _summary_sheet(summary, data)
    if progress:
        progress(1, steps)
    _profile_sheet(wb.create_sheet(SHEETS[1]), data)
    if progress:
        progress(2, steps)
    _comments_sheet(wb.create_sheet(SHEETS[2]), data)
    if progress:
        progress(3, steps)
    _answers_sheet(wb.create_sheet(SHEETS[3]), data)
    wb.properties.creator = "Sentra Desk"
    wb.properties.title = f"IKM {data.unit} {data.period_label}".strip()
    with output_target(out) as target:
        wb.save(target)
    if progress:
        progress(steps, steps)


def text_cell(ws: Worksheet, row: int, column: int, text: str) -> Cell:
    """A cell holding user text as plain text, even when it starts like a formula (=, +, -, @)."""
    cell = ws.cell(row=row, column=column)
    cell.value = text
    # openpyxl turns a string starting with "=" into a formula; force the plain-string type back.
    if text.startswith(_FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def _naive(moment: datetime) -> datetime:
    """Excel has no time zones: the WIB wall-clock time, as printed everywhere else."""
    return moment.replace(tzinfo=None)


def _header(ws: Worksheet, row: int, titles: Sequence[str]) -> None:
    for col, title in enumerate(titles, start=1):
        cell = ws.cell(row=row, column=col, value=title)
        cell.font = _HEAD_FONT
        cell.fill = _HEAD_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _table(ws: Worksheet, header_row: int, titles: Sequence[str], widths: Sequence[float]) -> None:
    """Style the header, freeze it, filter the columns and size them."""
    _header(ws, header_row, titles)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last_row = max(ws.max_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(titles))}{last_row}"
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _row(ws: Worksheet, row: int, values: Sequence[Any], number_format: dict[int, str] | None = None) -> None:
    for col, value in enumerate(values, start=1):
        cell = text_cell(ws, row, col, value) if isinstance(value, str) else ws.cell(row, col, value)
        cell.border = _BORDER
        if number_format and col in number_format:
            cell.number_format = number_format[col]


def _title_block(ws: Worksheet, data: IkmReportData, title: str) -> int:
    """Title lines above a table; returns the header row."""
    ws.cell(row=1, column=1, value=title).font = _TITLE_FONT
    text_cell(ws, 2, 1, f"SPKT {data.unit}".strip())
    text_cell(ws, 3, 1, f"Periode {data.period_label}")
    return 5


def _summary_sheet(ws: Worksheet, data: IkmReportData) -> None:
    header_row = _title_block(ws, data, "Survei Kepuasan Masyarakat (IKM)")
    titles = (
        "Kode",
        "Unsur Pelayanan",
        "Jumlah Nilai",
        "NRR",
        "NRR Tertimbang",
        "Konversi",
        "Mutu",
        "Kategori",
    )
    row = header_row + 1
    for e in data.elements:
        values = (e.code, e.name, e.total, e.nrr, e.nrr_weighted, e.converted, e.grade, e.grade_label)
        _row(ws, row, values, {4: "0.0000", 5: "0.0000", 6: "0.00"})
        row += 1
    _table(ws, header_row, titles, (8, 42, 13, 9, 15, 11, 8, 14))
    row += 1
    facts: list[tuple[str, Any, str | None]] = [
        ("Nilai IKM (interval 1-4)", data.ikm, "0.0000"),
        ("Indeks Kepuasan Masyarakat (konversi)", data.index, "0.00"),
        ("Mutu pelayanan", f"{data.grade} ({data.grade_label})" if data.grade else "-", None),
        ("Jumlah responden", data.respondents, "0"),
        ("Jumlah layanan pada periode (populasi)", data.services, "0"),
        ("Sampel minimal (Krejcie-Morgan)", data.required_sample, "0"),
        ("Sampel mencukupi", "Ya" if data.enough else "Tidak", None),
        ("Periode dari", data.date_from, _DATE_FORMAT),
        ("Periode sampai", data.date_to, _DATE_FORMAT),
    ]
    for label, value, fmt in facts:
        ws.cell(row=row, column=2, value=label).font = _BOLD
        cell = ws.cell(row=row, column=3, value=value if value is not None else "-")
        if fmt and value is not None:
            cell.number_format = fmt
        row += 1


def _profile_sheet(ws: Worksheet, data: IkmReportData) -> None:
    header_row = _title_block(ws, data, "Profil Responden")
    row = header_row + 1
    for group in data.profile:
        total = sum(c.count for c in group.counts)
        for c in group.counts:
            share = c.count / total if total else 0.0
            _row(ws, row, (group.title, c.label, c.count, share), {4: "0.0%"})
            row += 1
    _table(ws, header_row, ("Karakteristik", "Kategori", "Jumlah", "Persentase"), (22, 30, 10, 12))


def _comments_sheet(ws: Worksheet, data: IkmReportData) -> None:
    header_row = _title_block(ws, data, "Saran dan Masukan Responden")
    row = header_row + 1
    for i, c in enumerate((c for c in data.comments if c.text.strip()), start=1):
        _row(ws, row, (i, _naive(c.answered_at), c.service, c.text), {2: _DATETIME_FORMAT})
        ws.cell(row=row, column=4).alignment = _WRAP
        row += 1
    _table(ws, header_row, ("No", "Tanggal (WIB)", "Layanan", "Saran / Masukan"), (6, 17, 20, 80))


def _answers_sheet(ws: Worksheet, data: IkmReportData) -> None:
    # Raw data for re-analysis: header on row 1, so the sheet can be filtered and pivoted as is.
    codes = [f"U{i}" for i in range(1, 10)]
    titles = ("No", "Tanggal (WIB)", *codes, "Jenis Kelamin", "Kelompok Umur", "Pendidikan", "Pekerjaan",
              "Layanan", "Sumber", "Saran / Masukan")  # fmt: skip
    for row, a in enumerate(data.answers, start=2):
        values = (row - 1, _naive(a.answered_at), *a.answers, a.sex, a.age_group, a.education,
                  a.occupation, a.service, a.source, a.comment)  # fmt: skip
        _row(ws, row, values, {2: _DATETIME_FORMAT})
    widths = (6, 17, *([5] * 9), 13, 14, 13, 22, 18, 9, 60)
    _table(ws, 1, titles, widths)
