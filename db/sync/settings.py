"""Where the central database is and how this station logs in (the password: db/sync/credentials.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import SentraError, ValidationFailed
from db.models.sync import OutboxOp, SyncConflict
from db.storage.audit_key import database_path
from db.storage.engine import read_session
from db.sync.client import get_meta, read_meta
from db.sync.credentials import find_password, store_password
from db.sync.problems import count_open


class SyncNotConfigured(SentraError):
    pass


@dataclass(frozen=True)
class SyncSettings:
    url: str
    role: str


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    pending: int
    rejected: int
    open_conflicts: int
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str
    last_error_at: datetime | None
    # Pulled rows kept because they could not be applied (retried every cycle), and renumbered reports
    # whose receipt must be printed again (issue 14).
    problems: int = 0
    renumbered: int = 0


def validate(url: str, role: str) -> SyncSettings:
    from psycopg.conninfo import conninfo_to_dict

    errors: dict[str, str] = {}
    url, role = url.strip(), role.strip()
    try:
        parts = conninfo_to_dict(url) if url else {}
    except Exception:  # psycopg.ProgrammingError for a malformed URL
        parts = None
    if not url:
        errors["url"] = "Enter the central database address."
    elif parts is None:
        errors["url"] = "This is not a PostgreSQL address (postgresql://host:5432/sentra)."
    elif "password" in parts:
        errors["url"] = "Leave the password out of the address; it is kept in the system keyring."
    if not role:
        errors["role"] = "Enter the station's login role (from sentra central add-station)."
    if errors:
        raise ValidationFailed(errors)
    return SyncSettings(url=url, role=role)


def _database_path(session_factory: sessionmaker[Session]) -> Path | None:
    with session_factory() as s:
        return database_path(s)


def save_settings(
    session_factory: sessionmaker[Session],
    settings: SyncSettings,
    password: str | None,
    *,
    shared: bool = False,
) -> str:
    """Store the address and role, and the password where the station's officers find it (`shared`: the
    PC's station, in its key folder; else the keyring, KeyringUnavailable if there is none). Returns where."""
    where = ""
    if password is not None:
        db_path = _database_path(session_factory)
        where = store_password(db_path, settings.url, settings.role, password, shared=shared)
    with session_factory() as s, s.begin():
        meta = get_meta(s)
        meta.central_url, meta.central_role = settings.url, settings.role
    return where


def load_settings(session_factory: sessionmaker[Session]) -> SyncSettings | None:
    with read_session(session_factory) as s:
        meta = read_meta(s)
        if not meta.central_url or not meta.central_role:
            return None
        return SyncSettings(url=meta.central_url, role=meta.central_role)


def load_password(settings: SyncSettings, db_path: Path | None = None) -> str:
    password = find_password(db_path, settings.url, settings.role)
    if password is None:
        raise SyncNotConfigured("No password for the central database is stored for this station.")
    return password


def sync_status(session_factory: sessionmaker[Session]) -> SyncStatus:
    with read_session(session_factory) as s:
        meta = read_meta(s)

        def count(query) -> int:  # type: ignore[no-untyped-def]
            return int(s.scalar(query) or 0)

        problems = count_open(s)
        return SyncStatus(
            configured=bool(meta.central_url and meta.central_role),
            pending=count(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")),
            rejected=count(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "rejected")),
            open_conflicts=count(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
            ),
            last_attempt_at=meta.last_attempt_at,
            last_success_at=meta.last_success_at,
            last_error=meta.last_error,
            last_error_at=meta.last_error_at,
            problems=problems.get("apply", 0),
            renumbered=problems.get("renumbered", 0),
        )


def open_link(session_factory: sessionmaker[Session]):  # type: ignore[no-untyped-def]
    """A PgLink with the stored settings and password (SyncNotConfigured when unset)."""
    from db.sync.link import PgLink

    settings = load_settings(session_factory)
    if settings is None:
        raise SyncNotConfigured("The central database is not set up (Settings → Central database).")
    password = load_password(settings, _database_path(session_factory))
    return PgLink(settings.url, user=settings.role, password=password)


def sync_with_central(session_factory: sessionmaker[Session]):  # type: ignore[no-untyped-def]
    """One sync cycle with the stored settings: what the background timer, F9 and `sentra sync` run.

    A failure to connect (no settings, no keyring, no network, a refused login) is recorded as the last
    error before it is raised, as `sync_once` records its own.
    """
    from db.sync.client import describe_error, record_outcome, sync_once

    try:
        link = open_link(session_factory)
    except Exception as exc:
        record_outcome(session_factory, error=describe_error(exc))
        raise
    with link:
        return sync_once(session_factory, link)
