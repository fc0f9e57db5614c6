"""The rows of the reports workbook (`sentra export xlsx`), streamed per sheet for a WIB date range.

Every generator yields plain tuples straight from one SQL statement (no ORM objects), with times already as
naive WIB datetimes, so 100,000 reports never sit in memory. The caller keeps the read session open while
the rows are consumed.

Without `include_personal` the reporter's name, NIK, phone and address, the incident address, the
chronology, the reported party, the witnesses, status-change notes and the link from a survey answer to its
report are left out: what remains are counts, kinds, places (kecamatan/nagari), times and outcomes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models.community import OutreachSession, OutreachTopic, SurveyResponse, session_topic
from db.models.people import Citizen, Officer
from db.models.report import Category, LostItem, Report, StatusChange
from db.rules.code_labels import code_label
from db.rules.regions import region_name
from db.rules.timeutil import WIB, now_utc, wib_day_bounds
from db.views import XlsxExportColumn, XlsxExportSheet

__all__ = [
    "SHEET_NAMES",
    "export_sheets",
    "outreach_rows",
    "report_rows",
    "sheet_totals",
    "status_rows",
    "summary_rows",
    "survey_rows",
]

SHEET_NAMES = ("Ringkasan", "Laporan", "Riwayat Status", "Penyuluhan", "Survei IKM")
_YIELD_PER = 2000
# WIB has had no daylight saving since 1964: a fixed offset is exact and much faster than astimezone.
_WIB_OFFSET = timedelta(hours=7)

C = XlsxExportColumn


def _bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    return wib_day_bounds(date_from)[0], wib_day_bounds(date_to)[1]


def _wib(moment: datetime | None) -> datetime | None:
    """Aware UTC -> naive WIB wall-clock time (Excel has no time zones)."""
    return None if moment is None else moment.replace(tzinfo=None) + _WIB_OFFSET


_region_cache: dict[str, str] = {}


def _region(code: str) -> str:
    name = _region_cache.get(code)
    if name is None:
        name = _region_cache[code] = region_name(code)
    return name


# --- Laporan ---------------------------------------------------------------------------------------------

REPORT_COLUMNS = (
    C("No. Laporan", "text", 44),
    C("Jenis", "text", 20),
    C("Saluran", "text", 14),
    C("Diterima (WIB)", "datetime", 17),
    C("Kategori", "text", 22),
    C("Perkara", "text", 30),
    C("Waktu Kejadian (WIB)", "datetime", 17),
    C("Kecamatan", "text", 18),
    C("Nagari", "text", 20),
    C("Status", "text", 12),
    C("Petugas Penerima", "text", 22),
    C("Petugas Penangan", "text", 22),
    C("Kesulitan", "text", 10),
    C("Diteruskan ke", "text", 16),
    C("Kerugian (Rp)", "int", 14),
    C("Barang Hilang", "int", 9),
    C("Batal", "text", 7),
    C("Alasan Batal", "text", 24),
)
REPORT_PERSONAL_COLUMNS = (
    C("Nama Pelapor", "text", 24),
    C("NIK Pelapor", "text", 18),
    C("Telepon", "text", 15),
    C("Alamat Pelapor", "text", 34),
    C("Alamat Kejadian", "text", 34),
    C("Kronologi", "text", 60),
    C("Terlapor", "text", 30),
    C("Saksi", "text", 30),
)


# The codes behind the words, last, for programs that read the sheet.
REPORT_CODE_COLUMNS = (
    C("Kode Jenis", "text", 8),
    C("Kode Saluran", "text", 10),
    C("Kode Status", "text", 10),
)


def report_columns(include_personal: bool) -> tuple[XlsxExportColumn, ...]:
    return REPORT_COLUMNS + (REPORT_PERSONAL_COLUMNS if include_personal else ()) + REPORT_CODE_COLUMNS


def _reports_in(stmt, lo: datetime, hi: datetime):  # type: ignore[no-untyped-def]
    return stmt.where(Report.received_at >= lo, Report.received_at < hi, Report.deleted_at.is_(None))


def report_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The reports received in the period (void ones included, marked), oldest first."""
    lo, hi = _bounds(date_from, date_to)
    receiver = aliased(Officer)
    handler = aliased(Officer)
    items = (
        select(LostItem.report_id, func.sum(LostItem.quantity).label("n"))
        .where(LostItem.deleted_at.is_(None))
        .group_by(LostItem.report_id)
        .subquery()
    )
    cols = [
        Report.number,
        Report.kind,
        Report.channel,
        Report.received_at,
        Category.name,
        Report.offense,
        Report.incident_at,
        Report.incident_kecamatan_code,
        Report.incident_nagari_code,
        Report.status,
        receiver.name,
        handler.name,
        Report.difficulty,
        Report.forwarded_to,
        Report.estimated_loss,
        items.c.n,
        Report.voided_at,
        Report.void_reason,
    ]
    if include_personal:
        cols += [
            Citizen.name,
            Citizen.nik,
            Citizen.phone,
            Citizen.address,
            Report.incident_address,
            Report.chronology,
            Report.reported_party,
            Report.witnesses,
        ]
    stmt = (
        select(*cols)
        .join(receiver, receiver.id == Report.receiving_officer_id)
        .outerjoin(handler, handler.id == Report.assigned_officer_id)
        .outerjoin(Category, Category.id == Report.category_id)
        .outerjoin(items, items.c.report_id == Report.id)
    )
    if include_personal:
        stmt = stmt.join(Citizen, Citizen.id == Report.citizen_id)
    stmt = _reports_in(stmt, lo, hi).order_by(Report.received_at, Report.id)
    off = _WIB_OFFSET
    region = _region
    label = code_label
    for r in s.execute(stmt.execution_options(yield_per=_YIELD_PER)):
        incident = r[6]
        row: tuple[object, ...] = (
            r[0] or "",
            label("kind", r[1]),
            label("channel", r[2]),
            r[3].replace(tzinfo=None) + off,
            r[4] or "",
            r[5],
            None if incident is None else incident.replace(tzinfo=None) + off,
            region(r[7]),
            region(r[8]),
            label("status", r[9]),
            r[10],
            r[11] or "",
            label("difficulty", r[12]),
            r[13],
            r[14],
            r[15] or 0,
            "Ya" if r[16] is not None else "",
            r[17],
        )
        if include_personal:
            row += (r[18], r[19] or "", r[20], r[21], r[22], r[23], r[24], r[25])
        yield (*row, r[1], r[2], r[9])


