"""Every change of a synced row writes its outbox op in the same transaction (station side of sync)."""

from __future__ import annotations

import gc
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.models import OutboxOp, Report
from db.services.case_flow import change_status
from db.services.report_input import CitizenInput, LostItemInput, ReportInput
from db.services.reports import register_report, update_report
from db.storage.engine import make_engine, make_session_factory
from db.sync.outbox import SYNC_APPLY

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def ops(session_factory) -> list[OutboxOp]:
    with session_factory() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.seq)))


def lost_input(*items: LostItemInput) -> ReportInput:
    """Siti Rahmah's SKTLK (a lost wallet) listing `items`."""
    return ReportInput(
        kind="SKTLK",
        citizen=CitizenInput(name="Siti Rahmah", phone="081234567890"),
        offense="Kehilangan dompet",
        chronology="Dompet hilang di pasar",
        lost_items=items,
    )


def lost_report(session_factory, officer_id: str, *items: LostItemInput) -> str:
    return register_report(session_factory, data=lost_input(*items), officer_id=officer_id, now=NOW).id


@pytest.fixture
def ktp_report(session_factory, station) -> str:
    """The id of an SKTLK of a lost KTP, registered by the admin."""
    return lost_report(session_factory, station[1].id, LostItemInput("KTP", 1, ""))


def test_setting_up_a_station_queues_its_rows_without_secrets(session_factory, station):
    view, admin = station
    queued = ops(session_factory)
    tables = {o.tbl for o in queued}
    assert {"station", "officer"} <= tables
    officer_op = next(o for o in queued if o.tbl == "officer" and o.row_id == admin.id)
    fields = json.loads(officer_op.fields)
    assert fields["nrp"] == admin.nrp and fields["station_code"] == view.code
    assert not {"password_hash", "failed_attempts", "locked_until", "sync_state", "version"} & set(fields)
    assert officer_op.base_version == 0 and officer_op.state == "pending"


def test_an_insert_sends_every_column_and_an_update_only_what_changed(session_factory, station, ktp_report):
    _, admin = station
    report_id = ktp_report
    insert_op = next(o for o in ops(session_factory) if o.row_id == report_id)
    fields = json.loads(insert_op.fields)
    assert fields["kind"] == "SKTLK" and fields["received_at"] == "2026-11-25T03:00:00+00:00"
    assert fields["id"] == report_id and "created_at" in fields
    with session_factory.begin() as s:  # pretend the server confirmed version 3
        s.info[SYNC_APPLY] = True
        s.get(Report, report_id).version = 3
    before = len(ops(session_factory))
    change_status(session_factory, report_id=report_id, to_status="in_progress", officer_id=admin.id, now=NOW)
    new = ops(session_factory)[before:]
    report_ops = [o for o in new if o.tbl == "report"]
    assert len(report_ops) == 1
    assert json.loads(report_ops[0].fields) == {"status": "in_progress"}
    assert report_ops[0].base_version == 3
    assert any(o.tbl == "status_change" for o in new)
    with session_factory() as s:
        assert s.get(Report, report_id).sync_state == "pending"


def test_a_rolled_back_edit_leaves_no_op(session_factory, ktp_report):
    before = len(ops(session_factory))
    with pytest.raises(RuntimeError), session_factory.begin() as s:
        s.get(Report, ktp_report).offense = "Diubah"
        s.flush()  # the op is written here, inside the transaction...
        raise RuntimeError("power cut")  # ...and goes with it
    assert len(ops(session_factory)) == before
    with session_factory() as s:
        assert s.get(Report, ktp_report).offense == "Kehilangan dompet"


def test_applying_pulled_rows_writes_no_op(session_factory, ktp_report):
    before = len(ops(session_factory))
    with session_factory.begin() as s:
        s.info[SYNC_APPLY] = True
        s.get(Report, ktp_report).offense = "Dari server"
    assert len(ops(session_factory)) == before


def test_a_removed_lost_item_travels_as_a_tombstone(session_factory, station):
    _, admin = station
    ktp, sim = LostItemInput("KTP", 1, ""), LostItemInput("SIM C", 1, "")
    report_id = lost_report(session_factory, admin.id, ktp, sim)
    from db.services.reports import get_report

    current = get_report(session_factory, report_id)
    before = len(ops(session_factory))
    data = lost_input(ktp)  # the SIM C taken off the list
    update_report(session_factory, report_id=report_id, data=data, officer_id=admin.id, now=NOW)
    new = [o for o in ops(session_factory)[before:] if o.tbl == "lost_item"]
    tombstones = [json.loads(o.fields) for o in new if "deleted_at" in json.loads(o.fields)]
    assert tombstones, [o.fields for o in new]
    assert current.lost_items


def test_every_new_session_factory_writes_outbox_ops(tmp_path) -> None:
    """A desk that reopens its database (a restart, a restore) gets a new session factory, which may sit at
    the address of a collected one: it must still write ops (found by the machine below: edits after a
    simulated crash and restart never left the desk)."""
    from db.sync.outbox import _after_flush

    engine = make_engine(tmp_path / "sentra.sqlite")
    without_hook = 0
    for _ in range(50):
        factory = make_session_factory(engine)
        with factory() as s:
            without_hook += _after_flush not in list(s.dispatch.after_flush)
        del factory, s
        gc.collect()
    engine.dispose()
    assert without_hook == 0
