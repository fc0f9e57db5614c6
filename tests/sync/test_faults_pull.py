"""Fault injection at every point of a sync cycle (issue 6, item 9): after recovering by syncing again, no op
is lost, none is applied twice, every outbox is empty and every desk holds exactly its central rows.

Here: a pull cut between its rows and its cursor, rows held back behind a long transaction on the server,
and a child pulled in a batch before its parent.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

import db.sync.client as client
from db.models import Citizen, Report
from db.sync.central.stations import _defaults
from tests.sync.faults import (
    Injected,
    LocalDisk,
    at_call,
    cursor_of,
    fault_link,
    hq_changes_for,
    outbox_size,
    settle,
    sync_fails,
)

# A pull ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["before_apply", "after_rows_before_cursor", "cursor_write_disk_error"])
def test_a_pull_cut_between_rows_and_cursor_applies_nothing(world, monkeypatch, where):
    gt = world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    citizens = hq_changes_for(world, gt, ids)
    cursor, difficulty = cursor_of(gt), gt.get(ids[0]).difficulty
    assert difficulty != "difficult"
    disk = None
    if where == "before_apply":
        real_pull_all = client.pull_all

        def pull_all(*args: Any, **kwargs: Any) -> bool:
            return real_pull_all(*args, **kwargs, before_apply=at_call(1))

        monkeypatch.setattr(client, "pull_all", pull_all)
    elif where == "after_rows_before_cursor":
        real_apply = client.apply_rows

        def apply_rows(s: Any, rows: list[dict[str, Any]], *args: Any) -> list[str]:
            real_apply(s, rows, *args)
            assert s.get(Report, ids[0]).difficulty == "difficult"  # applied inside the transaction
            raise Injected("crash before the cursor is stored")

        monkeypatch.setattr(client, "apply_rows", apply_rows)
    else:
        disk = LocalDisk(gt, lambda stmt: stmt.startswith("UPDATE sync_meta SET cursor_xid"))
    link = fault_link(gt)
    sync_fails(gt, link)
    monkeypatch.undo()
    if disk is not None:
        assert disk.fired
        disk.remove()
    assert cursor_of(gt) == cursor
    assert gt.get(ids[0]).difficulty == difficulty
    with gt.sf() as s:
        assert s.scalars(select(Citizen.id).where(Citizen.id.in_(citizens))).all() == []
    settle(world.desks)
    assert gt.get(ids[0]).difficulty == "difficult"
    world.check()


# A long transaction on the server -----------------------------------------------------------------------


def test_a_long_running_writer_holds_later_rows_back_until_it_commits(world):
    central, gt = world.central, world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    slow = central.station("POLRES-HQ-SLOW", hq=True, autocommit=False)
    slow_citizen = world.hq_citizen(gt.code, conn=slow)  # its transaction stays open
    quick = [world.hq_citizen(gt.code) for _ in range(2)]
    world.hq_edit("report", ids[1], {"difficulty": "medium"})
    world.desk_edits(gt, reports=1)
    link = fault_link(gt)
    gt.sync(link)
    pulled = {r["row_id"] for r in link.pulled}
    assert not pulled & {slow_citizen, *quick, ids[1]}  # held back behind the open transaction
    assert outbox_size(gt) == 0
    slow.commit()
    gt.sync(link)
    link.close()
    pulled_ids = [r["row_id"] for r in link.pulled]
    for row_id in (slow_citizen, *quick):
        assert pulled_ids.count(row_id) == 1
    assert gt.get(ids[1]).difficulty == "medium"
    settle(world.desks)
    world.check()


def test_a_child_pulled_in_a_batch_before_its_parent(world):
    """HQ may write in any order (no foreign keys centrally): the child waits for its parent's batch."""
    gt = world.gt
    settle(world.desks)
    citizen_id, report_id = str(uuid.uuid4()), str(uuid.uuid4())
    skip = ("id", "version", "updated_at")
    report = {k: v for k, v in _defaults("report").items() if k not in skip} | {
        "station_code": gt.code, "kind": "DUMAS", "channel": "online", "citizen_id": citizen_id,
        "received_at": "2026-11-27T03:00:00+00:00", "offense": "Pungli", "chronology": "Diminta uang",
        "receiving_officer_id": gt.admin.id,
    }  # fmt: skip
    world.hq_edit("report", report_id, report)  # HQ may write in any order: no foreign keys centrally
    world.hq_citizen(gt.code, row_id=citizen_id)
    settle(world.desks, pull_batch=1)
    assert gt.get(report_id) is not None
