"""The data folder, database, logs and backups are readable by the desk's user only (POSIX)."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.cli import main
from desktop.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_station_is_private(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "umask", os.umask)  # restore whatever the test changes
    old = os.umask(0o022)
    try:
        data = tmp_path / "data"
        assert main(["--data-dir", str(data), "demo", "--reports", "2"]) == 0
    finally:
        os.umask(old)
    paths = DataPaths(data)
    for folder in (paths.root, paths.backups, paths.documents, paths.logs):
        assert mode(folder) == 0o700, folder
    assert mode(paths.database) == 0o600
    # The log is set up once per process (another test may have done it first); -wal/-shm may be gone.
    for f in (
        paths.logs / "sentra.log",
        *(paths.database.with_name(paths.database.name + e) for e in ("-wal", "-shm")),
    ):
        if f.exists():
            assert mode(f) & 0o077 == 0, f


def test_an_existing_install_is_tightened_at_start(tmp_path):
    paths = DataPaths(tmp_path / "old")
    for folder in (paths.root, paths.backups, paths.documents, paths.logs):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    for f in (paths.database, paths.backups / "sentra-before-0004.sqlite", paths.logs / "sentra.log"):
        f.write_bytes(b"x")
        f.chmod(0o644)
    paths.ensure()
    assert mode(paths.root) == 0o700 and mode(paths.logs) == 0o700
    assert mode(paths.database) == 0o600
    assert mode(paths.backups / "sentra-before-0004.sqlite") == 0o600
    assert mode(paths.logs / "sentra.log") == 0o600


def test_a_read_only_folder_stays_read_only(tmp_path):
    paths = DataPaths(tmp_path / "ro")
    paths.ensure()
    paths.root.chmod(0o555)
    try:
        paths.ensure()
        assert mode(paths.root) == 0o500
    finally:
        paths.root.chmod(0o700)


def test_a_pcs_shared_station_starts_on_an_empty_database_the_desks_group_can_write(tmp_path):
    """The first start on an installed PC makes the database 0660 for the desk's group, as a valid empty
    SQLite file: never a 0-byte file, which the start-up check refuses as damaged; a second start changes
    nothing."""
    from db.storage.health import check_before_open, check_schema
    from desktop.database import open_database

    old = os.umask(0o007)  # what resolve_data_dir sets for the PC's folder
    try:
        paths = DataPaths(tmp_path / "pc", shared=True).ensure()
        assert mode(paths.database) == 0o660 and paths.database.stat().st_size > 0
        check_before_open(paths.database)
        check_schema(paths.database)
        DataPaths(tmp_path / "pc", shared=True).ensure()  # another officer's start at the same time
        names = sorted(p.name for p in paths.root.iterdir() if not p.name.endswith(("-wal", "-shm")))
        assert names == ["backups", "documents", "logs", "sentra.sqlite"]
        engine = open_database(paths)[0]
        engine.dispose()
        assert mode(paths.database) == 0o660
    finally:
        os.umask(old)
