"""What start-up checks once the database opened (on the DB thread): the audit trail against its head."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from db.storage.audit_verify import AuditHead, VerifyReport, read_state, verify_incrementally, verify_trail
from db.storage.backup_catalog import StationFiles, all_backups
from db.storage.engine import read_session


def known_heads(paths: StationFiles, station_code: str | None) -> list[AuditHead]:
    """The audit heads this station's trail must still contain: each backup's since the last restore (a
    restore goes back in time on purpose; copies taken before it know a longer trail) and the last check's."""
    from db.storage.audit_verify import verified_head

    restored_at = read_state(paths.database).get("restored_at")
    since = datetime.fromisoformat(restored_at) if isinstance(restored_at, str) else None
    heads = {
        AuditHead(info.audit_seq, info.audit_hash)
        for info in all_backups(paths)
        if (since is None or info.created_at > since)
        and (station_code is None or info.station_code in (None, station_code))
        and info.audit_seq is not None
        and info.audit_hash
    }
    last_checked = verified_head(paths.database)
    if last_checked is not None:
        heads.add(last_checked)
    return sorted(heads, key=lambda h: h.seq)


def _station_code(session: Session) -> str | None:
    from sqlalchemy import select

    from db.models import Station

    return session.scalar(select(Station.code).where(Station.deleted_at.is_(None)).limit(1))


def check_audit(
    paths: StationFiles, session_factory: sessionmaker[Session], *, full: bool = False
) -> VerifyReport:
    """The trail against every head it is known to have had: from the last check, or all with `full`."""
    with read_session(session_factory) as s:
        expected = known_heads(paths, _station_code(s))
        if full:
            return verify_trail(s, expected_head=expected)
        return verify_incrementally(s, expected_head=expected)
