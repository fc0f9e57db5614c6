"""Backups in the GUI: the home screen's age line, Admin → Back up now / Restore, the audit browser, and the
start-up check's refusal with the rescue from the newest good backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.errors import DatabaseDamaged, DatabaseTooNew, NotStationDatabase, RestoreRefused
from db.storage.backup import BackupPlaces, backup_now
from desktop.app import Desk, make_main_window
from desktop.gui_backup import restore_newest
from desktop.paths import DataPaths
from tests.conftest import ADMIN_PASSWORD
from ui.admin.audit_dialog import AuditDialog
from ui.backup.startup import problem_text
from ui.task_runner import TaskRunner


@pytest.fixture
def quiet(monkeypatch):
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def _admin_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Admin")
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def test_home_screen_shows_the_backup_age_and_back_up_now_refreshes_it(qtbot, ctx, quiet, db_path):
    win = make_main_window(ctx)
    qtbot.addWidget(win)
    assert "No backup yet" in win.backup_status.text() and win.backup_status.stale
    _admin_action(win, "Back up now").trigger()
    assert any("verified" in t for t in quiet)
    assert "less than an hour ago" in win.backup_status.text() and not win.backup_status.stale
    assert len(list((db_path.parent / "backups").glob("*-manual.sqlite"))) == 1


def test_restore_from_the_admin_menu_sets_the_current_file_aside(qtbot, ctx, quiet, db_path, monkeypatch):
    win = make_main_window(ctx)
    qtbot.addWidget(win)
    copy = backup_now(BackupPlaces(db_path, db_path.parent / "backups"), reason="manual").copy
    from db.services.categories import add_category

    add_category(ctx.session_factory, name="Setelah backup", by_officer_id=ctx.officer.id)
    restarted: list[bool] = []
    monkeypatch.setattr("desktop.gui_backup.restart_app", lambda: restarted.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy.path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _admin_action(win, "Restore from a backup").trigger()
    assert restarted == [True], quiet
    con = sqlite3.connect(db_path)
    names = [r[0] for r in con.execute("SELECT name FROM category")]
    actions = [r[0] for r in con.execute("SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1")]
    con.close()
    assert "Setelah backup" not in names and actions == ["restore"]
    assert list((db_path.parent / "set-aside").glob("*-before-restore.sqlite"))


def test_audit_browser_filters_and_checks_the_chain(qtbot, ctx, db_path, quiet):
    from db.storage.startup_check import check_audit

    places = DataPaths(db_path.parent)
    dialog = AuditDialog(ctx, lambda: check_audit(places, ctx.session_factory, full=True))
    qtbot.addWidget(dialog)
    assert len(dialog.rows) >= 2
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("station"))
    dialog.refresh()
    assert [r.entity for r in dialog.rows] == ["station"] and dialog.table.rowCount() == 1
    dialog.verify()
    assert "intact" in dialog.chain_label.text()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_entry SET after_json = '{}' WHERE entity = 'station'")
    con.commit()
    con.close()
    dialog.verify()
    assert "altered" in dialog.chain_label.text()


def test_refusals_say_what_happened():
    assert "newer version" in problem_text(DatabaseTooNew("0099")) and "Nothing was changed" in problem_text(
        DatabaseTooNew("0099")
    )
    assert "not a Sentra Desk database" in problem_text(NotStationDatabase(Path("x.sqlite")))
    text = problem_text(DatabaseDamaged(Path("x.sqlite"), "the file is empty (0 bytes)"))
    assert "damaged" in text and "0 bytes" in text and "safe" not in text


def _damage(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(db_path.read_bytes())
    raw[4096 * 3 : 4096 * 6] = b"\xff" * 4096 * 3
    db_path.write_bytes(bytes(raw))


def test_damaged_database_is_refused_on_the_db_thread_and_restored_by_an_admin(
    qtbot, station, engine, db_path
):
    paths = DataPaths(db_path.parent)
    backup_now(paths, reason="daily")
    engine.dispose()
    _damage(db_path)
    desk = Desk(paths, TaskRunner(synchronous=True))
    refused: list[BaseException] = []
    desk.on_refused.append(refused.append)
    desk.open_in_background()
    assert len(refused) == 1 and isinstance(refused[0], DatabaseDamaged)
    with pytest.raises(DatabaseDamaged):
        desk.session_factory  # noqa: B018 - remembered, not checked again
    damaged = db_path.read_bytes()
    with pytest.raises(RestoreRefused):
        restore_newest(paths, station[1].nrp, "wrong password")
    assert db_path.read_bytes() == damaged
    restore_newest(paths, station[1].nrp, ADMIN_PASSWORD)
    fresh = Desk(paths, TaskRunner(synchronous=True))
    fresh.open_in_background()
    assert fresh.audit_report is not None and fresh.audit_report.ok
    assert list((db_path.parent / "set-aside").iterdir())


def test_start_up_checks_the_audit_trail_against_the_newest_backup(qtbot, station, engine, db_path):
    paths = DataPaths(db_path.parent)
    backup_now(paths, reason="daily")
    engine.dispose()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")  # cut short
    con.commit()
    con.close()
    desk = Desk(paths, TaskRunner(synchronous=True))
    reports: list[object] = []
    desk.on_audit_report.append(reports.append)
    desk.open_in_background()
    assert len(reports) == 1 and reports[0].problem is not None and reports[0].problem.kind == "removed"


def test_the_gui_makes_the_days_first_backup_off_the_db_thread(qtbot, station, engine, db_path):
    paths = DataPaths(db_path.parent)
    desk = Desk(paths, TaskRunner(synchronous=True))
    desk.open_in_background()
    assert len(list(paths.backups.glob("*-daily.sqlite"))) == 1
    assert desk.audit_report is not None and desk.audit_report.ok


@pytest.mark.parametrize("kind", ["newer", "empty", "foreign"])
def test_first_run_path_refuses_instead_of_setting_up_a_new_station(qtbot, tmp_path, monkeypatch, kind):
    from desktop import app

    paths = DataPaths(tmp_path / "data").ensure()
    if kind == "empty":
        paths.database.write_bytes(b"")
    else:
        con = sqlite3.connect(paths.database)
        con.execute(
            "CREATE TABLE alembic_version (version_num VARCHAR(32))"
            if kind == "newer"
            else "CREATE TABLE t (a)"
        )
        con.execute(
            "INSERT INTO alembic_version VALUES ('0099')" if kind == "newer" else "INSERT INTO t VALUES (1)"
        )
        con.commit()
        con.close()
    before = paths.database.read_bytes()
    shown: list[BaseException] = []
    monkeypatch.setattr(
        "ui.backup.startup.show_database_problem", lambda exc, *a, **k: shown.append(exc) or False
    )
    wizard = []
    monkeypatch.setattr("ui.setup.wizard.SetupWizard.exec", lambda self: wizard.append(self) or 0)
    with pytest.raises(app._Refused):  # run_gui then exits with status 1
        app._first_run(Desk(paths, TaskRunner(synchronous=True)))
    expected = {"newer": DatabaseTooNew, "empty": DatabaseDamaged, "foreign": NotStationDatabase}[kind]
    assert len(shown) == 1 and isinstance(shown[0], expected) and wizard == []
    assert paths.database.read_bytes() == before and list(paths.backups.iterdir()) == []


def test_restore_is_refused_while_another_desk_has_the_folder_open(qtbot, ctx, quiet, db_path, monkeypatch):
    """Another running desk (another account's app on the shared folder) holds its presence lock: Admin →
    Restore says so and changes nothing; once that desk is gone the restore goes ahead."""
    from db.storage.desk_presence import DeskPresence

    win = make_main_window(ctx)
    qtbot.addWidget(win)
    copy = backup_now(BackupPlaces(db_path, db_path.parent / "backups"), reason="manual").copy
    other_desk = DeskPresence(db_path.parent)
    assert other_desk.claim()
    restarted: list[bool] = []
    monkeypatch.setattr("desktop.gui_backup.restart_app", lambda: restarted.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy.path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = db_path.read_bytes()
    _admin_action(win, "Restore from a backup").trigger()
    qtbot.waitUntil(lambda: bool(quiet))
    assert restarted == [] and "Sentra Desk is open on this data folder" in quiet[-1]
    assert db_path.read_bytes() == before and not (db_path.parent / "set-aside").exists()
    other_desk.release()
    _admin_action(win, "Restore from a backup").trigger()
    qtbot.waitUntil(lambda: restarted == [True])
