"""Registering, validating and editing reports; the audit trail and its hash chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.errors import PermissionDenied, ValidationFailed
from db.models import AuditEntry, Citizen, Report, StatusChange
from db.queries.report_list import reports_received_on
from db.queries.reports import receipt_data
from db.rules.timeutil import now_utc, to_wib
from db.services.report_input import CitizenInput, LostItemInput, ReportInput
from db.services.reports import find_citizen_by_nik, get_report, register_report, update_report
from db.storage.audit_verify import verify_chain
from tests.builders import add_officer

NIK_WOMAN = "1302014508900001"


SITI_REPORT = ReportInput(
    kind="LP_B",
    citizen=CitizenInput(name="Siti Rahmah", nik=NIK_WOMAN),
    offense="Curanmor R2",
    chronology="Motor hilang di depan rumah",
    incident_kecamatan_code="13.02.03",
    incident_nagari_code="13.02.03.2001",
)


def report(**kw) -> ReportInput:
    return replace(SITI_REPORT, **kw)


def count(session_factory, model) -> int:
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_every_error_at_once_and_nothing_saved(session_factory, station):
    _, admin = station
    bad = report(
        citizen=CitizenInput(name="", nik="123", phone="abc"),
        chronology=" ",
        incident_at=now_utc() + timedelta(hours=2),
        incident_nagari_code="13.02.04.2001",
    )
    with pytest.raises(ValidationFailed) as err:
        register_report(session_factory, data=bad, officer_id=admin.id)
    assert {
        "citizen.name",
        "citizen.nik",
        "citizen.phone",
        "chronology",
        "incident_at",
        "incident_nagari_code",
    } <= set(err.value.field_errors)
    assert count(session_factory, Report) == 0
    assert count(session_factory, Citizen) == 0


def test_sex_or_birth_date_contradicting_the_nik_is_refused(session_factory, station):
    _, admin = station
    with pytest.raises(ValidationFailed) as err:
        register_report(
            session_factory,
            officer_id=admin.id,
            data=report(citizen=CitizenInput(name="Siti", nik=NIK_WOMAN, sex="L")),
        )
    assert "citizen.sex" in err.value.field_errors


def test_sktlk_needs_items(session_factory, station):
    _, admin = station
    with pytest.raises(ValidationFailed) as err:
        register_report(session_factory, officer_id=admin.id, data=report(kind="SKTLK"))
    assert "lost_items" in err.value.field_errors


def test_citizen_is_reused_by_nik(session_factory, station):
    _, admin = station
    first = register_report(session_factory, data=report(), officer_id=admin.id)
    assert first.citizen.sex == "P" and first.citizen.birth_date.isoformat() == "1990-08-05"
    assert find_citizen_by_nik(session_factory, NIK_WOMAN).id == first.citizen.id
    second = register_report(
        session_factory,
        officer_id=admin.id,
        data=report(citizen=CitizenInput(name="Siti Rahmah", nik=NIK_WOMAN, phone="0812345678")),
    )
    assert second.citizen.id == first.citizen.id
    assert second.citizen.phone == "0812345678"
    assert count(session_factory, Citizen) == 1


def test_report_writes_history_and_audit(session_factory, station):
    _, admin = station
    view = register_report(session_factory, data=report(), officer_id=admin.id)
    with session_factory() as s:
        assert s.scalar(select(StatusChange.to_status).where(StatusChange.report_id == view.id)) == "received"
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity_id == view.id))
        assert entry.action == "create" and view.number in entry.after_json


def test_edit_keeps_before_and_after(session_factory, station):
    _, admin = station
    view = register_report(session_factory, data=report(), officer_id=admin.id)
    edit = replace(view.as_input(), chronology="Motor dicuri malam hari")
    changed = update_report(session_factory, report_id=view.id, officer_id=admin.id, data=edit)
    assert changed.chronology == "Motor dicuri malam hari"
    assert changed.number == view.number
    with session_factory() as s:
        entry = s.scalar(
            select(AuditEntry).where(AuditEntry.entity_id == view.id, AuditEntry.action == "update")
        )
    assert "Motor hilang di depan rumah" in entry.before_json
    assert "Motor dicuri malam hari" in entry.after_json


def test_edit_needs_the_right_role(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Yoga", nrp="95060211", rank="BRIPKA")
    other = add_officer(session_factory, admin.id, name="Dedi", nrp="92110345", rank="BRIGPOL")
    view = register_report(session_factory, data=report(), officer_id=officer.id)
    edit = replace(view.as_input(), article="Pasal 363 KUHP")
    with pytest.raises(PermissionDenied):
        update_report(session_factory, report_id=view.id, data=edit, officer_id=other.id)
    # His own report, the same day: allowed. A day later: only a head or admin.
    update_report(session_factory, report_id=view.id, data=edit, officer_id=officer.id)
    with pytest.raises(PermissionDenied):
        update_report(
            session_factory,
            report_id=view.id,
            data=edit,
            officer_id=officer.id,
            now=now_utc() + timedelta(days=2),
        )
    assert get_report(session_factory, view.id).article == "Pasal 363 KUHP"


def test_lost_items_edit_soft_deletes_old_rows(session_factory, station):
    _, admin = station
    view = register_report(
        session_factory,
        officer_id=admin.id,
        data=report(kind="SKTLK", lost_items=(LostItemInput("KTP", 1, "1302014508900001"),)),
    )
    new = replace(view.as_input(), lost_items=(LostItemInput("SIM C", 1, ""),))
    after = update_report(session_factory, report_id=view.id, data=new, officer_id=admin.id)
    assert [i.item for i in after.lost_items] == ["SIM C"]
    assert [i.item for i in receipt_data(session_factory, report_id=view.id).lost_items] == ["SIM C"]


def test_today_list_uses_wib_day(session_factory, station):
    _, admin = station
    # 17:30 UTC on 26 Nov is 00:30 WIB on 27 Nov.
    late = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)
    early = datetime(2026, 11, 26, 16, 30, tzinfo=UTC)
    a = register_report(session_factory, data=report(), officer_id=admin.id, now=late)
    b = register_report(session_factory, data=report(), officer_id=admin.id, now=early)
    assert [r.id for r in reports_received_on(session_factory, to_wib(late).date())] == [a.id]
    assert [r.id for r in reports_received_on(session_factory, to_wib(early).date())] == [b.id]


def test_audit_chain_detects_tampering(session_factory, station):
    _, admin = station
    register_report(session_factory, data=report(), officer_id=admin.id)
    with session_factory() as s:
        assert verify_chain(s) is None
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()[1]
        entry.after_json = '{"edited": true}'
        s.flush()
        assert verify_chain(s) == entry.seq
        s.rollback()
        s.delete(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()[1])
        s.flush()
        assert verify_chain(s) is not None
