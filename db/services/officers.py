"""Officer accounts: adding, listing, and the argon2 password hashes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.engine import read_session
from db.errors import PermissionDenied, ValidationFailed
from db.models import Officer

ROLES = ("officer", "head", "admin")
RANKS = (
    "BRIPDA", "BRIPTU", "BRIGPOL", "BRIPKA", "AIPDA", "AIPTU", "IPDA", "IPTU", "AKP", "KOMPOL", "AKBP",
    "KOMBES POL", "PENATA", "PENGATUR",
)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@dataclass(frozen=True, slots=True)
class OfficerInput:
    name: str
    nrp: str
    rank: str
    password: str
    unit: str = "SPKT"
    role: str = "officer"

    def _replace_role(self, role: str) -> OfficerInput:
        return dataclasses.replace(self, role=role)


@dataclass(frozen=True, slots=True)
class OfficerView:
    id: str
    name: str
    nrp: str
    rank: str
    unit: str
    role: str
    active: bool

    @property
    def can_edit_any_report(self) -> bool:
        return self.role in ("head", "admin")


def officer_view(o: Officer) -> OfficerView:
    return OfficerView(id=o.id, name=o.name, nrp=o.nrp, rank=o.rank, unit=o.unit, role=o.role, active=o.active)


def validate_officer(data: OfficerInput) -> None:
    errors = {}
    if not data.name.strip():
        errors["name"] = "Name is required."
    if not (data.nrp.strip().isdigit() and len(data.nrp.strip()) == 8):
        errors["nrp"] = "NRP must be 8 digits."
    if not data.rank.strip():
        errors["rank"] = "Rank is required."
    if data.role not in ROLES:
        errors["role"] = "Unknown role."
    if len(data.password) < MIN_PASSWORD:
        errors["password"] = f"Password must be at least {MIN_PASSWORD} characters."
    if errors:
        raise ValidationFailed(errors)


def add_officer(session: Session, *, data: OfficerInput, station_code: str, by_officer_id: str | None) -> Officer:
    """Insert an officer in the caller's transaction (used by the set-up wizard and by `create_officer`)."""
    validate_officer(data)
    nrp = data.nrp.strip()
    if session.scalar(select(func.count()).select_from(Officer).where(Officer.nrp == nrp)):
        raise ValidationFailed({"nrp": "An officer with this NRP already exists."})
    officer = Officer(
        name=data.name.strip(), nrp=nrp, rank=data.rank.strip().upper(), unit=data.unit.strip(),
        role=data.role, password_hash=hash_password(data.password), station_code=station_code,
    )
    session.add(officer)
    session.flush()
    audit.record(session, officer_id=by_officer_id, entity="officer", entity_id=officer.id, action="create",
                 after={"name": officer.name, "nrp": nrp, "rank": officer.rank, "role": officer.role})
    return officer


def create_officer(
    session_factory: sessionmaker[Session], *, data: OfficerInput, by_officer_id: str
) -> OfficerView:
    with session_factory.begin() as s:
        admin = s.get(Officer, by_officer_id)
        if admin is None or admin.role != "admin":
            raise PermissionDenied("only an admin manages officers")
        return officer_view(add_officer(s, data=data, station_code=admin.station_code, by_officer_id=admin.id))


def list_officers(session_factory: sessionmaker[Session], *, active_only: bool = True) -> list[OfficerView]:
    with read_session(session_factory) as s:
        q = select(Officer).where(Officer.deleted_at.is_(None)).order_by(Officer.name)
        if active_only:
            q = q.where(Officer.active.is_(True))
        return [officer_view(o) for o in s.scalars(q)]
