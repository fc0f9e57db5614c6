"""Opening the station database: create the folder, back up, migrate, hand out a session factory."""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_session_factory
from db.migrate import upgrade
from desktop.paths import DataPaths

log = logging.getLogger(__name__)


def open_database(paths: DataPaths) -> tuple[Engine, sessionmaker[Session]]:
    paths.ensure()
    engine = make_engine(paths.database)
    backup = upgrade(engine, paths.database, paths.backups)
    if backup is not None:
        log.info("migrated %s (backup %s)", paths.database, backup)
    return engine, make_session_factory(engine)


def data_folder_writable(paths: DataPaths) -> bool:
    """Whether this user may change the data folder and its database (else: read-only mode)."""
    import os

    db = paths.database
    return os.access(paths.root, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def open_database_read_only(paths: DataPaths) -> tuple[Engine, sessionmaker[Session]]:
    """The station database of a folder this user may only read: no migration, no backup, no writes."""
    from db.engine import make_read_only_engine
    from db.migrate import HEAD_REVISION

    engine = make_read_only_engine(paths.database)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if version != HEAD_REVISION:
        raise PermissionError(
            f"the data folder {paths.root} is read-only and its database needs an upgrade "
            "this user cannot make"
        )
    return engine, make_session_factory(engine)
