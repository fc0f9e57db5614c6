"""Databases from every released schema open in this build: backed up, migrated, every record kept; a database
from a newer release is refused with a clear message and left exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tomllib
from pathlib import Path

import pytest

from db.errors import DatabaseTooNew
from db.storage.app_version import APP_VERSION, version_from_stamp, version_stamp
from db.storage.engine import make_engine
from db.storage.migrate import HEAD_REVISION, file_revision, upgrade
from tests.builders import database_from_the_future

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every data table (FTS shadow tables and Alembic's own left out), by table."""
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if not r[0].startswith(("sqlite_", "report_fts", "alembic_"))
        ]
        return {name: set(con.execute(f'SELECT * FROM "{name}"').fetchall()) for name in names}
    finally:
        con.close()


def _ids(path: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, rows in _rows(path).items():
            cols = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            key = "id" if "id" in cols else cols[0]
            out[table] = {r[0] for r in con.execute(f'SELECT "{key}" FROM "{table}"')} if rows else set()
        return out
    finally:
        con.close()


def test_every_released_schema_has_a_fixture():
    revisions = sorted(p.name.split("_")[0] for p in (ROOT / "db/migrations/versions").glob("0*.py"))
    assert [f"station-{r}.sqlite" for r in revisions] == sorted(p.name for p in FIXTURES.glob("*.sqlite"))


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004"])
def test_an_old_station_database_upgrades_keeping_every_record(tmp_path, revision):
    path = tmp_path / "sentra.sqlite"
    shutil.copy(FIXTURES / f"station-{revision}.sqlite", path)
    before = _ids(path)
    assert sum(len(v) for v in before.values()) >= 5

    engine = make_engine(path)
    backup = upgrade(engine, path, tmp_path / "backups")
    engine.dispose()

    assert file_revision(path) == HEAD_REVISION
    after = _ids(path)
    for table, ids in before.items():
        assert ids <= after[table], f"{table} lost rows migrating from {revision}"
    if revision == HEAD_REVISION:
        assert backup is None
    else:
        assert backup is not None and f"schema-{revision}-before-{HEAD_REVISION}" in backup.name
        assert file_revision(backup) == revision and _ids(backup) == before
        con = sqlite3.connect(path)
        assert version_from_stamp(con.execute("PRAGMA user_version").fetchone()[0]) == APP_VERSION
        con.close()
    # The first report kept its text through every table rebuild.
    con = sqlite3.connect(path)
    assert con.execute("SELECT chronology FROM report WHERE id = 'r1'").fetchone() == ("KTP jatuh di pasar",)
    con.close()


def _from_the_future(tmp_path: Path, stamp: int) -> Path:
    path = tmp_path / "sentra.sqlite"
    return database_from_the_future(path, fixture=HEAD_REVISION, revision="0099", stamp=stamp)


@pytest.mark.parametrize("stamp, named", [(version_stamp("0.9.2"), "version 0.9.2"), (0, "schema 0099")])
def test_a_database_from_a_newer_release_is_refused_and_left_alone(tmp_path, stamp, named):
    path = _from_the_future(tmp_path, stamp)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for _attempt in range(2):  # a second start neither backs up again nor changes anything
        engine = make_engine(path)
        with pytest.raises(DatabaseTooNew) as refused:
            upgrade(engine, path, tmp_path / "backups")
        engine.dispose()
        assert "made by a newer Sentra Desk" in str(refused.value) and named in str(refused.value)
        assert "install that version or newer" in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_version_stamp_round_trips_and_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["version"] == APP_VERSION
    assert version_from_stamp(version_stamp("12.3.45")) == "12.3.45"
    assert version_stamp("0.10.0") > version_stamp("0.9.9")
    assert version_from_stamp(0) is None
