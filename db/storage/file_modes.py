"""Who may read a station's files: this account alone, or the desk's group on a PC's shared station.

Free of SQLAlchemy, so start-up (logging, before the database opens) can ask it cheaply.
"""

from __future__ import annotations

import os
from pathlib import Path


def shared_by_group(path: Path) -> bool:
    """True for a file or folder of a PC's shared station: group-writable (desktop/paths.py makes them so);
    its new files must be the desk group's too. False on Windows, where the installer's ACL is inherited."""
    if os.name != "posix":
        return False
    try:
        return bool(path.stat().st_mode & 0o020)
    except OSError:
        return False
