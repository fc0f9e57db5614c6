"""Reads a date and time as typed at the counter: 06/12/2026 20:30, 6-12-2026 20.30, 061220262030."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from db.rules.timeutil import WIB

__all__ = ["UnreadableDateTime", "format_wib_input", "parse_wib_input"]

# Day, month, year separated by / - . or a space; then the time as 20:30, 20.30 or 2030.
_SEPARATED = re.compile(
    r"^(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4}|\d{2})"
    r"(?:[\sT,]+|\s*$)(?:(?P<hh>\d{1,2})\s*[:.]\s*(?P<mm>\d{2})|(?P<hhmm>\d{4}))?$"
)
# The ISO order some people copy from other programs: 2026-12-06 20:30.
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[\sT]+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?$")
# Digits only: DDMMYYYYHHMM, or DDMMYYYY then a space and HHMM / HH:MM.
_DIGITS = re.compile(
    r"^(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})\s*(?:(?P<hh>\d{1,2})\s*[:.]\s*(?P<mm>\d{2})|(?P<hhmm>\d{4}))?$"
)

_MIN_YEAR, _MAX_YEAR = 1900, 2099


class UnreadableDateTime(ValueError):
    """The text is not a whole date and time; `reason` ("format", "date", "time") says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_wib_input(text: str) -> datetime | None:
    """The WIB moment in `text` (whole minutes), None for an empty text; raises UnreadableDateTime otherwise.

    Day first, as in Indonesia. A two-digit year is 20xx. The time is required: a date alone would silently
    become midnight.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _ISO.match(cleaned) or _DIGITS.match(cleaned)
    if match is None:
        raise UnreadableDateTime("format")
    parts = match.groupdict()
    year = int(parts["y"])
    if len(parts["y"]) == 2:
        year += 2000
    if parts.get("hhmm"):
        hour, minute = int(parts["hhmm"][:2]), int(parts["hhmm"][2:])
    elif parts.get("hh") is not None:
        hour, minute = int(parts["hh"]), int(parts["mm"])
    else:
        raise UnreadableDateTime("time")
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise UnreadableDateTime("date")
    try:
        day = date(year, int(parts["m"]), int(parts["d"]))
    except ValueError:
        raise UnreadableDateTime("date") from None
    try:
        clock = time(hour, minute)
    except ValueError:
        raise UnreadableDateTime("time") from None
    return datetime.combine(day, clock, tzinfo=WIB)


def format_wib_input(moment: datetime | None) -> str:
    """The text a field shows for `moment` (dd/mm/yyyy hh:mm in WIB); "" for None."""
    if moment is None:
        return ""
    return moment.astimezone(WIB).strftime("%d/%m/%Y %H:%M")
