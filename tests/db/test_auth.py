"""Login: argon2, 5 failures lock the account for 5 minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.errors import AccountLocked, InvalidCredentials
from db.models import AuditEntry, Officer
from db.rules.timeutil import now_utc
from db.services.auth import authenticate
from tests.conftest import ADMIN_PASSWORD

NRP = "85010123"


def test_password_is_stored_as_argon2(session_factory, station):
    with session_factory() as s:
        assert s.scalar(select(Officer.password_hash)).startswith("$argon2id$")


def test_unknown_nrp_and_wrong_password_say_the_same(session_factory, station):
    with pytest.raises(InvalidCredentials):
        authenticate(session_factory, nrp="00000000", password=ADMIN_PASSWORD)
    with pytest.raises(InvalidCredentials):
        authenticate(session_factory, nrp=NRP, password="wrong")


def test_five_failures_lock_for_five_minutes(session_factory, station):
    t0 = now_utc()
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            authenticate(session_factory, nrp=NRP, password="wrong", now=t0)
    with pytest.raises(AccountLocked) as locked:
        authenticate(session_factory, nrp=NRP, password="wrong", now=t0)
    assert locked.value.until == t0 + timedelta(minutes=5)
    # Even the right password is refused while locked.
    with pytest.raises(AccountLocked):
        authenticate(session_factory, nrp=NRP, password=ADMIN_PASSWORD, now=t0 + timedelta(minutes=4))
    officer = authenticate(
        session_factory, nrp=NRP, password=ADMIN_PASSWORD, now=t0 + timedelta(minutes=5, seconds=1)
    )
    assert officer.role == "admin"
    with session_factory() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "officer")))
    assert actions.count("login_failed") == 4 and "locked" in actions and actions[-1] == "login"


def test_success_resets_the_count(session_factory, station):
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            authenticate(session_factory, nrp=NRP, password="wrong")
    authenticate(session_factory, nrp=NRP, password=ADMIN_PASSWORD)
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            authenticate(session_factory, nrp=NRP, password="wrong")


def test_an_unknown_nrp_fails_and_locks_exactly_like_a_real_one(session_factory, station):
    """Neither the message nor the lock-out tells whether an NRP exists."""
    t0 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    outcomes = {}
    for nrp in (NRP, "99999999"):
        seen = []
        for _ in range(6):
            try:
                authenticate(session_factory, nrp=nrp, password="wrong", now=t0)
            except (InvalidCredentials, AccountLocked) as exc:
                seen.append((type(exc).__name__, str(exc)))
        outcomes[nrp] = seen
    assert outcomes[NRP] == outcomes["99999999"]
    assert [kind for kind, _ in outcomes[NRP]] == ["InvalidCredentials"] * 4 + ["AccountLocked"] * 2
    # After the lock the unknown NRP is refused like a wrong password again; the typed NRP is not stored.
    with pytest.raises(InvalidCredentials):
        authenticate(session_factory, nrp="99999999", password="x", now=t0 + timedelta(minutes=6))
    with session_factory() as s:
        assert "99999999" not in str(s.scalars(select(AuditEntry.entity_id)).all())
