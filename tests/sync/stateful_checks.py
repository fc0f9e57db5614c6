"""What test_stateful.py's state machine checks: after every step (the invariants) and at the end, once every
station synced until quiet.

- every station's rows equal the central rows of that station;
- no op is left in an outbox, and an op left the outbox only after the server had committed it;
- every acknowledged edit of a tracked report field either lost (its value is in `sentra.conflicts` for that
  op, row and field) or was taken; the central value of each field is the value of the last taken edit in
  the server's commit order (so an earlier taken edit is either current or superseded by a later one).
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from hypothesis.stateful import invariant
from sqlalchemy import select

from db.models import OutboxOp, Report, SyncConflict
from db.sync.codec import encode
from db.sync.status_history import mismatched
from db.sync.tables import HQ_OWNED
from tests.sync.desks import central_mismatched, central_rows, local_rows
from tests.sync.stateful_station import TRACKED, Edit, Station, normal

HQ_WRITER = "*hq"


class ConvergenceChecks:
    """Mixed into the state machine, which keeps these up to date."""

    stations: list[Station]
    admin: psycopg.Connection
    edits: list[Edit]
    row_station: dict[str, str]  # report id -> its station's code
    order: dict[str, int]  # op id -> when the server committed it
    results: dict[str, dict[str, Any]]  # op id -> the server's first answer

    @invariant()
    def a_pending_edit_stays_visible_at_its_desk(self) -> None:
        for st_ in self.stations:
            with st_.sf() as s:
                latest: dict[tuple[str, str], Any] = {}
                for o in s.scalars(select(OutboxOp).where(OutboxOp.tbl == "report").order_by(OutboxOp.seq)):
                    for name, value in json.loads(o.fields).items():
                        if name in TRACKED:
                            latest[(o.row_id, name)] = normal(name, value)
                rows = {}
                for (row_id, name), value in latest.items():
                    if row_id not in rows:
                        rows[row_id] = s.get(Report, row_id)
                    here = normal(name, encode(getattr(rows[row_id], name)))
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

    def final_check(self) -> None:
        """Once every station synced until quiet."""
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
                assert normal(e.field, lost.get((e.op_id, e.row_id, e.field), "<none>")) == e.value, (
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
