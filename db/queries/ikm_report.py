"""The data of an IKM report (PDF and Excel) for a period: figures, profile, comments, in Indonesian."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from babel.dates import format_date
from sqlalchemy.orm import Session, sessionmaker

from db.rules.ikm import (
    AGE_GROUP_LABELS,
    EDUCATION_LABELS,
    ELEMENT_NAMES,
    ELEMENTS,
    OCCUPATION_LABELS,
    SERVICE_LABELS,
    SEX_LABELS,
    grade_of,
)
from db.rules.station_identity import unit_label
from db.rules.timeutil import now_utc, to_wib
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.survey import ikm_for_period, responses_between
from db.storage.engine import read_session
from db.views import (
    IkmAnswerRow,
    IkmCommentRow,
    IkmCount,
    IkmElementRow,
    IkmProfileGroup,
    IkmReportData,
    PersonBlock,
)

NOT_ANSWERED = "Tidak diisi"


def _label(code: str, labels: dict[str, str]) -> str:
    return labels.get(code, code) if code else NOT_ANSWERED


def _round(value: Fraction, places: int) -> Decimal:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def period_label(date_from: date, date_to: date) -> str:
    """'November 2026' for a whole month, '27 November 2026' for one day, else '1 Juli 2026 s.d. 30 ...'."""
    last_day = calendar.monthrange(date_from.year, date_from.month)[1]
    if (date_from.day, date_to.day) == (1, last_day) and (date_from.year, date_from.month) == (
        date_to.year,
        date_to.month,
    ):
        return format_date(date_from, "MMMM y", locale="id")
    if date_from == date_to:
        return format_date(date_from, "d MMMM y", locale="id")
    start, end = (format_date(d, "d MMMM y", locale="id") for d in (date_from, date_to))
    return f"{start} s.d. {end}"


def _group(title: str, counts: tuple[tuple[str, int], ...], labels: dict[str, str]) -> IkmProfileGroup:
    return IkmProfileGroup(title, tuple(IkmCount(_label(code, labels), n) for code, n in counts))


def ikm_report_data(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date
) -> IkmReportData:
    """The IKM report of the responses answered between two WIB dates (both included)."""
    report = ikm_for_period(session_factory, date_from=date_from, date_to=date_to)
    responses = responses_between(session_factory, date_from=date_from, date_to=date_to)
    with read_session(session_factory) as s:
        station = load_station(s)
        letterhead = tuple(station.letterhead.splitlines())
        unit = unit_label(station.level, station.resor_name, station.sector_name)
        city = station.city
        signatory = PersonBlock(station.signatory_name, station.signatory_rank, station.signatory_nrp)
        on_behalf, title = station.signatory_on_behalf, station.signatory_title
    result = report.result
    elements: list[IkmElementRow] = []
    if result is not None:
        for code, name, nrr in zip(ELEMENTS, ELEMENT_NAMES, result.nrr, strict=True):
            converted = _round(nrr * 25, 2)
            grade, grade_label = grade_of(converted)
            elements.append(
                IkmElementRow(
                    code=code,
                    name=name,
                    total=int(nrr * result.respondents),
                    nrr=_round(nrr, 4),
                    nrr_weighted=_round(nrr / 9, 4),
                    converted=converted,
                    grade=grade,
                    grade_label=grade_label,
                )
            )
    return IkmReportData(
        letterhead_lines=letterhead,
        unit=unit,
        city=city,
        date_from=date_from,
        date_to=date_to,
        period_label=period_label(date_from, date_to),
        printed_on=to_wib(now_utc()).date(),
        respondents=report.respondents,
        services=report.services,
        required_sample=report.required_sample,
        enough=report.enough,
        elements=tuple(elements),
        ikm=result.ikm if result else None,
        index=result.index if result else None,
        grade=result.grade if result else "",
        grade_label=result.grade_label if result else "",
        profile=(
            _group("Jenis Kelamin", report.by_sex, SEX_LABELS),
            _group("Kelompok Umur", report.by_age_group, AGE_GROUP_LABELS),
            _group("Pendidikan", report.by_education, EDUCATION_LABELS),
            _group("Pekerjaan", report.by_occupation, OCCUPATION_LABELS),
            _group("Jenis Layanan", report.by_service, SERVICE_LABELS),
        ),
        comments=tuple(
            IkmCommentRow(to_wib(r.answered_at), _label(r.service, SERVICE_LABELS), r.comment)
            for r in responses
            if r.comment.strip()
        ),
        answers=tuple(
            view_of(
                IkmAnswerRow,
                r,
                answered_at=to_wib(r.answered_at),
                occupation=_label(r.occupation, OCCUPATION_LABELS) if r.occupation else "",
                service=_label(r.service, SERVICE_LABELS) if r.service else "",
            )
            for r in responses
        ),
        signatory_on_behalf=on_behalf,
        signatory_title=title,
        signatory=signatory,
    )
