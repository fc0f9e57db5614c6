"""The contact log: calls, visits and messages, newest first; refused in the future or on a void report."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import AuditEntry, Officer, Report
from db.rules.timeutil import now_utc, to_wib
from db.services.contacts import ContactInput, add_contact, list_contacts, record_contact
from tests.builders import add_report, audit_entries


@pytest.fixture
def report(session_factory, station):
    _, admin = station
    return add_report(
        session_factory, admin.id, now=now_utc() - timedelta(days=3), chronology="Rumah dibobol malam hari."
    )


def _call(session_factory, report_id: str, officer_id: str, **changes):
    """A phone call noted on the report, with any input field changed."""
    data = dataclasses.replace(ContactInput(channel="call", summary="x", next_step=""), **changes)
    return add_contact(session_factory, report_id=report_id, data=data, officer_id=officer_id)


def test_contacts_are_listed_newest_first_with_officer_and_audit(session_factory, station, report):
    _, admin = station
    now = now_utc()
    first = _call(
        session_factory,
        report.id,
        admin.id,
        summary="Pelapor ditelepon, saksi sudah diperiksa.",
        next_step="Menunggu hasil olah TKP",
        contacted_at=now - timedelta(days=2),
    )
    second = _call(
        session_factory, report.id, admin.id, channel="whatsapp", summary="  Dikirim foto barang bukti.  "
    )
    rows = list_contacts(session_factory, report.id)
    assert [r.id for r in rows] == [second.id, first.id]
    assert rows[0].summary == "Dikirim foto barang bukti."
    assert (rows[1].channel, rows[1].officer_name, rows[1].next_step) == (
        "call",
        "Rina Marlina",
        "Menunggu hasil olah TKP",
    )
    assert rows[0].contacted_at.tzinfo is not None
    with session_factory() as s:
        audited = s.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "contact_entry")).all()
    assert set(audited) == {first.id, second.id}


def test_the_audit_entry_holds_the_cleaned_input(session_factory, station, report):
    _, admin = station
    at = to_wib(now_utc() - timedelta(days=1)).replace(second=0, microsecond=0)
    data = ContactInput(
        channel="visit",
        summary="  Kunjungan ke rumah pelapor.\n",
        next_step=" Panggil saksi ",
        contacted_at=at,
    )
    view = add_contact(session_factory, report_id=report.id, data=data, officer_id=admin.id)
    (entry,) = audit_entries(session_factory, entity="contact_entry", entity_id=view.id)
    after = {
        "report_id": report.id,
        "contacted_at": at.isoformat(),
        "channel": "visit",
        "summary": "Kunjungan ke rumah pelapor.",
        "next_step": "Panggil saksi",
        "letter_id": "",
    }
    assert entry.after_json == json.dumps(after, sort_keys=True, ensure_ascii=False)
    assert (entry.action, entry.officer_id, entry.before_json) == ("create", admin.id, "{}")


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"summary": "   "}, "summary"),
        ({"channel": "email"}, "channel"),
        ({"contacted_at": "future"}, "contacted_at"),
        ({"contacted_at": "before_report"}, "contacted_at"),
    ],
)
def test_bad_contacts_are_refused(session_factory, station, report, changes, field):
    _, admin = station
    args = {"channel": "visit", "summary": "Kunjungan", **changes}
    if args.get("contacted_at") == "future":
        args["contacted_at"] = now_utc() + timedelta(hours=1)
    elif args.get("contacted_at") == "before_report":
        args["contacted_at"] = report.received_at - timedelta(days=1)
    with pytest.raises(ValidationFailed) as caught:
        _call(session_factory, report.id, admin.id, **args)
    assert field in caught.value.field_errors
    assert list_contacts(session_factory, report.id) == []


def test_void_report_takes_no_contact(session_factory, station, report):
    _, admin = station
    with session_factory.begin() as s:
        s.get(Report, report.id).voided_at = now_utc()
    with pytest.raises(ValidationFailed) as caught:
        _call(session_factory, report.id, admin.id)
    assert "report" in caught.value.field_errors


def test_unknown_report_and_inactive_officer(session_factory, station, report):
    _, admin = station
    with pytest.raises(NotFound):
        _call(session_factory, "nope", admin.id)
    with session_factory.begin() as s:
        s.get(Officer, admin.id).active = False
    with pytest.raises(PermissionDenied):
        _call(session_factory, report.id, admin.id)


def test_a_contact_time_must_be_aware_and_set_before_it_is_written(session_factory, station, report):
    _, admin = station
    naive = ContactInput(channel="call", summary="x", contacted_at=datetime(2026, 12, 1, 10, 0))
    with pytest.raises(ValueError):
        add_contact(session_factory, report_id=report.id, data=naive, officer_id=admin.id)
    with session_factory() as s, pytest.raises(ValueError):
        record_contact(
            s,
            report=s.get(Report, report.id),
            officer=s.get(Officer, admin.id),
            data=ContactInput(channel="call", summary="x"),
        )
    assert list_contacts(session_factory, report.id) == []
