"""Officer accounts: adding, listing, and the argon2 password hashes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import PermissionDenied, ValidationFailed
from db.models import Officer
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc
from db.services.row_views import view_of
from db.services.writes import insert_audited, live_row, record_active, update_audited
from db.storage.engine import read_session

# The longest name, NRP, rank and unit the officer form takes (also the limit for officers synced in).
OFFICER_TEXT_LIMITS = {"name": 150, "nrp": 30, "rank": 60, "unit": 100}

ROLES = ("officer", "head", "admin")
MIN_PASSWORD = 8  # spelled out in the messages, which must stay literals to be translated

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
    # Set after too many failed log-ins; the account is locked while this lies in the future (UTC).
    locked_until: datetime | None = None

    @property
    def can_edit_any_report(self) -> bool:
        return self.role in ("head", "admin")

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or now_utc())


@dataclass(frozen=True, slots=True)
class OfficerRef:
    """An officer named on another record (a patrol's crew, a session's speakers)."""

    id: str
    name: str
    rank: str
    nrp: str


def officer_ref(o: Officer) -> OfficerRef:
    return view_of(OfficerRef, o)


def officer_view(o: Officer) -> OfficerView:
    return view_of(OfficerView, o)


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
        errors["password"] = "Password must be at least 8 characters."
    raise_field_errors(errors, data, OFFICER_TEXT_LIMITS)


def add_officer(
    session: Session, *, data: OfficerInput, station_code: str, by_officer_id: str | None
) -> Officer:
    """Insert an officer in the caller's transaction (used by the set-up wizard and by `create_officer`)."""
    validate_officer(data)
    nrp = data.nrp.strip()
    if session.scalar(select(func.count()).select_from(Officer).where(Officer.nrp == nrp)):
        raise ValidationFailed({"nrp": "An officer with this NRP already exists."})
    officer = Officer(
        name=data.name.strip(),
        nrp=nrp,
        rank=data.rank.strip().upper(),
        unit=data.unit.strip(),
        role=data.role,
        password_hash=hash_password(data.password),
        station_code=station_code,
    )
    after = {"name": officer.name, "nrp": nrp, "rank": officer.rank, "role": officer.role}
    return insert_audited(session, officer, "officer", by=by_officer_id, after=after)


def create_officer(
    session_factory: sessionmaker[Session], *, data: OfficerInput, by_officer_id: str
) -> OfficerView:
    with session_factory.begin() as s:
        admin = require_admin(s, by_officer_id)
        return officer_view(
            add_officer(s, data=data, station_code=admin.station_code, by_officer_id=admin.id)
        )


def list_officers(session_factory: sessionmaker[Session], *, active_only: bool = True) -> list[OfficerView]:
    with read_session(session_factory) as s:
        q = select(Officer).where(Officer.deleted_at.is_(None)).order_by(Officer.name)
        if active_only:
            q = q.where(Officer.active.is_(True))
        return [officer_view(o) for o in s.scalars(q)]


# ----- the admin screen's operations on existing accounts ---------------------------------------------


def require_admin(session: Session, officer_id: str) -> Officer:
    """The active admin `officer_id`, or PermissionDenied (also used by the category list's services)."""
    admin = session.get(Officer, officer_id)
    if admin is None or admin.role != "admin" or not admin.active or admin.deleted_at is not None:
        raise PermissionDenied("only an admin manages officers and reference lists")
    return admin


def _is_last_active_admin(session: Session, officer: Officer) -> bool:
    if officer.role != "admin" or not officer.active:
        return False
    others = session.scalar(
        select(func.count())
        .select_from(Officer)
        .where(
            Officer.role == "admin",
            Officer.active.is_(True),
            Officer.deleted_at.is_(None),
            Officer.id != officer.id,
        )
    )
    return not others


def _profile(o: Officer) -> dict[str, Any]:
    return {"name": o.name, "rank": o.rank, "unit": o.unit, "role": o.role}


def update_officer(
    session_factory: sessionmaker[Session],
    *,
    officer_id: str,
    name: str,
    rank: str,
    unit: str,
    role: str,
    by_officer_id: str,
) -> OfficerView:
    """Change an officer's name, rank, unit and role (the NRP identifies the account and stays)."""
    name, rank, unit = name.strip(), rank.strip().upper(), unit.strip()
    errors = {}
    if not name:
        errors["name"] = "Name is required."
    if not rank:
        errors["rank"] = "Rank is required."
    if not unit:
        errors["unit"] = "Unit is required."
    if role not in ROLES:
        errors["role"] = "Unknown role."
    if errors:
        raise ValidationFailed(errors)
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        officer = live_row(s, Officer, officer_id, "officer")
        if role != officer.role and _is_last_active_admin(s, officer):
            # Only the last admin himself can get here (any other admin counts): he would lock everyone out.
            message = "This is the last active admin; make another officer admin first."
            raise ValidationFailed({"role": message})
        before = _profile(officer)
        officer.name, officer.rank, officer.unit, officer.role = name, rank, unit, role
        update_audited(
            s, officer, "officer", by=by_officer_id, before=before, after=_profile(officer), only_changed=True
        )
        return officer_view(officer)


def set_officer_active(
    session_factory: sessionmaker[Session], *, officer_id: str, active: bool, by_officer_id: str
) -> OfficerView:
    """Deactivate (the officer can no longer log in; his reports stay) or reactivate an account."""
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        officer = live_row(s, Officer, officer_id, "officer")
        if officer.active == active:
            return officer_view(officer)
        if not active:
            if officer.id == by_officer_id:
                raise ValidationFailed({"active": "You cannot deactivate your own account."})
            if _is_last_active_admin(s, officer):
                raise ValidationFailed({"active": "This is the last active admin; it cannot be deactivated."})
        officer.active = active
        record_active(s, officer, "officer", by=by_officer_id, active=active)
        return officer_view(officer)


def reset_password(
    session_factory: sessionmaker[Session], *, officer_id: str, new_password: str, by_officer_id: str
) -> OfficerView:
    """Set a new password chosen by the admin; also lifts a lock and clears the failed attempts."""
    if len(new_password) < MIN_PASSWORD:
        raise ValidationFailed({"password": "Password must be at least 8 characters."})
    password_hash = hash_password(new_password)  # argon2 is slow: hash before taking the write lock
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        officer = live_row(s, Officer, officer_id, "officer")
        before = _lock_state(officer)
        officer.password_hash = password_hash
        officer.failed_attempts = 0
        officer.locked_until = None
        # The audit trail says that the password changed, never what it changed to (nor its hash).
        after = {"password": "reset", **_lock_state(officer)}
        update_audited(
            s, officer, "officer", by=by_officer_id, before=before, after=after, action="reset_password"
        )
        return officer_view(officer)


def unlock_officer(
    session_factory: sessionmaker[Session], *, officer_id: str, by_officer_id: str
) -> OfficerView:
    """Lift the lock set after too many failed log-ins, before its minutes run out."""
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        officer = live_row(s, Officer, officer_id, "officer")
        before = _lock_state(officer)
        if not officer.failed_attempts and officer.locked_until is None:
            return officer_view(officer)
        officer.failed_attempts = 0
        officer.locked_until = None
        after = _lock_state(officer)
        update_audited(s, officer, "officer", by=by_officer_id, before=before, after=after, action="unlock")
        return officer_view(officer)


def _lock_state(o: Officer) -> dict[str, Any]:
    return {"failed_attempts": o.failed_attempts, "locked_until": o.locked_until}
