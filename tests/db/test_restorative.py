"""Restorative justice as a way an LP/B ends: recorded with its agreement, counted in CC with its own line."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from db.errors import PermissionDenied, ValidationFailed
from db.models import AuditEntry, Report, StatusChange
from db.queries.monthly import monthly_figures
from db.services.case_flow import change_status
from db.services.restorative import RJ_NOTE, close_by_restorative_justice, restorative_record
from tests.builders import add_officer
from tests.db.test_deadlines import at_wib, deadline, register


def _in_progress(session_factory, officer_id: str, day: date) -> str:
    rid = register(session_factory, officer_id, day=day)
    change_status(
        session_factory, report_id=rid, to_status="in_progress", officer_id=officer_id, now=at_wib(day)
    )
    return rid


def test_closing_by_restorative_justice_records_the_agreement_and_counts_as_clearance(
    session_factory, station
):
    _, admin = station
    rj = _in_progress(session_factory, admin.id, date(2026, 11, 2))
    plain = _in_progress(session_factory, admin.id, date(2026, 11, 2))
    state = close_by_restorative_justice(
        session_factory,
        report_id=rj,
        agreed_on=date(2026, 11, 9),
        statement="Kedua pihak berdamai; kerugian Rp 1.500.000 telah diganti, pelapor mencabut laporan.",
        officer_id=admin.id,
        now=at_wib(date(2026, 11, 10)),
    )
    assert state.status == "closed" and deadline(session_factory, rj) == (None, "")
    change_status(
        session_factory,
        report_id=plain,
        to_status="closed",
        officer_id=admin.id,
        now=at_wib(date(2026, 11, 12)),
    )
    record = restorative_record(session_factory, report_id=rj)
    assert record is not None and record.agreed_on == date(2026, 11, 9)
    assert record.statement.startswith("Kedua pihak berdamai")
    assert restorative_record(session_factory, report_id=plain) is None
    with session_factory() as s:
        report = s.get(Report, rj)
        assert report.closing_reason.startswith("Keadilan restoratif, kesepakatan tanggal 09-11-2026: Kedua")
        note = s.scalar(
            select(StatusChange.note).where(StatusChange.report_id == rj, StatusChange.to_status == "closed")
        )
        assert note == f"{RJ_NOTE} (kesepakatan 09-11-2026)"
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == rj).order_by(AuditEntry.seq.desc())
        ).first()
        assert entry.action == "restorative_justice" and json.loads(entry.after_json)["status"] == "closed"
    figures = monthly_figures(session_factory, year=2026, month=11, today=date(2026, 12, 7))
    assert (figures.current.cc, figures.current.cc_restorative) == (2, 1)
    assert figures.current.clearance_rate is not None


def test_restorative_close_is_refused_with_bad_input_or_role_and_nothing_changes(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi", nrp="90020456")
    rid = _in_progress(session_factory, admin.id, date(2026, 11, 2))
    now = at_wib(date(2026, 11, 10))
    cases = (
        (date(2026, 11, 11), "Damai", "agreed_on"),  # in the future
        (date(2026, 11, 1), "Damai", "agreed_on"),  # before the report
        (date(2026, 11, 5), "  ", "statement"),
    )

    def close(report_id: str, officer_id: str, agreed_on: date = date(2026, 11, 5), statement: str = "Damai"):
        return close_by_restorative_justice(
            session_factory,
            report_id=report_id,
            agreed_on=agreed_on,
            statement=statement,
            officer_id=officer_id,
            now=now,
        )

    for agreed_on, statement, field in cases:
        with pytest.raises(ValidationFailed) as err:
            close(rid, admin.id, agreed_on, statement)
        assert field in err.value.field_errors
    with pytest.raises(PermissionDenied):
        close(rid, officer.id)
    dumas = register(session_factory, admin.id, kind="DUMAS", day=date(2026, 11, 2))
    with pytest.raises(ValidationFailed):
        close(dumas, admin.id)
    with session_factory() as s:
        assert s.get(Report, rid).status == "in_progress"
    assert restorative_record(session_factory, report_id=rid) is None
