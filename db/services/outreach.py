"""Outreach sessions (Binmas): record, edit, list and search them; topics and partners on reusable lists."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import ValidationFailed
from db.models import Officer
from db.models.community import OutreachFollowUp, OutreachSession, OutreachTopic, Partner
from db.rules.regions import is_nagari_of, region_name
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, wib_day_bounds
from db.services.officers import OfficerRef, officer_ref
from db.services.outreach_lists import (  # noqa: F401 - the topic list and partner register, re-exported
    PARTNER_KINDS,
    PartnerView,
    TopicView,
    add_partner,
    add_topic,
    list_partners,
    list_topics,
)
from db.services.outreach_records import (  # noqa: F401 - the follow-up and photo services, re-exported
    FollowUpView,
    PhotoView,
    add_follow_up,
    add_photo,
    follow_up_view,
    mark_follow_up_done,
    open_session,
    photo_path,
    photo_view,
)
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited, require_own_or_head, update_audited
from db.storage.engine import read_session

KINDS = ("penyuluhan", "sambang", "problem_solving", "deteksi_dini", "dialog")
MAX_TEXT = 4000
MAX_ATTENDANCE = 100_000
# A PC clock a little behind the officer's watch must not refuse "now".
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class FollowUpInput:
    description: str
    due_date: date | None = None


@dataclass(frozen=True, slots=True)
class SessionInput:
    held_at: datetime | None  # aware; None = not given (refused)
    kind: str
    venue: str
    kecamatan_code: str = ""
    nagari_code: str = ""
    jorong: str = ""
    target_groups: str = ""
    attendance_men: int = 0
    attendance_women: int = 0
    concerns: str = ""
    notes: str = ""
    topic_ids: tuple[str, ...] = ()
    speaker_ids: tuple[str, ...] = ()
    partner_ids: tuple[str, ...] = ()
    # New follow-ups promised at the session (appended; existing ones are kept).
    follow_ups: tuple[FollowUpInput, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionFilter:
    date_from: date | None = None  # WIB calendar days, inclusive
    date_to: date | None = None
    kind: str = ""
    kecamatan_code: str = ""
    nagari_code: str = ""
    topic_id: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class SessionView:
    id: str
    held_at: datetime  # UTC, aware
    kind: str
    kecamatan_code: str
    nagari_code: str
    jorong: str
    venue: str
    target_groups: str
    attendance_men: int
    attendance_women: int
    concerns: str
    notes: str
    recorded_by_id: str
    recorded_by_name: str
    topics: tuple[TopicView, ...] = ()
    speakers: tuple[OfficerRef, ...] = ()
    partners: tuple[PartnerView, ...] = ()
    follow_ups: tuple[FollowUpView, ...] = ()
    photos: tuple[PhotoView, ...] = ()

    @property
    def attendance(self) -> int:
        return self.attendance_men + self.attendance_women

    @property
    def kecamatan_name(self) -> str:
        return region_name(self.kecamatan_code)

    @property
    def nagari_name(self) -> str:
        return region_name(self.nagari_code)

    @property
    def open_follow_ups(self) -> int:
        return sum(1 for f in self.follow_ups if f.done_at is None)


def _session_view(o: OutreachSession, names: dict[str, str]) -> SessionView:
    return view_of(
        SessionView,
        o,
        recorded_by_name=names.get(o.recorded_by_id, ""),
        topics=tuple(view_of(TopicView, t) for t in o.topics),
        speakers=tuple(officer_ref(sp) for sp in o.speakers),
        partners=tuple(view_of(PartnerView, p) for p in o.partners),
        follow_ups=tuple(follow_up_view(f, names) for f in o.follow_ups if f.deleted_at is None),
        photos=tuple(photo_view(p) for p in o.photos if p.deleted_at is None),
    )


def _officer_names(s: Session) -> dict[str, str]:
    return {officer_id: name for officer_id, name in s.execute(select(Officer.id, Officer.name))}


def validate_session(data: SessionInput, *, now: datetime | None = None) -> None:
    """Refuse what cannot be recorded; messages keyed by the SessionInput field names."""
    errors: dict[str, str] = {}
    if data.held_at is None:
        errors["held_at"] = "Enter when the session was held."
    elif data.held_at.tzinfo is None:
        raise ValueError("naive datetime")
    elif data.held_at > (now or now_utc()) + CLOCK_SKEW:
        errors["held_at"] = "The session cannot be in the future."
    if data.kind not in KINDS:
        errors["kind"] = "Choose the kind of session."
    if not data.venue.strip():
        errors["venue"] = "Enter where the session was held."
    elif len(data.venue) > 200:
        errors["venue"] = "The venue is too long (at most 200 characters)."
    if len(data.jorong) > 120:
        errors["jorong"] = "The jorong is too long (at most 120 characters)."
    if data.nagari_code and not is_nagari_of(data.nagari_code, data.kecamatan_code):
        errors["nagari_code"] = "This nagari is not in the chosen kecamatan."
    for name in ("attendance_men", "attendance_women"):
        if not 0 <= getattr(data, name) <= MAX_ATTENDANCE:
            errors[name] = "Enter a number between 0 and 100000."
    for name in ("target_groups", "concerns", "notes"):
        if len(getattr(data, name)) > MAX_TEXT:
            errors[name] = "The text is too long (at most 4000 characters)."
    for f in data.follow_ups:
        if not f.description.strip() or len(f.description) > MAX_TEXT:
            errors["follow_ups"] = "Describe each follow-up (at most 4000 characters)."
    raise_field_errors(errors, data)


def _clean(data: SessionInput) -> SessionInput:
    return dataclasses.replace(
        data,
        **{k: getattr(data, k).strip() for k in ("venue", "jorong", "target_groups", "concerns", "notes")},
    )


def _pick(s: Session, model: Any, ids: tuple[str, ...], field_name: str, message: str) -> list[Any]:
    rows = list(s.scalars(select(model).where(model.id.in_(ids)))) if ids else []
    if len(rows) != len(set(ids)) or any(r.deleted_at is not None for r in rows):
        raise ValidationFailed({field_name: message})
    order = {i: n for n, i in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r.id])


def _apply(s: Session, row: OutreachSession, data: SessionInput, station_code: str) -> None:
    for name in (
        "held_at",
        "kind",
        "kecamatan_code",
        "nagari_code",
        "jorong",
        "venue",
        "target_groups",
        "attendance_men",
        "attendance_women",
        "concerns",
        "notes",
    ):
        setattr(row, name, getattr(data, name))
    row.topics = _pick(s, OutreachTopic, data.topic_ids, "topic_ids", "A chosen topic no longer exists.")
    row.speakers = _pick(s, Officer, data.speaker_ids, "speaker_ids", "A chosen officer no longer exists.")
    row.partners = _pick(s, Partner, data.partner_ids, "partner_ids", "A chosen partner no longer exists.")
    for f in data.follow_ups:
        s.add(
            OutreachFollowUp(
                session=row, description=f.description.strip(), due_date=f.due_date, station_code=station_code
            )
        )


def _snapshot(row: OutreachSession) -> dict[str, Any]:
    return {
        "held_at": row.held_at,
        "kind": row.kind,
        "kecamatan_code": row.kecamatan_code,
        "nagari_code": row.nagari_code,
        "jorong": row.jorong,
        "venue": row.venue,
        "target_groups": row.target_groups,
        "attendance_men": row.attendance_men,
        "attendance_women": row.attendance_women,
        "concerns": row.concerns,
        "notes": row.notes,
        "topics": sorted(t.id for t in row.topics),
        "speakers": sorted(o.id for o in row.speakers),
        "partners": sorted(p.id for p in row.partners),
    }


def record_session(
    session_factory: sessionmaker[Session],
    *,
    data: SessionInput,
    officer_id: str,
    now: datetime | None = None,
) -> SessionView:
    """Record a new outreach session (and the follow-ups promised there)."""
    data = _clean(data)
    validate_session(data, now=now)
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        row = OutreachSession(recorded_by_id=officer.id, station_code=load_station(s).code)
        s.add(row)
        _apply(s, row, data, row.station_code)
        insert_audited(s, row, "outreach_session", by=officer.id, after=_snapshot(row))
        return _session_view(row, _officer_names(s))


def update_session(
    session_factory: sessionmaker[Session],
    *,
    session_id: str,
    data: SessionInput,
    officer_id: str,
    now: datetime | None = None,
) -> SessionView:
    """Edit a session: its recorder, a head or an admin may."""
    data = _clean(data)
    validate_session(data, now=now)
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        row = open_session(s, session_id)
        refusal = "only the recorder, a head or an admin edits a session"
        require_own_or_head(officer, row.recorded_by_id, refusal)
        before = _snapshot(row)
        _apply(s, row, data, row.station_code)
        update_audited(s, row, "outreach_session", by=officer.id, before=before, after=_snapshot(row))
        return _session_view(row, _officer_names(s))


def get_session(session_factory: sessionmaker[Session], session_id: str) -> SessionView:
    with read_session(session_factory) as s:
        return _session_view(open_session(s, session_id), _officer_names(s))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_sessions(
    session_factory: sessionmaker[Session], *, filters: SessionFilter | None = None, limit: int = 1000
) -> list[SessionView]:
    """Sessions matching `filters`, newest first."""
    f = filters or SessionFilter()
    q = select(OutreachSession).where(OutreachSession.deleted_at.is_(None))
    if f.date_from is not None:
        q = q.where(OutreachSession.held_at >= wib_day_bounds(f.date_from)[0])
    if f.date_to is not None:
        q = q.where(OutreachSession.held_at < wib_day_bounds(f.date_to)[1])
    if f.kind:
        q = q.where(OutreachSession.kind == f.kind)
    if f.kecamatan_code:
        q = q.where(OutreachSession.kecamatan_code == f.kecamatan_code)
    if f.nagari_code:
        q = q.where(OutreachSession.nagari_code == f.nagari_code)
    if f.topic_id:
        q = q.where(OutreachSession.topics.any(OutreachTopic.id == f.topic_id))
    for word in f.text.split():
        pattern = _like(word)
        q = q.where(
            or_(
                *(
                    c.ilike(pattern, escape="\\")
                    for c in (
                        OutreachSession.venue,
                        OutreachSession.concerns,
                        OutreachSession.notes,
                        OutreachSession.jorong,
                    )
                )
            )
        )
    q = q.order_by(OutreachSession.held_at.desc()).limit(limit)
    q = q.options(
        selectinload(OutreachSession.topics),
        selectinload(OutreachSession.speakers),
        selectinload(OutreachSession.partners),
        selectinload(OutreachSession.follow_ups),
        selectinload(OutreachSession.photos),
    )
    with read_session(session_factory) as s:
        names = _officer_names(s)
        return [_session_view(row, names) for row in s.scalars(q)]
