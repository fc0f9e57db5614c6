"""The holidays deadlines skip: lokal-id's days plus the cuti bersama and later years an admin adds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, ValidationFailed
from db.models import Holiday
from db.queries.deadlines import recompute_open_deadlines
from db.rules.timeutil import now_utc
from db.services.officers import require_admin
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import record_active, update_audited
from db.storage.engine import read_session

KINDS = ("national", "cuti_bersama", "local")
MAX_NAME = 160


@dataclass(frozen=True, slots=True)
class HolidayView:
    id: str
    day: date
    name: str
    kind: str
    source: str  # "lokal-id" or "admin"
    active: bool


def _view(h: Holiday) -> HolidayView:
    return view_of(HolidayView, h, active=h.deleted_at is None)


def list_holidays(
    session_factory: sessionmaker[Session], *, year: int | None = None, include_inactive: bool = False
) -> list[HolidayView]:
    """Holidays by date; one year when given; deactivated days only when asked (the admin screen)."""
    with read_session(session_factory) as s:
        q = select(Holiday).order_by(Holiday.day)
        if year is not None:
            q = q.where(extract("year", Holiday.day) == year)
        if not include_inactive:
            q = q.where(Holiday.deleted_at.is_(None))
        return [_view(h) for h in s.scalars(q)]


def add_holiday(
    session_factory: sessionmaker[Session], *, day: date, name: str, kind: str, by_officer_id: str
) -> HolidayView:
    """Add a day off (admin only); open reports' deadlines move with it. A deactivated day comes back."""
    name = " ".join(name.split())
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Name is required."
    elif len(name) > MAX_NAME:
        errors["name"] = "Name is too long (at most 160 characters)."
    if kind not in KINDS:
        errors["kind"] = "Choose national holiday, cuti bersama or local holiday."
    if errors:
        raise ValidationFailed(errors)
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        holiday = s.scalar(select(Holiday).where(Holiday.day == day))
        if holiday is not None and holiday.deleted_at is None:
            raise ValidationFailed({"day": "This day is already a holiday."})
        before: dict[str, object] = {}
        if holiday is None:
            code = load_station(s).code
            holiday = Holiday(day=day, station_code=code, source="admin", name=name, kind=kind)
            s.add(holiday)
            action = "create"
        else:
            before = {"name": holiday.name, "kind": holiday.kind, "active": False}
            holiday.name, holiday.kind, holiday.deleted_at = name, kind, None
            action = "reactivate"
        after = {"day": day, "name": name, "kind": kind, "active": True}
        update_audited(s, holiday, "holiday", by=by_officer_id, before=before, after=after, action=action)
        recompute_open_deadlines(s)
        return _view(holiday)


def deactivate_holiday(
    session_factory: sessionmaker[Session], *, holiday_id: str, by_officer_id: str
) -> HolidayView:
    """The day counts as a working day again (the row stays, marked deleted); deadlines move back."""
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        holiday = s.get(Holiday, holiday_id)
        if holiday is None:
            raise NotFound(f"holiday {holiday_id}")
        if holiday.deleted_at is None:
            holiday.deleted_at = now_utc()
            record_active(s, holiday, "holiday", by=by_officer_id, active=False)
            recompute_open_deadlines(s)
        return _view(holiday)
