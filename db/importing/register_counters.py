"""How a register import would move the station's number counters, and the numbers that jump too far.

A register's numbers are dense: a year's LPs run 1, 2, 3 … with a few gaps. A number typed wrong (999999 for
99) or on purpose would raise the official counter without bound, and the next walk-in would get
`LP/B/1000000/…`. So a number above the highest stored one may rise past it only by the numbers of the
file below it plus at most `MAX_COUNTER_JUMP`: in a file with LP 16 … 40 above a stored 15, LP 40 jumps by 1;
a lone LP 5,016 above 15 jumps by 5,001 and is refused unless the importer allows the jump
(`--allow-counter-jump`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import NumberCounter, Report

__all__ = ["MAX_COUNTER_JUMP", "CounterMove", "JumpRefusal", "plan_counter_moves"]

MAX_COUNTER_JUMP = 5_000


@dataclass(frozen=True, slots=True)
class CounterMove:
    kind: str
    year: int
    before: int  # the highest number stored for the kind and year (the counter, or a stored report's)
    after: int  # the counter once the import is published
    numbers: int  # how many of the file's numbers lie above `before` (and are imported)
    unused: int  # numbers between `before` and `after` the file does not hold: they will never be issued
    refused: int  # numbers refused as jumps (none when the jump is allowed)


@dataclass(frozen=True, slots=True)
class JumpRefusal:
    seq: int  # the staged row
    row: int  # the sheet's row
    kind: str
    year: int
    number: int
    jump: int  # how far above the highest stored number (less the file's numbers below it) it lies
    highest_stored: int


def highest_stored(s: Session, station_code: str, kind: str, year: int) -> int:
    counter = s.get(NumberCounter, (station_code, kind, year))
    stored = s.scalar(
        select(func.max(Report.number_seq)).where(
            Report.station_code == station_code, Report.kind == kind, Report.number_year == year
        )
    )
    return max(counter.last_value if counter is not None else 0, stored or 0)


def plan_counter_moves(
    s: Session,
    station_code: str,
    numbers: Iterable[tuple[str, int, int, int, int]],
    *,
    allow_jump: bool,
    max_jump: int = MAX_COUNTER_JUMP,
) -> tuple[list[CounterMove], list[JumpRefusal]]:
    """The counters' moves and the refused numbers, from (kind, year, number, seq, row) sorted by kind, year
    and number (the staging table's `numbers()`)."""
    moves: list[CounterMove] = []
    refusals: list[JumpRefusal] = []
    groups: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for kind, year, number, seq, row in numbers:
        groups.setdefault((kind, year), []).append((number, seq, row))
    for (kind, year), found in sorted(groups.items()):
        before = highest_stored(s, station_code, kind, year)
        above = [f for f in found if f[0] > before]
        if not above:
            continue
        after, taken, refused = before, 0, 0
        for number, seq, row in above:
            jump = number - before - taken
            if jump > max_jump and not allow_jump:
                # Every number after this one jumps at least as far: all are refused.
                refusals.append(JumpRefusal(seq, row, kind, year, number, jump, before))
                refused += 1
                continue
            after, taken = number, taken + 1
        if taken:
            moves.append(CounterMove(kind, year, before, after, taken, after - before - taken, refused))
        else:
            moves.append(CounterMove(kind, year, before, before, 0, 0, refused))
    return moves, refusals
