"""Progress letters: gap-free yearly numbers, the contact and audit they leave, the deadline they move."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

import db.services.letters as letters_module
from db.errors import PermissionDenied, ValidationFailed
from db.models import AuditEntry, Report
from db.services.contacts import list_contacts
from db.services.letters import (
    issue_letter,
    letter_data,
    list_letters,
    number_patterns,
    set_number_pattern,
    set_number_patterns,
)
from db.services.report_input import CitizenInput, LostItemInput
from tests.builders import add_officer, add_report, audit_entries, letter_input

RECEIVED = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)  # Tuesday 1 December 2026, 10.00 WIB


def _report(session_factory, admin, kind="LP_B"):
    return add_report(
        session_factory,
        admin.id,
        now=RECEIVED,
        kind=kind,
        citizen=CitizenInput(name="Budi Santoso", address="Jorong Koto Baru"),
        offense="Pencurian dengan pemberatan",
        chronology="Pintu belakang dicongkel.",
    )


def _issue(session_factory, admin, report, *, now, **changes):
    """`letter_input(**changes)` issued on `report` by `admin` at `now`."""
    return issue_letter(
        session_factory, report_id=report.id, data=letter_input(**changes), officer_id=admin.id, now=now
    )


@pytest.fixture
def lp(session_factory, station):
    return _report(session_factory, station[1])


def test_numbers_are_gap_free_and_restart_each_wib_year(session_factory, station, lp):
    _, admin = station
    a = _issue(session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
    b = _issue(session_factory, admin, lp, now=datetime(2026, 12, 31, 16, 0, tzinfo=UTC))  # 23.00 WIB
    c = _issue(session_factory, admin, lp, now=datetime(2026, 12, 31, 17, 30, tzinfo=UTC))  # 1 Jan WIB
    assert [a.number, b.number, c.number] == [
        "B/1/XII/2026/Reskrim/RES SOLOK",
        "B/2/XII/2026/Reskrim/RES SOLOK",
        "B/1/I/2027/Reskrim/RES SOLOK",
    ]
    assert [x.number for x in list_letters(session_factory, lp.id)] == [c.number, b.number, a.number]


def test_a_failed_issue_leaves_no_gap(session_factory, station, lp, monkeypatch):
    _, admin = station

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(letters_module, "recompute_deadline", boom)
    with pytest.raises(RuntimeError):
        _issue(session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
    monkeypatch.undo()
    assert list_letters(session_factory, lp.id) == []
    assert list_contacts(session_factory, lp.id) == []
    first = _issue(session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
    assert first.number.startswith("B/1/XII/2026/")


def test_issuing_records_the_contact_the_audit_and_moves_the_deadline(session_factory, station, lp):
    _, admin = station
    with session_factory() as s:
        before = s.get(Report, lp.id).next_deadline
    letter = _issue(session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
    with session_factory() as s:
        report = s.get(Report, lp.id)
        after, kind = report.next_deadline, report.next_deadline_kind
        entities = s.scalars(select(AuditEntry.entity).order_by(AuditEntry.seq)).all()
    assert after != before and after > date(2026, 12, 10) and kind == "SP2HP"
    (contact,) = list_contacts(session_factory, lp.id)
    assert (contact.channel, contact.letter_id, contact.letter_number) == ("letter", letter.id, letter.number)
    assert contact.summary == f"SP2HP No. {letter.number} issued"
    assert contact.next_step == "Olah TKP lanjutan."
    assert {"case_letter", "contact_entry"} <= set(entities)


def test_the_audit_entries_hold_the_cleaned_texts(session_factory, station, lp):
    _, admin = station
    now = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)
    letter = _issue(
        session_factory,
        admin,
        lp,
        now=now,
        addressee=" Sdr. Budi Santoso\n",
        facts="Pintu belakang dicongkel. ",
        actions="\tSaksi diperiksa.",
        obstacles="  ",
        next_steps=" Olah TKP lanjutan. ",
    )
    (entry,) = audit_entries(session_factory, entity="case_letter", entity_id=letter.id)
    after = {
        "report_id": lp.id,
        "kind": "SP2HP",
        "number": letter.number,
        "issued_at": now.isoformat(),
        "addressee": "Sdr. Budi Santoso",
        "facts": "Pintu belakang dicongkel.",
        "actions": "Saksi diperiksa.",
        "obstacles": "",
        "next_steps": "Olah TKP lanjutan.",
    }
    assert entry.after_json == json.dumps(after, sort_keys=True, ensure_ascii=False)
    (contact,) = audit_entries(session_factory, entity="contact_entry")
    after = {
        "report_id": lp.id,
        "contacted_at": now.isoformat(),
        "channel": "letter",
        "summary": f"SP2HP No. {letter.number} issued",
        "next_step": "Olah TKP lanjutan.",
        "letter_id": letter.id,
    }
    assert contact.after_json == json.dumps(after, sort_keys=True, ensure_ascii=False)


def test_sp3d_for_a_dumas_and_wrong_kinds_refused(session_factory, station, lp):
    _, admin = station
    dumas = _report(session_factory, admin, kind="DUMAS")
    now = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)
    assert (
        _issue(session_factory, admin, dumas, kind="SP3D", now=now).number == "B/1/XII/2026/Dumas/RES SOLOK"
    )
    for report, kind in ((lp, "SP3D"), (dumas, "SP2HP"), (lp, "STTLP")):
        with pytest.raises(ValidationFailed) as caught:
            _issue(session_factory, admin, report, kind=kind, now=now)
        assert "kind" in caught.value.field_errors
    sktlk = add_report(
        session_factory,
        admin.id,
        now=RECEIVED,
        kind="SKTLK",
        citizen=CitizenInput(name="Siti"),
        offense="KTP hilang",
        chronology="x",
        lost_items=(LostItemInput(item="KTP"),),
    )
    with pytest.raises(ValidationFailed):
        _issue(session_factory, admin, sktlk, kind="SP2HP", now=now)


def test_required_texts_and_void_report(session_factory, station, lp):
    _, admin = station
    now = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)
    with pytest.raises(ValidationFailed) as caught:
        _issue(session_factory, admin, lp, now=now, addressee=" ", facts="", actions="", next_steps="")
    assert set(caught.value.field_errors) == {"addressee", "facts", "actions", "next_steps"}
    with session_factory.begin() as s:
        s.get(Report, lp.id).voided_at = now
    with pytest.raises(ValidationFailed) as caught:
        _issue(session_factory, admin, lp, now=now)
    assert "report" in caught.value.field_errors


def test_letter_data_for_the_pdf(session_factory, station, lp):
    st, admin = station
    letter = _issue(
        session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC), addressee="<b>Budi</b>"
    )
    data = letter_data(session_factory, letter.id)
    assert (data.kind, data.number, data.addressee) == ("SP2HP", letter.number, "<b>Budi</b>")
    assert data.report_number == lp.number and data.reporter_name == "Budi Santoso"
    assert data.issued_at.utcoffset().total_seconds() == 7 * 3600
    assert data.letterhead_lines == st.letterhead and data.unit == "POLRES SOLOK"
    assert data.signatory.nrp == st.signatory_nrp and data.handler.name == admin.name


def test_number_patterns_are_validated_admin_only_and_used(session_factory, station, lp):
    _, admin = station
    with pytest.raises(ValidationFailed) as caught:
        set_number_pattern(session_factory, kind="SP2HP", pattern="B/{n}/Reskrim", officer_id=admin.id)
    assert caught.value.field_errors == {"SP2HP": "The pattern must contain {n} and {year}."}
    with pytest.raises(ValidationFailed) as caught:
        set_number_pattern(session_factory, kind="SP2HP", pattern="B/{n}/{yy}/{year}", officer_id=admin.id)
    assert "SP2HP" in caught.value.field_errors
    dumas_pattern = next(p.pattern for p in number_patterns(session_factory) if p.kind == "SP3D")
    with pytest.raises(ValidationFailed) as caught:
        set_number_pattern(session_factory, kind="SP2HP", pattern=dumas_pattern, officer_id=admin.id)
    assert "SP2HP" in caught.value.field_errors
    officer = add_officer(session_factory, admin.id, name="Dedi", nrp="90020456")
    with pytest.raises(PermissionDenied):
        set_number_pattern(session_factory, kind="SP2HP", pattern="B/{n}/{year}", officer_id=officer.id)

    views = set_number_patterns(
        session_factory,
        patterns={"SP2HP": " B/{n}/{month}/{year}/Reskrim ", "LP_B": "LP/B/{n}/{year}/SPKT"},
        officer_id=admin.id,
    )
    by_kind = {v.kind: v for v in views}
    assert [v.kind for v in views] == ["LP_B", "DUMAS", "SKTLK", "SP2HP", "SP3D"]
    assert by_kind["SP2HP"].pattern == "B/{n}/{month}/{year}/Reskrim"
    letter = _issue(session_factory, admin, lp, now=datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
    assert letter.number == "B/1/XII/2026/Reskrim"
    with session_factory() as s:
        audited = s.scalars(select(AuditEntry.entity_id).where(AuditEntry.entity == "number_pattern")).all()
    assert sorted(audited) == ["LP_B", "SP2HP"]
