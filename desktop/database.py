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
