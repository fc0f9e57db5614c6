"""A Hypothesis state machine over real SQLite desks and a real PostgreSQL central (issue 6, item 11).

Three stations and HQ edit, soft-delete and sync in any order; a station's user may save an edit while a
pull is on its way; a station's sync may crash at one of four points (inside the push before the server
commits, after the server committed but before the answer arrives, after the answer but before the station
stores it, and during a pull after the rows were applied but before the cursor was stored); the station then
restarts (a new engine) and syncs again later. At the end every station syncs until quiet and the stations
and the centre must agree: what is checked is in stateful_checks.py, the stations and their crash points in
stateful_station.py; this module holds the machine's rules and bookkeeping.

Each example starts from copies of three pre-synced station files and a central database made from a
template (`CREATE DATABASE ... TEMPLATE ...`), built once per module.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, rule, run_state_machine_as_test
from psycopg import sql
from sqlalchemy import select

from db.models import OutboxOp, Report
from db.models.base import utcnow
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import make_engine, make_session_factory
from db.sync.central import init_central
from db.sync.central.migrate import grant_station
from db.sync.client import sync_once
from db.sync.link import PgLink
from tests.sync.conftest import World, op, pull, push
from tests.sync.stateful_checks import HQ_WRITER, ConvergenceChecks
from tests.sync.stateful_station import TRACKED, Crash, Edit, RecordingLink, Station, normal, station_crashes

OFFENSES = ("Curanmor R2", "Pencurian", "Penipuan", "Penganiayaan")
STATUSES = ("received", "in_progress", "forwarded", "closed", "stopped", "rejected")
UNITS = ("", "Polres Solok", "Polsek Gunung Talang")
HQ_FIELDS = ("assigned_officer_id", "forwarded_to")
DONE = frozenset({"applied", "merged", "conflict"})
_numbers = itertools.count(1)


def test_stations_and_hq_converge_whatever_the_order_and_crashes(stateful_world: World) -> None:
    class Machine(SyncMachine):
        pass

    Machine.world = stateful_world
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=25,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


class SyncMachine(ConvergenceChecks, RuleBasedStateMachine):
    world: World
    reports = Bundle("reports")  # (station index, report id)

    def __init__(self) -> None:
        super().__init__()
        w = self.world
        self.folder = Path(tempfile.mkdtemp(prefix="sentra-sm-"))
        self.dbname = f"sentra_sm{next(_numbers)}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(w.cluster.uri, autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(self.dbname), sql.Identifier(w.template_db)
                )
            )
        self.url = w.cluster.url(self.dbname)
        init_central(self.url)  # PUBLIC loses CONNECT on the new database
        with psycopg.connect(self.url, autocommit=True) as conn:
            for role in [s.role for s in w.stations] + [w.hq_role]:
                grant_station(conn, role)
        self.admin = psycopg.connect(self.url, autocommit=True)
        self.hq = psycopg.connect(
            w.cluster.url(self.dbname, user=w.hq_role, password=w.hq_password), autocommit=True
        )
        self.stations: list[Station] = []
        for t in w.stations:
            path = self.folder / f"{t.code}.sqlite"
            shutil.copy(t.path, path)
            sf = make_session_factory(make_engine(path))
            self.stations.append(Station(t.code, path, sf, t.role, t.password, t.officers))
        self.hq_epoch: str | None = None
        self.hq_cursor: tuple[str, int] = ("0", 0)
        self.hq_seen: dict[str, int] = {}  # report id -> the version HQ last saw
        self.edits: list[Edit] = []
        self.row_station: dict[str, str] = {}  # report id -> its station's code
        self.order: dict[str, int] = {}  # op id -> when the server committed it
        self.results: dict[str, dict[str, Any]] = {}  # op id -> the server's first answer
        self.clock = itertools.count()

    # Bookkeeping ----------------------------------------------------------------------------------------

    def committed(self, op_ids: list[str], answer: dict[str, Any]) -> None:
        """The server committed a push of these ops (in this order); a duplicate keeps its first place."""
        by_id = {r["op_id"]: r for r in answer["results"]}
        for op_id in op_ids:
            result = by_id[op_id]
            assert result["status"] != "rejected", result
            if op_id not in self.order:
                assert result["status"] in DONE, result
                self.order[op_id] = next(self.clock)
                self.results[op_id] = result
            else:  # a retry: the first answer again
                first = self.results[op_id]
                assert result["status"] == "duplicate" and result["first_status"] == first["status"], result
                assert (result["version"], result["conflicts"]) == (first["version"], first["conflicts"])

    def note_local_ops(self, st_: Station) -> None:
        """Track the tracked report fields of the ops the last local transaction wrote."""
        with st_.sf() as s:
            # Not by `seq`: SQLite hands out a deleted (acknowledged) op's seq again.
            ops = s.scalars(select(OutboxOp).where(OutboxOp.op_id.not_in(st_.op_ids))).all()
            for o in ops:
                st_.op_ids.add(o.op_id)
                if o.tbl != "report":
                    continue
                for name, value in json.loads(o.fields).items():
                    if name in TRACKED:
                        self.edits.append(Edit(o.op_id, st_.code, o.row_id, name, normal(name, value)))

    def edit_locally(self, index: int, report_id: str, **values: Any) -> None:
        st_ = self.stations[index]
        with st_.sf() as s, s.begin():
            report = s.get(Report, report_id)
            assert report is not None
            changed = any(getattr(report, name) != value for name, value in values.items())
            for name, value in values.items():
                setattr(report, name, value)
        before = len(st_.op_ids)
        self.note_local_ops(st_)
        assert len(st_.op_ids) == before + changed, f"{st_.code}: an edit of {values} wrote no op"

    def sync(
        self, index: int, crash: str | None = None, during_pull: Callable[[], None] | None = None
    ) -> None:
        st_ = self.stations[index]
        before = st_.outbox_and_cursor()
        with station_crashes(st_, crash), PgLink(self.url, user=st_.role, password=st_.password) as link:
            try:
                report = sync_once(st_.sf, RecordingLink(link, self.committed, crash, during_pull))
            except Crash:
                report = None
        if report is None:
            st_.restart()
            pending, cursor = st_.outbox_and_cursor()
            assert cursor == before[1], f"{st_.code}: the cursor moved in a sync that crashed at {crash}"
            if crash != "pull_before_cursor":  # nothing was acknowledged
                assert before[0] <= pending, (
                    f"{st_.code}: ops left the outbox in a push that crashed at {crash}"
                )
        else:
            assert report.rejected == 0 and not report.errors

    # Rules ----------------------------------------------------------------------------------------------

    @rule(target=reports, index=st.integers(0, 2), offense=st.sampled_from(OFFENSES))
    def station_creates_a_report(self, index: int, offense: str) -> tuple[int, str]:
        st_ = self.stations[index]
        data = ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name=f"Warga {uuid.uuid4().hex[:6]}"),
            offense=offense,
            chronology="Motor hilang di depan rumah",
        )
        report_id = register_report(st_.sf, data=data, officer_id=st_.officers[0]).id
        self.note_local_ops(st_)
        self.row_station[report_id] = st_.code
        return index, report_id

    @rule(report=reports, offense=st.sampled_from(OFFENSES), status=st.none() | st.sampled_from(STATUSES))
    def station_edits_its_fields(self, report: tuple[int, str], offense: str, status: str | None) -> None:
        values: dict[str, Any] = {"offense": offense}
        if status is not None:
            values["status"] = status
        self.edit_locally(*report, **values)

    @rule(report=reports, officer=st.integers(-1, 1), unit=st.sampled_from(UNITS))
    def station_edits_hq_fields(self, report: tuple[int, str], officer: int, unit: str) -> None:
        index, report_id = report
        assignee = None if officer < 0 else self.stations[index].officers[officer]
        self.edit_locally(index, report_id, assigned_officer_id=assignee, forwarded_to=unit)

    @rule(report=reports)
    def station_soft_deletes(self, report: tuple[int, str]) -> None:
        self.edit_locally(*report, deleted_at=utcnow())

    @rule()
    def hq_pulls(self) -> None:
        while True:
            answer = pull(self.hq, self.hq_epoch, *self.hq_cursor)
            if answer.get("reset"):
                self.hq_epoch, self.hq_cursor = str(answer["epoch"]), ("0", 0)
                continue
            for row in answer["rows"]:
                if row["table"] == "report":
                    self.hq_seen[row["row_id"]] = max(self.hq_seen.get(row["row_id"], 0), int(row["version"]))
            self.hq_cursor = (str(answer["cursor"]["xid"]), int(answer["cursor"]["seq"]))
            if not answer["more"]:
                return

    @rule(report=reports, changes=st.dictionaries(st.sampled_from(HQ_FIELDS), st.integers(0, 5), min_size=1))
    def hq_edits_its_fields(self, report: tuple[int, str], changes: dict[str, int]) -> None:
        self.hq_edits(report, changes)

    @rule(
        report=reports,
        changes=st.dictionaries(
            st.sampled_from(("offense", "status", *HQ_FIELDS)), st.integers(0, 5), min_size=1, max_size=3
        ),
    )
    def hq_edits_any_fields(self, report: tuple[int, str], changes: dict[str, int]) -> None:
        self.hq_edits(report, changes)

    def hq_edits(self, report: tuple[int, str], changes: dict[str, int]) -> None:
        index, report_id = report
        if report_id not in self.hq_seen:
            self.hq_pulls()
        if report_id not in self.hq_seen:
            return  # HQ never saw this row: it cannot edit it
        choices: dict[str, tuple[Any, ...]] = {
            "offense": OFFENSES,
            "status": STATUSES,
            "assigned_officer_id": (None, *self.stations[index].officers),
            "forwarded_to": UNITS,
        }
        fields = {name: choices[name][pick % len(choices[name])] for name, pick in changes.items()}
        sent = op("report", report_id, fields, base=self.hq_seen[report_id])
        [result] = push(self.hq, sent)
        self.committed([sent["op_id"]], {"results": [result]})
        self.hq_seen[report_id] = int(result["version"])
        for name, value in fields.items():
            self.edits.append(Edit(sent["op_id"], HQ_WRITER, report_id, name, value))

    @rule(index=st.integers(0, 2))
    def station_syncs(self, index: int) -> None:
        self.sync(index)

    def pending_stations(self) -> list[int]:
        out = []
        for index, st_ in enumerate(self.stations):
            with st_.sf() as s:
                if s.scalar(select(OutboxOp.op_id).where(OutboxOp.state == "pending").limit(1)):
                    out.append(index)
        return out

    def push_crash(self, data: st.DataObject, point: str) -> None:
        pending = self.pending_stations()
        if pending:
            self.sync(data.draw(st.sampled_from(pending), label="index"), crash=point)

    @rule(data=st.data())
    def station_crashes_before_the_server_commits(self, data: st.DataObject) -> None:
        self.push_crash(data, "push_before_commit")

    @rule(data=st.data())
    def station_crashes_before_the_answer_arrives(self, data: st.DataObject) -> None:
        self.push_crash(data, "push_after_commit")

    @rule(data=st.data())
    def station_crashes_before_storing_the_answer(self, data: st.DataObject) -> None:
        self.push_crash(data, "before_local_ack")

    @rule(index=st.integers(0, 2))
    def station_pull_crashes(self, index: int) -> None:
        self.sync(index, crash="pull_before_cursor")

    @rule(
        report=reports,
        offense=st.sampled_from(OFFENSES),
        unit=st.none() | st.sampled_from(UNITS),
        crash=st.booleans(),
    )
    def station_edits_while_pulling(
        self, report: tuple[int, str], offense: str, unit: str | None, crash: bool
    ) -> None:
        values: dict[str, Any] = {"offense": offense}
        if unit is not None:
            values["forwarded_to"] = unit
        self.sync(
            report[0],
            crash="pull_before_cursor" if crash else None,
            during_pull=lambda: self.edit_locally(*report, **values),
        )

    def teardown(self) -> None:
        try:
            for _ in range(2):  # every station syncs until quiet
                for index in range(len(self.stations)):
                    self.sync(index)
            self.final_check()
        finally:
            self.admin.close()
            self.hq.close()
            for st_ in self.stations:
                st_.sf.kw["bind"].dispose()
            with psycopg.connect(self.world.cluster.uri, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(self.dbname)))
            shutil.rmtree(self.folder, ignore_errors=True)
