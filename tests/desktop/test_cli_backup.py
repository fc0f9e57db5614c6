"""`sentra backup`, `sentra restore` (admin only, every table back as it was, the old file set aside) and
`sentra audit verify`; damaged, empty and newer databases get one line and exit 2."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import desktop.cli
from db.demo.station import DEMO_ADMIN, DEMO_OFFICERS
from desktop.cli import main

pytestmark = pytest.mark.cli_extension("desktop.cli_backup")
ADMIN_NRP, ADMIN_PW = DEMO_ADMIN[1], DEMO_ADMIN[3]


@pytest.fixture(scope="module")
def demo_template(make_demo_dir):
    return make_demo_dir(20)


@pytest.fixture
def data(demo_template, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    shutil.copytree(demo_template.parent / "data-keys", tmp_path / "data-keys")
    monkeypatch.setenv("SENTRA_DATA_DIR", str(folder))
    monkeypatch.delenv("SENTRA_PASSWORD", raising=False)
    return folder


def _tables(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def _newest_backup(folder: Path) -> Path:
    return max((folder / "backups").glob("*-manual.sqlite"), key=lambda p: p.stat().st_mtime)


def test_backup_writes_a_verified_copy(data, capsys):
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and str(data / "backups") in out
    assert _newest_backup(data).with_name(_newest_backup(data).name + ".json").exists()


def test_backup_out_needs_an_admin_and_a_new_file(data, tmp_path, monkeypatch, capsys):
    target = tmp_path / "usb.sqlite"
    assert main(["backup", "--out", str(target)]) == 2
    assert "--nrp" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PASSWORD", DEMO_OFFICERS[0][4])
    assert main(["backup", "--out", str(target), "--nrp", DEMO_OFFICERS[0][1]]) == 2
    assert "only an admin" in capsys.readouterr().err and not target.exists()
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PW)
    assert main(["backup", "--out", str(target), "--nrp", ADMIN_NRP]) == 0
    assert target.exists()
    assert main(["backup", "--out", str(target), "--nrp", ADMIN_NRP]) == 2
    assert "exists" in capsys.readouterr().err
    journal = data / "sentra.sqlite-journal"  # SQLite would read it as the database's rollback journal
    assert main(["backup", "--out", str(journal), "--nrp", ADMIN_NRP]) == 2
    assert "own database files" in capsys.readouterr().err and not journal.exists()


def test_restore_brings_every_table_back_and_sets_the_current_file_aside(data, monkeypatch, capsys):
    assert main(["backup"]) == 0
    copy = _newest_backup(data)
    expected = _tables(copy)
    # Work goes on after the backup: more reports, more audit entries.
    assert main(["--data-dir", str(data), "demo", "--reports", "3"]) == 0
    live_before = (data / "sentra.sqlite").read_bytes()
    assert _tables(data / "sentra.sqlite")["report"] != expected["report"]

    def no_terminal(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", no_terminal)
    assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 2  # no password at all: refused
    monkeypatch.setenv("SENTRA_PASSWORD", "wrong")
    assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 2
    assert "log-in refused" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PW)
    assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 0
    assert "previous database is kept" in capsys.readouterr().out

    restored = _tables(data / "sentra.sqlite")
    head = max(r[0] for r in expected["audit_entry"])
    for name, rows in expected.items():
        got = [r for r in restored[name] if r[0] <= head] if name == "audit_entry" else restored[name]
        assert got == rows, name
    extra = [r for r in restored["audit_entry"] if r[0] > head]
    assert [r[5] for r in extra] == ["restore"]
    aside = list((data / "set-aside").glob("sentra-*-before-restore.sqlite"))
    assert len(aside) == 1 and aside[0].read_bytes()[:16] == live_before[:16]
    assert main(["audit", "verify"]) == 0


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(data, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PW)
    live = _tables(data / "sentra.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 1000)
    assert main(["restore", str(broken), "--nrp", ADMIN_NRP]) == 2
    assert "damaged" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    src, con = sqlite3.connect(data / "sentra.sqlite"), sqlite3.connect(other)
    src.backup(con)
    src.close()
    con.execute("UPDATE station SET code = 'POLSEK-LAIN'")
    con.commit()
    con.close()
    assert main(["restore", str(other), "--nrp", ADMIN_NRP]) == 2
    err = capsys.readouterr().err
    assert "belongs to station POLSEK-LAIN" in err and len(err.strip().splitlines()) == 1
    assert _tables(data / "sentra.sqlite") == live
    assert not (data / "set-aside").exists()


def test_a_damaged_database_is_restored_with_the_copy_admin(data, monkeypatch, capsys):
    assert main(["backup"]) == 0
    copy = _newest_backup(data)
    db = data / "sentra.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = bytearray(db.read_bytes())
    raw[4096 * 3 : 4096 * 6] = b"\xff" * 4096 * 3  # pages of garbage
    db.write_bytes(bytes(raw))
    assert main(["audit", "verify"]) == 2
    assert "damaged" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PW)
    assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 0
    assert main(["audit", "verify"]) == 0


def test_empty_and_newer_databases_get_one_line_and_stay_as_they_are(data, capsys):
    db = data / "sentra.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    backups = sorted((data / "backups").iterdir())
    for _ in range(2):
        assert main(["audit", "verify"]) == 2
        err = capsys.readouterr().err.strip()
        assert "newer Sentra Desk" in err and len(err.splitlines()) == 1
    assert sorted((data / "backups").iterdir()) == backups  # no backup at every start
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(b"")
    assert main(["audit", "verify"]) == 2
    assert "0 bytes" in capsys.readouterr().err
    assert db.stat().st_size == 0


def test_audit_verify_names_the_altered_entry(data, capsys):
    assert main(["audit", "verify"]) == 0
    assert "audit trail intact" in capsys.readouterr().out
    con = sqlite3.connect(data / "sentra.sqlite")
    con.execute("UPDATE audit_entry SET officer_id = NULL WHERE seq = 3")
    con.commit()
    con.close()
    assert main(["audit", "verify"]) == 1
    assert "entry 3 altered" in capsys.readouterr().err


def test_an_import_is_preceded_by_a_verified_backup(data, tmp_path, monkeypatch):
    from db.importing.survey_template import write_template

    monkeypatch.setattr(desktop.cli, "EXTENSIONS", ())
    sheet = tmp_path / "survey.xlsx"
    write_template(sheet)
    before = set((data / "backups").glob("*-before-import.sqlite"))
    main(["survey", "import", str(sheet)])
    made = set((data / "backups").glob("*-before-import.sqlite")) - before
    assert len(made) == 1 and made.pop().with_suffix(".sqlite.json").exists()


def test_a_trail_cut_short_is_found_even_after_a_newer_backup(data, capsys):
    assert main(["backup"]) == 0
    con = sqlite3.connect(data / "sentra.sqlite")
    con.execute("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    con.commit()
    con.close()
    assert main(["backup"]) == 0  # this copy already holds the shorter trail ...
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1  # ... the earlier one still knows the cut-off entry
    assert "removed" in capsys.readouterr().err


def test_restore_is_refused_while_a_desk_runs_on_the_folder(data, monkeypatch, capsys):
    """A desk in another process holds its presence lock on the folder: one line, exit 2, nothing changed;
    the lock goes with the process, so a killed desk does not block the restore."""
    import subprocess
    import sys

    main(["backup"])
    copy = _newest_backup(data)
    capsys.readouterr()
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PW)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from db.storage.desk_presence import DeskPresence\n"
         f"desk = DeskPresence(Path({str(data)!r}))\nassert desk.claim()\nprint('ready', flush=True)\n"
         "time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True, cwd=Path(desktop.cli.__file__).resolve().parents[1],
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = (data / "sentra.sqlite").read_bytes()
        assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(
            "sentra restore: Sentra Desk is open on this data folder"
        )
        assert (data / "sentra.sqlite").read_bytes() == before and not (data / "set-aside").exists()
    finally:
        holder.kill()
        holder.wait()
    assert main(["restore", str(copy), "--nrp", ADMIN_NRP]) == 0
