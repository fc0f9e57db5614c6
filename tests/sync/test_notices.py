"""The admin's sync notices (conflicts, kept problems): newest first, the settled ones only when asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models.sync import SyncConflict, SyncProblem
from db.sync.conflicts import list_conflicts
from db.sync.problems import list_problems

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


SETTLED = T0 + timedelta(days=1)


def _conflict(row_id: str, hours: int, resolved_at: datetime | None = None) -> SyncConflict:
    return SyncConflict(
        tbl="report", row_id=row_id, field="offense", kept_value='"a"', lost_value='"b"', winner="hq",
        op_id=row_id, created_at=T0 + timedelta(hours=hours), resolved_at=resolved_at,
    )  # fmt: skip


def _problem(row_id: str, hours: int, resolved_at: datetime | None = None) -> SyncProblem:
    moment = T0 + timedelta(hours=hours)
    return SyncProblem(
        tbl="citizen", row_id=row_id, item="{}", first_seen_at=moment, last_tried_at=moment,
        resolved_at=resolved_at,
    )  # fmt: skip


def test_open_notices_newest_first_and_the_settled_ones_when_asked(session_factory):
    with session_factory.begin() as s:
        s.add_all([_conflict("old", 1), _conflict("done", 2, SETTLED), _conflict("new", 3)])
        s.add_all([_problem("old", 1), _problem("done", 2, SETTLED), _problem("new", 3)])
    for listed in (list_conflicts, list_problems):
        assert [n.row_id for n in listed(session_factory)] == ["new", "old"], listed
        assert [n.row_id for n in listed(session_factory, include_resolved=True)] == ["new", "done", "old"]
