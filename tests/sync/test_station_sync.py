"""A station desk and the central database end to end: push, pull, HQ decisions, conflicts, web complaints."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import OutboxOp, SyncConflict
from db.services.case_flow import assign_officer, change_status
from db.services.officers import OfficerInput, create_officer
from db.sync.client import SyncReport
from db.sync.push import push_all
from tests.sync.conftest import op, push
from tests.sync.desks import central_rows, local_rows, make_desk
from tests.sync.faults import FaultLink


@pytest.fixture
def desk(template_db, tmp_path, central):
    return make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")


@pytest.fixture
def hq(central):
    return central.station("POLRES-HQ", hq=True)


def test_a_report_reaches_the_centre_once_and_the_outbox_empties(desk, central):
    report_id = desk.report()
    assert desk.pending() > 0
    first = desk.sync()
    assert first.pushed > 0 and first.rejected == 0
    assert desk.pending() == 0
    local = desk.get(report_id)
    assert local.version == 1 and local.sync_state == "synced"
    again = desk.sync()
    assert again.pushed == 0
    admin = central.admin(autocommit=True)
    assert central_rows(admin, "POLSEK-GT") == local_rows(desk.sf)


def test_hq_assignment_comes_back_and_writes_no_op(desk, central, hq):
    report_id = desk.report()
    desk.sync()
    officer = create_officer(
        desk.sf,
        data=OfficerInput(name="Andi", nrp="90020457", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=desk.admin.id,
    )
    desk.sync()
    [result] = push(hq, op("report", report_id, {"assigned_officer_id": officer.id}, base=1))
    assert result["status"] == "applied"
    report = desk.sync()
    assert report.pulled >= 1
    assert desk.get(report_id).assigned_officer_id == officer.id
    assert desk.pending() == 0


def test_both_sides_change_a_field_and_its_owner_decides(desk, central, hq):
    report_id = desk.report()
    desk.sync()
    people = [
        create_officer(
            desk.sf,
            data=OfficerInput(name=n, nrp=nrp, rank="BRIPTU", password="sandi-rahasia-9"),
            by_officer_id=desk.admin.id,
        )
        for n, nrp in (("Andi", "90020457"), ("Budi", "90020458"))
    ]
    desk.sync()
    # HQ assigns Andi and moves the status; the station, offline, assigns Budi and moves the status too.
    push(hq, op("report", report_id, {"assigned_officer_id": people[0].id, "status": "forwarded"}, base=1))
    assign_officer(desk.sf, report_id=report_id, assignee_id=people[1].id, officer_id=desk.admin.id)
    change_status(desk.sf, report_id=report_id, to_status="in_progress", officer_id=desk.admin.id)
    result = desk.sync()
    assert result.conflicts >= 1
    local = desk.get(report_id)
    assert local.assigned_officer_id == people[0].id  # HQ owns assignment
    assert local.status == "in_progress"  # the station owns status
    with desk.sf() as s:
        conflicts = {c.field: c for c in s.scalars(select(SyncConflict))}
    assert json.loads(conflicts["assigned_officer_id"].lost_value) == people[1].id
    assert conflicts["assigned_officer_id"].winner == "hq"
    admin = central.admin(autocommit=True)
    lost = {
        (r[0], json.dumps(r[1]))
        for r in admin.execute("SELECT field, lost FROM sentra.conflicts WHERE row_id = %s", (report_id,))
    }
    assert ("status", json.dumps("forwarded")) in lost
    assert central_rows(admin, "POLSEK-GT") == local_rows(desk.sf)


def test_an_online_complaint_lands_in_the_station_queue(desk, central):
    from db.sync.central import submit_online_complaint

    desk.sync()
    report_id = submit_online_complaint(
        central.url,
        "POLSEK-GT",
        {"name": "Rahmat Hidayat", "phone": "081266554433"},
        {"offense": "Pungutan liar di jalan", "chronology": "Diminta uang oleh oknum"},
    )
    desk.sync()
    report = desk.get(report_id)
    assert report is not None and report.channel == "online" and report.kind == "DUMAS"
    assert report.number is None and report.sync_state == "synced"
    from db.queries.report_list import ReportFilter, fetch_page

    page = fetch_page(desk.sf, ReportFilter(channel="online"), limit=50)
    assert report_id in [row.id for row in page.rows]
    with desk.sf() as s:
        assert not s.scalars(select(OutboxOp).where(OutboxOp.row_id == report_id)).all()


def test_the_first_contact_is_not_taken_for_a_restored_server(desk):
    report = desk.sync()
    assert not report.epoch_reset  # nothing to re-send: the backfill queued everything once
    assert desk.sync().pushed == 0


def test_the_desk_sends_columnar_ops_once_the_centre_answers_protocol_2(desk, central):
    for _ in range(3):
        desk.report()
    sent: list[dict] = []
    link = FaultLink(desk.link(), before_push=lambda _link, payload: sent.append(payload))
    report = desk.sync(link, push_batch=40)
    assert report.rejected == 0 and desk.pending() == 0
    # The old form until told; the second batch was read while the first was with the server (pipelined).
    first, second, *later = sent
    assert all("columns" not in p and all("fields" in o for o in p["ops"]) for p in (first, second))
    assert later and all("columns" in p for p in later)
    columnar = [(o, p["columns"][o["table"]]) for p in later for o in p["ops"] if "values" in o]
    assert columnar and all(len(o["values"]) == len(cols) for o, cols in columnar)
    assert link.protocol == 2  # remembered for the next cycle on this link
    desk.sync(link)
    assert central_rows(central.admin(autocommit=True), "POLSEK-GT") == local_rows(desk.sf)


def test_a_protocol_1_centre_gets_at_most_200_ops_in_the_old_form(desk):
    for _ in range(3):
        desk.report()

    class OldCentre:  # answers like central migration 0003: no protocol, at most 200 ops
        def __init__(self):
            self.sizes: list[int] = []

        def push(self, payload):
            assert "columns" not in payload and all("fields" in o for o in payload["ops"])
            self.sizes.append(len(payload["ops"]))
            return {"epoch": "e", "results": [{"op_id": o["op_id"], "status": "applied", "version": 1}
                                              for o in payload["ops"]]}  # fmt: skip

    centre = OldCentre()
    push_all(desk.sf, centre, SyncReport(), epoch="e")
    assert max(centre.sizes) <= 200 and desk.pending() == 0


def test_the_polres_moves_an_online_complaint_to_another_polsek(desk, central, template_db, tmp_path):
    """Sent to the wrong Polsek on the web form: the Polres moves it; it leaves the first desk's queue and
    lands in the second desk's, which can take it up (central migration 0005, db/sync/central/moves.py)."""
    from db.queries.report_list import ReportFilter, count_reports
    from db.services.intake import take_up_report
    from db.sync.central import CentralError, move_complaint, submit_online_complaint
    from db.sync.central.stations import web_officer_id

    waiting = ReportFilter(channel="online", unnumbered=True)
    other = make_desk(template_db, tmp_path / "sp", central, "POLSEK-SP")
    report_id = submit_online_complaint(
        central.url, "POLSEK-GT", {"name": "Yusri Rahman"}, {"offense": "Penipuan daring", "chronology": "…"}
    )
    desk.sync()
    other.sync()
    assert count_reports(desk.sf, waiting) == 1 and count_reports(other.sf, waiting) == 0

    assert move_complaint(central.url, report_id, "POLSEK-SP") == 2  # the report and its citizen
    desk.sync()
    other.sync()
    assert count_reports(desk.sf, waiting) == 0
    gone = desk.get(report_id)
    assert gone is not None and gone.deleted_at is not None and gone.station_code == "POLSEK-SP"
    arrived = other.get(report_id)
    assert count_reports(other.sf, waiting) == 1 and arrived is not None and arrived.deleted_at is None
    assert arrived.receiving_officer_id == web_officer_id("POLSEK-SP")

    take_up_report(other.sf, report_id=report_id, officer_id=other.admin.id)
    assert other.sync().rejected == 0
    admin = central.admin(autocommit=True)
    assert central.row("report", report_id)["number"] is not None
    assert central_rows(admin, "POLSEK-SP") == local_rows(other.sf)
    stays = {k: v for k, v in local_rows(desk.sf).items() if v["station_code"] != "POLSEK-SP"}
    assert central_rows(admin, "POLSEK-GT") == stays  # the first desk keeps the moved rows only as gone
    with pytest.raises(CentralError, match="taken up"):
        move_complaint(central.url, report_id, "POLSEK-GT")


