"""Where the station's data lives: --data-dir, then SENTRA_DATA_DIR, then the user data dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "SentraDesk"
DB_FILE = "sentra.sqlite"


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def documents(self) -> Path:
        """Generated receipts and reports."""
        return self.root / "documents"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folders readable only by this user (0700) and tighten an existing install: the
        folders, the database with its -wal/-shm, backups and logs lose every group and other right."""
        for folder in (self.root, self.backups, self.documents, self.logs):
            folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        tighten(self.root, self.backups, self.documents, self.logs)
        db = self.database
        tighten(db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
        for folder in (self.backups, self.logs):
            tighten(*(p for p in folder.iterdir() if p.is_file()))
        return self


PRIVATE_DIR = 0o700


def tighten(*paths: Path) -> None:
    """Remove group and other permissions from each existing path (POSIX; Windows uses the installer's
    ACL). The owner's own bits stay as they are, so a read-only folder stays read-only."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            mode = path.stat().st_mode
            if mode & 0o077:
                path.chmod(mode & 0o700)
        except OSError:  # gone meanwhile, or not ours to change: the start goes on
            continue


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get("SENTRA_DATA_DIR")
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(user_data_dir(APP_NAME, False)))
