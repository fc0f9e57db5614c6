"""Following a case: the status workflow, assignment, difficulty, the deadline clock and voiding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import PermissionDenied, ValidationFailed
from db.models import Officer, Report
from db.queries.deadlines import (
    QueueItem,
    clock_overdue,
    load_holidays,
    my_queue,
    paused_so_far,
    recompute_deadline,
)
from db.rules.deadlines import KINDS_WITH_DEADLINE, TERMINAL_STATUSES, working_days_between
from db.rules.timeutil import now_utc, to_wib, today_wib
from db.services.officers import require_admin
from db.services.writes import active_officer, add_status_change, live_row, update_audited
from db.storage.engine import read_session

# The officer's queue (QueueItem, my_queue) lives with the deadline queries and is offered here too.
__all__ = [
    "CaseState",
    "QueueItem",
    "assign_officer",
    "case_state",
    "change_status",
    "my_queue",
    "pause_clock",
    "resume_clock",
    "set_difficulty",
    "void_report",
]

STATUSES = ("received", "in_progress", "forwarded", "closed", "stopped", "rejected")
# The transition table. A terminal status goes back only to in_progress ("reopen"), by a head or admin,
# with a note saying why.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("in_progress", "forwarded", "rejected"),
    "in_progress": ("forwarded", "closed", "stopped"),
    "forwarded": ("in_progress", "closed", "stopped"),
    "closed": ("in_progress",),
    "stopped": ("in_progress",),
    "rejected": ("in_progress",),
}
HEAD_ROLES = frozenset({"head", "admin"})
DIFFICULTIES = ("light", "medium", "difficult", "very_hard")
DUMAS_CLOSING_OUTCOMES = ("selesai_benar", "selesai_tidak_benar")
# Units a report is usually forwarded to; the field stays free text (another Polsek, another Polres).
FORWARD_UNITS = ("Satreskrim", "Satlantas", "Satintelkam", "Satresnarkoba", "Satbinmas", "Polsek")
MAX_UNIT = 80


@dataclass(frozen=True, slots=True)
class CaseState:
    report_id: str
    kind: str
    status: str
    assigned_officer_id: str | None
    assigned_officer_name: str
    difficulty: str
    forwarded_to: str
    dumas_outcome: str
    closing_reason: str
    next_deadline: date | None
    next_deadline_kind: str
    # Working days from today to the deadline (negative: overdue); None without a deadline.
    working_days_left: int | None
    overdue: bool  # the deadline lies before today and the clock runs
    paused: bool
    paused_since: datetime | None  # UTC, aware
    voided: bool
    void_reason: str
    # What the officer asking may do.
    allowed_next: tuple[str, ...]
    can_assign: bool  # anyone (head/admin)
    can_self_assign: bool  # an officer taking an unassigned report
    can_set_difficulty: bool
    can_pause: bool  # pause or resume
    can_void: bool


# ----- rules -------------------------------------------------------------------------------------------


def has_workflow(report: Report) -> bool:
    return report.kind != "INFO"


def is_head(officer: Officer) -> bool:
    return officer.role in HEAD_ROLES


def allowed_next(report: Report, officer: Officer) -> tuple[str, ...]:
    """The statuses this officer may move the report to now."""
    if report.voided_at is not None or not has_workflow(report) or not officer.active:
        return ()
    return tuple(
        to
        for to in TRANSITIONS.get(report.status, ())
        if is_head(officer) or (to not in TERMINAL_STATUSES and report.status not in TERMINAL_STATUSES)
    )


def may_handle(officer: Officer, report: Report) -> bool:
    """A head or admin, the assigned officer, or any officer while nobody is assigned."""
    return officer.active and (is_head(officer) or report.assigned_officer_id in (None, officer.id))


def _report(s: Session, report_id: str) -> Report:
    return live_row(s, Report, report_id, "report", options=[selectinload(Report.assigned_officer)])


def _not_void(report: Report, field: str) -> None:
    if report.voided_at is not None:
        raise ValidationFailed({field: "A void report takes no more changes."})


def _state(s: Session, report: Report, officer: Officer, today: date) -> CaseState:
    left = None
    if report.next_deadline is not None:
        left = working_days_between(today, report.next_deadline, load_holidays(s))
    live = report.voided_at is None
    handles = live and may_handle(officer, report)
    return CaseState(
        report_id=report.id,
        kind=report.kind,
        status=report.status,
        assigned_officer_id=report.assigned_officer_id,
        assigned_officer_name=report.assigned_officer.name if report.assigned_officer else "",
        difficulty=report.difficulty,
        forwarded_to=report.forwarded_to,
        dumas_outcome=report.dumas_outcome,
        closing_reason=report.closing_reason,
        next_deadline=report.next_deadline,
        next_deadline_kind=report.next_deadline_kind,
        working_days_left=left,
        overdue=clock_overdue(report, today),
        paused=report.clock_paused_at is not None,
        paused_since=report.clock_paused_at,
        voided=not live,
        void_reason=report.void_reason,
        allowed_next=allowed_next(report, officer),
        can_assign=live and officer.active and is_head(officer),
        can_self_assign=live
        and officer.active
        and not is_head(officer)
        and report.assigned_officer_id is None
        and has_workflow(report),
        can_set_difficulty=handles and report.kind == "LP_B" and report.status not in TERMINAL_STATUSES,
        can_pause=handles and report.kind in KINDS_WITH_DEADLINE and report.status not in TERMINAL_STATUSES,
        can_void=live and officer.active and officer.role == "admin",
    )


def _record(s: Session, report: Report, officer_id: str, action: str, before: dict[str, Any]) -> None:
    after = {k: getattr(report, k) for k in before}
    update_audited(s, report, "report", by=officer_id, before=before, after=after, action=action)


def _snapshot(report: Report, *fields: str) -> dict[str, Any]:
    return {f: getattr(report, f) for f in (*fields, "next_deadline", "next_deadline_kind")}


def _end_pause(report: Report, today: date, holidays: frozenset[date]) -> None:
    report.paused_working_days += paused_so_far(report, today, holidays)
    report.clock_paused_at = None


# ----- reads -------------------------------------------------------------------------------------------


def case_state(
    session_factory: sessionmaker[Session], report_id: str, *, officer_id: str, today: date | None = None
) -> CaseState:
    with read_session(session_factory) as s:
        return _state(s, _report(s, report_id), active_officer(s, officer_id), today or today_wib())


# ----- writes ------------------------------------------------------------------------------------------


def change_status(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    to_status: str,
    officer_id: str,
    note: str = "",
    forwarded_to: str = "",
    reason: str = "",
    dumas_outcome: str = "",
    now: datetime | None = None,
) -> CaseState:
    """Move a report along the workflow, with its history row (who, when, note) and audit entry."""
    now = now or now_utc()
    today = to_wib(now).date()
    note, forwarded_to, reason = note.strip(), " ".join(forwarded_to.split()), reason.strip()
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = _report(s, report_id)
        _not_void(report, "to_status")
        if not has_workflow(report):
            raise ValidationFailed({"to_status": "An information entry has no status workflow."})
        if to_status not in TRANSITIONS.get(report.status, ()):
            raise ValidationFailed({"to_status": "This status change is not allowed."})
        if to_status not in allowed_next(report, officer):
            raise PermissionDenied("only a unit head or admin closes or reopens a report")
        errors: dict[str, str] = {}
        reopening = report.status in TERMINAL_STATUSES
        if reopening and not note:
            errors["note"] = "Say why the report is reopened."
        if to_status == "forwarded" and not forwarded_to:
            errors["forwarded_to"] = "Choose the unit the report goes to."
        elif len(forwarded_to) > MAX_UNIT:
            errors["forwarded_to"] = "The unit's name is too long (at most 80 characters)."
        if to_status in ("stopped", "rejected") and not reason:
            errors["reason"] = "Give the reason."
        if dumas_outcome and report.kind != "DUMAS":
            errors["dumas_outcome"] = "Only a Dumas complaint has an outcome."
        elif report.kind == "DUMAS" and to_status == "closed" and dumas_outcome not in DUMAS_CLOSING_OUTCOMES:
            errors["dumas_outcome"] = "Choose the outcome: selesai benar or selesai tidak benar."
        elif dumas_outcome and dumas_outcome not in DUMAS_CLOSING_OUTCOMES:
            errors["dumas_outcome"] = "Unknown outcome."
        if errors:
            raise ValidationFailed(errors)

        before = _snapshot(report, "status", "forwarded_to", "dumas_outcome", "closing_reason")
        from_status = report.status
        report.status = to_status
        if to_status == "forwarded":
            report.forwarded_to = forwarded_to
        elif from_status == "forwarded" and to_status == "in_progress":
            report.forwarded_to = ""  # back from the unit, handled here again
        if to_status in TERMINAL_STATUSES:
            report.closing_reason = reason
            if report.kind == "DUMAS" and dumas_outcome:
                report.dumas_outcome = dumas_outcome
            _end_pause(report, today, load_holidays(s))
        else:
            report.closing_reason = ""
            if report.kind == "DUMAS":
                report.dumas_outcome = "proses"
        recompute_deadline(s, report, today=today)
        add_status_change(
            s, report, from_status=from_status, to_status=to_status, officer_id=officer.id, at=now, note=note
        )
        _record(s, report, officer.id, "status", before)
        return _state(s, report, officer, today)


def assign_officer(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    assignee_id: str | None,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """A head or admin assigns anyone (None: nobody); an officer may take an unassigned report himself."""
    today = to_wib(now or now_utc()).date()
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = _report(s, report_id)
        _not_void(report, "assignee_id")
        self_assign = assignee_id == officer.id and report.assigned_officer_id is None
        if not (is_head(officer) or self_assign):
            raise PermissionDenied("only a unit head or admin assigns a report to someone")
        if assignee_id is not None:
            assignee = s.get(Officer, assignee_id)
            if assignee is None or not assignee.active or assignee.deleted_at is not None:
                raise ValidationFailed({"assignee_id": "Choose an active officer."})
        before = {"assigned_officer_id": report.assigned_officer_id}
        report.assigned_officer_id = assignee_id
        s.flush()
        s.refresh(report, ["assigned_officer"])
        _record(s, report, officer.id, "assign", before)
        return _state(s, report, officer, today)


def set_difficulty(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    difficulty: str,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """The case's difficulty sets the SP2HP cadence; the deadline is recomputed."""
    today = to_wib(now or now_utc()).date()
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = _report(s, report_id)
        _not_void(report, "difficulty")
        if not may_handle(officer, report):
            raise PermissionDenied("only the assigned officer, a unit head or admin sets the difficulty")
        if report.kind != "LP_B":
            raise ValidationFailed({"difficulty": "Only a police report has a difficulty."})
        if difficulty not in DIFFICULTIES:
            raise ValidationFailed({"difficulty": "Choose light, medium, difficult or very difficult."})
        before = _snapshot(report, "difficulty")
        report.difficulty = difficulty
        recompute_deadline(s, report, today=today)
        _record(s, report, officer.id, "difficulty", before)
        return _state(s, report, officer, today)


