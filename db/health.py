"""The start-up check of the station database: refuse an empty, foreign, damaged or newer file, truthfully."""

from __future__ import annotations

from pathlib import Path

from db.backup import check_file
from db.errors import DatabaseDamaged


def check_before_open(db_path: Path) -> None:
    """Cheap checks before anything opens the file (no SQL): a missing file is a new station; a 0-byte file or
    one that is not SQLite is never taken for one (an empty file next to a WAL may be the only copy left)."""
    if not db_path.exists():
        return
    try:
        size = db_path.stat().st_size
        with db_path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise DatabaseDamaged(db_path, f"cannot read the file: {exc.strerror or exc}") from exc
    if size == 0:
        raise DatabaseDamaged(db_path, "the file is empty (0 bytes)")
    if header != b"SQLite format 3\x00":
        raise DatabaseDamaged(db_path, "not an SQLite database file")


def quick_check(db_path: Path) -> None:
    """SQLite's `PRAGMA quick_check` (seconds on a large file: run it off the window's thread)."""
    check_before_open(db_path)
    if not db_path.exists():
        return
    problem = check_file(db_path, quick=True)
    if problem is not None:
        raise DatabaseDamaged(db_path, problem)
