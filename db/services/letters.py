"""Progress letters to the reporter (SP2HP, SP3D): numbering, issuing, reading back; the number patterns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, ValidationFailed
from db.models import CaseLetter, NumberCounter, NumberPattern, Officer, Report, Station
from db.queries.deadlines import recompute_deadline
from db.rules.report_number import check_pattern, format_number
from db.rules.station_identity import suggested_letter_patterns, unit_label
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, to_wib
from db.services.contacts import MAX_TEXT, ContactInput, open_report, record_contact
from db.services.officers import require_admin
from db.services.reports import next_number
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited, live_row, update_audited
from db.storage import audit
from db.storage.engine import read_session
from db.views import LetterData, PersonBlock

# The letter that goes with each kind of report.
LETTER_FOR_REPORT = {"LP_B": "SP2HP", "DUMAS": "SP3D"}
LETTER_KINDS = tuple(LETTER_FOR_REPORT.values())
# Every kind whose number pattern an admin may edit.
PATTERN_KINDS = ("LP_B", "DUMAS", "SKTLK", "SP2HP", "SP3D")


@dataclass(frozen=True, slots=True)
class LetterInput:
    kind: str  # SP2HP or SP3D (LETTER_KINDS)
    addressee: str
    facts: str
    actions: str
    obstacles: str
    next_steps: str


@dataclass(frozen=True, slots=True)
class LetterView:
    id: str
    report_id: str
    kind: str
    number: str
    issued_at: datetime  # UTC, aware
    officer_id: str
    officer_name: str
    addressee: str
    facts: str
    actions: str
    obstacles: str
    next_steps: str


@dataclass(frozen=True, slots=True)
class PatternView:
    kind: str
    pattern: str
    # The running number the next document of this kind gets this (WIB) year.
    next_seq: int


def _view(letter: CaseLetter, officer_name: str) -> LetterView:
    return view_of(LetterView, letter, officer_name=officer_name)


def _texts(data: LetterInput) -> dict[str, str]:
    """The addressee and the four parts, by the name of their column."""
    return {
        "addressee": data.addressee,
        "facts": data.facts,
        "actions": data.actions,
        "obstacles": data.obstacles,
        "next_steps": data.next_steps,
    }


def validate_letter(data: LetterInput) -> None:
    if data.kind not in LETTER_KINDS:
        raise ValidationFailed({"kind": "A progress letter is an SP2HP or an SP3D."})
    errors: dict[str, str] = {}
    if not data.addressee:
        errors["addressee"] = "The addressee is required."
    if not data.facts:
        errors["facts"] = "Write the facts of the case."
    if not data.actions:
        errors["actions"] = "Write the actions taken and their results."
    if not data.next_steps:
        errors["next_steps"] = "Write the next steps."
    for field, text in _texts(data).items():
        if len(text) > MAX_TEXT and field not in errors:
            errors[field] = "The text is too long (at most 4000 characters)."
    raise_field_errors(errors, data)


def _clean(data: LetterInput) -> LetterInput:
    return dataclasses.replace(data, **{field: text.strip() for field, text in _texts(data).items()})


def issue_letter(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    data: LetterInput,
    officer_id: str,
    now: datetime | None = None,
) -> LetterView:
    """Number and record a progress letter, log its delivery as a contact, and move the report's deadline."""
    now = now or now_utc()
    data = _clean(data)
    validate_letter(data)
    kind = data.kind
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        report = open_report(s, report_id)
        if LETTER_FOR_REPORT.get(report.kind) != kind:
            raise ValidationFailed(
                {"kind": "An SP2HP answers a police report (LP) and an SP3D a Dumas complaint."}
            )
        if not report.number:
            raise ValidationFailed({"report": "The report has no number yet."})
        station = load_station(s)
        year = to_wib(now).year
        seq = next_number(s, station_code=station.code, kind=kind, year=year)
        number = format_number(_pattern(station, kind), seq=seq, received_at=now)
        if s.scalar(select(CaseLetter.id).where(CaseLetter.number == number)) is not None:
            raise ValidationFailed({"number": "This letter number is taken; change the number pattern."})
        letter = CaseLetter(
            report_id=report.id,
            kind=kind,
            number=number,
            number_year=year,
            number_seq=seq,
            issued_at=now,
            officer_id=officer.id,
            station_code=station.code,
            **_texts(data),
        )
        values = {"report_id": report.id, "kind": kind, "number": number, "issued_at": now, **_texts(data)}
        insert_audited(s, letter, "case_letter", by=officer.id, after=values)
        delivery = ContactInput(
            channel="letter",
            summary=f"{kind} No. {number} issued",
            next_step=data.next_steps,
            contacted_at=now,
        )
        record_contact(s, report=report, officer=officer, data=delivery, letter_id=letter.id)
        before = {"next_deadline": report.next_deadline, "next_deadline_kind": report.next_deadline_kind}
        recompute_deadline(s, report, today=to_wib(now).date())
        after = {"next_deadline": report.next_deadline, "next_deadline_kind": report.next_deadline_kind}
        if after != before:
            update_audited(s, report, "report", by=officer.id, before=before, after=after, action="deadline")
        return _view(letter, officer.name)


