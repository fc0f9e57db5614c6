"""Verified backups of the station database with SQLite's online backup API, kept 7 daily/4 weekly/12 monthly.

A copy is written to a temporary name, checked (`PRAGMA integrity_check` and the row count of every table,
against counts read in the same snapshot the copy was taken from), described by a JSON sidecar (station,
schema revision, row counts, the audit trail's head) and only then renamed to its final name.
A copy that fails the check is removed and `BackupFailed` raised:
a file in the backup folder with a sidecar is a good copy.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db.errors import BackupFailed
from db.rules.timeutil import now_utc, to_wib
from db.storage.backup_catalog import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    SETTINGS_FILE,
    SIDECAR_SUFFIX,
    BackupInfo,
    BackupPlaces,
    StationFiles,
    _discard,
    keep_set,
    list_backups,
    newest_backup,
    read_sidecar,
    rotate,
    second_folder,
    set_second_folder,
    unused_name,
)

__all__ = [
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "SETTINGS_FILE",
    "STALE_AFTER",
    "BackupInfo",
    "BackupPlaces",
    "BackupResult",
    "StationFiles",
    "backup_age",
    "backup_if_due",
    "backup_now",
    "check_file",
    "copy_database",
    "keep_set",
    "list_backups",
    "newest_backup",
    "read_only_uri",
    "read_sidecar",
    "rotate",
    "row_counts",
    "second_folder",
    "set_second_folder",
]

log = logging.getLogger(__name__)

# The home screen warns when the newest good copy is older than this.
STALE_AFTER = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class BackupResult:
    copy: BackupInfo
    # The copy in the admin's second folder, or why it could not be written there (the first copy stands).
    second_copy: BackupInfo | None
    second_error: str | None
    removed: tuple[Path, ...]


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only; as_uri() escapes spaces, '?', '#' and Windows drive letters."""
    return path.resolve().as_uri() + "?mode=ro"


# -- reading the source ------------------------------------------------------------------------------------


def _tables(con: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def row_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (virtual FTS tables included) as this connection's snapshot sees them."""
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(con)}


def _scalar(con: sqlite3.Connection, sql: str) -> object:
    try:
        row = con.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _describe(con: sqlite3.Connection) -> tuple[str | None, str | None, int | None, str | None]:
    code = _scalar(con, "SELECT code FROM station WHERE deleted_at IS NULL LIMIT 1")
    revision = _scalar(con, "SELECT version_num FROM alembic_version")
    try:
        head = con.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        head = None
    return (
        code if isinstance(code, str) else None,
        revision if isinstance(revision, str) else None,
        head[0] if head else None,
        head[1] if head else None,
    )


# -- checking a copy ---------------------------------------------------------------------------------------


def check_file(path: Path, expected: dict[str, int] | None = None, *, quick: bool = False) -> str | None:
    """None when `path` is a sound SQLite file (and holds `expected` rows per table); else what is wrong."""
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    if not header:
        return "the file is empty (0 bytes)"
    if header != b"SQLite format 3\x00":
        return "not an SQLite database file"
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        result = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        if result != ["ok"]:
            return "; ".join(str(r) for r in result[:3])
        if expected is not None:
            found = row_counts(con)
            if found != expected:
                differ = sorted(t for t in set(found) | set(expected) if found.get(t) != expected.get(t))
                return "row counts differ in " + ", ".join(differ[:5])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        con.close()
    return None


# -- writing -----------------------------------------------------------------------------------------------


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _target_name(folder: Path, stem: str, moment: datetime, reason: str) -> Path:
    stamp = to_wib(moment).strftime("%Y%m%d-%H%M%S")
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return unused_name(folder, stem, stamp, reason, ".sqlite")


def _write_sidecar(db_file: Path, info: BackupInfo) -> None:
    data = {
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "station_code": info.station_code,
        "revision": info.revision,
        "row_counts": dict(info.row_counts),
        "audit_head": {"seq": info.audit_seq, "hash": info.audit_hash},
        "verified": "integrity_check ok, row counts equal",
    }
    sidecar = db_file.with_name(db_file.name + SIDECAR_SUFFIX)
    tmp = sidecar.with_name(sidecar.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, sidecar)


def _finish(part: Path, target: Path, info: BackupInfo) -> BackupInfo:
    """Sidecar first, then the rename: a copy with a sidecar is always a complete, checked one."""
    info = dataclasses.replace(info, path=target)
    _write_sidecar(target, info)
    os.replace(part, target)
    fsync_folder(target.parent)
    return info


