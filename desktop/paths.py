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
        for folder in (self.root, self.backups, self.documents, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get("SENTRA_DATA_DIR")
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(user_data_dir(APP_NAME, False)))
