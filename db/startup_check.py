"""What start-up checks once the database opened (on the DB thread): the audit trail against its head."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from db.audit_verify import AuditHead, VerifyReport, read_state, verify_incrementally, verify_trail
from db.backup import StationFiles, list_backups, second_folder
from db.engine import read_session


def backup_head(paths: StationFiles, station_code: str | None) -> AuditHead | None:
    """The audit head in the newest backup of this station taken since the last restore (a restore goes
    back in time on purpose; the copies taken before it know a longer trail)."""
    copies = list_backups(paths.backups)
    second = second_folder(paths.database.parent)
    if second is not None:
        copies += list_backups(second)
    restored_at = read_state(paths.database).get("restored_at")
    since = datetime.fromisoformat(restored_at) if isinstance(restored_at, str) else None
    for info in sorted(copies, key=lambda i: i.created_at, reverse=True):
        if since is not None and info.created_at <= since:
            break
        if station_code is not None and info.station_code not in (None, station_code):
            continue
        if info.audit_seq is not None and info.audit_hash:
            return AuditHead(info.audit_seq, info.audit_hash)
    return None


def _station_code(session: Session) -> str | None:
    from sqlalchemy import select

    from db.models import Station

    return session.scalar(select(Station.code).where(Station.deleted_at.is_(None)).limit(1))


def check_audit(
    paths: StationFiles, session_factory: sessionmaker[Session], *, full: bool = False
) -> VerifyReport:
    """The trail against the newest backup's head: incrementally at start-up, the whole walk with `full`."""
    with read_session(session_factory) as s:
        expected = backup_head(paths, _station_code(s))
        if full:
            return verify_trail(s, expected_head=expected)
        return verify_incrementally(s, expected_head=expected)
