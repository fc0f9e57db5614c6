"""`sentra demo` all or nothing: a new demo station is built in a temporary folder, moved in when complete."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.demo.station import DemoSummary, create_demo
from db.storage.audit_key import key_dir
from db.storage.backup import fsync_folder
from db.storage.engine import fold_wal
from db.storage.sqlite_uri import read_only_uri
from desktop.database import open_database
from desktop.paths import DataPaths

log = logging.getLogger(__name__)


def build_new_demo(
    paths: DataPaths,
    *,
    reports: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """A complete demo station at `paths`, which holds no database yet; on any failure nothing is left there.

    The station is built beside the data folder (same file system, so the final move is one rename); its
    database moves in only after every report, account and outreach record is written and the WAL folded in.
    """
    if _holds_something(paths.database):
        raise FileExistsError(paths.database)
    # Beside the data folder; inside it for the PC's shared station, whose parent (/var/lib, ProgramData)
    # an officer may not write to. Either way on the same file system, so the final move is one rename.
    where = paths.root if paths.shared else paths.root.parent
    where.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{paths.root.name}.demo-", dir=where))
    try:
        staging = DataPaths(work, shared=paths.shared).ensure()
        engine, session_factory = open_database(staging)
        try:
            summary = create_demo(session_factory, reports=reports, seed=seed, progress=progress)
        finally:
            engine.dispose()
        fold_wal(staging.database)
        paths.ensure()
        # The audit trail's key lives beside the data folder (storage/audit_key.py): it moves in first, so the
        # station never exists without the key that proves its trail.
        _move_keys(key_dir(staging.database), key_dir(paths.database))
        # A plain rename: atomic on one file system, and it refuses nothing, so check again just before it
        # (it may replace only the empty database a shared station's first start makes).
        if _holds_something(paths.database):
            raise FileExistsError(paths.database)
        os.replace(staging.database, paths.database)
        fsync_folder(paths.root)
        return summary
    finally:
        shutil.rmtree(work, ignore_errors=True)
        staging_keys = key_dir(work / paths.database.name)
        if staging_keys != key_dir(paths.database):  # not one folder set by SENTRA_KEY_DIR
            shutil.rmtree(staging_keys, ignore_errors=True)


def _holds_something(database: Path) -> bool:
    """True unless the file is missing or an SQLite database without a single table (what DataPaths.ensure
    makes for a PC's shared station): anything else, even unreadable, is never replaced."""
    if not database.exists():
        return False
    try:
        con = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            return con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.Error:
        return True


def _move_keys(source: Path, target: Path) -> None:
    if not source.is_dir() or source == target:
        return
    # As private as the staging key folder: 0700, or 0770 for a PC's shared station (db/storage/audit_key.py).
    target.mkdir(mode=source.stat().st_mode & 0o770, parents=True, exist_ok=True)
    for key in source.iterdir():
        os.replace(key, target / key.name)  # named by the key's own id: a new station's never clashes
    fsync_folder(target)
