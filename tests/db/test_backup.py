"""Backups: verified copies with a sidecar, rotation 7/4/12, second folder, daily copy, start-up refusals."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.errors import BackupFailed, DatabaseDamaged, DatabaseTooNew, NotStationDatabase
from db.storage import backup as backup_mod
from db.storage.backup import (
    BackupInfo,
    BackupPlaces,
    backup_age,
    backup_if_due,
    backup_now,
    keep_set,
    list_backups,
    row_counts,
    set_second_folder,
)
from tests.conftest import set_up_solok

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def _places(db_path: Path) -> BackupPlaces:
    return BackupPlaces(db_path, db_path.parent / "backups")


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return row_counts(con)
    finally:
        con.close()


def test_backup_is_a_verified_copy_with_its_sidecar(station, db_path):
    result = backup_now(_places(db_path), reason="manual", now=NOW)
    copy = result.copy
    assert copy.path.parent == db_path.parent / "backups" and copy.path.exists()
    assert copy.path.name.startswith("sentra-20261207-100000-manual")
    assert dict(copy.row_counts) == _counts(db_path) and dict(copy.row_counts)["officer"] == 1
    assert copy.station_code == station[0].code
    con = sqlite3.connect(db_path)
    head = con.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    con.close()
    assert (copy.audit_seq, copy.audit_hash) == head
    sidecar = json.loads(copy.path.with_name(copy.path.name + ".json").read_text())
    assert sidecar["audit_head"] == {"seq": head[0], "hash": head[1]}
    assert list_backups(db_path.parent / "backups") == [copy]
    assert copy.path.stat().st_mode & 0o077 == 0


def test_a_copy_that_does_not_verify_is_removed(station, db_path, monkeypatch):
    monkeypatch.setattr(backup_mod, "check_file", lambda *a, **k: "row counts differ")
    with pytest.raises(BackupFailed, match="did not verify"):
        backup_now(_places(db_path), reason="manual", now=NOW)
    assert list((db_path.parent / "backups").iterdir()) == []


def _info(moment: datetime) -> BackupInfo:
    return BackupInfo(Path(moment.isoformat()), moment, "daily", "S", "0004", (), None, None)


def test_rotation_keeps_7_days_4_weeks_12_months():
    # One copy every 6 hours over two years.
    copies = [_info(NOW - timedelta(hours=6 * i)) for i in range(4 * 730)]
    kept = sorted((i for i in copies if i.path in keep_set(copies)), key=lambda i: i.created_at, reverse=True)
    days = {backup_mod.to_wib(i.created_at).date() for i in kept}
    # 7 days, plus the last copy of 3 earlier weeks, plus the last copy of 11 earlier months (some coincide).
    assert kept[0].created_at == NOW
    assert [backup_mod.to_wib(i.created_at).date().isoformat() for i in kept[:7]] == [
        f"2026-12-{d:02d}" for d in range(7, 0, -1)
    ]
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12 and min(months) == (2026, 1)
    assert len(kept) <= 7 + 4 + 12


def test_rotate_removes_old_copies_and_never_touches_foreign_files(station, db_path):
    places = _places(db_path)
    for days in (40, 20, 3, 2, 1, 0):
        backup_now(places, reason="daily", now=NOW - timedelta(days=days), rotate_copies=False)
    legacy = places.backups / "sentra-20200101-000000-before-0004.sqlite"
    legacy.write_bytes(b"old copy without a sidecar")
    assert len(list_backups(places.backups)) == 6
    removed = backup_mod.rotate(places.backups, now=NOW)
    assert removed == []  # 6 distinct days: all within 7 days / 4 weeks / 12 months keepers
    for days in range(4, 12):
        backup_now(places, reason="daily", now=NOW - timedelta(days=days, hours=1), rotate_copies=False)
    removed = backup_mod.rotate(places.backups, now=NOW)
    kept = list_backups(places.backups)
    assert removed and all(not p.exists() for p in removed)
    assert len(kept) < 14 and legacy.exists()


def test_second_folder_gets_a_verified_copy_and_a_lost_one_is_reported(station, db_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    set_second_folder(db_path.parent, usb)
    result = backup_now(_places(db_path), reason="manual", now=NOW)
    assert result.second_copy is not None and result.second_error is None
    assert result.second_copy.path.parent == usb.resolve()
    assert (
        hashlib.sha256(result.second_copy.path.read_bytes()).digest()
        == hashlib.sha256(result.copy.path.read_bytes()).digest()
    )
    usb.rename(tmp_path / "unplugged")
    result = backup_now(_places(db_path), reason="manual", now=NOW + timedelta(hours=1))
    assert result.copy.path.exists() and result.second_copy is None
    assert result.second_error is not None and "not reachable" in result.second_error
    with pytest.raises(BackupFailed):
        set_second_folder(db_path.parent, db_path.parent)


def test_daily_copy_once_a_day_and_not_for_an_empty_database(db_path, session_factory):
    assert backup_if_due(_places(db_path), now=NOW) is None  # no station yet: nothing worth keeping
    set_up_solok(session_factory)
    assert backup_if_due(_places(db_path), now=NOW) is not None
    assert backup_if_due(_places(db_path), now=NOW + timedelta(hours=5)) is None  # same WIB day
    assert backup_if_due(_places(db_path), now=NOW + timedelta(hours=21)) is not None  # next WIB day


def test_backup_age_warns_after_two_days(station, db_path):
    places = _places(db_path)
    assert backup_age(places, now=NOW) == (None, True)
    backup_now(places, reason="manual", now=NOW)
    assert backup_age(places, now=NOW + timedelta(days=1)) == (timedelta(days=1), False)
    assert backup_age(places, now=NOW + timedelta(days=3))[1] is True


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_left_alone(station, db_path, engine):
    from db.storage.migrate import upgrade

    engine.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(db_path)
    for _ in range(2):
        with pytest.raises(DatabaseTooNew, match="0099"):
            upgrade(engine, db_path, db_path.parent / "backups")
    engine.dispose()
    assert _digest(db_path) == before
    assert not (db_path.parent / "backups").exists() or not any((db_path.parent / "backups").iterdir())


def test_foreign_and_empty_files_are_never_a_new_station(tmp_path):
    from db.storage.engine import make_engine
    from db.storage.health import check_before_open
    from db.storage.migrate import upgrade

    foreign = tmp_path / "other.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    engine = make_engine(foreign)
    with pytest.raises(NotStationDatabase):
        upgrade(engine, foreign)
    engine.dispose()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseDamaged, match="0 bytes"):
        check_before_open(empty)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello")
    with pytest.raises(DatabaseDamaged, match="not an SQLite"):
        check_before_open(text)


def test_a_data_folder_with_spaces_and_hashes_backs_up(station, db_path, session_factory, tmp_path):
    odd = tmp_path / "Data #1 ?x"
    odd.mkdir()
    target = odd / "sentra.sqlite"
    copy = backup_mod.copy_database(db_path, target, reason="manual")
    assert backup_mod.check_file(copy.path, dict(copy.row_counts)) is None
    assert backup_now(_places(target), reason="manual").copy.path.parent == odd / "backups"