def test_the_polres_desk_with_the_hq_role_keeps_every_polsek_row(desk, central, template_db, tmp_path):
    """Rows of other stations reach the Polres desk because its role is HQ, not because they moved."""
    report_id = desk.report()
    desk.sync()
    polres = make_desk(template_db, tmp_path / "polres", central, "POLRES-SOLOK", level="polres")
    with central.admin(autocommit=True) as admin:
        admin.execute("UPDATE sentra.station_role SET is_hq = true WHERE role = %s", (polres.role,))
    assert polres.sync().rejected == 0
    got = polres.get(report_id)
    assert got is not None and got.deleted_at is None and got.station_code == "POLSEK-GT"


def test_pulled_times_are_stored_as_saved_ones_are(desk, central, hq):
    """A pulled time is stored in SQLAlchemy's text form, so it compares equal to the same time saved here."""
    from datetime import UTC, datetime

    from db.models import Report

    report_id = desk.report()
    desk.sync()
    [result] = push(hq, op("report", report_id, {"incident_at": "2026-11-27T03:00:00+00:00"}, base=1))
    assert result["status"] == "applied"
    desk.sync()
    moment = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
    with desk.sf() as s:
        assert s.scalars(select(Report.id).where(Report.incident_at == moment)).all() == [report_id]
        stored = s.connection().exec_driver_sql("SELECT incident_at FROM report WHERE id = ?", (report_id,))
        assert stored.scalar() == "2026-11-27 03:00:00.000000"


