"""Outreach sessions and attendance per month, kind and kecamatan, for the monthly report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models.community import OutreachSession
from db.rules.timeutil import to_wib, wib_day_bounds
from db.storage.engine import read_session


@dataclass(frozen=True, slots=True)
class OutreachCount:
    key: str  # "2026-11" for a month, a kind code, or a kecamatan code ("" = not given)
    sessions: int
    men: int
    women: int

    @property
    def attendance(self) -> int:
        return self.men + self.women


@dataclass(frozen=True, slots=True)
class OutreachSummary:
    date_from: date
    date_to: date
    sessions: int
    men: int
    women: int
    by_month: tuple[OutreachCount, ...]
    by_kind: tuple[OutreachCount, ...]
    by_kecamatan: tuple[OutreachCount, ...]

    @property
    def attendance(self) -> int:
        return self.men + self.women


def _counts(groups: dict[str, list[int]]) -> tuple[OutreachCount, ...]:
    return tuple(OutreachCount(k, v[0], v[1], v[2]) for k, v in sorted(groups.items()))


def outreach_summary(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date
) -> OutreachSummary:
    """Sessions held between two WIB days (both included) and who attended, grouped three ways."""
    start, _ = wib_day_bounds(date_from)
    _, end = wib_day_bounds(date_to)
    q = select(
        OutreachSession.held_at,
        OutreachSession.kind,
        OutreachSession.kecamatan_code,
        OutreachSession.attendance_men,
        OutreachSession.attendance_women,
    ).where(
        OutreachSession.deleted_at.is_(None),
        OutreachSession.held_at >= start,
        OutreachSession.held_at < end,
    )
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_kecamatan: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    total = [0, 0, 0]
    with read_session(session_factory) as s:
        rows = s.execute(q).all()
    # Months are WIB months: grouping in Python keeps the 7-hour shift out of SQLite's date functions.
    for held_at, kind, kecamatan, men, women in rows:
        month = f"{to_wib(held_at):%Y-%m}"
        for bucket in (by_month[month], by_kind[kind], by_kecamatan[kecamatan], total):
            bucket[0] += 1
            bucket[1] += men
            bucket[2] += women
    return OutreachSummary(
        date_from=date_from,
        date_to=date_to,
        sessions=total[0],
        men=total[1],
        women=total[2],
        by_month=_counts(by_month),
        by_kind=_counts(by_kind),
        by_kecamatan=_counts(by_kecamatan),
    )
