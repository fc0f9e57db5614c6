"""Opening the station database: check it, back up, migrate, hand out a session factory."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.errors import BackupFailed
from db.storage.backup import backup_if_due
from db.storage.engine import make_engine, make_session_factory
from db.storage.health import quick_check
from db.storage.migrate import upgrade
from desktop.paths import DataPaths

log = logging.getLogger(__name__)


def open_database(paths: DataPaths, *, daily_backup: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Raises DatabaseDamaged, NotStationDatabase or DatabaseTooNew without changing anything.

    `daily_backup=False`: the caller makes the day's first backup itself (the GUI, on its I/O pool, so a big
    station's copy does not hold up the log-in on the DB thread)."""
    paths.ensure()
    quick_check(paths.database)
    engine = make_engine(paths.database)
    try:
        backup = upgrade(engine, paths.database, paths.backups)
    except BaseException:
        engine.dispose()
        raise
    if backup is not None:
        log.info("migrated %s (backup %s)", paths.database, backup)
    if daily_backup:
        daily_backup_now(paths)
    return engine, make_session_factory(engine)


def daily_backup_now(paths: DataPaths) -> None:
    """The day's first backup; a failure is only logged (the home screen shows the newest copy's age)."""
    try:
        backup_if_due(paths)
    except BackupFailed as exc:
        log.error("daily backup failed: %s", exc)


def data_folder_writable(paths: DataPaths) -> bool:
    """Whether this user may change the data folder and its database (else: read-only mode)."""
    import os

    db = paths.database
    return os.access(paths.root, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def open_database_read_only(paths: DataPaths) -> tuple[Engine, sessionmaker[Session]]:
    """The station database of a folder this user may only read: no migration, no backup, no writes."""
    from db.storage.engine import make_read_only_engine
    from db.storage.migrate import HEAD_REVISION

    engine = make_read_only_engine(paths.database)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if version != HEAD_REVISION:
        raise PermissionError(
            f"the data folder {paths.root} is read-only and its database needs an upgrade "
            "this user cannot make"
        )
    return engine, make_session_factory(engine)
