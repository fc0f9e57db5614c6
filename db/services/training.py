"""The training log (course, date, hours, organiser) and training hours per officer for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models import Officer
from db.models.community import Training
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, to_wib
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited, live_row, require_own_or_head
from db.storage.engine import read_session

# A course of a month, full time, is the longest a single entry may record.
MAX_HOURS = 24 * 30


@dataclass(frozen=True, slots=True)
class TrainingInput:
    officer_id: str
    course: str
    held_on: date
    hours: float
    organiser: str = ""


@dataclass(frozen=True, slots=True)
class TrainingView:
    id: str
    officer_id: str
    officer_name: str
    officer_rank: str
    course: str
    held_on: date
    hours: float
    organiser: str


@dataclass(frozen=True, slots=True)
class OfficerHours:
    officer_id: str
    name: str
    rank: str
    nrp: str
    hours: float
    courses: int


def validate_training(data: TrainingInput, *, today: date) -> None:
    errors: dict[str, str] = {}
    if not data.officer_id:
        errors["officer_id"] = "Choose the officer."
    if not data.course.strip():
        errors["course"] = "The course is required."
    elif len(data.course.strip()) > 200:
        errors["course"] = "The course name is too long (at most 200 characters)."
    if data.held_on > today:
        errors["held_on"] = "The date cannot be in the future."
    if not data.hours > 0:
        errors["hours"] = "Hours must be more than 0."
    elif data.hours > MAX_HOURS:
        errors["hours"] = "Hours cannot be more than 720 (30 days)."
    if len(data.organiser.strip()) > 160:
        errors["organiser"] = "The organiser's name is too long (at most 160 characters)."
    raise_field_errors(errors, data)


def _view(t: Training, officer: Officer) -> TrainingView:
    return view_of(TrainingView, t, officer_name=officer.name, officer_rank=officer.rank)


def record_training(
    session_factory: sessionmaker[Session],
    *,
    data: TrainingInput,
    by_officer_id: str,
    now: datetime | None = None,
) -> TrainingView:
    """Log a course: an officer logs his own; a head or an admin logs anyone's."""
    validate_training(data, today=to_wib(now or now_utc()).date())
    with session_factory.begin() as s:
        recorder = active_officer(s, by_officer_id)
        trainee = s.get(Officer, data.officer_id)
        if trainee is None or trainee.deleted_at is not None:
            raise ValidationFailed({"officer_id": "Unknown officer."})
        refusal = "only a head or an admin may log another officer's training"
        require_own_or_head(recorder, trainee.id, refusal)
        training = Training(
            officer_id=trainee.id,
            course=data.course.strip(),
            held_on=data.held_on,
            hours=float(data.hours),
            organiser=data.organiser.strip(),
            station_code=load_station(s).code,
        )
        values = {
            "officer_id": trainee.id,
            "course": training.course,
            "held_on": training.held_on,
            "hours": training.hours,
            "organiser": training.organiser,
        }
        insert_audited(s, training, "training", by=recorder.id, after=values)
        return _view(training, trainee)


def get_training(session_factory: sessionmaker[Session], training_id: str) -> TrainingView:
    with read_session(session_factory) as s:
        t = live_row(s, Training, training_id, "training")
        return _view(t, s.get_one(Officer, t.officer_id))


def list_trainings(
    session_factory: sessionmaker[Session],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    officer_id: str = "",
) -> list[TrainingView]:
    """The log, newest course first; both ends of the period included."""
    with read_session(session_factory) as s:
        q = (
            select(Training, Officer)
            .join(Officer, Officer.id == Training.officer_id)
            .where(Training.deleted_at.is_(None))
            .order_by(Training.held_on.desc(), Officer.name, Training.created_at.desc())
        )
        if date_from is not None:
            q = q.where(Training.held_on >= date_from)
        if date_to is not None:
            q = q.where(Training.held_on <= date_to)
        if officer_id:
            q = q.where(Training.officer_id == officer_id)
        return [_view(t, o) for t, o in s.execute(q)]


def training_hours(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date
) -> list[OfficerHours]:
    """Hours and courses per officer in the period: every active officer (0 when none), plus any inactive
    officer who trained in it; most hours first, then by name."""
    if date_to < date_from:
        raise ValidationFailed({"date_to": "The end of the period is before its start."})
    with read_session(session_factory) as s:
        per_officer = (
            select(
                Training.officer_id.label("officer_id"),
                func.sum(Training.hours).label("hours"),
                func.count(Training.id).label("courses"),
            )
            .where(
                Training.deleted_at.is_(None),
                Training.held_on >= date_from,
                Training.held_on <= date_to,
            )
            .group_by(Training.officer_id)
            .subquery()
        )
        rows = s.execute(
            select(Officer, per_officer.c.hours, per_officer.c.courses)
            .outerjoin(per_officer, per_officer.c.officer_id == Officer.id)
            .where(
                Officer.deleted_at.is_(None),
                or_(Officer.active.is_(True), per_officer.c.courses.is_not(None)),
            )
        ).all()
        result = [
            OfficerHours(
                officer_id=o.id,
                name=o.name,
                rank=o.rank,
                nrp=o.nrp,
                hours=round(float(hours or 0.0), 2),
                courses=int(courses or 0),
            )
            for o, hours, courses in rows
        ]
        return sorted(result, key=lambda h: (-h.hours, h.name))
