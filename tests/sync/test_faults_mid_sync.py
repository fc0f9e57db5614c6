"""Fault injection at every point of a sync cycle (issue 6, item 9): after recovering by syncing again, no op
is lost, none is applied twice, every outbox is empty and every desk holds exactly its central rows.

Here: the server goes away between batches, and the local disk fails mid-sync.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from db.services.case_flow import change_status
from tests.sync.faults import (
    FaultLink,
    LocalDisk,
    fault_link,
    hq_changes_for,
    restart_cluster,
    settle,
    sync_fails,
)

# The server goes away -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["push_killed", "pull_killed", "push_restart"])
def test_the_server_goes_away_between_batches(world, fault):
    gt = world.gt
    for _ in range(3):
        world.desk_edits(gt)

    def kill(link: FaultLink, *_args: Any) -> None:
        if fault == "push_restart":
            restart_cluster(world.central)
            world.admin, world.hq = world.central.admin(autocommit=True), None
        else:
            world.admin.execute("SELECT pg_terminate_backend(%s)", (link.inner.conn.info.backend_pid,))

    if fault == "pull_killed":
        settle(world.desks, push_batch=2, pull_batch=2)
        hq_changes_for(world, gt, [])
        link = fault_link(gt, after_pull=lambda lk, _a: lk.pulls == 1 and kill(lk))
    else:
        link = fault_link(gt, after_push=lambda lk, *_a: lk.pushes == 2 and kill(lk))
    sync_fails(gt, link, psycopg.OperationalError, push_batch=2, pull_batch=2)
    assert link.pushes + link.pulls >= 2
    settle(world.desks, push_batch=2, pull_batch=2)
    world.check()


DISK_FAILS_AT = {  # the first statement of a sync that matches fails with "disk I/O error"
    "outbox_ack": lambda stmt: stmt.startswith("DELETE FROM outbox"),
    "version_ack": lambda stmt: stmt.startswith("UPDATE report SET") and "version" in stmt,
    "pulled_row": lambda stmt: stmt.startswith("INSERT INTO citizen"),
    "outcome": lambda stmt: stmt.startswith("UPDATE sync_meta SET last_"),
}


@pytest.mark.parametrize("where", list(DISK_FAILS_AT))
def test_a_local_disk_error_mid_sync_loses_nothing(world, where):
    gt = world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    world.desk_edits(gt)
    change_status(
        gt.sf, report_id=ids[1], to_status="forwarded", officer_id=gt.admin.id, forwarded_to="Polsek"
    )
    world.record(gt)
    hq_changes_for(world, gt, ids[:1])
    disk = LocalDisk(gt, DISK_FAILS_AT[where])
    sync_fails(gt, fault_link(gt))
    assert disk.fired
    disk.remove()
    settle(world.desks)
    world.check()
