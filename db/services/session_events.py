"""The desk's session events in the audit trail: an officer logged out, or the desk locked itself while idle.

(Logging in is audited by db/services/auth.authenticate, the same for the login window and the lock.)
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from db.storage import audit

__all__ = ["SESSION_ACTIONS", "record_session_event"]

SESSION_ACTIONS = ("logout", "idle_lock")


def record_session_event(session_factory: sessionmaker[Session], *, officer_id: str, action: str) -> None:
    """One audit entry on the officer: `action` is "logout" or "idle_lock"."""
    if action not in SESSION_ACTIONS:
        raise ValueError(f"unknown session event {action!r}")
    with session_factory.begin() as s:
        audit.record(s, officer_id=officer_id, entity="officer", entity_id=officer_id, action=action)