def _clock_report(s: Session, report_id: str, officer_id: str) -> tuple[Officer, Report]:
    officer = active_officer(s, officer_id)
    report = _report(s, report_id)
    _not_void(report, "reason")
    if not may_handle(officer, report):
        raise PermissionDenied("only the assigned officer, a unit head or admin pauses the clock")
    if report.kind not in KINDS_WITH_DEADLINE or report.status in TERMINAL_STATUSES:
        raise ValidationFailed({"reason": "This report has no deadline clock."})
    return officer, report


def pause_clock(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    reason: str,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """Stop the deadline clock while waiting on the citizen; the report leaves the deadline counts."""
    now = now or now_utc()
    reason = reason.strip()
    with session_factory.begin() as s:
        officer, report = _clock_report(s, report_id, officer_id)
        if report.clock_paused_at is not None:
            raise ValidationFailed({"reason": "The clock is already paused."})
        if not reason:
            raise ValidationFailed({"reason": "Give the reason."})
        report.clock_paused_at = now
        # The reason has no column: the audit entry keeps it.
        before = {"clock_paused_at": None}
        after = {"clock_paused_at": now, "reason": reason}
        update_audited(s, report, "report", by=officer.id, before=before, after=after, action="pause_clock")
        return _state(s, report, officer, to_wib(now).date())


def resume_clock(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """Restart the clock; the deadline moves by the working days it was paused."""
    now = now or now_utc()
    today = to_wib(now).date()
    with session_factory.begin() as s:
        officer, report = _clock_report(s, report_id, officer_id)
        if report.clock_paused_at is None:
            raise ValidationFailed({"reason": "The clock is not paused."})
        before = _snapshot(report, "clock_paused_at", "paused_working_days")
        _end_pause(report, today, load_holidays(s))
        recompute_deadline(s, report, today=today)
        _record(s, report, officer.id, "resume_clock", before)
        return _state(s, report, officer, today)


def void_report(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    reason: str,
    officer_id: str,
    now: datetime | None = None,
) -> CaseState:
    """An admin voids a report with a reason; it stays on file and in the lists, marked void."""
    now = now or now_utc()
    reason = reason.strip()
    with session_factory.begin() as s:
        admin = require_admin(s, officer_id)
        report = _report(s, report_id)
        if report.voided_at is not None:
            raise ValidationFailed({"reason": "This report is already void."})
        if not reason:
            raise ValidationFailed({"reason": "Give the reason."})
        before = _snapshot(report, "voided_at", "voided_by_id", "void_reason")
        report.voided_at, report.voided_by_id, report.void_reason = now, admin.id, reason
        recompute_deadline(s, report)
        _record(s, report, admin.id, "void", before)
        return _state(s, report, admin, to_wib(now).date())
