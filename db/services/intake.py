"""Taking up a report that reached the desk without a number: an online complaint delivered by sync.

The desk gives it the official number of its kind (from the station's counter, as at the counter, in the
month and year of the citizen's WIB submission time), its first status row and its deadline; from then on
it is a report like any other, and the receipt can be printed for the citizen.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models import Report
from db.queries.deadlines import recompute_deadline
from db.rules.report_number import KINDS_WITH_NUMBER
from db.rules.timeutil import now_utc, to_wib
from db.services.reports import ReportView, give_number, report_view
from db.services.station import load_station
from db.services.writes import active_officer, add_status_change, live_row
from db.storage import audit


def take_up_report(
    session_factory: sessionmaker[Session], *, report_id: str, officer_id: str, now: datetime | None = None
) -> ReportView:
    now = now or now_utc()
    with session_factory.begin() as s:
        active_officer(s, officer_id)
        report = live_row(s, Report, report_id, "report")
        if report.number:
            raise ValidationFailed({"number": "This report already has a number."})
        if report.kind not in KINDS_WITH_NUMBER:
            raise ValidationFailed({"number": "An information entry gets no number."})
        if report.voided_at is not None:
            raise ValidationFailed({"number": "A void report gets no number."})
        give_number(s, load_station(s), report)
        note = f"Diterima dari kanal {report.channel}"
        add_status_change(s, report, to_status="received", officer_id=officer_id, at=now, note=note)
        s.flush()
        recompute_deadline(s, report, today=to_wib(now).date())
        audit.record(
            s,
            officer_id=officer_id,
            entity="report",
            entity_id=report.id,
            action="take_up",
            after={"number": report.number, "channel": report.channel},
        )
        return report_view(report)
