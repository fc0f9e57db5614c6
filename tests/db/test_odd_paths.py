"""A data folder may be named anything a station's IT officer types: every SQLite open escapes the name."""

from __future__ import annotations

import sqlite3

import pytest

from db.storage.engine import make_engine, make_session_factory
from db.storage.migrate import HEAD_REVISION, file_revision, upgrade
from db.storage.quick_read import ready_station_unit
from db.storage.sqlite_uri import read_only_uri
from tests.conftest import set_up_solok

ODD_NAMES = ["Data Sentra", "polsek #2", "pct%41", "Pos 'Lama'", "Полиция", "警察 署", "a?b=c&d"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_station_in_an_oddly_named_folder_works_end_to_end(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    db_path = folder / "sentra.sqlite"
    engine = make_engine(db_path)
    upgrade(engine, db_path, folder / "backups")
    set_up_solok(make_session_factory(engine))
    engine.dispose()

    # The fast start-up path reads the same file (not a file cut short at "#" or decoded from "%41").
    assert file_revision(db_path) == HEAD_REVISION
    assert ready_station_unit(db_path) == "POLRES SOLOK"
    # Nothing landed beside the folder but the audit key's folder, under the same odd name:
    # no stray database under a truncated or decoded name.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name, f"{name}-keys"]
    assert {p.name for p in folder.iterdir()} <= {"sentra.sqlite", "sentra.sqlite-wal", "sentra.sqlite-shm"}


def test_read_only_uri_never_creates_a_file(tmp_path):
    missing = tmp_path / "x#y" / "none.sqlite"
    missing.parent.mkdir()
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(read_only_uri(missing), uri=True).execute("SELECT 1 FROM sqlite_master")
    assert list(missing.parent.iterdir()) == []
