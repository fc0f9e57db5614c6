"""The hotspot list for Pemda as Excel: one row per hotspot nagari, with the infrastructure it needs.

Layout: the station's letterhead, a title and the period on top, then a styled, frozen header row with an
autofilter over the rows, fixed column widths, and note rows under the table that state the rules:

- a hotspot is a nagari whose LP_B reports in the period lie significantly above its own 12-month baseline
  (two-rate binomial test, Benjamini-Hochberg, q = 0.05, at least 3 reports; db/queries/hotspots.py);
- **street lighting** (penerangan jalan) is asked for when most of the period's reports (more than half)
  happened at night, 18.00-06.00 WIB (incident time, else the time of the report);
- **CCTV** is asked for when the device register holds no working CCTV camera in the nagari.

Text that starts like a formula or an error code is written as a plain string (exports.reports_xlsx's helper).
The file is written under a temporary name and renamed at the end, so a failed export leaves nothing behind.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from babel.dates import format_date
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from db.rules.numbers import decimal_text
from exports.reports_xlsx import _RISKY_START, _text, save_workbook

# Annotations only: db.views names db.queries.hotspots' dataclasses (that module reads the database).
if TYPE_CHECKING:
    from db.views import PemdaHotspotList, PemdaHotspotRow

__all__ = ["COLUMNS", "SHEET", "infrastructure", "period_label", "write_hotspots_xlsx"]

# WIB has no daylight saving time; a fixed offset needs no tzdata (as exports.pdf_common does).
_WIB = timezone(timedelta(hours=7))


SHEET = "Nagari Rawan"
TITLE = "DAFTAR NAGARI RAWAN KRIMINALITAS DAN KEBUTUHAN SARANA"
LIGHTING = "Penerangan jalan"
CCTV = "CCTV"
# (title, width)
COLUMNS = (
    ("No", 5),
    ("Kecamatan", 20),
    ("Nagari", 22),
    ("Laporan", 10),
    ("Perkiraan (dasar 12 bulan)", 14),
    ("Nilai p", 10),
    ("Kategori utama", 44),
    ("Porsi malam", 10),
    ("Jam rawan", 18),
    ("CCTV aktif", 9),
    ("Sarana yang dibutuhkan", 30),
)

_TITLE_FONT = Font(bold=True, size=13)
_BOLD = Font(bold=True)
_UNDERLINED = Font(bold=True, underline="single")
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="2A548C")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="center")


def period_label(start: datetime, end: datetime) -> str:
    """ "November 2026" for one whole WIB month, else "1 November 2026 s.d. 15 November 2026"."""
    first, after = start.astimezone(_WIB), end.astimezone(_WIB)
    last = (after - timedelta(microseconds=1)).date()
    midnight = time(0, 0)
    next_month = (first.year + first.month // 12, first.month % 12 + 1)
    if (first.day, after.day, first.time(), after.time()) == (1, 1, midnight, midnight) and (
        after.year,
        after.month,
    ) == next_month:
        return format_date(first.date(), "MMMM y", locale="id")
    return f"{_day(first.date())} s.d. {_day(last)}"


def _day(day: date) -> str:
    return format_date(day, "d MMMM y", locale="id")


def notes(data: PemdaHotspotList) -> tuple[str, ...]:
    """The note rows under the table: what a hotspot is and when each kind of infrastructure is asked for."""
    alpha = decimal_text(data.alpha, len(f"{data.alpha:g}".partition(".")[2]))
    return (
        "Catatan:",
        "Nagari rawan: jumlah laporan polisi (LP/B) pada periode secara bermakna di atas 12 bulan sebelumnya "
        "(uji dua-laju binomial bersyarat, koreksi Benjamini-Hochberg atas semua nagari yang diuji, "
        f"q = {alpha}, minimal {data.min_count} laporan).",
        "Perkiraan: jumlah laporan 12 bulan sebelumnya disesuaikan dengan panjang periode.",
        "Penerangan jalan: diusulkan bila lebih dari separuh laporan terjadi malam hari (18.00-06.00 WIB).",
        "CCTV: diusulkan bila daftar perangkat tidak mencatat CCTV yang berfungsi di nagari tersebut.",
    )


def infrastructure(row: PemdaHotspotRow) -> str:
    """What the nagari asks Pemda for, by the rules in the module's docstring ("-" when nothing)."""
    needs = [name for name, needed in ((LIGHTING, row.needs_lighting), (CCTV, row.needs_cctv)) if needed]
    return ", ".join(needs) or "-"


def _cell(  # type: ignore[no-untyped-def]
    ws, value: object, *, font: Font | None = None, fmt: str | None = None, border: bool = False
):
    if isinstance(value, str) and value[:1] in _RISKY_START:
        cell = _text(ws, value)
    else:
        cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fmt is not None:
        cell.number_format = fmt
    if border:
        cell.border = _BORDER
    return cell


def write_hotspots_xlsx(data: PemdaHotspotList, out: Path | str | BinaryIO) -> int:
    """Write the Pemda hotspot list to an .xlsx file (or binary file object); returns the rows written."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "Sentra Desk"
    wb.properties.title = f"Nagari rawan {data.unit} {period_label(data.start, data.end)}".strip()
    ws = wb.create_sheet(SHEET)
    letterhead = [line for line in data.letterhead_lines if line.strip()]
    header_row = len(letterhead) + 5  # letterhead, blank, title, period, blank
    # Write-only sheets take panes and widths before the rows.
    ws.freeze_panes = f"A{header_row + 1}"
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for i, line in enumerate(letterhead):
        ws.append([_cell(ws, line, font=_UNDERLINED if i == len(letterhead) - 1 else _BOLD)])
    ws.append([])
    ws.append([_cell(ws, TITLE, font=_TITLE_FONT)])
    ws.append([_cell(ws, f"Periode: {period_label(data.start, data.end)} - SPKT {data.unit}".strip())])
    ws.append([])
    header = []
    for title, _ in COLUMNS:
        cell = _cell(ws, title, font=_HEAD_FONT, border=True)
        cell.fill, cell.alignment = _HEAD_FILL, _HEAD_ALIGN
        header.append(cell)
    ws.append(header)
    for n, row in enumerate(data.rows, start=1):
        h = row.hotspot
        categories = ", ".join(f"{name} ({count})" for name, count in row.main_categories) or "-"
        values: list[tuple[object, str | None]] = [
            (n, None),
            (h.kecamatan_name, None),
            (h.nagari_name, None),
            (h.count, "0"),
            (round(h.expected, 1), "0.0"),
            (h.p_value, "0.000"),
            (categories, None),
            (h.night_share, "0%"),
            (h.peak_hours or "-", None),
            (row.active_cctv, "0"),
            (infrastructure(row), None),
        ]
        ws.append([_cell(ws, value, fmt=fmt, border=True) for value, fmt in values])
    last = header_row + len(data.rows)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(COLUMNS))}{last}"
    ws.append([])
    if not data.rows:
        ws.append([_cell(ws, "Tidak ada nagari rawan pada periode ini.", font=_BOLD)])
    for i, note in enumerate(notes(data)):
        ws.append([_cell(ws, note, font=_BOLD if i == 0 else None)])
    save_workbook(wb, out)
    return len(data.rows)
