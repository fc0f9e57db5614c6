"""The PC's station (installed app, `sentra.ini`) is shared by every officer of the desk: the audit key and
the
central database password live in its key folder, readable by the desk's group; a per-account station keeps
the password in the keyring only (issue 15, point 5)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from db.storage.audit_key import key_dir
from db.sync import credentials
from db.sync.credentials import SecretUnreadable
from db.sync.settings import SyncSettings, load_password, load_settings
from desktop import paths
from desktop.cli import main
from tests.desktop.test_paths import _installed, _keep_umask  # noqa: F401  (_keep_umask: autouse)

URL = "postgresql://polres.example:6432/sentra?sslmode=require"
ROLE = "sentra_st_polsek_x"


@pytest.fixture
def no_keyring():
    """A PC where no officer's session has a keyring (the CLI over SSH, a service account)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _installed_pc(monkeypatch, tmp_path: Path) -> Path:
    """The frozen app with the installer's config naming the PC's folder, as on an installed counter PC."""
    station = tmp_path / "var" / "sentra-desk"
    _installed(monkeypatch, tmp_path, f"[station]\ndata_dir = {station}\n")
    monkeypatch.delenv("SENTRA_KEY_DIR", raising=False)
    return station


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_pcs_station_keeps_the_password_in_its_key_folder_for_every_officer(
    tmp_path, monkeypatch, capsys, no_keyring
):
    station = _installed_pc(monkeypatch, tmp_path)
    assert main(["demo", "--reports", "3"]) == 0
    db = station / "sentra.sqlite"
    keys = key_dir(db)
    # The audit key is the group's too: another officer's saves are keyed with it.
    assert _mode(db) & 0o060 == 0o060
    assert [_mode(p) for p in keys.glob("audit-*.key")] == [0o660]
    assert _mode(keys) & 0o070 == 0o070
    capsys.readouterr()

    monkeypatch.setattr("sys.stdin", _Stdin("rahasia-polres-77\n"))
    assert main(["sync", "setup", "--url", URL, "--role", ROLE, "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "station's key folder" in out and str(keys) in out

    secrets = list(keys.glob("central-*.secret"))
    assert len(secrets) == 1 and _mode(secrets[0]) == 0o660
    assert not list(keys.glob("*.part"))
    # Whoever uses the desk next finds it without any keyring (none is available here at all).
    from desktop.database import open_database

    sf = open_database(paths.resolve_data_dir())[1]
    assert load_settings(sf) == SyncSettings(URL, ROLE)
    assert load_password(SyncSettings(URL, ROLE), db) == "rahasia-polres-77"


def test_a_station_of_one_account_keeps_the_password_in_the_keyring_only(tmp_path, memory_keyring):
    db = tmp_path / "data" / "sentra.sqlite"
    db.parent.mkdir()
    where = credentials.store_password(db, URL, ROLE, "pw-1", shared=False)
    assert where == "the system keyring"
    assert list(memory_keyring.store.values()) == ["pw-1"]
    assert not key_dir(db).exists() or not list(key_dir(db).glob("central-*"))
    assert credentials.find_password(db, URL, ROLE) == "pw-1"


def test_without_a_keyring_a_station_of_one_account_refuses_to_write_a_file(tmp_path, no_keyring):
    db = tmp_path / "data" / "sentra.sqlite"
    with pytest.raises(credentials.KeyringUnavailable):
        credentials.store_password(db, URL, ROLE, "pw-1", shared=False)
    assert not key_dir(db).exists()


def test_a_new_password_replaces_the_old_whole_and_a_failed_write_keeps_the_old(tmp_path, monkeypatch):
    db = tmp_path / "data" / "sentra.sqlite"
    credentials.store_password(db, URL, ROLE, "old-pw", shared=True)

    def full_disk(fd):  # noqa: ARG001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        credentials.store_password(db, URL, ROLE, "new-pw", shared=True)
    monkeypatch.undo()
    assert credentials.find_password(db, URL, ROLE) == "old-pw"
    assert not list(key_dir(db).glob("*.part"))
    credentials.store_password(db, URL, ROLE, "new-pw", shared=True)
    assert credentials.find_password(db, URL, ROLE) == "new-pw"


def test_an_officer_outside_the_desks_group_is_told_what_to_ask_for(tmp_path, monkeypatch):
    db = tmp_path / "data" / "sentra.sqlite"
    credentials.store_password(db, URL, ROLE, "pw", shared=True)
    secret = credentials.secret_file(db, URL, ROLE)
    real_read = Path.read_text

    def denied(self, *args, **kwargs):
        if self == secret:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", denied)
    with pytest.raises(SecretUnreadable, match="sentra-desk"):
        credentials.find_password(db, URL, ROLE)


class _Stdin:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""
