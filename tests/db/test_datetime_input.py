"""The date-and-time fields read what people type at the counter, and never guess a wrong value."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.rules.datetime_input import UnreadableDateTime, format_wib_input, parse_wib_input
from db.rules.timeutil import WIB


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("06/12/2026 20:30", (2026, 12, 6, 20, 30)),
        ("6-12-2026 20.30", (2026, 12, 6, 20, 30)),
        ("061220262030", (2026, 12, 6, 20, 30)),
        ("06122026 2030", (2026, 12, 6, 20, 30)),
        ("6.12.2026 8:05", (2026, 12, 6, 8, 5)),
        ("6/12/26 20:30", (2026, 12, 6, 20, 30)),
        ("  06 / 12 / 2026   20 : 30 ", (2026, 12, 6, 20, 30)),
        ("06/12/2026 2030", (2026, 12, 6, 20, 30)),
        ("2026-12-06 20:30", (2026, 12, 6, 20, 30)),
        ("29/02/2028 00:00", (2028, 2, 29, 0, 0)),
        ("31/12/2026 23:59", (2026, 12, 31, 23, 59)),
    ],
)
def test_what_people_type_is_read_in_wib(typed, expected):
    assert parse_wib_input(typed) == datetime(*expected, tzinfo=WIB)


@pytest.mark.parametrize("typed", ["", "   "])
def test_an_empty_field_is_no_value(typed):
    assert parse_wib_input(typed) is None


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("2202", "format"),  # what a spin box made of a typed time
        ("kemarin sore", "format"),
        ("06/12/2026", "time"),  # a date alone would silently become midnight
        ("06122026", "time"),
        ("31/04/2026 10:00", "date"),
        ("29/02/2027 10:00", "date"),
        ("06/13/2026 10:00", "date"),
        ("06/12/1850 10:00", "date"),
        ("06/12/2026 24:00", "time"),
        ("06/12/2026 20:60", "time"),
        ("0612202620301", "format"),
        ("06/12/2026 20:30:15", "format"),
    ],
)
def test_an_unreadable_value_is_refused_with_the_part_at_fault(typed, reason):
    with pytest.raises(UnreadableDateTime) as raised:
        parse_wib_input(typed)
    assert raised.value.reason == reason


def test_the_field_shows_the_value_back_in_one_form():
    moment = datetime(2026, 12, 6, 13, 30, tzinfo=WIB)
    assert format_wib_input(moment) == "06/12/2026 13:30"
    assert parse_wib_input(format_wib_input(moment)) == moment
    assert format_wib_input(None) == ""
