"""Issue 14, point 3: a desk restored from an older copy of its data never leaves a number given twice.

A restore here is what it is on disk: the database file replaced by an older copy of it (a backup, a copied
folder, a re-imaged PC), whatever tool put it there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Report
from db.storage.engine import make_engine, make_session_factory
from db.sync.problems import list_problems
from db.sync.settings import sync_status
from tests.sync.desks import Desk, make_desk
from tests.sync.faults import settle


def copy_of(desk: Desk, to: Path) -> Path:
    """A consistent copy of the desk's database, as a backup would take it (SQLite's backup API)."""
    with sqlite3.connect(desk.path) as source, sqlite3.connect(to) as target:
        source.backup(target)
    source.close()
    target.close()
    return to


def restore(desk: Desk, backup: Path) -> None:
    """The desk's file replaced by the older copy; the desk opens it afresh."""
    desk.sf.kw["bind"].dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{desk.path}{suffix}").unlink(missing_ok=True)
    desk.path.write_bytes(backup.read_bytes())
    desk.sf = make_session_factory(make_engine(desk.path))


def numbers(desk: Desk) -> dict[str, str]:
    with desk.sf() as s:
        return {r.id: r.number for r in s.scalars(select(Report).where(Report.number.is_not(None)))}


def central_numbers(central, code: str) -> list[str]:
    with central.admin() as admin:
        return [
            r[0]
            for r in admin.execute(
                "SELECT number FROM sentra.report WHERE station_code = %s AND number IS NOT NULL", (code,)
            )
        ]


def seq(number: str) -> int:
    return int(number.split("/")[2])


@pytest.fixture
def desk(template_db, tmp_path, central) -> Desk:
    return make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")


@pytest.fixture
def restored(desk, tmp_path) -> tuple[Desk, dict[str, str]]:
    """Three reports synced, a backup, two more reports synced, then the backup restored.
    Returns the desk and the numbers the centre holds for the two reports the restore forgot."""
    for _ in range(3):
        desk.report()
    desk.sync()
    backup = copy_of(desk, tmp_path / "backup.sqlite")
    forgotten = [desk.report(), desk.report()]
    desk.sync()
    lost = {rid: n for rid, n in numbers(desk).items() if rid in forgotten}
    restore(desk, backup)
    assert set(numbers(desk)).isdisjoint(forgotten)
    return desk, lost


def test_a_restored_desk_that_syncs_first_gets_its_reports_back_and_numbers_above_them(restored, central):
    desk, lost = restored
    report = desk.sync()
    assert report.problems == 0 and report.renumbered == 0
    held = numbers(desk)
    assert {rid: held.get(rid) for rid in lost} == lost  # its own newer reports came back
    walk_in = desk.report()
    assert seq(numbers(desk)[walk_in]) == max(seq(n) for n in lost.values()) + 1
    desk.sync()
    on_file = central_numbers(central, desk.code)
    assert len(on_file) == len(set(on_file)) == 6


def test_a_restored_desk_numbers_on_offline_and_the_newer_report_is_renumbered(restored, central):
    desk, lost = restored
    walk_in = desk.report()  # before any contact: the desk numbers on (the citizen gets a number now)
    given = numbers(desk)[walk_in]
    assert given in lost.values()  # the forgotten counter gave a number the centre already holds

    report = desk.sync()
    assert report.renumbered == 1 and report.problems == 0
    held = numbers(desk)
    assert {rid: held[rid] for rid in lost} == lost  # the earlier reports keep their numbers
    assert seq(held[walk_in]) == max(seq(n) for n in lost.values()) + 1
    assert len(held.values()) == len(set(held.values()))
    with desk.sf() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == walk_in)).all()
        assert [a.action for a in audit][-1] == "renumber"
    [notice] = list_problems(desk.sf)
    assert notice.kind == "renumbered" and notice.detail == {"before": given, "after": held[walk_in]}
    assert sync_status(desk.sf).renumbered == 1

    # The centre holds each number once, and the desk and the centre agree; the desk keeps working.
    settle([desk])
    on_file = central_numbers(central, desk.code)
    assert len(on_file) == len(set(on_file)) == 6
    next_one = desk.report()
    assert seq(numbers(desk)[next_one]) == seq(held[walk_in]) + 1
    assert desk.sync().rejected == 0
