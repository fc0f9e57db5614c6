"""Where the station's password for the central database is kept.

- A station of one OS account (a developer checkout, `--data-dir`): the OS keyring (Windows Credential
  Manager, macOS Keychain, a Secret Service), never a file.
- The PC's station that every officer of the desk shares (the installed app's `sentra.ini`): a file in the
  station's key folder beside the data folder (`<data folder>-keys/central-<id>.secret`, see
  db/storage/audit_key.py), readable exactly by the desk's users: the group `sentra-desk` on Linux (0660 in a
  2770 folder made by the package), the PC's users on Windows (the installer's ACL). A keyring is per account
  and per desktop session, so an officer logging in after the one who set up sync would find no password and
  sync would stop. The file has the same protection as the database it syncs, which holds far more.

A password found in the key folder wins over the keyring, so a station set up either way keeps working.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from db.errors import SentraError
from db.storage.audit_key import key_dir

KEYRING_SERVICE = "sentra-desk-central"


class KeyringUnavailable(SentraError):
    """No OS keyring to keep the password in; it is never written to a file instead."""


class SecretUnreadable(SentraError):
    """The station's password file exists but this account may not read it."""


def account(url: str, role: str) -> str:
    return f"{role}@{url}"


def secret_file(db_path: Path, url: str, role: str) -> Path:
    digest = hashlib.sha256(account(url, role).encode("utf-8")).hexdigest()[:16]
    return key_dir(db_path) / f"central-{digest}.secret"


def _keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(
            "No system keyring is available to keep the central database password "
            "(Windows Credential Manager, macOS Keychain or a Secret Service such as GNOME Keyring). "
            "Sentra Desk will not store the password in a file for a station of one account."
        )
    return keyring


def _write_secret(path: Path, password: str) -> None:
    """Written beside, synced, then renamed over the old one: a failure leaves the old password in place."""
    folder = path.parent
    # The folder is made by the package (Linux) or the installer (Windows) for the PC's station; when it is
    # not there yet (a `--data-dir` marked shared in tests, an older install), the desk's group keeps access.
    folder.mkdir(mode=0o770, parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o660)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(password + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def store_password(db_path: Path | None, url: str, role: str, password: str, *, shared: bool) -> str:
    """Keep the password where this station's officers will find it; returns where, in words for the CLI."""
    if shared and db_path is not None:
        path = secret_file(db_path, url, role)
        _write_secret(path, password)
        return f"the station's key folder ({path.parent})"
    _keyring().set_password(KEYRING_SERVICE, account(url, role), password)
    if db_path is not None:  # a station moved from shared to private keeps no stale file
        secret_file(db_path, url, role).unlink(missing_ok=True)
    return "the system keyring"


def find_password(db_path: Path | None, url: str, role: str) -> str | None:
    """The stored password: the station's key folder first, then the keyring (KeyringUnavailable if none)."""
    if db_path is not None:
        path = secret_file(db_path, url, role)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass
        except PermissionError as exc:
            raise SecretUnreadable(
                f"This account may not read the central database password ({path}): "
                "ask IT to add it to the desk's users (group sentra-desk on Linux)."
            ) from exc
        else:
            return text.rstrip("\n")
    found = _keyring().get_password(KEYRING_SERVICE, account(url, role))
    return None if found is None else str(found)
