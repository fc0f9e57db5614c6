"""`sentra demo` all or nothing: a new demo station is built in a temporary folder, moved in when complete."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.demo.station import DemoSummary, create_demo
from db.storage.audit_key import key_dir
from db.storage.backup import fsync_folder
from db.storage.engine import fold_wal
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
    if paths.database.exists():
        raise FileExistsError(paths.database)
    paths.root.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{paths.root.name}.demo-", dir=paths.root.parent))
    try:
        staging = DataPaths(work).ensure()
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
        # A plain rename: atomic on one file system, and it refuses nothing, so check again just before it.
        if paths.database.exists():
            raise FileExistsError(paths.database)
        os.replace(staging.database, paths.database)
        fsync_folder(paths.root)
        return summary
    finally:
        shutil.rmtree(work, ignore_errors=True)
        staging_keys = key_dir(work / paths.database.name)
        if staging_keys != key_dir(paths.database):  # not one folder set by SENTRA_KEY_DIR
            shutil.rmtree(staging_keys, ignore_errors=True)


def _move_keys(source: Path, target: Path) -> None:
    if not source.is_dir() or source == target:
        return
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    for key in source.iterdir():
        os.replace(key, target / key.name)  # named by the key's own id: a new station's never clashes
    fsync_folder(target)
