"""A Hypothesis state machine over real SQLite desks and a real PostgreSQL central (issue 6, item 11).

Three stations and HQ edit, soft-delete and sync in any order; a station's user may save an edit while a
pull is on its way; a station's sync may crash at one of four points (inside the push before the server
commits, after the server committed but before the answer arrives, after the answer but before the station
stores it, and during a pull after the rows were applied but before the cursor was stored); the station then
restarts (a new engine) and syncs again later. At the end every station syncs until quiet and

- every station's rows equal the central rows of that station;
- no op is left in an outbox, and an op left the outbox only after the server had committed it;
- every acknowledged edit of a tracked report field either lost (its value is in `sentra.conflicts` for that
  op, row and field) or was taken; the central value of each field is the value of the last taken edit in
  the server's commit order (so an earlier taken edit is either current or superseded by a later one).

Each example starts from copies of three pre-synced station files and a central database made from a
template (`CREATE DATABASE ... TEMPLATE ...`), built once per module.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import psycopg
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from psycopg import sql
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

import db.sync.client as client
import db.sync.push as pushing
from db.models import OutboxOp, Report, SyncConflict
from db.models.base import utcnow
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import make_engine, make_session_factory
from db.sync.central import init_central
from db.sync.central.migrate import grant_station
from db.sync.client import sync_once
from db.sync.codec import encode
from db.sync.link import PgLink
from db.sync.status_history import mismatched
from db.sync.tables import HQ_OWNED
from tests.sync.conftest import World, op, pull, push
from tests.sync.desks import central_mismatched, central_rows, local_rows

HQ_WRITER = "*hq"
TRACKED = ("offense", "status", "assigned_officer_id", "forwarded_to", "deleted_at")
OFFENSES = ("Curanmor R2", "Pencurian", "Penipuan", "Penganiayaan")
STATUSES = ("received", "in_progress", "forwarded", "closed", "stopped", "rejected")
UNITS = ("", "Polres Solok", "Polsek Gunung Talang")
HQ_FIELDS = ("assigned_officer_id", "forwarded_to")
DONE = frozenset({"applied", "merged", "conflict"})
_numbers = itertools.count(1)


class Crash(Exception):
    """The station process dies here (the test's stand-in for a power cut)."""


@dataclass
class Edit:
    """One tracked field value of one op (a station's outbox op or an HQ push)."""

    op_id: str
    writer: str
    row_id: str
    field: str
    value: Any


@dataclass
class Station:
    code: str
    path: Path
    sf: sessionmaker[Session]
    role: str
    password: str
    officers: list[str]
    op_ids: set[str] = field(default_factory=set)  # every op this station wrote

    def restart(self) -> None:
        """A new process: the old engine (and anything it held) is gone."""
        self.sf.kw["bind"].dispose()
        self.sf = make_session_factory(make_engine(self.path))


class RecordingLink:
    """The station's real PgLink, noting in which order the server committed each op and its answer; it
    can crash inside the push (rolled back) or after the server committed it (answer lost)."""

    def __init__(
        self, inner: PgLink, machine: SyncMachine, crash: str | None, during_pull: Callable[[], None] | None
    ):
        self.inner, self.machine, self.crash, self.during_pull = inner, machine, crash, during_pull

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        if self.crash == "push_before_commit":
            with self.inner.conn.transaction():
                self.inner.push(payload)
                raise Crash("before the server committed the push")
        answer = self.inner.push(payload)
        self.machine.committed([o["op_id"] for o in payload["ops"]], answer)
        if self.crash == "push_after_commit":
            raise Crash("after the server committed, before the answer arrived")
        return answer

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]:
        answer = self.inner.pull(epoch, xid, seq, limit)
        if self.during_pull is not None:  # the desk's user saves an edit while the answer is on its way
            self.during_pull()
            self.during_pull = None
        return answer


def _normal(column_name: str, value: Any) -> Any:
    """A tracked value as the desks helpers render it (times re-encoded in UTC)."""
    if column_name == "deleted_at" and value is not None:
        from db.sync.codec import decode

        return encode(decode(Report.__table__.c.deleted_at, value))
    return value


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


