"""Logging in: argon2 verification, and a 5-minute lock after 5 failed attempts on one account."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import AccountLocked, InvalidCredentials
from db.models import Officer
from db.rules.timeutil import now_utc
from db.services.officers import OfficerView, hash_password, officer_view
from db.storage import audit

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
    failure: Exception
    with session_factory.begin() as s:
        officer = s.scalar(
            select(Officer).where(Officer.nrp == nrp.strip(), Officer.deleted_at.is_(None), Officer.active)
        )
        if officer is None:
            # Committed like a real account's failed attempt; the error is raised after the transaction.
            failure = _unknown_nrp_attempt(s, nrp, password, now)
        elif officer.locked_until is not None and officer.locked_until > now:
            raise AccountLocked(officer.locked_until)
        elif _verify(officer.password_hash, password):
            officer.failed_attempts = 0
            officer.locked_until = None
            if _hasher.check_needs_rehash(officer.password_hash):
                officer.password_hash = hash_password(password)
            audit.record(s, officer_id=officer.id, entity="officer", entity_id=officer.id, action="login")
            return officer_view(officer)
        else:
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
    from db.storage.engine import read_session

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


UNKNOWN_NRP_ENTITY = "login_unknown_nrp"


def _unknown_nrp_attempt(s: Session, nrp: str, password: str, now: datetime) -> Exception:
    """A failed log-in under an NRP no active officer has, counted and locked exactly like a real account's,
    so neither the message nor the lock-out tells whether the NRP exists. The attempts are kept in the
    audit trail under a digest of the typed NRP (it may be a password typed in the wrong field)."""
    from db.models import AuditEntry

    key = hashlib.sha256(f"sentra-login:{nrp.strip()}".encode()).hexdigest()[:36]
    recent = s.execute(
        select(AuditEntry.action, AuditEntry.after_json)
        .where(AuditEntry.entity == UNKNOWN_NRP_ENTITY, AuditEntry.entity_id == key)
        .order_by(AuditEntry.seq.desc())
        .limit(MAX_ATTEMPTS)
    ).all()
    failures = 0
    for action, after_json in recent:
        if action == "locked":
            until = datetime.fromisoformat(json.loads(after_json)["until"])
            if until > now:
                return AccountLocked(until)
            break
        failures += 1
    _verify(_DUMMY_HASH, password)
    if failures + 1 >= MAX_ATTEMPTS:
        until = now + timedelta(minutes=LOCK_MINUTES)
        audit.record(s, officer_id=None, entity=UNKNOWN_NRP_ENTITY, entity_id=key, action="locked",
                     after={"until": until.isoformat()})  # fmt: skip
        return AccountLocked(until)
    audit.record(s, officer_id=None, entity=UNKNOWN_NRP_ENTITY, entity_id=key, action="login_failed")
    return InvalidCredentials("unknown NRP or wrong password")
