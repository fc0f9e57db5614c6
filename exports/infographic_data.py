"""The input of the social-media infographic (exports/infographic.py): aggregates only, taken from the
monthly report (`infographic_from_report(monthly_report_data(sf, year=, month=))`).

`InfographicData` has no field that can hold a citizen's or an officer's data: counts, a rate, the IKM score,
category and place names (from the configured lists, never typed by a citizen) and the unit's name. It is
built from `MonthlyReportData` by copying exactly those, so the letterhead's signatory and anything added to
the monthly report later cannot reach the image.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from db.views import CountRow, MonthlyReportData

__all__ = ["InfographicData", "Tally", "infographic_from_report", "unit_display_name"]

TOP_CATEGORIES = 5
TOP_PLACES = 3

_ROMAN = re.compile(r"^[IVXL]+$")


@dataclass(frozen=True, slots=True)
class Tally:
    """A named count: a crime category or a kecamatan and how many reports it had."""

    name: str
    count: int

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or type(self.count) is not int or self.count < 0:
            raise ValueError(f"a tally is a name and a count >= 0, not {self.name!r}: {self.count!r}")


@dataclass(frozen=True, slots=True)
class InfographicData:
    """One WIB month's key figures for the public infographic (see the module's docstring)."""

    unit: str  # "Polres Solok"
    year: int
    month: int
    received: int  # reports of every kind received in the month
    previous_received: int  # the same for the month before
    ct: int
    cc: int
    clearance_rate: Decimal | None  # CC / CT in percent, None when CT is 0
    categories: tuple[Tally, ...]  # most first, at most TOP_CATEGORIES, "not given" left out
    places: tuple[Tally, ...]  # kecamatan with the most reports, at most TOP_PLACES
    outreach_sessions: int
    outreach_attendance: int
    ikm_index: Decimal | None  # 25-100, None when nobody answered the survey in the month
    ikm_grade: str  # "A".."D", "" without a survey
    ikm_grade_label: str  # "Sangat Baik".."Tidak Baik", "" without a survey
    made_on: date  # WIB day the image is made

    def __post_init__(self) -> None:
        counts = (
            self.received,
            self.previous_received,
            self.ct,
            self.cc,
            self.outreach_sessions,
            self.outreach_attendance,
        )
        if any(type(n) is not int or n < 0 for n in counts):
            raise ValueError(f"counts must be whole numbers >= 0: {counts}")
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1-12, not {self.month}")
        if any(not isinstance(t, Tally) for t in (*self.categories, *self.places)):
            raise ValueError("categories and places must be tallies")


def unit_display_name(unit: str) -> str:
    """'POLRES SOLOK' -> 'Polres Solok'; Roman numerals stay upper case ('Polsek IX Koto')."""
    words = unit.split()
    return " ".join(w if _ROMAN.match(w) else w.capitalize() for w in words)


def _tallies(rows: tuple[CountRow, ...], top: int) -> tuple[Tally, ...]:
    return tuple(Tally(r.label, r.count) for r in rows if r.code and r.label and r.count > 0)[:top]


def infographic_from_report(report: MonthlyReportData) -> InfographicData:
    """The infographic's figures out of the monthly report (aggregates copied one by one)."""
    f = report.figures
    return InfographicData(
        unit=unit_display_name(report.unit),
        year=f.year,
        month=f.month,
        received=f.current.received,
        previous_received=f.previous.received,
        ct=f.current.ct,
        cc=f.current.cc,
        clearance_rate=f.current.clearance_rate,
        categories=_tallies(f.by_category, TOP_CATEGORIES),
        places=_tallies(f.by_kecamatan, TOP_PLACES),
        outreach_sessions=f.outreach.sessions,
        outreach_attendance=f.outreach.attendance,
        ikm_index=None if f.ikm is None else f.ikm.index,
        ikm_grade="" if f.ikm is None else f.ikm.grade,
        ikm_grade_label="" if f.ikm is None else f.ikm.grade_label,
        made_on=report.printed_on,
    )
