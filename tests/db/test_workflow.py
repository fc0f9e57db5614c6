"""The case workflow: allowed and refused status changes by role, required reasons, Dumas outcome, voiding."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.errors import PermissionDenied, ValidationFailed
from db.models import AuditEntry, Report, StatusChange
from db.services.case_flow import (
    STATUSES,
    TRANSITIONS,
    assign_officer,
    case_state,
    change_status,
    set_difficulty,
    void_report,
)
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import get_report, register_report
from tests.builders import add_officer

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
TERMINAL = {"closed", "stopped", "rejected"}


@pytest.fixture
def people(session_factory, station):
    """Officers by role: admin (the station's), head, officer and a second officer."""
    _, admin = station

    return {
        "admin": admin,
        "head": add_officer(session_factory, admin.id, name="Kanit Yusri", nrp="80010001", role="head"),
        "officer": add_officer(session_factory, admin.id, name="Dedi Kurniawan", nrp="90020456"),
        "other": add_officer(session_factory, admin.id, name="Andi Saputra", nrp="90020457"),
    }


def new_report(session_factory, officer_id: str, *, kind: str = "LP_B", status: str = "received") -> str:
    data = ReportInput(
        kind=kind,
        citizen=CitizenInput(name="Siti Rahmah"),
        offense="Pelayanan lambat" if kind == "DUMAS" else "Curanmor R2",
        chronology="Kronologi singkat",
    )
    report_id = register_report(session_factory, data=data, officer_id=officer_id, now=NOW).id
    if status != "received":
        with session_factory.begin() as s:
            s.get(Report, report_id).status = status
    return report_id


def fields_for(to_status: str) -> dict[str, str]:
    return {
        "forwarded": {"forwarded_to": "Satreskrim"},
        "stopped": {"reason": "Bukan tindak pidana"},
        "rejected": {"reason": "Bukan kewenangan Polres"},
        "in_progress": {"note": "Dibuka kembali: bukti baru"},
    }.get(to_status, {})


def expected_allowed(role: str, from_status: str, to_status: str) -> bool:
    if role in ("head", "admin"):
        return True
    return to_status not in TERMINAL and from_status not in TERMINAL


@pytest.mark.parametrize("role", ["officer", "head", "admin"])
def test_every_transition_in_the_table_by_role(session_factory, people, role):
    who = people[role]
    for from_status, targets in TRANSITIONS.items():
        for to_status in targets:
            report_id = new_report(session_factory, people["admin"].id, status=from_status)
            state = case_state(session_factory, report_id, officer_id=who.id)
            allowed = expected_allowed(role, from_status, to_status)
            assert (to_status in state.allowed_next) == allowed, (from_status, to_status)
            call = dict(report_id=report_id, to_status=to_status, officer_id=who.id, now=NOW)
            if allowed:
                after = change_status(session_factory, **call, **fields_for(to_status))
                assert after.status == to_status
            else:
                with pytest.raises(PermissionDenied):
                    change_status(session_factory, **call, **fields_for(to_status))


def test_transitions_outside_the_table_are_refused(session_factory, people):
    admin = people["admin"]
    for from_status in STATUSES:
        for to_status in (*STATUSES, "deleted"):
            if to_status in TRANSITIONS[from_status]:
                continue
            report_id = new_report(session_factory, admin.id, status=from_status)
            with pytest.raises(ValidationFailed) as err:
                change_status(
                    session_factory,
                    report_id=report_id,
                    to_status=to_status,
                    officer_id=admin.id,
                    **fields_for(to_status),
                )
            assert err.value.field_errors == {"to_status": "This status change is not allowed."}


def test_history_row_and_audit_for_each_change(session_factory, people):
    officer, head = people["officer"], people["head"]
    report_id = new_report(session_factory, officer.id)
    change_status(
        session_factory,
        report_id=report_id,
        to_status="forwarded",
        forwarded_to="  Polsek   Kubung ",
        note="Locus di Kubung",
        officer_id=officer.id,
        now=NOW,
    )
    state = change_status(
        session_factory, report_id=report_id, to_status="in_progress", officer_id=officer.id, now=NOW
    )
    assert state.forwarded_to == ""  # back from the unit
    state = change_status(
        session_factory, report_id=report_id, to_status="closed", officer_id=head.id, reason="Selesai P21"
    )
    assert (state.status, state.closing_reason, state.next_deadline, state.allowed_next) == (
        "closed",
        "Selesai P21",
        None,
        ("in_progress",),
    )
    with session_factory() as s:
        rows = s.scalars(
            select(StatusChange).where(StatusChange.report_id == report_id).order_by(StatusChange.created_at)
        ).all()
        assert [(r.from_status, r.to_status) for r in rows] == [
            ("", "received"),
            ("received", "forwarded"),
            ("forwarded", "in_progress"),
            ("in_progress", "closed"),
        ]
        assert (rows[1].officer_id, rows[1].note, rows[3].officer_id) == (
            officer.id,
            "Locus di Kubung",
            head.id,
        )
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == report_id).order_by(AuditEntry.seq)
        ).all()
        assert actions == ["create", "status", "status", "status"]
        assert s.get(Report, report_id).forwarded_to == ""