def _pattern(station: Station, kind: str) -> str:
    patterns = {p.kind: p.pattern for p in station.patterns}
    if kind in patterns:
        return patterns[kind]
    # A station whose letter patterns were never written (they are added at set-up and by migration 0002).
    return suggested_letter_patterns(station.level, station.resor_name, station.sector_name)[kind]


def list_letters(session_factory: sessionmaker[Session], report_id: str) -> list[LetterView]:
    """The progress letters of a report, newest first."""
    with read_session(session_factory) as s:
        rows = s.execute(
            select(CaseLetter, Officer.name)
            .join(Officer, Officer.id == CaseLetter.officer_id)
            .where(CaseLetter.report_id == report_id, CaseLetter.deleted_at.is_(None))
            .order_by(CaseLetter.issued_at.desc(), CaseLetter.number_seq.desc())
        ).all()
        return [_view(letter, name) for letter, name in rows]


def letter_data(session_factory: sessionmaker[Session], letter_id: str) -> LetterData:
    """What the letter's PDF prints: letterhead, number, the report it answers, the four parts, signatory."""
    with read_session(session_factory) as s:
        letter = live_row(s, CaseLetter, letter_id, "letter")
        report = s.get(Report, letter.report_id)
        if report is None:
            raise NotFound(f"report {letter.report_id}")
        station = load_station(s)
        handler = report.assigned_officer or s.get(Officer, letter.officer_id)
        return LetterData(
            kind=letter.kind,
            number=letter.number,
            letterhead_lines=tuple(station.letterhead.splitlines()),
            city=station.city,
            unit=unit_label(station.level, station.resor_name, station.sector_name),
            station_phone=station.phone,
            issued_at=to_wib(letter.issued_at),
            addressee=letter.addressee,
            report_kind=report.kind,
            report_number=report.number or "",
            report_received_at=to_wib(report.received_at),
            offense=report.offense,
            reporter_name=report.citizen.name,
            facts=letter.facts,
            actions=letter.actions,
            obstacles=letter.obstacles,
            next_steps=letter.next_steps,
            handler=PersonBlock(handler.name, handler.rank, handler.nrp)
            if handler
            else PersonBlock("", "", ""),
            signatory_on_behalf=station.signatory_on_behalf,
            signatory_title=station.signatory_title,
            signatory=PersonBlock(station.signatory_name, station.signatory_rank, station.signatory_nrp),
        )


# ----- number patterns ------------------------------------------------------------------------------


def number_patterns(
    session_factory: sessionmaker[Session], *, now: datetime | None = None
) -> list[PatternView]:
    """Every editable pattern with the running number its next document gets this year."""
    year = to_wib(now or now_utc()).year
    with read_session(session_factory) as s:
        station = load_station(s)
        counters = dict(
            s.execute(
                select(NumberCounter.kind, NumberCounter.last_value).where(
                    NumberCounter.station_code == station.code, NumberCounter.year == year
                )
            ).all()
        )
        patterns = {p.kind: p.pattern for p in station.patterns}
        return [PatternView(k, patterns.get(k, ""), counters.get(k, 0) + 1) for k in PATTERN_KINDS]


def set_number_patterns(
    session_factory: sessionmaker[Session], *, patterns: dict[str, str], officer_id: str
) -> list[PatternView]:
    """Change number patterns (admin only); every pattern is checked before any is written."""
    cleaned = {k: p.strip() for k, p in patterns.items()}
    errors: dict[str, str] = {}
    for kind, pattern in cleaned.items():
        if kind not in PATTERN_KINDS:
            raise ValidationFailed({"kind": "Unknown kind of document."})
        message = check_pattern(pattern)
        if message:
            errors[kind] = message
    if errors:
        raise ValidationFailed(errors)
    with session_factory.begin() as s:
        officer = require_admin(s, officer_id)
        station = load_station(s)
        rows = {p.kind: p for p in station.patterns}
        final = {k: rows[k].pattern for k in rows} | cleaned
        for kind in cleaned:
            if any(other != kind and final[other] == final[kind] for other in final):
                errors[kind] = "Another kind of document already uses this pattern."
        if errors:
            raise ValidationFailed(errors)
        for kind, pattern in cleaned.items():
            row = rows.get(kind)
            before = row.pattern if row else ""
            if before == pattern:
                continue
            if row is None:
                station.patterns.append(NumberPattern(kind=kind, pattern=pattern))
            else:
                row.pattern = pattern
            audit.record(
                s,
                officer_id=officer.id,
                entity="number_pattern",
                entity_id=kind,
                action="update",
                before={"pattern": before},
                after={"pattern": pattern},
            )
        s.flush()
    return number_patterns(session_factory)


def set_number_pattern(
    session_factory: sessionmaker[Session], *, kind: str, pattern: str, officer_id: str
) -> list[PatternView]:
    """Change one kind's number pattern (admin only), checked with check_pattern."""
    return set_number_patterns(session_factory, patterns={kind: pattern}, officer_id=officer_id)
