"""Fault injection at every point of a sync cycle (issue 6, item 9): after recovering by syncing again, no op
is lost, none is applied twice, every outbox is empty and every desk holds exactly its central rows."""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy import event, select, text

import db.sync.client as client
import db.sync.push as pushing
from db.models import Citizen, OutboxOp, Report
from db.services.case_flow import change_status
from db.sync.central import init_central, new_epoch
from db.sync.central.stations import _defaults
from tests.sync.desks import Desk, local_rows, make_desk
from tests.sync.faults import (
    FaultLink,
    Injected,
    LocalDisk,
    World,
    assert_op_kept,
    at_call,
    cursor_of,
    disk_error,
    fault_link,
    outbox_size,
    pending_ops,
    restart_cluster,
    settle,
    sync_fails,
)


@pytest.fixture
def world(template_db, tmp_path, central) -> World:
    return World(
        central,
        make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT"),
        make_desk(template_db, tmp_path / "kb", central, "POLSEK-KB"),
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


# A pull ----------------------------------------------------------------------------------------------


def _hq_changes_for(world: World, desk: Desk, report_ids: list[str]) -> list[str]:
    rows = [world.hq_citizen(desk.code) for _ in range(3)]
    for rid in report_ids:
        world.hq_edit("report", rid, {"difficulty": "difficult"})
    return rows


@pytest.mark.parametrize("where", ["before_apply", "after_rows_before_cursor", "cursor_write_disk_error"])
def test_a_pull_cut_between_rows_and_cursor_applies_nothing(world, monkeypatch, where):
    gt = world.gt
    ids = world.desk_edits(gt)
    settle(world.desks)
    citizens = _hq_changes_for(world, gt, ids)
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
        _hq_changes_for(world, gt, [])
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
    _hq_changes_for(world, gt, ids[:1])
    disk = LocalDisk(gt, DISK_FAILS_AT[where])
    sync_fails(gt, fault_link(gt))
    assert disk.fired
    disk.remove()
    settle(world.desks)
    world.check()


# The server is restored from an older backup ------------------------------------------------------------


def _close_all(world: World) -> None:
    for conn in world.central.conns:
        conn.close()
    world.central.conns.clear()


def test_a_server_restored_from_an_older_backup_gets_everything_back(world):
    central, gt, kb = world.central, world.gt, world.kb
    gt_ids = world.desk_edits(gt)
    kb_ids = world.desk_edits(kb)
    settle(world.desks)
    world.hq_edit("report", gt_ids[1], {"difficulty": "light"})
    settle(world.desks)
    before_backup = dict(world.ops)
    _close_all(world)
    backup = f"{central.dbname}_bk"
    with psycopg.connect(central.cluster.uri, autocommit=True) as su:
        su.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(backup), sql.Identifier(central.dbname)
            )
        )
    world.hq = central.station("POLRES-HQ2", hq=True)
    world.admin = central.admin(autocommit=True)
    mark = set(world.ops)
    # Work goes on after the backup: synced edits, HQ decisions the desks pulled, and edits not yet sent.
    late = world.desk_edits(gt)[0]  # created and changed after the backup: version 2 here
    change_status(kb.sf, report_id=kb_ids[0], to_status="closed", officer_id=kb.admin.id, note="selesai")
    world.record(kb)
    world.hq_edit("report", kb_ids[1], {"difficulty": "difficult", "forwarded_to": "Satreskrim"})
    settle(world.desks)
    world.hq_edit("report", late, {"difficulty": "medium"})  # version 3, pulled by the desk
    settle(world.desks)
    # What the desks synced after the backup is gone from the restored history: their rows come back whole
    # (checked below and by local == central), not op by op. HQ's decisions come back through the desks.
    synced_after_backup = {k for k in set(world.ops) - mark if world.ops[k]["writer"] != "*hq"}
    world.desk_edits(gt, reports=1)  # GT learns of the restore from a push answer, KB from a pull
    change_status(gt.sf, report_id=gt_ids[0], to_status="closed", officer_id=gt.admin.id, note="selesai")
    world.record(gt)
    _close_all(world)
    with psycopg.connect(central.cluster.uri, autocommit=True) as su:
        su.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(central.dbname)))
        su.execute(
            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(backup), sql.Identifier(central.dbname)
            )
        )
    init_central(central.url)  # database-level grants are not part of a database copy
    new_epoch(central.url)
    world.admin, world.hq = central.admin(autocommit=True), central.station("POLRES-HQ3", hq=True)
    reports = settle(world.desks)
    assert reports[0].epoch_reset and reports[1].epoch_reset
    world.check(skip=synced_after_backup, op_ids_kept=False)
    kept = {r[0] for r in world.admin.execute("SELECT op_id::text FROM sentra.applied_ops")}
    assert set(before_backup) <= kept
    assert gt.get(gt_ids[0]).status == "closed" and kb.get(kb_ids[0]).status == "closed"
    assert kb.get(kb_ids[1]).difficulty == "difficult"  # HQ's later decision came back through the desk
    # The restored server numbers the late report's versions afresh: the desk follows its next change.
    world.hq_edit("report", late, {"forwarded_to": "Satintelkam"})
    settle(world.desks)
    assert gt.get(late).forwarded_to == "Satintelkam" and gt.get(late).status == "in_progress"
    world.check(skip=synced_after_backup, op_ids_kept=False)


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
