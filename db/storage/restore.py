"""Restoring the station database from a backup: check the file, set the current one aside, put the copy in.

Nothing is deleted: the current database (with its WAL) moves to `set-aside/` in the data folder. The file to
restore must pass `integrity_check`, carry a schema this version knows, hold a station and, when the current
database can tell, the same station; a sidecar's row counts must match it. The copy goes in under a temporary
name first, so a failure at any step leaves the current database where it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.errors import BackupFailed, RestoreRefused
from db.rules.timeutil import now_utc, to_wib
from db.storage.backup import StationFiles, _describe, check_file, copy_database, read_only_uri, read_sidecar
from db.storage.backup_catalog import unused_name

SET_ASIDE = "set-aside"
REQUIRED_TABLES = ("alembic_version", "station", "officer", "report", "audit_entry")


@dataclass(frozen=True, slots=True)
class RestoreSource:
    path: Path
    station_code: str
    revision: str
    audit_seq: int | None
    audit_hash: str | None


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    set_aside: tuple[Path, ...]
    station_code: str
    revision: str


def current_station_code(db_path: Path) -> str | None:
    """The station of the live database, or None when it cannot tell (missing, damaged, not set up)."""
    if not db_path.is_file() or check_file(db_path, quick=True) is not None:
        return None
    con = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        return _describe(con)[0]
    finally:
        con.close()


def check_source(source: Path, *, station_code: str | None) -> RestoreSource:
    """Refuse (RestoreRefused) a damaged, foreign or newer file, another station's, or one not as written."""
    from db.storage.migrate import known_revisions

    if not source.is_file():
        raise RestoreRefused(f"no file {source}")
    problem = check_file(source)
    if problem is not None:
        raise RestoreRefused(f"{source.name} is damaged or not a database: {problem}")
    sidecar = read_sidecar(source)
    if sidecar is not None and check_file(source, dict(sidecar.row_counts), quick=True) is not None:
        raise RestoreRefused(f"{source.name} does not hold the rows its backup record lists")
    con = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise RestoreRefused(f"{source.name} is not a Sentra Desk database (no {', '.join(missing)})")
        code, revision, audit_seq, audit_hash = _describe(con)
    finally:
        con.close()
    if revision is None or revision not in known_revisions():
        raise RestoreRefused(
            f"{source.name} has schema {revision}, which this version of Sentra Desk does not know"
        )
    if code is None:
        raise RestoreRefused(f"{source.name} holds no station")
    if station_code is not None and code != station_code:
        raise RestoreRefused(f"{source.name} belongs to station {code}, not to this station ({station_code})")
    return RestoreSource(source, code, revision, audit_seq, audit_hash)


def prepare_copy(
    paths: StationFiles, source: Path, *, station_code: str | None
) -> tuple[RestoreSource, Path]:
    """Check `source` and copy it (verified) next to the database under a temporary name."""
    checked = check_source(source, station_code=station_code)
    staging = paths.database.with_name(paths.database.name + ".restoring")
    for leftover in (staging, staging.with_name(staging.name + ".json")):
        leftover.unlink(missing_ok=True)
    try:
        # The source passed integrity_check just now: the copy is checked with quick_check and row counts.
        copy_database(source, staging, reason="restore", quick_verify=True)
    except BackupFailed as exc:
        raise RestoreRefused(f"{source.name} could not be copied: {exc}") from exc
    staging.with_name(staging.name + ".json").unlink(missing_ok=True)
    return checked, staging


def swap_in(
    paths: StationFiles, checked: RestoreSource, staging: Path, *, now: datetime | None = None
) -> RestoreResult:
    """Move the live database (and its WAL) to set-aside/ and the checked copy in its place.

    Every connection to the live database must be closed first (the caller disposes its engine).
    """
    db_path = paths.database
    folder = db_path.parent / SET_ASIDE
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = to_wib(now or now_utc()).strftime("%Y%m%d-%H%M%S")
    moved = []
    base = unused_name(folder, db_path.stem, stamp, "before-restore", db_path.suffix)
    for suffix in ("", "-wal", "-shm"):
        live = db_path.with_name(db_path.name + suffix)
        if live.exists():
            target = base.with_name(base.name + suffix)
            os.replace(live, target)
            moved.append(target)
    os.replace(staging, db_path)
    if os.name == "posix":
        fd = os.open(db_path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return RestoreResult(checked.path, tuple(moved), checked.station_code, checked.revision)


def discard_copy(staging: Path) -> None:
    staging.unlink(missing_ok=True)


def record_restore(
    session_factory: sessionmaker[Session],
    *,
    result: RestoreResult,
    officer_id: str | None,
    now: datetime | None = None,
) -> None:
    """The restore in the restored database's audit trail; the next trail check starts from the beginning."""
    from db.storage import audit
    from db.storage.audit_verify import write_state

    moment = now or now_utc()
    with session_factory.begin() as s:
        audit.record(
            s,
            officer_id=officer_id,
            entity="database",
            entity_id="restore",
            action="restore",
            after={
                "from": str(result.restored_from),
                "set_aside": [p.name for p in result.set_aside],
                "revision": result.revision,
            },
        )
        db_path = audit.database_path(s)
    if db_path is not None:
        write_state(db_path, verified=None, restored_at=moment.isoformat())


def finish_restore(
    paths: StationFiles,
    checked: RestoreSource,
    staging: Path,
    *,
    officer_id: str | None,
    close_live: Callable[[], None] | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Close the live database (`close_live`), swap the checked copy in, bring it to the current schema (a
    copy from an older version is migrated, after its own backup) and write the restore into its trail."""
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.migrate import upgrade

    if close_live is not None:
        close_live()
    result = swap_in(paths, checked, staging, now=now)
    engine = make_engine(paths.database)
    try:
        upgrade(engine, paths.database, paths.backups)
        record_restore(make_session_factory(engine), result=result, officer_id=officer_id, now=now)
    finally:
        engine.dispose()
    return result
