"""The start-up check of the station database: refuse an empty, foreign, damaged or newer file, truthfully."""

from __future__ import annotations

from pathlib import Path

from db.errors import DatabaseDamaged
from db.storage.backup import check_file


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
    check_schema(db_path)


def check_schema(db_path: Path) -> None:
    """Before any connection that could change the file (even switching it to WAL): a database from a newer
    version raises DatabaseTooNew, another program's SQLite file NotStationDatabase."""
    import sqlite3

    from db.errors import DatabaseTooNew, NotStationDatabase
    from db.storage.backup import read_only_uri
    from db.storage.migrate import HEAD_REVISION, known_revisions

    if not db_path.exists():
        return
    con = sqlite3.connect(read_only_uri(db_path), uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        row = (
            con.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
        stamp = con.execute("PRAGMA user_version").fetchone()[0]  # the release that last migrated it
    except sqlite3.Error as exc:
        raise DatabaseDamaged(db_path, str(exc)) from exc
    finally:
        con.close()
    if row is None:
        if tables:
            raise NotStationDatabase(db_path)
        return
    if row[0] != HEAD_REVISION and row[0] not in known_revisions():
        from db.storage.app_version import version_from_stamp

        raise DatabaseTooNew(row[0], made_by=version_from_stamp(stamp))
