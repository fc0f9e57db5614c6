"""A database from a newer release: the GUI and the CLI say so in one message and change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from db.storage.app_version import version_stamp
from desktop import app as desktop_app
from desktop.cli import main
from tests.builders import database_from_the_future


def _newer_station(folder: Path) -> Path:
    path = folder / "sentra.sqlite"
    return database_from_the_future(path, fixture="0004", revision="0042", stamp=version_stamp("1.4.0"))


def test_the_cli_names_the_newer_version_and_changes_nothing(tmp_path, capsys):
    path = _newer_station(tmp_path / "data")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--data-dir", str(tmp_path / "data"), "search", "KTP"]) == 2
    err = capsys.readouterr().err
    assert "made by a newer Sentra Desk, version 1.4.0 (schema 0042); install that version or newer" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not any((tmp_path / "data" / "backups").iterdir())


def test_the_gui_shows_one_dialog_and_exits(qtbot, tmp_path, monkeypatch):
    path = _newer_station(tmp_path / "data")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    from ui.backup import startup

    shown: list[str] = []

    def dialog(exc, _places, _restore, _parent=None) -> bool:
        shown.append(startup.problem_text(exc))
        return False

    monkeypatch.setattr(startup, "show_database_problem", dialog)
    assert desktop_app.run_gui(data_dir=str(tmp_path / "data"), lang="en") == 1
    assert len(shown) == 1 and "newer version of Sentra Desk, version 1.4.0" in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