# --- Riwayat Status --------------------------------------------------------------------------------------

STATUS_COLUMNS = (
    C("No. Laporan", "text", 44),
    C("Jenis", "text", 8),
    C("Waktu (WIB)", "datetime", 17),
    C("Dari", "text", 12),
    C("Menjadi", "text", 12),
    C("Petugas", "text", 22),
)
STATUS_PERSONAL_COLUMNS = (C("Catatan", "text", 40),)


STATUS_CODE_COLUMNS = (C("Kode Dari", "text", 10), C("Kode Menjadi", "text", 10))


def status_columns(include_personal: bool) -> tuple[XlsxExportColumn, ...]:
    return STATUS_COLUMNS + (STATUS_PERSONAL_COLUMNS if include_personal else ()) + STATUS_CODE_COLUMNS


def _status_in(stmt, lo: datetime, hi: datetime):  # type: ignore[no-untyped-def]
    return stmt.where(
        StatusChange.changed_at >= lo, StatusChange.changed_at < hi, StatusChange.deleted_at.is_(None)
    )


def status_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The status changes made in the period (of any report, also older ones), oldest first."""
    lo, hi = _bounds(date_from, date_to)
    cols = [
        Report.number,
        Report.kind,
        StatusChange.changed_at,
        StatusChange.from_status,
        StatusChange.to_status,
        Officer.name,
    ]
    if include_personal:
        cols.append(StatusChange.note)
    stmt = (
        select(*cols)
        .join(Report, Report.id == StatusChange.report_id)
        .join(Officer, Officer.id == StatusChange.officer_id)
    )
    stmt = _status_in(stmt, lo, hi).order_by(StatusChange.changed_at, StatusChange.id)
    off = _WIB_OFFSET
    for r in s.execute(stmt.execution_options(yield_per=_YIELD_PER)):
        row = (
            r[0] or "",
            code_label("kind", r[1]),
            r[2].replace(tzinfo=None) + off,
            code_label("status", r[3]),
            code_label("status", r[4]),
            r[5],
        )
        yield (*row, *((r[6],) if include_personal else ()), r[3], r[4])


# --- Penyuluhan ------------------------------------------------------------------------------------------

OUTREACH_COLUMNS = (
    C("Waktu (WIB)", "datetime", 17),
    C("Kegiatan", "text", 16),
    C("Kecamatan", "text", 18),
    C("Nagari", "text", 20),
    C("Jorong", "text", 16),
    C("Tempat", "text", 24),
    C("Sasaran", "text", 24),
    C("Topik", "text", 30),
    C("Peserta Laki-laki", "int", 10),
    C("Peserta Perempuan", "int", 10),
    C("Jumlah Peserta", "int", 10),
    C("Keluhan Warga", "text", 40),
    C("Catatan", "text", 30),
    C("Dicatat oleh", "text", 22),
)


def _outreach_in(stmt, lo: datetime, hi: datetime):  # type: ignore[no-untyped-def]
    return stmt.where(
        OutreachSession.held_at >= lo, OutreachSession.held_at < hi, OutreachSession.deleted_at.is_(None)
    )


def outreach_rows(s: Session, *, date_from: date, date_to: date) -> Iterator[tuple[object, ...]]:
    """The outreach sessions held in the period, oldest first, with their topics."""
    lo, hi = _bounds(date_from, date_to)
    topics = (
        select(session_topic.c.session_id, func.group_concat(OutreachTopic.name, ", ").label("names"))
        .join(OutreachTopic, OutreachTopic.id == session_topic.c.topic_id)
        .group_by(session_topic.c.session_id)
        .subquery()
    )
    o = OutreachSession
    stmt = (
        select(
            o.held_at,
            o.kind,
            o.kecamatan_code,
            o.nagari_code,
            o.jorong,
            o.venue,
            o.target_groups,
            topics.c.names,
            o.attendance_men,
            o.attendance_women,
            o.concerns,
            o.notes,
            Officer.name,
        )
        .join(Officer, Officer.id == o.recorded_by_id)
        .outerjoin(topics, topics.c.session_id == o.id)
    )
    stmt = _outreach_in(stmt, lo, hi).order_by(o.held_at, o.id)
    for r in s.execute(stmt.execution_options(yield_per=_YIELD_PER)):
        yield (
            _wib(r[0]),
            code_label("outreach_kind", r[1]),
            _region(r[2]),
            _region(r[3]),
            r[4],
            r[5],
            r[6],
            r[7] or "",
            r[8],
            r[9],
            r[8] + r[9],
            r[10],
            r[11],
            r[12],
        )


# --- Survei IKM ------------------------------------------------------------------------------------------

SURVEY_COLUMNS = (
    C("Waktu (WIB)", "datetime", 17),
    *(C(f"U{i}", "int", 5) for i in range(1, 10)),
    C("Rata-rata", "float", 9),
    C("Jenis Kelamin", "text", 8),
    C("Usia", "text", 9),
    C("Pendidikan", "text", 12),
    C("Pekerjaan", "text", 16),
    C("Layanan", "text", 9),
    C("Sumber", "text", 8),
    C("Komentar", "text", 40),
)
SURVEY_PERSONAL_COLUMNS = (C("No. Laporan", "text", 44),)


def survey_columns(include_personal: bool) -> tuple[XlsxExportColumn, ...]:
    return SURVEY_COLUMNS + (SURVEY_PERSONAL_COLUMNS if include_personal else ())


def _survey_in(stmt, lo: datetime, hi: datetime):  # type: ignore[no-untyped-def]
    return stmt.where(
        SurveyResponse.answered_at >= lo, SurveyResponse.answered_at < hi, SurveyResponse.deleted_at.is_(None)
    )


def survey_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The IKM answers given in the period, oldest first (the link to a report only with personal data)."""
    lo, hi = _bounds(date_from, date_to)
    v = SurveyResponse
    cols = [
        v.answered_at,
        v.u1,
        v.u2,
        v.u3,
        v.u4,
        v.u5,
        v.u6,
        v.u7,
        v.u8,
        v.u9,
        v.sex,
        v.age_group,
        v.education,
        v.occupation,
        v.service,
        v.source,
        v.comment,
    ]
    stmt = select(*cols)
    if include_personal:
        stmt = select(*cols, Report.number).outerjoin(Report, Report.id == v.report_id)
    stmt = _survey_in(stmt, lo, hi).order_by(v.answered_at, v.id)
    for r in s.execute(stmt.execution_options(yield_per=_YIELD_PER)):
        answers = r[1:10]
        profile = (
            code_label("sex", r[10]),
            code_label("age_group", r[11]),
            code_label("education", r[12]),
            code_label("occupation", r[13]),
            code_label("service", r[14]),
            code_label("survey_source", r[15]),
            r[16],
        )
        row = (_wib(r[0]), *answers, round(sum(answers) / 9, 2), *profile)
        yield row + (r[17] or "",) if include_personal else row