def test_a_move_the_desk_missed_before_a_restore_still_reaches_it(desk, central, template_db, tmp_path):
    from db.sync.central import move_complaint, new_epoch, submit_online_complaint

    make_desk(template_db, tmp_path / "sp", central, "POLSEK-SP")
    report_id = submit_online_complaint(central.url, "POLSEK-GT", {"name": "Warga"}, {"offense": "Pungli"})
    desk.sync()
    move_complaint(central.url, report_id, "POLSEK-SP")
    new_epoch(central.url)  # the centre restored from a backup taken after the move; the desk never pulled it
    report = desk.sync()
    assert report.epoch_reset
    gone = desk.get(report_id)
    assert gone is not None and gone.deleted_at is not None and gone.station_code == "POLSEK-SP"


@pytest.mark.parametrize(("first", "second", "state"), [("applied", "rejected", "pending"),
                                                         ("rejected", "applied", "synced")])  # fmt: skip
def test_a_row_refused_after_it_was_settled_is_not_marked_synced(desk, first, second, state):
    """Two ops of one report in one answer: synced only if the last word on the row was not a refusal."""
    from db.models import Report
    from db.sync.push import store_push_answer

    report_id = desk.report()
    desk.sync()
    change_status(desk.sf, report_id=report_id, to_status="in_progress", officer_id=desk.admin.id)
    change_status(
        desk.sf, report_id=report_id, to_status="closed", officer_id=desk.admin.id, reason="Selesai"
    )
    with desk.sf() as s:
        ops = s.scalars(
            select(OutboxOp)
            .where(OutboxOp.row_id == report_id, OutboxOp.state == "pending")
            .order_by(OutboxOp.seq)
        ).all()
        batch = [{"op_id": o.op_id, "table": o.tbl, "row_id": o.row_id} for o in ops]
    assert len(batch) == 2
    answer = {"results": [
        {"op_id": batch[0]["op_id"], "status": first, "version": 2, "conflicts": [], "reason": "x"},
        {"op_id": batch[1]["op_id"], "status": second, "version": 2, "conflicts": [], "reason": "x"},
    ]}  # fmt: skip
    assert store_push_answer(desk.sf, batch, answer)[:2] == (1, 1)
    with desk.sf() as s:
        row = s.get(Report, report_id)
        assert (row.version, row.sync_state) == (2, state)
