"""The reports workbook's community sheets, streamed for a WIB period: Penyuluhan and Survei IKM.

Without `include_personal` the link from a survey answer to its report is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.community import OutreachSession, OutreachTopic, SurveyResponse, session_topic
from db.models.people import Officer
from db.models.report import Report
from db.queries.export_common import YIELD_PER, C, in_period, period_bounds, region, wib
from db.rules.code_labels import code_label
from db.views import XlsxExportColumn

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


def outreach_rows(s: Session, *, date_from: date, date_to: date) -> Iterator[tuple[object, ...]]:
    """The outreach sessions held in the period, oldest first, with their topics."""
    lo, hi = period_bounds(date_from, date_to)
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
    stmt = in_period(stmt, OutreachSession.held_at, lo, hi).order_by(o.held_at, o.id)
    for r in s.execute(stmt.execution_options(yield_per=YIELD_PER)):
        yield (
            wib(r[0]),
            code_label("outreach_kind", r[1]),
            region(r[2]),
            region(r[3]),
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


def survey_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The IKM answers given in the period, oldest first (the link to a report only with personal data)."""
    lo, hi = period_bounds(date_from, date_to)
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
    stmt = in_period(stmt, SurveyResponse.answered_at, lo, hi).order_by(v.answered_at, v.id)
    for r in s.execute(stmt.execution_options(yield_per=YIELD_PER)):
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
        row = (wib(r[0]), *answers, round(sum(answers) / 9, 2), *profile)
        yield row + (r[17] or "",) if include_personal else row
