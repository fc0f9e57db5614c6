"""Figures on patrols and training for a period, for the monthly report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models.community import Patrol, Training
from db.rules.regions import region_name
from db.rules.timeutil import wib_day_bounds
from db.services.patrols import MODES
from db.services.training import training_hours
from db.storage.engine import read_session


@dataclass(frozen=True, slots=True)
class NagariVisits:
    code: str
    name: str
    patrols: int


@dataclass(frozen=True, slots=True)
class PatrolSummary:
    date_from: date
    date_to: date
    total: int
    hours: float
    # Every mode in MODES order, with 0 when none.
    per_mode: tuple[tuple[str, int], ...]
    # Most visited first (a nagari passed twice on one patrol counts once); at most `top` rows.
    nagari: tuple[NagariVisits, ...]


@dataclass(frozen=True, slots=True)
class TrainingSummary:
    date_from: date
    date_to: date
    courses: int
    hours: float
    officers_trained: int
    officers_without_training: int
    # Course name and how many officers attended it, most attended first.
    top_courses: tuple[tuple[str, int], ...]


def _check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValidationFailed({"date_to": "The end of the period is before its start."})


def patrol_summary(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date, top: int = 10
) -> PatrolSummary:
    """Patrols started in the period (WIB days, both included): count, hours, per mode, nagari visited."""
    _check_period(date_from, date_to)
    start, end = wib_day_bounds(date_from)[0], wib_day_bounds(date_to)[1]
    with read_session(session_factory) as s:
        rows = s.execute(
            select(Patrol.mode, Patrol.route, Patrol.starts_at, Patrol.ends_at).where(
                Patrol.deleted_at.is_(None), Patrol.starts_at >= start, Patrol.starts_at < end
            )
        ).all()
    modes: Counter[str] = Counter()
    visits: Counter[str] = Counter()
    seconds = 0.0
    for mode, route, starts_at, ends_at in rows:
        modes[mode] += 1
        visits.update({code for code in route.split(",") if code})
        seconds += (ends_at - starts_at).total_seconds()
    ranked = sorted(visits.items(), key=lambda kv: (-kv[1], region_name(kv[0])))[:top]
    return PatrolSummary(
        date_from=date_from,
        date_to=date_to,
        total=len(rows),
        hours=round(seconds / 3600, 1),
        per_mode=tuple((m, modes.get(m, 0)) for m in MODES),
        nagari=tuple(NagariVisits(code, region_name(code), n) for code, n in ranked),
    )


def training_summary(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date, top: int = 10
) -> TrainingSummary:
    """Courses attended in the period: how many, total hours, officers trained or not, the main courses."""
    _check_period(date_from, date_to)
    per_officer = training_hours(session_factory, date_from=date_from, date_to=date_to)
    with read_session(session_factory) as s:
        courses = s.execute(
            select(Training.course, func.count(func.distinct(Training.officer_id)).label("n"))
            .where(Training.deleted_at.is_(None), Training.held_on >= date_from, Training.held_on <= date_to)
            .group_by(Training.course)
            .order_by(func.count(func.distinct(Training.officer_id)).desc(), Training.course)
            .limit(top)
        ).all()
    return TrainingSummary(
        date_from=date_from,
        date_to=date_to,
        courses=sum(h.courses for h in per_officer),
        hours=round(sum(h.hours for h in per_officer), 1),
        officers_trained=sum(1 for h in per_officer if h.courses),
        officers_without_training=sum(1 for h in per_officer if not h.courses),
        top_courses=tuple((course, int(n)) for course, n in courses),
    )
