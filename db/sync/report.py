"""What one sync cycle did: the summary `sync_once` returns and the push and pull steps fill in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    epoch_reset: bool = False
    errors: list[str] = field(default_factory=list)
    # Pulled rows kept because they could not be applied yet (open after this cycle), and reports that got
    # a new number because the centre held theirs for an earlier report (issue 14).
    problems: int = 0
    renumbered: int = 0
    # Ops this cycle's pull queued itself (new numbers, history entries re-stating a merged status): pushed
    # before the cycle ends.
    queued_now: int = 0
