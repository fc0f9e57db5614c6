"""Where the station's data lives: --data-dir, then SENTRA_DATA_DIR, then the PC's folder named in the
installer's config file (installed app only), then the user data dir (a developer checkout)."""

from __future__ import annotations

import configparser
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

APP_NAME = "SentraDesk"
DB_FILE = "sentra.sqlite"
# Written by the installer (Windows: next to SentraDesk.exe; Debian: /etc/sentra-desk/), e.g.
#   [station]
#   data_dir = %PROGRAMDATA%\SentraDesk
CONFIG_NAME = "sentra.ini"
SYSTEM_CONFIG = Path("/etc/sentra-desk") / CONFIG_NAME


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path
    # The PC's folder from the installer's config, used by every officer of the desk's group (POSIX).
    shared: bool = False

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
            folder.mkdir(mode=0o770 if self.shared else PRIVATE_DIR, parents=True, exist_ok=True)
        # A PC's shared station belongs to the desk's group; a per-user station to this user alone.
        keep = 0o770 if self.shared else 0o700
        if self.shared and os.name == "posix":
            self._group_writable_database()
        tighten(self.root, self.backups, self.documents, self.logs, keep=keep)
        db = self.database
        tighten(db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), keep=keep)
        for folder in (self.backups, self.logs):
            tighten(*(p for p in folder.iterdir() if p.is_file()), keep=keep)
        return self

    def _group_writable_database(self) -> None:
        """SQLite creates a database as 0644 whatever the umask, and its WAL and shm files take the database's
        mode: made here as 0660, the next officer can write too. Made as a valid empty SQLite file (never a
        0-byte one, which the start-up check refuses as damaged), under a temporary name and linked into
        place, so an officer starting at the same moment never finds a half-made file nor loses one."""
        db = self.database
        if db.exists():
            st = db.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o060 != 0o060:
                db.chmod(st.st_mode | 0o060)
            return
        part = db.with_name(f".{db.name}.{os.getpid()}.new")
        try:
            os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o660))
            con = sqlite3.connect(part)
            try:
                con.execute("PRAGMA journal_mode=WAL")  # writes the header: an empty database, not 0 bytes
            finally:
                con.close()
            os.link(part, db)  # fails, changing nothing, when another officer's start made it first
        except FileExistsError:
            pass
        finally:
            for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
                leftover.unlink(missing_ok=True)


def installed_config_files() -> list[Path]:
    """The config files an installed (frozen) app reads, first match wins; none for a developer checkout, so
    a checkout on a PC that also has the app installed keeps its own per-user station."""
    if not getattr(sys, "frozen", False):
        return []
    return [Path(sys.executable).resolve().parent / CONFIG_NAME, SYSTEM_CONFIG]


def configured_data_dir(config_files: list[Path]) -> Path | None:
    """The `[station] data_dir` of the first readable config file; environment variables are expanded and a
    relative path is taken from the file's folder."""
    for path in config_files:
        if not path.is_file():
            continue
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error) as exc:
            log.warning("ignoring unreadable %s: %s", path, exc)
            continue
        value = parser.get("station", "data_dir", fallback="").strip()
        if value:
            folder = Path(os.path.expandvars(value)).expanduser()
            return folder if folder.is_absolute() else (path.parent / folder).resolve()
    return None


PRIVATE_DIR = 0o700


def tighten(*paths: Path, keep: int = 0o700) -> None:
    """Remove the permissions outside `keep` from each existing path (POSIX; Windows uses the installer's
    ACL): others always, the group too unless the station is shared by the desk's group. The owner's own bits
    stay as they are, so a read-only folder stays read-only."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            mode = path.stat().st_mode
            if mode & 0o777 & ~keep:
                path.chmod(mode & keep)
        except OSError:  # gone meanwhile, or not ours to change: the start goes on
            continue


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get("SENTRA_DATA_DIR")
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    configured = configured_data_dir(installed_config_files())
    if configured is not None:
        if os.name == "posix":
            # The PC's folder is shared by the desk's group (setgid, made by the package): files this user
            # creates there (the database, its WAL, backups) must stay writable for the next officer.
            os.umask(0o007)
        return DataPaths(configured, shared=True)
    return DataPaths(Path(user_data_dir(APP_NAME, False)))
