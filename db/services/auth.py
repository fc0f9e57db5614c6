"""Logging in: argon2 verification, and a 5-minute lock after 5 failed attempts on one account."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.errors import AccountLocked, InvalidCredentials
from db.models import Officer
from db.services.officers import OfficerView, hash_password, officer_view
from db.timeutil import now_utc

MAX_ATTEMPTS = 5
LOCK_MINUTES = 5

_hasher = PasswordHasher()
# Verified against when the NRP is unknown, so a wrong NRP costs as long as a wrong password. A constant
# (the hash of a random, forgotten password) rather than hashing at import, which would add 0.2 s to start-up.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$OR3Fx/02UwM2cUhpMPusGg$zzemuh6Ewl06p3AgZfqsZEZAytkUR8LDKnUclRkHTMc"
)


def authenticate(
    session_factory: sessionmaker[Session], *, nrp: str, password: str, now: datetime | None = None
) -> OfficerView:
    """The officer, or InvalidCredentials / AccountLocked. Failed attempts are counted in one transaction."""
    now = now or now_utc()
    failure: Exception | None = None
    with session_factory.begin() as s:
        officer = s.scalar(
            select(Officer).where(Officer.nrp == nrp.strip(), Officer.deleted_at.is_(None), Officer.active)
        )
        if officer is None:
            _verify(_DUMMY_HASH, password)
            raise InvalidCredentials("unknown NRP or wrong password")
        if officer.locked_until is not None and officer.locked_until > now:
            raise AccountLocked(officer.locked_until)
        if _verify(officer.password_hash, password):
            officer.failed_attempts = 0
            officer.locked_until = None
            if _hasher.check_needs_rehash(officer.password_hash):
                officer.password_hash = hash_password(password)
            audit.record(s, officer_id=officer.id, entity="officer", entity_id=officer.id, action="login")
            return officer_view(officer)
        # The failed attempt must be committed, so the error is raised after the transaction ends.
        officer.failed_attempts += 1
        failure = InvalidCredentials("unknown NRP or wrong password")
        action = "login_failed"
        if officer.failed_attempts >= MAX_ATTEMPTS:
            officer.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            officer.failed_attempts = 0
            failure = AccountLocked(officer.locked_until)
            action = "locked"
        audit.record(s, officer_id=officer.id, entity="officer", entity_id=officer.id, action=action)
    raise failure


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_credentials(session_factory: sessionmaker[Session], *, nrp: str, password: str) -> OfficerView:
    """The officer when the password is right, changing nothing (for a database opened read-only: no
    failed-attempt count or audit entry can be stored there). Same errors and timing as authenticate."""
    from db.engine import read_session

    with read_session(session_factory) as s:
        officer = s.scalar(
            select(Officer).where(Officer.nrp == nrp.strip(), Officer.deleted_at.is_(None), Officer.active)
        )
        if officer is None:
            _verify(_DUMMY_HASH, password)
            raise InvalidCredentials("unknown NRP or wrong password")
        if officer.locked_until is not None and officer.locked_until > now_utc():
            raise AccountLocked(officer.locked_until)
        if not _verify(officer.password_hash, password):
            raise InvalidCredentials("unknown NRP or wrong password")
        return officer_view(officer)
