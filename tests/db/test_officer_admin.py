"""The admin's operations on officer accounts: permissions, the last-admin rule, audit, password reset."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from db.errors import AccountLocked, InvalidCredentials, NotFound, PermissionDenied, ValidationFailed
from db.models import Officer
from db.rules.timeutil import now_utc
from db.services.auth import MAX_ATTEMPTS, authenticate
from db.services.officers import (
    list_officers,
    reset_password,
    set_officer_active,
    unlock_officer,
    update_officer,
)
from tests.builders import OFFICER_PASSWORD, add_officer, audit_entries


def test_update_officer_changes_profile_and_audits(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi")
    view = update_officer(
        session_factory,
        officer_id=officer.id,
        name="  Dedi Kurniawan ",
        rank="bripka",
        unit="SPKT II",
        role="head",
        by_officer_id=admin.id,
    )
    assert (view.name, view.rank, view.unit, view.role, view.nrp) == (
        "Dedi Kurniawan",
        "BRIPKA",
        "SPKT II",
        "head",
        "90020456",
    )
    entry = audit_entries(session_factory, entity_id=officer.id)[-1]
    assert entry.action == "update" and entry.officer_id == admin.id
    assert json.loads(entry.before_json) == {
        "name": "Dedi",
        "rank": "BRIPTU",
        "unit": "SPKT",
        "role": "officer",
    }
    assert json.loads(entry.after_json)["role"] == "head"


def test_update_officer_validates_fields(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id)
    with pytest.raises(ValidationFailed) as err:
        update_officer(
            session_factory,
            officer_id=officer.id,
            name=" ",
            rank="",
            unit="",
            role="boss",
            by_officer_id=admin.id,
        )
    assert set(err.value.field_errors) == {"name", "rank", "unit", "role"}


def test_only_an_active_admin_may_manage(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id)
    head = add_officer(session_factory, admin.id, nrp="88030789", role="head", name="Yusuf")
    calls = [
        lambda by: update_officer(
            session_factory,
            officer_id=officer.id,
            name="X",
            rank="AKP",
            unit="SPKT",
            role="officer",
            by_officer_id=by,
        ),
        lambda by: set_officer_active(session_factory, officer_id=officer.id, active=False, by_officer_id=by),
        lambda by: reset_password(
            session_factory, officer_id=officer.id, new_password="x" * 12, by_officer_id=by
        ),
        lambda by: unlock_officer(session_factory, officer_id=officer.id, by_officer_id=by),
    ]
    for call in calls:
        for by in (officer.id, head.id, "no-such-officer"):
            with pytest.raises(PermissionDenied):
                call(by)
    # A deactivated admin has lost his rights too.
    second = add_officer(session_factory, admin.id, nrp="87040111", role="admin", name="Sari")
    set_officer_active(session_factory, officer_id=second.id, active=False, by_officer_id=admin.id)
    with pytest.raises(PermissionDenied):
        unlock_officer(session_factory, officer_id=officer.id, by_officer_id=second.id)


def test_unknown_officer_is_not_found(session_factory, station):
    _, admin = station
    with pytest.raises(NotFound):
        set_officer_active(session_factory, officer_id="missing", active=False, by_officer_id=admin.id)


def test_admin_cannot_deactivate_himself(session_factory, station):
    _, admin = station
    add_officer(session_factory, admin.id, nrp="87040111", role="admin", name="Sari")
    with pytest.raises(ValidationFailed) as err:
        set_officer_active(session_factory, officer_id=admin.id, active=False, by_officer_id=admin.id)
    assert "own account" in err.value.field_errors["active"]


def test_last_active_admin_cannot_be_removed(session_factory, station):
    _, admin = station

    def set_role(officer_id: str, name: str, rank: str, role: str, *, by: str):
        return update_officer(
            session_factory,
            officer_id=officer_id,
            name=name,
            rank=rank,
            unit="SPKT",
            role=role,
            by_officer_id=by,
        )

    # Rina is the only admin: she may not demote herself (deactivating herself is refused anyway).
    with pytest.raises(ValidationFailed) as err:
        set_role(admin.id, "Rina", "AIPTU", "head", by=admin.id)
    assert "last active admin" in err.value.field_errors["role"]
    with pytest.raises(ValidationFailed):
        set_officer_active(session_factory, officer_id=admin.id, active=False, by_officer_id=admin.id)
    # An inactive admin does not count: Rina stays the last active one.
    second = add_officer(session_factory, admin.id, nrp="87040111", role="admin", name="Sari")
    set_officer_active(session_factory, officer_id=second.id, active=False, by_officer_id=admin.id)
    with pytest.raises(ValidationFailed):
        set_role(admin.id, "Rina", "AIPTU", "head", by=admin.id)
    # With a second active admin, Rina may step down; Sari then is the last one.
    set_officer_active(session_factory, officer_id=second.id, active=True, by_officer_id=admin.id)
    assert set_role(admin.id, "Rina", "AIPTU", "head", by=admin.id).role == "head"
    with pytest.raises(PermissionDenied):
        set_officer_active(session_factory, officer_id=second.id, active=False, by_officer_id=admin.id)
    with pytest.raises(ValidationFailed):
        set_role(second.id, "Sari", "BRIPTU", "officer", by=second.id)
    admins = [o.id for o in list_officers(session_factory) if o.role == "admin"]
    assert admins == [second.id]


def test_admin_may_deactivate_another_admin(session_factory, station):
    _, admin = station
    second = add_officer(session_factory, admin.id, nrp="87040111", role="admin", name="Sari")
    view = set_officer_active(session_factory, officer_id=second.id, active=False, by_officer_id=admin.id)
    assert view.active is False


def test_deactivate_blocks_login_and_audits(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id)
    view = set_officer_active(session_factory, officer_id=officer.id, active=False, by_officer_id=admin.id)
    assert view.active is False
    assert officer.id not in [o.id for o in list_officers(session_factory)]
    assert officer.id in [o.id for o in list_officers(session_factory, active_only=False)]
    with pytest.raises(InvalidCredentials):
        authenticate(session_factory, nrp=officer.nrp, password=OFFICER_PASSWORD)
    entry = audit_entries(session_factory, entity_id=officer.id)[-1]
    assert (entry.action, json.loads(entry.before_json), json.loads(entry.after_json)) == (
        "deactivate",
        {"active": True},
        {"active": False},
    )
    set_officer_active(session_factory, officer_id=officer.id, active=True, by_officer_id=admin.id)
    assert authenticate(session_factory, nrp=officer.nrp, password=OFFICER_PASSWORD).id == officer.id
    assert audit_entries(session_factory, entity_id=officer.id)[-2].action == "activate"


def test_reset_password_then_authenticate(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id)
    for _ in range(MAX_ATTEMPTS):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            authenticate(session_factory, nrp=officer.nrp, password="wrong-password")
    with pytest.raises(AccountLocked):
        authenticate(session_factory, nrp=officer.nrp, password=OFFICER_PASSWORD)
    with pytest.raises(ValidationFailed) as err:
        reset_password(session_factory, officer_id=officer.id, new_password="short", by_officer_id=admin.id)
    assert "password" in err.value.field_errors

    view = reset_password(
        session_factory, officer_id=officer.id, new_password="baru-sekali-1", by_officer_id=admin.id
    )
    assert not view.is_locked()
    with pytest.raises(InvalidCredentials):
        authenticate(session_factory, nrp=officer.nrp, password=OFFICER_PASSWORD)
    assert authenticate(session_factory, nrp=officer.nrp, password="baru-sekali-1").id == officer.id

    entry = next(
        e for e in audit_entries(session_factory, entity_id=officer.id) if e.action == "reset_password"
    )
    with session_factory() as s:
        new_hash = s.get(Officer, officer.id).password_hash
    assert json.loads(entry.after_json)["password"] == "reset"
    assert json.loads(entry.after_json)["locked_until"] is None
    assert json.loads(entry.before_json)["locked_until"] is not None
    for text in (entry.before_json, entry.after_json):
        assert "argon2" not in text and new_hash not in text and "baru-sekali-1" not in text


def test_unlock_officer(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id)
    with session_factory.begin() as s:
        row = s.get(Officer, officer.id)
        row.failed_attempts, row.locked_until = 3, now_utc() + timedelta(minutes=5)
    locked = next(o for o in list_officers(session_factory) if o.id == officer.id)
    assert locked.is_locked()
    view = unlock_officer(session_factory, officer_id=officer.id, by_officer_id=admin.id)
    assert not view.is_locked() and view.locked_until is None
    assert authenticate(session_factory, nrp=officer.nrp, password=OFFICER_PASSWORD).id == officer.id
    with session_factory() as s:
        assert s.get(Officer, officer.id).failed_attempts == 0
    entries = [e for e in audit_entries(session_factory, entity_id=officer.id) if e.action == "unlock"]
    assert len(entries) == 1 and json.loads(entries[0].before_json)["failed_attempts"] == 3
    # Nothing to lift: no write and no second audit entry.
    unlock_officer(session_factory, officer_id=officer.id, by_officer_id=admin.id)
    assert len([e for e in audit_entries(session_factory, entity_id=officer.id) if e.action == "unlock"]) == 1


def test_audit_chain_still_holds(session_factory, station):
    from db.storage.audit_verify import verify_chain

    _, admin = station
    officer = add_officer(session_factory, admin.id)
    set_officer_active(session_factory, officer_id=officer.id, active=False, by_officer_id=admin.id)
    reset_password(
        session_factory, officer_id=officer.id, new_password="baru-sekali-1", by_officer_id=admin.id
    )
    with session_factory() as s:
        assert verify_chain(s) is None
