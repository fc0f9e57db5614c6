"""Bringing a station database to the newest schema: refuse a newer one, back the file up, run Alembic."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseTooNew
from db.storage.app_version import version_from_stamp, version_stamp
from db.storage.sqlite_uri import read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# The newest migration's revision. Start-up compares it with the file's own version through plain sqlite3, so
# Alembic (about 0.2 s of imports) loads only when there is something to migrate; a test keeps it true.
HEAD_REVISION = "0006"


def migrations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "db" / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    """The head as Alembic reads it from the scripts (HEAD_REVISION must equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def file_revision(db_path: Path) -> str | None:
    """The schema version stamped in a database file, read without SQLAlchemy or Alembic."""
    return _file_stamps(db_path)[0]


def _file_stamps(db_path: Path) -> tuple[str | None, int]:
    """The file's schema revision and the version stamp of the release that last migrated it."""
    if not db_path.exists():
        return None, 0
    con = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        stamp = con.execute("PRAGMA user_version").fetchone()[0]
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None, 0
    finally:
        con.close()
    return (row[0] if row else None), stamp


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def refuse_newer(revision: str | None, stamp: int) -> None:
    """Raise DatabaseTooNew when `revision` is a schema this release's migrations do not know."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(revision=revision, made_by=version_from_stamp(stamp))


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar())


def upgrade(engine: Engine, db_path: Path | None = None, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. An existing database that needs migrating is copied to `backup_dir` first.

    Returns the backup's path, or None when no backup was needed (fresh file or already current).
    """
    if db_path is not None:
        revision, stamp = _file_stamps(db_path)
        if revision == HEAD_REVISION:
            return None  # the everyday start: nothing to do, and Alembic is never imported
        # Checked on the read-only look before the engine connects: a newer file is left exactly as it was.
        refuse_newer(revision, stamp)
    current = current_revision(engine)
    refuse_newer(current, 0)
    head = head_revision()
    if current == head:
        return None
    if current is None and _has_tables(engine):
        from db.errors import NotStationDatabase

        # Tables but no schema version: another program's database, never to be taken for a new station.
        raise NotStationDatabase(db_path or engine.url.database)
    backup = None
    if db_path is not None and db_path.exists() and current is not None:
        from db.storage.backup import BackupPlaces, backup_now

        # A verified copy named after what it holds: the schema it was at before this migration.
        places = BackupPlaces(db_path, backup_dir or db_path.parent / "backups")
        backup = backup_now(places, reason=f"schema-{current}-before-{head}", rotate_copies=False).copy.path
        log.info("database backed up to %s before migrating %s -> %s", backup, current, head)
    run_migrations(engine, "head")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version={version_stamp()}")
    return backup


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at nothing; it was rolled back."""


def run_migrations(engine: Engine, target: str) -> None:
    """Alembic's upgrade in one transaction, with foreign keys off while batch mode rebuilds tables.

    Rebuilding a table (SQLite's ALTER) drops and recreates it, which foreign_keys=ON refuses while other rows
    point at it; SQLite only lets the pragma change outside a transaction. The keys are checked before commit.
    """
    from alembic import command

    cfg = _config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise ForeignKeyViolation(f"migration to {target} broke foreign keys: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
