"""`sentra demo` is all or nothing: a failure leaves no half station, and a rerun builds it again."""

from __future__ import annotations

import sqlite3

import pytest

import db.demo.community
from desktop.cli import main
from desktop.paths import DataPaths


def _fail_half_way(*_args, **_kwargs):
    raise RuntimeError("disk full (simulated)")


def test_a_failed_demo_leaves_nothing_and_a_rerun_builds_it(tmp_path, monkeypatch, capsys):
    data = tmp_path / "demo-data"
    monkeypatch.setattr(db.demo.community, "create_community_demo", _fail_half_way)
    assert main(["--data-dir", str(data), "demo", "--reports", "30"]) == 1
    err = capsys.readouterr().err
    assert "disk full (simulated)" in err and "nothing was written" in err
    assert not DataPaths(data).database.exists()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left in (["demo-data"], ["demo-data", "demo-data-keys"]), f"staging folders left: {left}"

    monkeypatch.undo()
    assert main(["--data-dir", str(data), "demo", "--reports", "30"]) == 0
    out = capsys.readouterr().out
    assert "NRP 85010123" in out and "head" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo-data", "demo-data-keys"]
    db_file = DataPaths(data).database
    assert not db_file.with_name(db_file.name + "-wal").exists()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM report").fetchone() == (30,)
        assert conn.execute("SELECT count(*) FROM training").fetchone()[0] >= 6
        assert conn.execute("SELECT count(*) FROM outreach_session").fetchone() == (24,)


def test_more_reports_go_into_an_existing_demo_station(tmp_path, capsys):
    data = tmp_path / "demo-data"
    assert main(["--data-dir", str(data), "demo", "--reports", "10"]) == 0
    assert main(["--data-dir", str(data), "demo", "--reports", "5"]) == 0
    with sqlite3.connect(DataPaths(data).database) as conn:
        assert conn.execute("SELECT count(*) FROM report").fetchone() == (15,)
    assert capsys.readouterr().out.count("Demo station") == 2


def test_a_database_without_a_station_is_not_taken_over(tmp_path, capsys):
    from db.storage.engine import make_engine
    from db.storage.migrate import upgrade

    paths = DataPaths(tmp_path / "desk").ensure()
    engine = make_engine(paths.database)
    upgrade(engine, paths.database, paths.backups)
    engine.dispose()
    before = paths.database.read_bytes()
    assert main(["--data-dir", str(paths.root), "demo", "--reports", "5"]) == 2
    assert "holds no station" in capsys.readouterr().err
    assert paths.database.read_bytes() == before


@pytest.mark.parametrize("reports", ["-1", "5000001"])
def test_report_count_out_of_range(tmp_path, reports, capsys):
    assert main(["--data-dir", str(tmp_path), "demo", "--reports", reports]) == 2
    assert "between 0 and 5000000" in capsys.readouterr().err