def test_required_fields(session_factory, people):
    admin = people["admin"]
    received = new_report(session_factory, admin.id)
    working = new_report(session_factory, admin.id, status="in_progress")
    closed = new_report(session_factory, admin.id, status="closed")

    def errors(report_id: str, to_status: str, **kw) -> dict[str, str]:
        with pytest.raises(ValidationFailed) as err:
            change_status(
                session_factory, report_id=report_id, to_status=to_status, officer_id=admin.id, **kw
            )
        return err.value.field_errors

    assert errors(received, "forwarded", forwarded_to="  ") == {
        "forwarded_to": "Choose the unit the report goes to."
    }
    assert errors(received, "rejected") == {"reason": "Give the reason."}
    assert errors(working, "stopped", reason=" ") == {"reason": "Give the reason."}
    assert errors(closed, "in_progress") == {"note": "Say why the report is reopened."}
    assert errors(working, "closed", dumas_outcome="selesai_benar") == {
        "dumas_outcome": "Only a Dumas complaint has an outcome."
    }
    # A plain close needs no reason.
    assert change_status(
        session_factory, report_id=working, to_status="closed", officer_id=admin.id
    ).status == ("closed")


def test_dumas_outcome(session_factory, people):
    admin, officer = people["admin"], people["officer"]
    dumas = new_report(session_factory, officer.id, kind="DUMAS")
    state = change_status(session_factory, report_id=dumas, to_status="in_progress", officer_id=officer.id)
    assert (state.dumas_outcome, state.next_deadline_kind) == ("proses", "SP3D")

    def admin_moves(to_status: str, **fields: str):
        """The admin moves the complaint to `to_status`, giving `fields` (outcome, note, reason)."""
        return change_status(
            session_factory, report_id=dumas, to_status=to_status, officer_id=admin.id, **fields
        )

    for bad in ("", "proses", "maybe"):
        with pytest.raises(ValidationFailed) as err:
            admin_moves("closed", dumas_outcome=bad)
        assert set(err.value.field_errors) == {"dumas_outcome"}
    state = admin_moves("closed", dumas_outcome="selesai_tidak_benar")
    assert (state.status, state.dumas_outcome) == ("closed", "selesai_tidak_benar")
    state = admin_moves("in_progress", note="Pengadu keberatan")
    assert state.dumas_outcome == "proses"
    # Stopping a Dumas needs a reason, not an outcome.
    state = admin_moves("stopped", reason="Dicabut pengadu")
    assert state.status == "stopped"


