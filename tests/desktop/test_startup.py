"""Start-up: the login window appears before the heavy database libraries load, and works once they have."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.app import start_login
from desktop.cli import main
from desktop.paths import DataPaths

ROOT = Path(__file__).resolve().parent.parent.parent


def test_login_window_needs_neither_sqlalchemy_nor_alembic(tmp_path, monkeypatch):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(tmp_path))
    assert main(["demo", "--reports", "5"]) == 0
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from desktop.app import Desk, start_login
        from desktop.paths import DataPaths
        Desk.open_in_background = lambda self: None  # see what the GUI thread alone needed
        app, desk, login = start_login(DataPaths(Path(sys.argv[1])), "id")
        assert login is not None
        login.show()
        app.processEvents()
        heavy = [m for m in ("sqlalchemy", "alembic", "argon2", "reportlab", "babel") if m in sys.modules]
        print("HEAVY", heavy, login.unit_label.text())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("HEAVY"))
    assert line == "HEAVY [] POLRES SOLOK"


def test_login_checks_the_password_once_the_database_opened(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(tmp_path))
    assert main(["demo", "--reports", "3"]) == 0
    app, desk, login = start_login(DataPaths(tmp_path), "en")  # "id" would leave its translator installed
    assert login is not None
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.nrp_edit, "85010123")
    qtbot.keyClicks(login.password_edit, "admin-demo-123")
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        login.login_button.click()
    assert login.officer.role == "admin"
    ctx = desk.context()
    assert ctx.station.code == "POLRES-SOLOK"


def test_a_new_data_folder_goes_to_the_set_up_wizard(tmp_path):
    _app, desk, login = start_login(DataPaths(tmp_path / "new").ensure(), "en")
    assert login is None
