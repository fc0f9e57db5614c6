"""Taking up a report that reached the desk without a number: an online complaint delivered by sync.

The desk gives it the official number of its kind (from the station's counter, as at the counter, in the
month and year of the citizen's WIB submission time), its first status row and its deadline; from then on
it is a report like any other, and the receipt can be printed for the citizen.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import Officer, Report, StatusChange
from db.queries.deadlines import recompute_deadline
from db.rules.report_number import KINDS_WITH_NUMBER
from db.rules.timeutil import now_utc, to_wib
from db.services.reports import ReportView, give_number, report_view
from db.services.station import load_station
from db.storage import audit


def take_up_report(
    session_factory: sessionmaker[Session], *, report_id: str, officer_id: str, now: datetime | None = None
) -> ReportView:
    now = now or now_utc()
    with session_factory.begin() as s:
        officer = s.get(Officer, officer_id)
        if officer is None or not officer.active:
            raise PermissionDenied("unknown or inactive officer")
        report = s.get(Report, report_id)
        if report is None or report.deleted_at is not None:
            raise NotFound("report")
        if report.number:
            raise ValidationFailed({"number": "This report already has a number."})
        if report.kind not in KINDS_WITH_NUMBER:
            raise ValidationFailed({"number": "An information entry gets no number."})
        if report.voided_at is not None:
            raise ValidationFailed({"number": "A void report gets no number."})
        give_number(s, load_station(s), report)
        s.add(
            StatusChange(
                report_id=report.id,
                to_status="received",
                changed_at=now,
                officer_id=officer_id,
                note=f"Diterima dari kanal {report.channel}",
                station_code=report.station_code,
            )
        )
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
