"""The contact log of a report: every call, visit, WhatsApp message or letter to the citizen."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models import CaseLetter, ContactEntry, Officer, Report
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc
from db.services.row_views import view_of
from db.services.writes import active_officer, insert_audited, live_row
from db.storage.engine import read_session

CHANNELS = ("call", "visit", "whatsapp", "letter")
MAX_TEXT = 4000
# A PC clock a little behind the officer's watch must not refuse "now".
CLOCK_SKEW = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class ContactInput:
    channel: str  # one of CHANNELS
    summary: str
    next_step: str = ""
    contacted_at: datetime | None = None  # aware; None: now


@dataclass(frozen=True, slots=True)
class ContactView:
    id: str
    report_id: str
    contacted_at: datetime  # UTC, aware
    channel: str
    summary: str
    next_step: str
    officer_id: str
    officer_name: str
    letter_id: str | None = None
    letter_number: str = ""


def contact_view(entry: ContactEntry, officer_name: str, letter_number: str = "") -> ContactView:
    return view_of(ContactView, entry, officer_name=officer_name, letter_number=letter_number)


def open_report(s: Session, report_id: str) -> Report:
    """The report a follow-up is written on; a void report takes none."""
    report = live_row(s, Report, report_id, "report")
    if report.voided_at is not None:
        raise ValidationFailed({"report": "This report is void; nothing more can be recorded on it."})
    return report


def _audit_values(entry: ContactEntry) -> dict[str, Any]:
    return {
        "report_id": entry.report_id,
        "contacted_at": entry.contacted_at,
        "channel": entry.channel,
        "summary": entry.summary,
        "next_step": entry.next_step,
        "letter_id": entry.letter_id or "",
    }


def record_contact(
    s: Session, *, report: Report, officer: Officer, data: ContactInput, letter_id: str | None = None
) -> ContactEntry:
    """Append a contact and its audit entry in the caller's transaction (input already cleaned and
    checked, its time set)."""
    if data.contacted_at is None:
        raise ValueError("contact time not set")
    entry = ContactEntry(
        report_id=report.id,
        contacted_at=data.contacted_at,
        officer_id=officer.id,
        channel=data.channel,
        summary=data.summary,
        next_step=data.next_step,
        letter_id=letter_id,
        station_code=report.station_code,
    )
    insert_audited(s, entry, "contact_entry", by=officer.id, after=_audit_values(entry))
    return entry


def validate_contact(data: ContactInput, *, now: datetime) -> None:
    """The contact's rules; a contact without a time is one made `now`."""
    contacted_at = data.contacted_at or now
    if contacted_at.tzinfo is None:
        raise ValueError("naive datetime")
    errors: dict[str, str] = {}
    if data.channel not in CHANNELS:
        errors["channel"] = "Choose call, visit, WhatsApp or letter."
    if not data.summary.strip():
        errors["summary"] = "Write what was said."
    elif len(data.summary) > MAX_TEXT:
        errors["summary"] = "The text is too long (at most 4000 characters)."
    if len(data.next_step) > MAX_TEXT:
        errors["next_step"] = "The text is too long (at most 4000 characters)."
    if contacted_at > now + CLOCK_SKEW:
        errors["contacted_at"] = "The contact time cannot be in the future."
    raise_field_errors(errors, data)


def _clean(data: ContactInput, *, contacted_at: datetime) -> ContactInput:
    return dataclasses.replace(
        data, summary=data.summary.strip(), next_step=data.next_step.strip(), contacted_at=contacted_at
    )


def add_contact(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    data: ContactInput,
    officer_id: str,
    now: datetime | None = None,
) -> ContactView:
    """Log one contact with the citizen about a report (not on a void report, not in the future)."""
    now = now or now_utc()
    contacted_at = data.contacted_at or now
    data = _clean(data, contacted_at=contacted_at)
    validate_contact(data, now=now)
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = open_report(s, report_id)
        if contacted_at < report.received_at - CLOCK_SKEW:
            raise ValidationFailed({"contacted_at": "The contact cannot be before the report was received."})
        entry = record_contact(s, report=report, officer=officer, data=data)
        return contact_view(entry, officer.name)


def list_contacts(session_factory: sessionmaker[Session], report_id: str) -> list[ContactView]:
    """The contacts of a report, newest first."""
    with read_session(session_factory) as s:
        rows = s.execute(
            select(ContactEntry, Officer.name, CaseLetter.number)
            .join(Officer, Officer.id == ContactEntry.officer_id)
            .outerjoin(CaseLetter, CaseLetter.id == ContactEntry.letter_id)
            .where(ContactEntry.report_id == report_id, ContactEntry.deleted_at.is_(None))
            .order_by(ContactEntry.contacted_at.desc(), ContactEntry.created_at.desc())
        ).all()
        return [contact_view(entry, name, number or "") for entry, name, number in rows]
