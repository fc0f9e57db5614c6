"""The history under a report speaks the officer's language: changed fields only, labels, the status note."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import time_machine

from db.queries.history import report_history
from db.services.case_flow import assign_officer, change_status, set_difficulty
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report, update_report
from ui.reports.detail_view import ReportDetail

RECEIVED = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
AUDIT_CLOCK = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)


def _report_with_a_life(session_factory, admin_id: str) -> str:
    """A report registered, edited, moved on, assigned and rated; the audit trail's own clock (which stamps
    each entry "now") is frozen on 4 November 2026, so the history reads the same on any day."""
    with time_machine.travel(AUDIT_CLOCK, tick=False):
        return _live_a_life(session_factory, admin_id)


def _live_a_life(session_factory, admin_id: str) -> str:
    data = ReportInput(
        kind="LP_B",
        citizen=CitizenInput(name="Andi"),
        offense="Pencurian",
        chronology="Motor hilang.",
        incident_kecamatan_code="13.02.08",
    )
    view = register_report(session_factory, officer_id=admin_id, data=data, now=RECEIVED)
    update_report(
        session_factory,
        report_id=view.id,
        officer_id=admin_id,
        data=replace(data, offense="Pencurian sepeda motor", estimated_loss=1500000),
    )
    change_status(
        session_factory,
        report_id=view.id,
        to_status="in_progress",
        officer_id=admin_id,
        note="Saksi sudah dihubungi.",
        now=datetime(2026, 11, 3, 2, 0, tzinfo=UTC),
    )
    assign_officer(session_factory, report_id=view.id, assignee_id=admin_id, officer_id=admin_id)
    set_difficulty(session_factory, report_id=view.id, difficulty="medium", officer_id=admin_id)
    return view.id


def _history_text(qtbot, ctx, session_factory, report_id: str) -> str:
    from db.services.reports import get_report

    detail = ReportDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_report(get_report(session_factory, report_id), report_history(session_factory, report_id))
    return detail.body.toPlainText().split("History")[-1].split("Riwayat")[-1]


# Internal names and codes that must never reach the officer, in either language.
CODES = re.compile(r"\b(\w+_\w+|13\.02\.08)\b")
# In Indonesian, the English codes of statuses and difficulties are codes too.
ENGLISH_CODES = re.compile(r"\b(received|in_progress|medium|light|difficult)\b")


def test_history_in_english_shows_changed_fields_with_labels_and_the_note(
    qtbot, ctx, session_factory, station
):
    _, admin = station
    text = _history_text(qtbot, ctx, session_factory, _report_with_a_life(session_factory, admin.id))
    assert "Status: Received → In progress" in text
    assert "Note: Saksi sudah dihubungi." in text
    assert "What happened: Pencurian → Pencurian sepeda motor" in text
    assert "Estimated loss: Rp 0 → Rp 1.500.000" in text
    assert "Difficulty" in text and "Medium" in text
    assert "Chronology" not in text  # unchanged fields are left out
    assert "Handled by: — → " in text and admin.name in text
    assert not CODES.search(text), CODES.search(text)


@pytest.mark.usefixtures("indonesian")
def test_history_in_indonesian(qtbot, ctx, session_factory, station):
    _, admin = station
    text = _history_text(qtbot, ctx, session_factory, _report_with_a_life(session_factory, admin.id))
    assert "Status: Diterima → Diproses" in text
    assert "Catatan: Saksi sudah dihubungi." in text
    assert "Tingkat kesulitan" in text and "Sedang" in text
    assert "Perkiraan kerugian" in text  # a field the edit changed, by its label
    assert "4 November 2026" in text
    assert not CODES.search(text), CODES.search(text)
    assert not ENGLISH_CODES.search(text), ENGLISH_CODES.search(text)


def test_a_status_change_made_at_another_desk_is_in_the_history_once(qtbot, ctx, session_factory, station):
    """A change synced in from another desk (or made by the demo) has its status_change row but no audit entry
    here: the history still shows it, in time order, with its note; a change with both is shown once."""
    from db.models import StatusChange

    _, admin = station
    report_id = _report_with_a_life(session_factory, admin.id)
    with session_factory.begin() as s:
        s.add(
            StatusChange(
                report_id=report_id,
                from_status="in_progress",
                to_status="closed",
                changed_at=datetime(2026, 11, 5, 1, 0, tzinfo=UTC),
                officer_id=admin.id,
                note="Ditutup di Polres (sinkron).",
                station_code="POLRES_SOLOK",
            )
        )
    history = report_history(session_factory, report_id)
    statuses = [row for row in history if row.action == "status"]
    assert [(r.changes, r.note) for r in statuses] == [
        ((("status", "received", "in_progress"),), "Saksi sudah dihubungi."),
        ((("status", "in_progress", "closed"),), "Ditutup di Polres (sinkron)."),
    ]
    assert [r.at for r in history] == sorted(r.at for r in history)
    text = _history_text(qtbot, ctx, session_factory, report_id)
    assert "Ditutup di Polres (sinkron)." in text and "in_progress" not in text


def test_coded_values_are_named_and_other_values_shown_as_they_are():
    from ui.reports.history_text import value_text

    assert value_text("status", "in_progress") == "In progress"
    assert value_text("dumas_outcome", "proses") == "In process"
    assert value_text("kind", "DUMAS") == "Dumas complaint"
    assert value_text("channel", "phone") == "Phone"
    assert value_text("status", "") == "—"
    assert value_text("estimated_loss", "1500000") == "Rp 1.500.000"
    assert value_text("offense", "Pencurian") == "Pencurian"
