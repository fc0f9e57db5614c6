"""SQLite file names as URIs and SQLAlchemy URLs, escaped so any folder name works (`#`, `%41`, `'`, spaces).

Kept free of SQLAlchemy so start-up's plain-sqlite3 reads (storage/quick_read.py) can use it.
"""

from __future__ import annotations

import os
from pathlib import Path


def read_only_uri(db_path: Path | str) -> str:
    """A `file:` URI opening `db_path` read-only: never creates a file, whatever characters the path holds.

    Path.as_uri() percent-encodes the bytes of the name (`%` itself, `#`, `?`, spaces, non-Latin letters) and
    writes a Windows drive as `file:///C:/...`, both as SQLite's URI parser expects.
    """
    absolute = Path(os.path.abspath(db_path))
    return f"{absolute.as_uri()}?mode=ro"
