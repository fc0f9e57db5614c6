"""The backup folders' contents: what a good copy is (file + sidecar), the second folder, rotation 7/4/12."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from db.errors import BackupFailed
from db.rules.timeutil import now_utc, to_wib

log = logging.getLogger(__name__)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SETTINGS_FILE = "backup-settings.json"
SIDECAR_SUFFIX = ".json"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z0-9-]+)\.sqlite$")


class StationFiles(Protocol):
    """Where the database and its backup folder are (desktop.paths.DataPaths fits)."""

    @property
    def database(self) -> Path: ...

    @property
    def backups(self) -> Path: ...


@dataclass(frozen=True, slots=True)
class BackupPlaces:
    """A database and its backup folder, for callers without a DataPaths (migrations, tests)."""

    database: Path
    backups: Path


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    station_code: str | None
    revision: str | None
    row_counts: tuple[tuple[str, int], ...]
    audit_seq: int | None
    audit_hash: str | None


# -- the admin's second folder -----------------------------------------------------------------------------


def second_folder(data_root: Path) -> Path | None:
    """The second backup folder an admin chose (USB drive, network share), or None."""
    try:
        value = json.loads((data_root / SETTINGS_FILE).read_text(encoding="utf-8")).get("second_folder")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value) if isinstance(value, str) and value else None


def set_second_folder(data_root: Path, folder: Path | None) -> None:
    """Store (or clear with None) the second folder; it must exist and may not be the data folder itself."""
    if folder is not None:
        folder = folder.expanduser().resolve()
        if not folder.is_dir():
            raise BackupFailed(f"folder {folder} does not exist")
        if folder == data_root.resolve() or folder == (data_root / "backups").resolve():
            raise BackupFailed("the second folder must be another place than the data folder")
    target = data_root / SETTINGS_FILE
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps({"second_folder": str(folder) if folder else ""}), encoding="utf-8")
    os.replace(tmp, target)


def _discard(*files: Path) -> None:
    for f in files:
        try:
            f.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", f)


# -- listing and rotation ----------------------------------------------------------------------------------


def read_sidecar(db_file: Path) -> BackupInfo | None:
    """The description of a good copy, or None when `db_file` has no readable sidecar."""
    try:
        data = json.loads(db_file.with_name(db_file.name + SIDECAR_SUFFIX).read_text(encoding="utf-8"))
        head = data.get("audit_head") or {}
        return BackupInfo(
            db_file,
            datetime.fromisoformat(data["created_at"]),
            str(data["reason"]),
            data.get("station_code"),
            data.get("revision"),
            tuple(sorted((str(k), int(v)) for k, v in data["row_counts"].items())),
            head.get("seq"),
            head.get("hash"),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The good copies in `folder` (file and sidecar present), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for f in folder.glob("*.sqlite"):
        if _NAME.match(f.name) and (info := read_sidecar(f)) is not None and info.created_at.tzinfo:
            found.append(info)
    return sorted(found, key=lambda i: i.created_at, reverse=True)


def unused_name(folder: Path, stem: str, stamp: str, tag: str, suffix: str) -> Path:
    """`folder/<stem>-<stamp>-<tag><suffix>`, or with -2, -3… after the stamp while that name is taken."""
    target = folder / f"{stem}-{stamp}-{tag}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{n}-{tag}{suffix}"
    return target


def all_backups(paths: StationFiles) -> list[BackupInfo]:
    """The good copies in the backup folder, then those in the second folder when one is set."""
    copies = list_backups(paths.backups)
    second = second_folder(paths.database.parent)
    if second is not None:
        copies += list_backups(second)
    return copies


def newest_backup(paths: StationFiles) -> BackupInfo | None:
    """The newest good copy in the backup folder or the second folder."""
    return max(all_backups(paths), key=lambda i: i.created_at, default=None)


def keep_set(copies: Iterable[BackupInfo]) -> set[Path]:
    """The copies rotation keeps: the newest of each of the last 7 days, 4 ISO weeks and 12 months (WIB)."""
    ordered = sorted(copies, key=lambda i: i.created_at, reverse=True)
    keep: set[Path] = set()
    for limit, key in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for info in ordered:
            period = key(to_wib(info.created_at))
            if period not in seen:
                if len(seen) == limit:
                    break
                seen.append(period)
                keep.add(info.path)
    return keep


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove good copies older than a day that `keep_set` does not keep; files without a sidecar stay."""
    copies = list_backups(folder)
    keep = keep_set(copies)
    moment = now or now_utc()
    removed = []
    for info in copies:
        # Copies of the last day are all kept (a migration's copy and the day's manual one); a copy from the
        # future (a clock set wrong) too: rotation must not trust it to be old.
        if info.path in keep or info.created_at > moment - timedelta(days=1):
            continue
        _discard(info.path, info.path.with_name(info.path.name + SIDECAR_SUFFIX))
        removed.append(info.path)
    # A copy cut short (power cut, killed process) leaves its temporary file; an hour later it is no one's.
    for part in folder.glob("*.sqlite.part"):
        try:
            if _NAME.match(part.name[: -len(".part")]) and part.stat().st_mtime < moment.timestamp() - 3600:
                _discard(part)
        except OSError:
            pass
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed
