"""db.queries.deadlines.clock_overdue: the one rule the deadline queue and a case's state both show."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from db.models import Report
from db.queries.deadlines import clock_overdue

TODAY = date(2026, 12, 7)
PAUSED = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("deadline", "paused_at", "overdue"),
    [
        (date(2026, 12, 4), None, True),  # passed, clock running
        (TODAY, None, False),  # due today is not yet late
        (date(2026, 12, 8), None, False),
        (None, None, False),  # no deadline at all
        (date(2026, 12, 4), PAUSED, False),  # a paused clock is never overdue
    ],
)
def test_overdue_only_when_the_deadline_has_passed_and_the_clock_runs(deadline, paused_at, overdue):
    report = Report(next_deadline=deadline, clock_paused_at=paused_at)
    assert clock_overdue(report, TODAY) is overdue
