"""The reports workbook (`sentra export xlsx`): streamed sheets in openpyxl's write-only mode.

Each sheet gets a styled, frozen header row, an autofilter over its rows and fixed column widths. Times are
real Excel date-times (naive WIB, shown dd-mm-yyyy hh:mm), numbers real numbers, and text that starts like a
formula (=, +, -, @) or an error code (#) is written as a plain string cell, never as a formula.

The file is written next to `out` under a temporary name and renamed at the end, so a cancelled or failed
export leaves no half-written workbook behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from db.views import XlsxExportColumn, XlsxExportSheet
from exports.output_files import output_target

__all__ = ["DATETIME_FORMAT", "DATE_FORMAT", "ExportCancelled", "write_reports_xlsx"]

DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
DATE_FORMAT = "dd-mm-yyyy"
# How often (in rows) progress is reported and cancellation checked.
STEP = 1000
# First characters that openpyxl or Excel could read as a formula or an error value.
_RISKY_START = frozenset("=+-@#")

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="2A548C")
_THIN = Side(style="thin", color="999999")
_HEAD_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="center")


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written to `out`."""


def write_reports_xlsx(
    sheets: Sequence[XlsxExportSheet],
    out: Path | str | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Write the sheets to an .xlsx file (or binary file object); returns the rows written per sheet.

    `progress(done, total)` is called at the start, every STEP rows and at the end (total = the sum of the
    sheets' `total`); when `cancelled()` turns true the writing stops with ExportCancelled.
    """
    wb = Workbook(write_only=True)
    wb.properties.creator = "Sentra Desk"
    total = sum(sheet.total for sheet in sheets)
    done = 0
    counts: dict[str, int] = {}
    if progress:
        progress(0, total)
    try:
        for sheet in sheets:
            written = _write_sheet(wb, sheet, done, total, progress, cancelled)
            counts[sheet.name] = written
            done += written
        if cancelled and cancelled():
            raise ExportCancelled()
    except ExportCancelled:
        # Close each sheet's temporary stream now; left to the garbage collector it writes to a closed file.
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        raise
    save_workbook(wb, out)
    if progress:
        progress(max(done, total), max(done, total))
    return counts


def _text(ws, value: str) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # openpyxl made "=..." a formula and "#N/A" an error: force the plain string
    return cell


def _styled(ws, number_format: str) -> WriteOnlyCell:  # type: ignore[no-untyped-def]
    cell = WriteOnlyCell(ws)
    cell.number_format = number_format
    return cell


def _write_sheet(
    wb: Workbook,
    sheet: XlsxExportSheet,
    done: int,
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    ws = wb.create_sheet(sheet.name[:31])
    columns: Sequence[XlsxExportColumn] = sheet.columns
    # Layout first: write-only sheets put panes and column widths before the rows.
    ws.freeze_panes = "A2"
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.title)
        if col.title[:1] in _RISKY_START:
            cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER, _HEAD_ALIGN
        header.append(cell)
    ws.append(header)

    text_cols = [i for i, c in enumerate(columns) if c.kind == "text"]
    # One styled cell per date column, reused: write-only rows are serialised as soon as they are appended.
    dt_cells = [(i, _styled(ws, DATETIME_FORMAT)) for i, c in enumerate(columns) if c.kind == "datetime"]
    date_cells = [(i, _styled(ws, DATE_FORMAT)) for i, c in enumerate(columns) if c.kind == "date"]
    auto_cols = [
        (i, _styled(ws, DATETIME_FORMAT), _styled(ws, DATE_FORMAT))
        for i, c in enumerate(columns)
        if c.kind == "auto"
    ]
    risky = _RISKY_START
    append = ws.append
    n = 0
    rows: Iterable[tuple[object, ...]] = sheet.rows
    for values in rows:
        row = list(values)
        for i in text_cols:
            v = row[i]
            if v and type(v) is str and v[0] in risky:
                row[i] = _text(ws, v)
        for i, cell in dt_cells:
            v = row[i]
            if v is not None:
                cell.value = v
                row[i] = cell
        for i, cell in date_cells:
            v = row[i]
            if v is not None:
                cell.value = v
                row[i] = cell
        for i, auto_dt, auto_date in auto_cols:
            v = row[i]
            if isinstance(v, datetime):
                auto_dt.value = v
                row[i] = auto_dt
            elif isinstance(v, date):
                auto_date.value = v
                row[i] = auto_date
            elif isinstance(v, str) and v and v[0] in risky:
                row[i] = _text(ws, v)
        append(row)
        n += 1
        if n % STEP == 0:
            if cancelled and cancelled():
                raise ExportCancelled()
            if progress:
                progress(done + n, total)
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(columns)))}{n + 1}"
    return n


def save_workbook(wb: Workbook, out: Path | str | BinaryIO) -> None:
    """Save to a stream, or to a file through a hidden temporary file renamed at the end: a failed or
    interrupted save never leaves half a workbook under the real name."""
    with output_target(out) as target:
        wb.save(target)