class SyncMachine(RuleBasedStateMachine):
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
                        self.edits.append(Edit(o.op_id, st_.code, o.row_id, name, _normal(name, value)))

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
        patches: list[Any] = []
        if crash == "before_local_ack":
            dying = sessionmaker(st_.sf.kw["bind"], expire_on_commit=False)

            def die(_session: Session) -> None:
                raise Crash("after the answer, before the station stored it")

            event.listen(dying, "before_commit", die)
            real_store = pushing.store_push_answer
            patches.append(
                mock.patch.object(pushing, "store_push_answer", lambda _sf, b, a: real_store(dying, b, a))
            )
        elif crash == "pull_before_cursor":
            real_apply = client.apply_rows

            def apply_then_die(s: Session, rows: list[dict[str, Any]], *args: Any) -> list[str]:
                real_apply(s, rows, *args)
                raise Crash("rows applied, cursor not stored")

            patches.append(mock.patch.object(client, "apply_rows", apply_then_die))
        before = self.outbox_and_cursor(st_)
        with contextlib.ExitStack() as stack:
            for p in patches:
                stack.enter_context(p)
            link = stack.enter_context(PgLink(self.url, user=st_.role, password=st_.password))
            try:
                report = sync_once(st_.sf, RecordingLink(link, self, crash, during_pull))
            except Crash:
                report = None
        if report is None:
            st_.restart()
            pending, cursor = self.outbox_and_cursor(st_)
            assert cursor == before[1], f"{st_.code}: the cursor moved in a sync that crashed at {crash}"
            if crash != "pull_before_cursor":  # nothing was acknowledged
                assert before[0] <= pending, (
                    f"{st_.code}: ops left the outbox in a push that crashed at {crash}"
                )
        else:
            assert report.rejected == 0 and not report.errors

    @staticmethod
    def outbox_and_cursor(st_: Station) -> tuple[set[str], tuple[str | None, str, int]]:
        with st_.sf() as s:
            pending = set(s.scalars(select(OutboxOp.op_id).where(OutboxOp.state == "pending")))
            meta = client.read_meta(s)
            return pending, (meta.epoch, meta.cursor_xid, meta.cursor_seq)

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

    # Checks ---------------------------------------------------------------------------------------------

    @invariant()
    def a_pending_edit_stays_visible_at_its_desk(self) -> None:
        for st_ in self.stations:
            with st_.sf() as s:
                latest: dict[tuple[str, str], Any] = {}
                for o in s.scalars(select(OutboxOp).where(OutboxOp.tbl == "report").order_by(OutboxOp.seq)):
                    for name, value in json.loads(o.fields).items():
                        if name in TRACKED:
                            latest[(o.row_id, name)] = _normal(name, value)
                rows = {}
                for (row_id, name), value in latest.items():
                    if row_id not in rows:
                        rows[row_id] = s.get(Report, row_id)
                    here = _normal(name, encode(getattr(rows[row_id], name)))
                    assert here == value, (
                        f"{st_.code}: report {row_id}.{name} shows {here!r}, pending {value!r}"
                    )

    @invariant()
    def an_op_leaves_the_outbox_only_once_the_server_committed_it(self) -> None:
        for st_ in self.stations:
            with st_.sf() as s:
                left = set(s.scalars(select(OutboxOp.op_id)).all())
            for op_id in st_.op_ids - left:
                assert op_id in self.order, f"{st_.code}: op {op_id} left the outbox but the server lacks it"

    def teardown(self) -> None:
        try:
            self.final_check()
        finally:
            self.admin.close()
            self.hq.close()
            for st_ in self.stations:
                st_.sf.kw["bind"].dispose()
            with psycopg.connect(self.world.cluster.uri, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(self.dbname)))
            shutil.rmtree(self.folder, ignore_errors=True)

    def final_check(self) -> None:
        for _ in range(2):
            for index in range(len(self.stations)):
                self.sync(index)
        for st_ in self.stations:
            with st_.sf() as s:
                assert s.scalars(select(OutboxOp)).all() == [], f"{st_.code}: ops left in the outbox"
            assert local_rows(st_.sf) == central_rows(self.admin, st_.code), f"{st_.code} differs"
            with st_.sf() as s:  # every contested case: status = newest history entry (issue 14, point 5)
                assert mismatched(s) == {}, f"{st_.code}: status and history disagree"
        assert central_mismatched(self.admin) == {}, "status and history disagree at the centre"
        for st_ in self.stations:
            with st_.sf() as s:
                kept_here = {(r[0], r[1]) for r in s.execute(select(SyncConflict.op_id, SyncConflict.field))}
            for op_id in st_.op_ids:
                for c in self.results[op_id]["conflicts"]:
                    assert (op_id, c["field"]) in kept_here, (
                        f"{st_.code}: conflict {c} of op {op_id} not kept"
                    )
        lost = {
            (r[0], r[1], r[2]): r[3]
            for r in self.admin.execute(
                "SELECT op_id::text, row_id::text, field, lost FROM sentra.conflicts WHERE tbl = 'report'"
            )
        }
        central = central_rows(self.admin)
        expected: dict[tuple[str, str], tuple[int, Any]] = {}
        for e in self.edits:
            assert e.op_id in self.results, f"edit never acknowledged: {e}"
            result = self.results[e.op_id]
            for c in result["conflicts"]:
                owner = HQ_WRITER if c["field"] in HQ_OWNED["report"] else self.row_station[e.row_id]
                assert c["winner"] == owner and c["loser"] != owner, f"{c} in the answer to {e}"
            lost_here = any(
                c["field"] == e.field and c["loser"] == e.writer for c in result.get("conflicts") or []
            )
            if lost_here:
                assert _normal(e.field, lost.get((e.op_id, e.row_id, e.field), "<none>")) == e.value, (
                    f"a lost value is missing from sentra.conflicts: {e}"
                )
                continue
            when = self.order[e.op_id]
            key = (e.row_id, e.field)
            if key not in expected or expected[key][0] < when:
                expected[key] = (when, e.value)
        for (row_id, name), (_, value) in expected.items():
            assert central[("report", row_id)][name] == value, (
                f"report {row_id}.{name}: central {central[('report', row_id)][name]!r}, the last taken edit "
                f"wrote {value!r}"
            )
