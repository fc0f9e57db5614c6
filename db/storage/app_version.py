"""The release's version (the same as pyproject.toml's; a test keeps them equal) and its stamp in a database.

Each release stamps the station file's `PRAGMA user_version` with its own version when it creates or migrates
the schema, so an older release that finds a schema it does not know can name the release that made it.
"""

from __future__ import annotations

APP_VERSION = "0.1.0"


def version_stamp(version: str = APP_VERSION) -> int:
    """ "1.2.3" -> 1_002_003: an integer that fits SQLite's user_version and sorts like the version."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    return major * 1_000_000 + minor * 1_000 + patch


def version_from_stamp(stamp: int) -> str | None:
    """The version a stamp was made from; None for 0 (a file from before releases stamped it)."""
    if stamp <= 0:
        return None
    return f"{stamp // 1_000_000}.{stamp // 1_000 % 1_000}.{stamp % 1_000}"
