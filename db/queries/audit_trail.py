"""The audit trail for the admin's browser: filtered by who, what and period, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEntry, Officer
from db.rules.timeutil import wib_day_bounds
from db.services.row_views import view_of
from db.storage.engine import read_session

PAGE = 500


@dataclass(frozen=True, slots=True)
class AuditFilter:
    officer_id: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None  # WIB days, both included
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: datetime  # UTC, aware
    officer_name: str
    officer_nrp: str
    entity: str
    entity_id: str
    action: str
    before_json: str
    after_json: str


@dataclass(frozen=True, slots=True)
class AuditChoices:
    officers: tuple[tuple[str, str], ...]  # (id, "name (NRP)")
    entities: tuple[str, ...]
    actions: tuple[str, ...]


def audit_choices(session_factory: sessionmaker[Session]) -> AuditChoices:
    with read_session(session_factory) as s:
        officers = s.execute(select(Officer.id, Officer.name, Officer.nrp).order_by(Officer.name)).all()
        entities = s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)).all()
        actions = s.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).all()
    return AuditChoices(
        tuple((o.id, f"{o.name} ({o.nrp})") for o in officers), tuple(entities), tuple(actions)
    )


def list_audit(
    session_factory: sessionmaker[Session], flt: AuditFilter, *, limit: int = PAGE
) -> tuple[list[AuditRow], int]:
    """(up to `limit` matching entries, newest first; the number of matches)."""
    from sqlalchemy import func

    q = select(AuditEntry, Officer.name, Officer.nrp).outerjoin(Officer, Officer.id == AuditEntry.officer_id)
    conditions = []
    if flt.officer_id:
        conditions.append(AuditEntry.officer_id == flt.officer_id)
    if flt.entity:
        conditions.append(AuditEntry.entity == flt.entity)
    if flt.action:
        conditions.append(AuditEntry.action == flt.action)
    if flt.date_from:
        conditions.append(AuditEntry.at >= wib_day_bounds(flt.date_from)[0])
    if flt.date_to:
        conditions.append(AuditEntry.at < wib_day_bounds(flt.date_to)[1])
    with read_session(session_factory) as s:
        total = s.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
        rows = s.execute(q.where(*conditions).order_by(AuditEntry.seq.desc()).limit(limit)).all()
        found = [
            view_of(AuditRow, e, officer_name=name or "", officer_nrp=nrp or "") for e, name, nrp in rows
        ]
    return found, total
