"""The rows of the reports workbook (`sentra export xlsx`), streamed per sheet for a WIB date range.

Every generator yields plain tuples straight from one SQL statement (no ORM objects), with times already as
naive WIB datetimes, so 100,000 reports never sit in memory. The caller keeps the read session open while
the rows are consumed.

Without `include_personal` the reporter's name, NIK, phone and address, the incident address, the
chronology, the reported party, the witnesses, status-change notes and the link from a survey answer to its
report are left out: what remains are counts, kinds, places (kecamatan/nagari), times and outcomes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.community import OutreachSession, SurveyResponse
from db.models.report import Report, StatusChange
from db.queries.export_common import C, in_period, period_bounds
from db.queries.export_community_rows import OUTREACH_COLUMNS, outreach_rows, survey_columns, survey_rows
from db.queries.export_report_rows import report_columns, report_rows, status_columns, status_rows
from db.rules.code_labels import code_label
from db.rules.timeutil import WIB, now_utc
from db.views import XlsxExportSheet

__all__ = [
    "SHEET_NAMES",
    "export_sheets",
    "outreach_rows",
    "report_columns",
    "report_rows",
    "sheet_totals",
    "status_columns",
    "status_rows",
    "summary_rows",
    "survey_columns",
    "survey_rows",
]

SHEET_NAMES = ("Ringkasan", "Laporan", "Riwayat Status", "Penyuluhan", "Survei IKM")


# --- Ringkasan -------------------------------------------------------------------------------------------

SUMMARY_COLUMNS = (C("Uraian", "text", 36), C("Nilai", "auto", 20))


def sheet_totals(s: Session, *, date_from: date, date_to: date) -> dict[str, int]:
    """How many rows each data sheet will have (counted before streaming, for the progress bar)."""
    lo, hi = period_bounds(date_from, date_to)
    dated_by = {
        "Laporan": Report.received_at,
        "Riwayat Status": StatusChange.changed_at,
        "Penyuluhan": OutreachSession.held_at,
        "Survei IKM": SurveyResponse.answered_at,
    }
    return {
        sheet: s.scalar(in_period(select(func.count()).select_from(when.class_), when, lo, hi)) or 0
        for sheet, when in dated_by.items()
    }


def summary_rows(
    s: Session,
    *,
    date_from: date,
    date_to: date,
    include_personal: bool,
    totals: dict[str, int] | None = None,
    now: datetime | None = None,
) -> list[tuple[object, ...]]:
    """Label/value pairs: the period, whether personal data is included, and the counts per sheet, kind,
    status and channel, void reports, total loss, outreach attendance and survey answers."""
    lo, hi = period_bounds(date_from, date_to)
    totals = totals if totals is not None else sheet_totals(s, date_from=date_from, date_to=date_to)
    made = (now or now_utc()).astimezone(WIB).replace(tzinfo=None, microsecond=0)
    rows: list[tuple[object, ...]] = [
        ("Periode dari", date_from),
        ("Periode sampai", date_to),
        ("Dibuat (WIB)", made),
        ("Data pribadi", "Ya" if include_personal else "Tidak (anonim)"),
        ("Jumlah laporan", totals["Laporan"]),
    ]

    def received(stmt):  # type: ignore[no-untyped-def]
        return in_period(stmt, Report.received_at, lo, hi)

    for label, field, column in (
        ("Jenis", "kind", Report.kind),
        ("Status", "status", Report.status),
        ("Saluran", "channel", Report.channel),
    ):
        stmt = received(select(column, func.count()).group_by(column).order_by(column))
        rows += [(f"Laporan - {label}: {code_label(field, value)}", n) for value, n in s.execute(stmt)]
    voided = s.scalar(received(select(func.count()).where(Report.voided_at.is_not(None)))) or 0
    loss = s.scalar(received(select(func.coalesce(func.sum(Report.estimated_loss), 0)))) or 0
    o = OutreachSession
    attendance = select(
        func.coalesce(func.sum(o.attendance_men), 0), func.coalesce(func.sum(o.attendance_women), 0)
    )
    men, women = s.execute(in_period(attendance, OutreachSession.held_at, lo, hi)).one()
    rows += [
        ("Laporan batal", voided),
        ("Jumlah kerugian (Rp)", loss),
        ("Perubahan status", totals["Riwayat Status"]),
        ("Kegiatan penyuluhan", totals["Penyuluhan"]),
        ("Peserta penyuluhan", men + women),
        ("Jawaban survei IKM", totals["Survei IKM"]),
    ]
    return rows


def export_sheets(
    s: Session, *, date_from: date, date_to: date, include_personal: bool, now: datetime | None = None
) -> tuple[XlsxExportSheet, ...]:
    """The five sheets, in workbook order; the data sheets' rows are generators on session `s`."""
    totals = sheet_totals(s, date_from=date_from, date_to=date_to)
    summary = summary_rows(
        s, date_from=date_from, date_to=date_to, include_personal=include_personal, totals=totals, now=now
    )
    period = {"date_from": date_from, "date_to": date_to}
    p = include_personal
    return (
        XlsxExportSheet(SHEET_NAMES[0], SUMMARY_COLUMNS, summary, len(summary)),
        XlsxExportSheet(
            "Laporan", report_columns(p), report_rows(s, **period, include_personal=p), totals["Laporan"]
        ),
        XlsxExportSheet(
            "Riwayat Status",
            status_columns(p),
            status_rows(s, **period, include_personal=p),
            totals["Riwayat Status"],
        ),
        XlsxExportSheet("Penyuluhan", OUTREACH_COLUMNS, outreach_rows(s, **period), totals["Penyuluhan"]),
        XlsxExportSheet(
            "Survei IKM",
            survey_columns(p),
            survey_rows(s, **period, include_personal=p),
            totals["Survei IKM"],
        ),
    )