# --- Ringkasan -------------------------------------------------------------------------------------------

SUMMARY_COLUMNS = (C("Uraian", "text", 36), C("Nilai", "auto", 20))


def sheet_totals(s: Session, *, date_from: date, date_to: date) -> dict[str, int]:
    """How many rows each data sheet will have (counted before streaming, for the progress bar)."""
    lo, hi = _bounds(date_from, date_to)
    return {
        "Laporan": s.scalar(_reports_in(select(func.count()).select_from(Report), lo, hi)) or 0,
        "Riwayat Status": s.scalar(_status_in(select(func.count()).select_from(StatusChange), lo, hi)) or 0,
        "Penyuluhan": s.scalar(_outreach_in(select(func.count()).select_from(OutreachSession), lo, hi)) or 0,
        "Survei IKM": s.scalar(_survey_in(select(func.count()).select_from(SurveyResponse), lo, hi)) or 0,
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
    lo, hi = _bounds(date_from, date_to)
    totals = totals if totals is not None else sheet_totals(s, date_from=date_from, date_to=date_to)
    made = (now or now_utc()).astimezone(WIB).replace(tzinfo=None, microsecond=0)
    rows: list[tuple[object, ...]] = [
        ("Periode dari", date_from),
        ("Periode sampai", date_to),
        ("Dibuat (WIB)", made),
        ("Data pribadi", "Ya" if include_personal else "Tidak (anonim)"),
        ("Jumlah laporan", totals["Laporan"]),
    ]
    for label, field, column in (
        ("Jenis", "kind", Report.kind),
        ("Status", "status", Report.status),
        ("Saluran", "channel", Report.channel),
    ):
        stmt = _reports_in(select(column, func.count()).group_by(column).order_by(column), lo, hi)
        rows += [(f"Laporan - {label}: {code_label(field, value)}", n) for value, n in s.execute(stmt)]
    voided = s.scalar(_reports_in(select(func.count()).where(Report.voided_at.is_not(None)), lo, hi)) or 0
    loss = s.scalar(_reports_in(select(func.coalesce(func.sum(Report.estimated_loss), 0)), lo, hi)) or 0
    o = OutreachSession
    men, women = s.execute(
        _outreach_in(
            select(
                func.coalesce(func.sum(o.attendance_men), 0), func.coalesce(func.sum(o.attendance_women), 0)
            ),
            lo,
            hi,
        )
    ).one()
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
