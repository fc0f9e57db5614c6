"""The data folder: --data-dir, SENTRA_DATA_DIR, the installer's config file (installed app), the user dir."""

from __future__ import annotations

import os
import sys

import pytest

from desktop import paths
from desktop.paths import CONFIG_NAME, configured_data_dir, resolve_data_dir


@pytest.fixture(autouse=True)
def _keep_umask():
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


def _installed(monkeypatch, tmp_path, ini: str | None):
    """Pretend to be the frozen app in tmp_path/app, with the installer's config file beside it."""
    app = tmp_path / "app"
    app.mkdir()
    if ini is not None:
        (app / CONFIG_NAME).write_text(ini, encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "sentra"))
    monkeypatch.setattr(paths, "SYSTEM_CONFIG", tmp_path / "etc" / CONFIG_NAME)
    monkeypatch.delenv("SENTRA_DATA_DIR", raising=False)
    return app


def test_the_installed_app_uses_the_pcs_folder_from_the_config_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SENTRA_PC_ROOT", str(tmp_path / "ProgramData"))
    _installed(monkeypatch, tmp_path, "[station]\ndata_dir = ${SENTRA_PC_ROOT}/SentraDesk\n")
    assert resolve_data_dir().root == tmp_path / "ProgramData" / "SentraDesk"
    if os.name == "posix":  # files made in the shared folder stay writable for the desk's group
        assert os.umask(0o007) == 0o007


def test_command_line_and_environment_still_override_the_config_file(tmp_path, monkeypatch):
    _installed(monkeypatch, tmp_path, f"[station]\ndata_dir = {tmp_path / 'pc'}\n")
    assert resolve_data_dir(str(tmp_path / "cli")).root == tmp_path / "cli"
    monkeypatch.setenv("SENTRA_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir().root == tmp_path / "env"
    assert resolve_data_dir(str(tmp_path / "cli")).root == tmp_path / "cli"


def test_the_system_config_is_read_when_none_is_beside_the_program(tmp_path, monkeypatch):
    _installed(monkeypatch, tmp_path, None)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / CONFIG_NAME).write_text("[station]\ndata_dir = /var/lib/sentra-desk\n")
    assert str(resolve_data_dir().root) == "/var/lib/sentra-desk"


def test_a_relative_folder_is_taken_from_the_config_files_folder(tmp_path):
    ini = tmp_path / CONFIG_NAME
    ini.write_text("[station]\ndata_dir = data\n")
    assert configured_data_dir([ini]) == tmp_path / "data"


def test_without_a_usable_config_the_user_folder_is_used(tmp_path, monkeypatch):
    _installed(monkeypatch, tmp_path, "not an ini file [")
    assert resolve_data_dir().root.name == "SentraDesk"
    assert tmp_path not in resolve_data_dir().root.parents


def test_a_developer_checkout_ignores_any_installed_config(tmp_path, monkeypatch):
    monkeypatch.delenv("SENTRA_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(paths, "SYSTEM_CONFIG", tmp_path / CONFIG_NAME)
    (tmp_path / CONFIG_NAME).write_text(f"[station]\ndata_dir = {tmp_path / 'pc'}\n")
    assert resolve_data_dir().root != tmp_path / "pc"


def test_the_shared_folder_gets_a_database_the_group_can_write(tmp_path, monkeypatch):
    if os.name != "posix":
        pytest.skip("group permissions are POSIX")
    _installed(monkeypatch, tmp_path, f"[station]\ndata_dir = {tmp_path / 'pc'}\n")
    paths = resolve_data_dir().ensure()
    assert paths.shared and paths.database.stat().st_mode & 0o777 == 0o660

    from db.storage.engine import make_engine
    from db.storage.migrate import upgrade

    engine = make_engine(paths.database)
    upgrade(engine, paths.database, paths.backups)  # SQLite accepts the empty file as a new database
    engine.dispose()
    assert paths.database.stat().st_mode & 0o060 == 0o060
    paths.database.chmod(0o644)  # a file made by an older build
    paths.ensure()
    assert paths.database.stat().st_mode & 0o777 == 0o660  # the desk's group, nobody else