def copy_database(
    db_path: Path, target: Path, *, reason: str, now: datetime | None = None, quick_verify: bool = False
) -> BackupInfo:
    """One verified copy of `db_path` at `target` (a temporary name first; BackupFailed leaves nothing)."""
    if not db_path.is_file():
        raise BackupFailed(f"no database at {db_path}")
    moment = now or now_utc()
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(read_only_uri(db_path), uri=True, isolation_level=None)
        try:
            # One read transaction: the counts and the copy come from the same snapshot, whatever writes.
            src.execute("BEGIN")
            counts = row_counts(src)
            code, revision, audit_seq, audit_hash = _describe(src)
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        os.chmod(part, 0o600)
    except (sqlite3.Error, OSError) as exc:
        _discard(part)
        raise BackupFailed(f"backup to {target.parent} failed: {exc}") from exc
    problem = check_file(part, counts, quick=quick_verify)
    if problem is not None:
        _discard(part)
        raise BackupFailed(f"the copy did not verify ({problem}); it was removed")
    counted = tuple(sorted(counts.items()))
    info = BackupInfo(part, moment, reason, code, revision, counted, audit_seq, audit_hash)
    try:
        return _finish(part, target, info)
    except OSError as exc:
        _discard(part, target.with_name(target.name + SIDECAR_SUFFIX))
        raise BackupFailed(f"backup to {target.parent} failed: {exc}") from exc


def _copy_to_second(first: BackupInfo, folder: Path) -> BackupInfo:
    target = folder / first.path.name
    part = target.with_name(target.name + ".part")
    try:
        with first.path.open("rb") as src, part.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        _discard(part)
        raise BackupFailed(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    problem = check_file(part, dict(first.row_counts))
    if problem is not None:
        _discard(part)
        raise BackupFailed(f"the copy in {folder} did not verify ({problem})")
    try:
        return _finish(part, target, first)
    except OSError as exc:
        _discard(part)
        raise BackupFailed(f"cannot write to {folder}: {exc.strerror or exc}") from exc


def backup_now(
    paths: StationFiles, *, reason: str, now: datetime | None = None, rotate_copies: bool = True
) -> BackupResult:
    """A verified copy into the backup folder and the admin's second folder, then rotation of both.

    `reason`: "daily", "manual", "before-0005", "before-import" ... (part of the file name). Importers call
    this before they write. A failure of the second folder is reported in the result, not raised.
    """
    moment = now or now_utc()
    db_path = paths.database
    first = copy_database(
        db_path, _target_name(paths.backups, db_path.stem, moment, reason), reason=reason, now=moment
    )
    log.info("backup (%s) written to %s", reason, first.path)
    removed: list[Path] = []
    second_copy, second_error = None, None
    second = second_folder(db_path.parent)
    if second is not None:
        try:
            if not second.is_dir():
                raise BackupFailed(f"the second backup folder {second} is not reachable")
            second_copy = _copy_to_second(first, second)
        except BackupFailed as exc:
            second_error = str(exc)
            log.warning("second backup copy failed: %s", exc)
    if rotate_copies:
        removed += rotate(paths.backups, now=moment)
        if second_copy is not None:
            removed += rotate(second_copy.path.parent, now=moment)
    return BackupResult(first, second_copy, second_error, tuple(removed))


# -- the first start of the day ----------------------------------------------------------------------------


def is_station_file(db_path: Path) -> bool:
    """True when `db_path` holds a configured station (worth backing up)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        con = sqlite3.connect(read_only_uri(db_path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return _scalar(con, "SELECT count(*) FROM station WHERE deleted_at IS NULL") not in (None, 0)
    finally:
        con.close()


def backup_if_due(paths: StationFiles, *, now: datetime | None = None) -> BackupResult | None:
    """The daily copy, when the backup folder has none from today (WIB) yet and a station is set up."""
    moment = now or now_utc()
    newest = next(iter(list_backups(paths.backups)), None)
    if newest is not None and to_wib(newest.created_at).date() == to_wib(moment).date():
        return None
    if not is_station_file(paths.database):
        return None
    return backup_now(paths, reason="daily", now=moment)


def backup_age(paths: StationFiles, *, now: datetime | None = None) -> tuple[timedelta | None, bool]:
    """(age of the newest good copy or None when there is none, True when the home screen should warn)."""
    newest = newest_backup(paths)
    if newest is None:
        return None, True
    age = max((now or now_utc()) - newest.created_at, timedelta(0))
    return age, age > STALE_AFTER
