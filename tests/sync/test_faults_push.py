"""Fault injection at every point of a sync cycle (issue 6, item 9): after recovering by syncing again, no op
is lost, none is applied twice, every outbox is empty and every desk holds exactly its central rows.

Here: between an edit and its outbox op, and during a push (rolled back, answer lost, answer not stored).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from psycopg.types.json import Jsonb
from sqlalchemy import event, select, text

import db.sync.push as pushing
from db.models import OutboxOp
from db.services.case_flow import change_status
from tests.sync.desks import local_rows
from tests.sync.faults import (
    FaultLink,
    Injected,
    assert_op_kept,
    at_call,
    disk_error,
    fault_link,
    outbox_size,
    pending_ops,
    settle,
    sync_fails,
)

# Between the edit and its outbox op -------------------------------------------------------------------


def test_an_edit_whose_op_cannot_be_written_is_not_kept(world):
    gt = world.gt
    with gt.sf.kw["bind"].begin() as conn:
        conn.execute(
            text("CREATE TRIGGER no_room BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'full'); END")
        )
    before, queued = local_rows(gt.sf), pending_ops(gt)
    with pytest.raises(Exception, match="full"):
        gt.report()
    assert local_rows(gt.sf) == before and pending_ops(gt) == queued
    with gt.sf.kw["bind"].begin() as conn:
        conn.execute(text("DROP TRIGGER no_room"))
    world.desk_edits(gt)
    settle(world.desks)
    world.check()


def test_a_commit_that_fails_keeps_neither_the_edit_nor_its_op(world):
    gt = world.gt
    [report_id] = world.desk_edits(gt, reports=1)
    settle(world.desks)
    engine = gt.sf.kw["bind"]
    fail = at_call(1, disk_error)
    event.listen(engine, "commit", fail)
    with pytest.raises(Exception, match="disk I/O error"):
        change_status(gt.sf, report_id=report_id, to_status="closed", officer_id=gt.admin.id, note="selesai")
    event.remove(engine, "commit", fail)
    assert gt.get(report_id).status == "in_progress" and outbox_size(gt) == 0
    change_status(
        gt.sf, report_id=report_id, to_status="forwarded", officer_id=gt.admin.id, forwarded_to="Satreskrim"
    )
    world.record(gt)
    settle(world.desks)
    world.check()
    assert world.version("report", report_id) == 3  # insert, in_progress, forwarded: nothing else


# A push ----------------------------------------------------------------------------------------------


def test_a_push_rolled_back_before_the_server_commits_is_sent_again(world):
    gt, kb = world.gt, world.kb
    world.desk_edits(gt)
    world.desk_edits(kb)
    sent: list[str] = []

    def applied_then_rolled_back(link: FaultLink, payload: dict[str, Any]) -> None:
        with link.inner.conn.transaction(force_rollback=True):
            link.inner.conn.execute("SELECT sync.push(%s)", [Jsonb(payload)])
        sent.extend(o["op_id"] for o in payload["ops"])
        raise Injected("connection lost before COMMIT")

    sync_fails(gt, fault_link(gt, before_push=applied_then_rolled_back), Injected)
    assert sent and world.admin.execute(
        "SELECT count(*) FROM sentra.applied_ops WHERE op_id = ANY(%s::uuid[])", (sent,)
    ).fetchone() == (0,)
    assert set(pending_ops(gt)) >= set(sent)
    settle(world.desks)
    world.check()


def test_an_answer_lost_after_the_server_committed_applies_the_ops_once(world):
    gt = world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    change_status(gt.sf, report_id=ids[0], to_status="closed", officer_id=gt.admin.id, note="selesai")
    world.record(gt)
    sent = set(pending_ops(gt))
    sync_fails(gt, fault_link(gt, after_push=at_call(1)), Injected)
    assert set(pending_ops(gt)) == sent  # not acknowledged: sent again
    # Meanwhile HQ changes the same report: the retried op must not apply again over it.
    world.hq_edit("report", ids[0], {"difficulty": "medium", "status": "stopped"})
    report = settle(world.desks)[0]
    # HQ's status came without a history entry: the desk re-states it in history (issue 14, point 5).
    assert report.queued_now == 1
    assert report.pushed == len(sent) + report.queued_now
    statuses = dict(
        world.admin.execute(
            "SELECT op_id::text, result->>'status' FROM sentra.applied_ops WHERE op_id = ANY(%s::uuid[])",
            (list(sent),),
        ).fetchall()
    )
    assert set(statuses) == sent
    # HQ decided on top of the station's version 3: a second application of the retried op (base 2) would
    # count as concurrent and the station, which owns the status, would win it back.
    local = gt.get(ids[0])
    assert (local.status, local.difficulty) == ("stopped", "medium")
    world.check()


def test_a_refused_op_whose_answer_was_lost_stays_refused(world):
    gt = world.gt
    [report_id] = world.desk_edits(gt, reports=1)
    settle(world.desks)
    world.desk_edits(gt, reports=1)
    change_status(gt.sf, report_id=report_id, to_status="closed", officer_id=gt.admin.id, note="selesai")
    with gt.sf.begin() as s:  # a damaged op: the server refuses its value
        bad = s.scalars(select(OutboxOp).where(OutboxOp.row_id == report_id)).one()
        bad.fields = json.dumps(json.loads(bad.fields) | {"received_at": "bukan waktu"})
    sync_fails(gt, fault_link(gt, after_push=at_call(1)), Injected)
    report = gt.sync()
    assert report.rejected == 1  # the retry's answer is "duplicate" of a refusal: still a refusal
    with gt.sf() as s:
        kept = s.get(OutboxOp, bad.seq)
        assert kept is not None and kept.state == "rejected" and "bukan waktu" in kept.last_error
        assert s.scalars(select(OutboxOp).where(OutboxOp.state == "pending")).all() == []
    [(first,)] = world.admin.execute(
        "SELECT result->>'status' FROM sentra.applied_ops WHERE op_id = %s", (bad.op_id,)
    ).fetchall()
    assert first == "rejected" and world.version("report", report_id) == 2
    world.record(gt)
    for op_id in set(world.ops) - {bad.op_id}:
        assert_op_kept(world.admin, op_id, world.ops[op_id])


@pytest.mark.parametrize("where", ["before_the_transaction", "inside_the_transaction"])
def test_an_answer_not_stored_locally_is_fetched_again(world, monkeypatch, where):
    gt = world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    world.hq_edit("report", ids[1], {"status": "forwarded", "forwarded_to": "Satlantas"})
    change_status(
        gt.sf, report_id=ids[1], to_status="rejected", officer_id=gt.admin.id, reason="bukan pidana"
    )
    world.desk_edits(gt, reports=1)
    if where == "before_the_transaction":
        real = pushing.store_push_answer
        fail = at_call(1, disk_error)

        def store(*args: Any) -> Any:
            fail()
            return real(*args)

        monkeypatch.setattr(pushing, "store_push_answer", store)
    else:  # the outbox rows are already deleted in the transaction when the disk fails
        monkeypatch.setattr(pushing, "_keep_conflicts", at_call(1, disk_error))
    link = fault_link(gt)
    sync_fails(gt, link)
    assert link.pushes == 1 and pending_ops(gt)
    monkeypatch.undo()
    settle(world.desks)
    assert gt.get(ids[1]).status == "rejected"  # the station owns the status
    world.check()
