"""An online complaint delivered by sync is taken up at the desk: its number, status row and deadline."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.errors import ValidationFailed
from db.models import Citizen, OutboxOp, Report, StatusChange
from db.services.intake import take_up_report
from db.sync.outbox import SYNC_APPLY

SENT = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)  # 21 November 00:30 WIB


def online_complaint(session_factory, station) -> str:
    view, admin = station
    with session_factory.begin() as s:
        s.info[SYNC_APPLY] = True  # as sync applies a pulled row
        citizen = Citizen(name="Rahmat Hidayat", station_code=view.code, version=1)
        s.add(citizen)
        s.flush()
        report = Report(
            kind="DUMAS",
            channel="online",
            received_at=SENT,
            citizen_id=citizen.id,
            receiving_officer_id=admin.id,
            offense="Pungutan liar",
            chronology="Diminta uang",
            station_code=view.code,
            version=1,
            sync_state="synced",
        )
        s.add(report)
        s.flush()
        return report.id


def test_taking_up_numbers_the_complaint_in_the_month_it_was_sent(session_factory, station):
    _, admin = station
    report_id = online_complaint(session_factory, station)
    view = take_up_report(session_factory, report_id=report_id, officer_id=admin.id, now=SENT.replace(day=24))
    assert view.number.startswith("DUMAS/B/1/XI/2026/")
    with session_factory() as s:
        report = s.get(Report, report_id)
        assert report.next_deadline is not None
        history = s.scalars(select(StatusChange).where(StatusChange.report_id == report_id)).all()
        assert [h.to_status for h in history] == ["received"]
        ops = [json.loads(o.fields) for o in s.scalars(select(OutboxOp).where(OutboxOp.row_id == report_id))]
    assert ops and ops[-1]["number"] == view.number  # travels back to the Polres with the next sync
    with pytest.raises(ValidationFailed):
        take_up_report(session_factory, report_id=report_id, officer_id=admin.id)