def test_info_has_no_workflow(session_factory, people):
    admin = people["admin"]
    info = register_report(
        session_factory,
        data=ReportInput(kind="INFO", citizen=CitizenInput(name="Budi")),
        officer_id=admin.id,
        now=NOW,
    ).id
    assert case_state(session_factory, info, officer_id=admin.id).allowed_next == ()
    with pytest.raises(ValidationFailed) as err:
        change_status(session_factory, report_id=info, to_status="in_progress", officer_id=admin.id)
    assert err.value.field_errors == {"to_status": "An information entry has no status workflow."}


def test_assignment_rules(session_factory, people):
    head, officer, other = people["head"], people["officer"], people["other"]
    report_id = new_report(session_factory, officer.id)
    state = case_state(session_factory, report_id, officer_id=officer.id)
    assert (state.can_assign, state.can_self_assign) == (False, True)
    with pytest.raises(PermissionDenied):
        assign_officer(session_factory, report_id=report_id, assignee_id=other.id, officer_id=officer.id)
    state = assign_officer(
        session_factory, report_id=report_id, assignee_id=officer.id, officer_id=officer.id
    )
    assert (state.assigned_officer_id, state.assigned_officer_name) == (officer.id, "Dedi Kurniawan")
    # Taken: the other officer can neither take it nor set its difficulty; the head reassigns.
    assert not case_state(session_factory, report_id, officer_id=other.id).can_self_assign
    with pytest.raises(PermissionDenied):
        assign_officer(session_factory, report_id=report_id, assignee_id=other.id, officer_id=other.id)
    with pytest.raises(PermissionDenied):
        set_difficulty(session_factory, report_id=report_id, difficulty="difficult", officer_id=other.id)
    state = set_difficulty(
        session_factory, report_id=report_id, difficulty="difficult", officer_id=officer.id
    )
    assert state.difficulty == "difficult"
    with pytest.raises(ValidationFailed):
        set_difficulty(session_factory, report_id=report_id, difficulty="easy", officer_id=officer.id)
    state = assign_officer(session_factory, report_id=report_id, assignee_id=other.id, officer_id=head.id)
    assert state.assigned_officer_id == other.id and state.can_assign
    assert (
        assign_officer(
            session_factory, report_id=report_id, assignee_id=None, officer_id=head.id
        ).assigned_officer_id
        is None
    )


def test_void_by_admin_only_with_reason_and_report_stays(session_factory, people):
    admin, head = people["admin"], people["head"]
    report_id = new_report(session_factory, admin.id)
    assert not case_state(session_factory, report_id, officer_id=head.id).can_void
    with pytest.raises(PermissionDenied):
        void_report(session_factory, report_id=report_id, reason="Salah input", officer_id=head.id)
    with pytest.raises(ValidationFailed) as err:
        void_report(session_factory, report_id=report_id, reason="  ", officer_id=admin.id)
    assert err.value.field_errors == {"reason": "Give the reason."}
    state = void_report(
        session_factory, report_id=report_id, reason="Salah input, ganda", officer_id=admin.id
    )
    assert (state.voided, state.void_reason, state.allowed_next, state.can_void) == (
        True,
        "Salah input, ganda",
        (),
        False,
    )
    assert get_report(session_factory, report_id).id == report_id  # still on file
    with session_factory() as s:
        r = s.get(Report, report_id)
        assert (r.voided_by_id, r.deleted_at, r.status) == (admin.id, None, "received")
    with pytest.raises(ValidationFailed):
        void_report(session_factory, report_id=report_id, reason="Lagi", officer_id=admin.id)
    with pytest.raises(ValidationFailed) as err:
        change_status(session_factory, report_id=report_id, to_status="in_progress", officer_id=admin.id)
    assert err.value.field_errors == {"to_status": "A void report takes no more changes."}
    with pytest.raises(ValidationFailed):
        assign_officer(session_factory, report_id=report_id, assignee_id=admin.id, officer_id=admin.id)
