"""WIB (Asia/Jakarta) is the time of every date shown, printed or counted; the database keeps UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")


def to_wib(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(WIB)


def now_utc() -> datetime:
    """The one clock of the app: every "now" and "today" is read through here (tests freeze it)."""
    return datetime.now(UTC)


def today_wib() -> date:
    """Today's date in WIB; after 17:00 UTC it is already tomorrow's."""
    return now_utc().astimezone(WIB).date()


def wib_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which a WIB calendar day starts and ends (end exclusive)."""
    start = datetime.combine(day, time.min, tzinfo=WIB)
    end = datetime.combine(date.fromordinal(day.toordinal() + 1), time.min, tzinfo=WIB)
    return start.astimezone(UTC), end.astimezone(UTC)
