"""Reading typed-in Excel sheets: cell text, dates (WIB) and the rows of a workbook, for the importers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from db.errors import SentraError
from db.rules.text_rules import strip_control_characters
from db.rules.timeutil import WIB

__all__ = ["cell_day", "cell_text", "is_blank", "iter_sheet_rows", "header_words"]

_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), (3, 2, 1)),
)


def cell_text(value: object) -> str:
    """A cell as one line of text: whole floats lose their '.0', runs of white space become one space."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(strip_control_characters(str(value)).split())


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def header_words(name: object) -> str:
    """A header's words, case, spacing and punctuation forgiven: ' No. LP ' -> 'no lp'."""
    return " ".join(re.sub(r"[^\w]+|_", " ", str(name or "").casefold()).split())


def cell_day(value: object) -> datetime | None:
    """The moment an Excel date, date-time or DD-MM-YYYY / DD/MM/YYYY / YYYY-MM-DD text stands for, in WIB
    (midnight when only a date is given); None when the cell is not a date."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=WIB) if value.tzinfo is None else value.astimezone(WIB)
    if isinstance(value, date):
        return datetime.combine(value, time.min, tzinfo=WIB)
    text = str(value or "").strip()
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                day = date(int(match.group(y)), int(match.group(m)), int(match.group(d)))
            except ValueError:
                return None
            return datetime.combine(day, time.min, tzinfo=WIB)
    return None


def iter_sheet_rows(path: Path, error: type[SentraError]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number as Excel shows it, values) of every sheet in turn, with (0, ()) after each sheet.

    Cached values are read, not formulas; a cell typed as text that starts with '=' stays that text.
    Raises `error` when the file is not a readable .xlsx workbook.
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises a zoo of errors for files that are not .xlsx
        raise error(f"cannot read {path.name} as an .xlsx workbook: {exc}") from exc
    try:
        for ws in wb.worksheets:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                yield number, tuple(values)
            yield 0, ()
    finally:
        wb.close()
