"""What the reports workbook's row streams share: the WIB period, WIB wall-clock times, region names.

A period is WIB days, both ends included; a row belongs to it by one timestamp column of its table, and a
soft-deleted row never does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute

from db.rules.regions import region_name
from db.rules.timeutil import wib_day_bounds
from db.views import XlsxExportColumn

YIELD_PER = 2000
# WIB has had no daylight saving since 1964: a fixed offset is exact and much faster than astimezone.
WIB_OFFSET = timedelta(hours=7)

C = XlsxExportColumn


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    return wib_day_bounds(date_from)[0], wib_day_bounds(date_to)[1]


def in_period(stmt, when: InstrumentedAttribute[Any], lo: datetime, hi: datetime):  # type: ignore[no-untyped-def]
    """`stmt` narrowed to the live rows of `when`'s table whose `when` falls in [lo, hi)."""
    return stmt.where(when >= lo, when < hi, when.class_.deleted_at.is_(None))


def wib(moment: datetime | None) -> datetime | None:
    """Aware UTC -> naive WIB wall-clock time (Excel has no time zones)."""
    return None if moment is None else moment.replace(tzinfo=None) + WIB_OFFSET


_region_cache: dict[str, str] = {}


def region(code: str) -> str:
    name = _region_cache.get(code)
    if name is None:
        name = _region_cache[code] = region_name(code)
    return name
