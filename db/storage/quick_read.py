"""What start-up needs, read straight from the SQLite file (no SQLAlchemy), so login shows at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.rules.station_identity import unit_label
from db.storage.migrate import HEAD_REVISION
from db.storage.sqlite_uri import read_only_uri


def ready_station_unit(db_path: Path) -> str | None:
    """The station's unit ("POLRES SOLOK") when the file is current and set up; None when start-up must
    first migrate it or run the set-up wizard."""
    if not db_path.exists():
        return None
    try:
        con = sqlite3.connect(read_only_uri(db_path), uri=True)
    except sqlite3.Error:
        return None
    try:
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != HEAD_REVISION:
            return None
        row = con.execute(
            "SELECT level, resor_name, sector_name FROM station WHERE deleted_at IS NULL LIMIT 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return unit_label(*row) if row else None
