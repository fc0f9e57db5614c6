"""The per-station key of the audit trail's HMAC chain, kept in a file apart from the database.

Where: `<parent of the data folder>/<data folder name>-keys/audit-<key id>.key` (folder 0700, file 0600;
`SENTRA_KEY_DIR` chooses another folder). Why a file and not the OS keyring: the keyring belongs to one OS
account and, on Linux, to a desktop session (the CLI over SSH or a scheduled job has none), so a desk shared
by several accounts, or a profile reset, would lose the key and with it every proof the trail holds. A file
beside the data folder is readable by exactly the accounts that may use the data folder (the same permissions,
the installer's ACL on Windows), is not inside the data folder (a copy of the database or of its backups
does not carry the key, so whoever holds only those cannot re-hash the trail), and the IT officer can save it
with the station's papers. Moving a station to another PC means copying this folder too (README, "Backups").
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from sqlalchemy.orm import Session

from db.storage.file_modes import shared_by_group

KEY_DIR_ENV = "SENTRA_KEY_DIR"
_cache: dict[tuple[str, str], bytes] = {}
_fast: dict[tuple[str, str, str], bytes] = {}


def key_dir(db_path: Path) -> Path:
    override = os.environ.get(KEY_DIR_ENV)
    if override:
        return Path(override)
    folder = db_path.resolve().parent
    return folder.parent / f"{folder.name}-keys"


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:16]


def _key_file(db_path: Path, kid: str) -> Path:
    return key_dir(db_path) / f"audit-{kid}.key"


def load_key(db_path: Path, kid: str) -> bytes | None:
    """The key named `kid`, or None when its file is missing or does not match its name."""
    # Every write asks: look up by the path as given before resolving it (a few system calls).
    fast = (str(db_path), kid, os.environ.get(KEY_DIR_ENV, ""))
    if fast in _fast:
        return _fast[fast]
    cache_key = (str(key_dir(db_path)), kid)
    if cache_key in _cache:
        _fast[fast] = _cache[cache_key]
        return _cache[cache_key]
    try:
        key = bytes.fromhex(_key_file(db_path, kid).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    if key_id(key) != kid:
        return None
    _cache[cache_key] = key
    _fast[fast] = key
    return key


def create_key(db_path: Path) -> tuple[str, bytes]:
    """A new random key written to its own file (never over another); raises OSError when it cannot be.

    Readable by this account only, or by the desk's group for a PC's shared station (every officer's audit
    entries are keyed with it)."""
    shared = shared_by_group(db_path)
    folder = key_dir(db_path)
    folder.mkdir(mode=0o770 if shared else 0o700, parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    kid = key_id(key)
    fd = os.open(_key_file(db_path, kid), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o660 if shared else 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.hex() + "\n")
        f.flush()
        os.fsync(f.fileno())
    _cache[(str(folder), kid)] = key
    return kid, key


def forget_keys() -> None:
    """Drop the cached keys (after key files were removed or moved)."""
    _cache.clear()
    _fast.clear()


def has_keys(db_path: Path) -> bool:
    folder = key_dir(db_path)
    return folder.is_dir() and any(folder.glob("audit-*.key"))


def database_path(session: Session) -> Path | None:
    """The SQLite file behind `session`, or None (in-memory or another database)."""
    bind = session.get_bind()
    url = getattr(bind, "url", None)
    name = getattr(url, "database", None)
    if not name or name == ":memory:" or getattr(url, "drivername", "").split("+")[0] != "sqlite":
        return None
    return Path(name)
