"""The citizen satisfaction survey (IKM): recording responses and the index of a period with its profile."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DuplicateResponse, ValidationFailed
from db.models import Report, SurveyResponse
from db.models.base import new_id
from db.rules.ikm import IkmResult, compute_ikm, sample_size
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, wib_day_bounds
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import insert_audited
from db.storage.engine import read_session

SEXES = ("L", "P")  # laki-laki, perempuan
AGE_GROUPS = ("<20", "20-29", "30-39", "40-49", "50-59", "60+")
EDUCATION = ("none", "SD", "SMP", "SMA", "D1-D3", "D4-S1", "S2+")
# Suggestions for the form and the kiosk; imports may bring any text up to MAX_OCCUPATION characters.
OCCUPATIONS = (
    "civil_servant",
    "tni_polri",
    "private",
    "self_employed",
    "farmer",
    "student",
    "homemaker",
    "other",
)
SERVICES = ("LP_B", "DUMAS", "SKTLK", "INFO", "SKCK", "other")
SOURCES = ("kiosk", "form", "import")
MAX_OCCUPATION = 80
MAX_COMMENT = 2000
# A PC clock a little behind the officer's watch must not refuse "now".
CLOCK_SKEW = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class SurveyInput:
    answers: tuple[int, ...]  # U1..U9, each 1-4
    sex: str = ""
    age_group: str = ""
    education: str = ""
    occupation: str = ""
    service: str = ""
    comment: str = ""
    # Only with the citizen's consent: the report he came for, by id or by its number.
    report_id: str | None = None
    answered_at: datetime | None = None  # aware; None = now
    report_number: str = ""


@dataclass(frozen=True, slots=True)
class SurveyView:
    id: str
    answered_at: datetime  # UTC, aware
    answers: tuple[int, ...]
    sex: str
    age_group: str
    education: str
    occupation: str
    service: str
    comment: str
    report_id: str | None
    report_number: str
    source: str


@dataclass(frozen=True, slots=True)
class IkmReport:
    date_from: date
    date_to: date
    result: IkmResult | None  # None when nobody answered in the period
    respondents: int
    # Reports received in the period (WIB): the population of the Krejcie–Morgan check.
    services: int
    required_sample: int
    enough: bool
    # (code, count), option-list order first, then any other value seen (imports); "" = not answered.
    by_sex: tuple[tuple[str, int], ...]
    by_age_group: tuple[tuple[str, int], ...]
    by_education: tuple[tuple[str, int], ...]
    by_occupation: tuple[tuple[str, int], ...]
    by_service: tuple[tuple[str, int], ...]
    comments: tuple[str, ...]


def _answer_errors(answers: object) -> dict[str, str]:
    if not isinstance(answers, tuple | list) or len(answers) != 9:
        return {"answers": "Answer all nine questions."}
    errors = {}
    for i, a in enumerate(answers, start=1):
        if isinstance(a, bool) or a not in (1, 2, 3, 4):
            errors[f"u{i}"] = "Choose an answer from 1 to 4."
    return errors


def validate_survey(data: SurveyInput) -> None:
    """Raises ValidationFailed naming each wrong field (u1..u9, sex, …); the profile may stay empty."""
    errors = _answer_errors(data.answers)
    if data.sex and data.sex not in SEXES:
        errors["sex"] = "Unknown sex."
    if data.age_group and data.age_group not in AGE_GROUPS:
        errors["age_group"] = "Unknown age group."
    if data.education and data.education not in EDUCATION:
        errors["education"] = "Unknown level of education."
    if len(data.occupation.strip()) > MAX_OCCUPATION:
        errors["occupation"] = "Occupation is too long (at most 80 characters)."
    if data.service and data.service not in SERVICES:
        errors["service"] = "Unknown service."
    if len(data.comment.strip()) > MAX_COMMENT:
        errors["comment"] = "Comment is too long (at most 2000 characters)."
    if data.answered_at is not None:
        if data.answered_at.tzinfo is None:
            errors["answered_at"] = "The time of the answer has no time zone."
        elif data.answered_at > now_utc() + CLOCK_SKEW:
            errors["answered_at"] = "The time of the answer is in the future."
    raise_field_errors(errors, data)


def _linked_report(s: Session, data: SurveyInput) -> Report | None:
    if data.report_id is not None:
        report = s.get(Report, data.report_id)
        if report is None or report.deleted_at is not None:
            raise ValidationFailed({"report_number": "No report has this number."})
        return report
    number = data.report_number.strip()
    if not number:
        return None
    report = s.scalar(select(Report).where(Report.number == number, Report.deleted_at.is_(None)))
    if report is None:
        raise ValidationFailed({"report_number": "No report has this number."})
    return report


def _view(r: SurveyResponse, report_number: str | None) -> SurveyView:
    return view_of(
        SurveyView,
        r,
        answers=(r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9),
        report_number=report_number or "",
    )


def add_response(
    s: Session,
    *,
    data: SurveyInput,
    source: str,
    officer_id: str | None,
    import_key: str | None = None,
    report: Report | None = None,
    station_code: str | None = None,
    audit_extra: dict[str, object] | None = None,
) -> SurveyResponse:
    """Write one validated response and its audit entry in the caller's transaction (the form and the kiosk
    come through here; the Excel import builds its rows with `response_row` and audits them a batch at a
    time)."""
    row = response_row(
        data, source=source, station_code=station_code or load_station(s).code, report=report,
        import_key=import_key,
    )  # fmt: skip
    # The answers themselves stay out of the trail: it is an anonymous questionnaire.
    values = {
        "source": source,
        "answered_at": row.answered_at,
        "linked": report is not None,
        **(audit_extra or {}),
    }
    return insert_audited(s, row, "survey", by=officer_id, after=values)


def response_row(
    data: SurveyInput,
    *,
    source: str,
    station_code: str,
    report: Report | None = None,
    import_key: str | None = None,
) -> SurveyResponse:
    """The new row of a validated response (its id set, not yet added to a session)."""
    answered_at = data.answered_at or now_utc()
    return SurveyResponse(
        id=new_id(),
        station_code=station_code,
        answered_at=answered_at,
        **{f"u{i}": a for i, a in enumerate(data.answers, start=1)},
        sex=data.sex,
        age_group=data.age_group,
        education=data.education,
        occupation=" ".join(data.occupation.split()),
        service=data.service,
        comment=data.comment.strip(),
        report_id=report.id if report is not None else None,
        source=source,
        import_key=import_key,
    )


def record_response(
    session_factory: sessionmaker[Session],
    *,
    data: SurveyInput,
    source: str,
    officer_id: str | None = None,
    import_key: str | None = None,
) -> SurveyView:
    """Saves one respondent's answers; an `import_key` already recorded raises DuplicateResponse."""
    if source not in SOURCES:
        raise ValueError("source must be kiosk, form or import")
    validate_survey(data)
    with session_factory.begin() as s:
        if import_key is not None:
            seen = s.scalar(select(SurveyResponse.id).where(SurveyResponse.import_key == import_key))
            if seen is not None:
                raise DuplicateResponse(import_key)
        report = _linked_report(s, data)
        row = add_response(
            s, data=data, source=source, officer_id=officer_id, import_key=import_key, report=report
        )
        return _view(row, report.number if report is not None else None)


def _period(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    if date_to < date_from:
        raise ValidationFailed({"date_to": "The end of the period is before its start."})
    return wib_day_bounds(date_from)[0], wib_day_bounds(date_to)[1]


def _responses(s: Session, start: datetime, end: datetime) -> list[SurveyView]:
    q = (
        select(SurveyResponse, Report.number)
        .outerjoin(Report, Report.id == SurveyResponse.report_id)
        .where(
            SurveyResponse.deleted_at.is_(None),
            SurveyResponse.answered_at >= start,
            SurveyResponse.answered_at < end,
        )
        .order_by(SurveyResponse.answered_at, SurveyResponse.id)
    )
    return [_view(r, number) for r, number in s.execute(q)]


def responses_between(
    session_factory: sessionmaker[Session], *, date_from: date, date_to: date
) -> list[SurveyView]:
    """The responses answered between two WIB dates, both included, oldest first."""
    start, end = _period(date_from, date_to)
    with read_session(session_factory) as s:
        return _responses(s, start, end)


def _counts(values: Iterable[str], order: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    counter = Counter(values)
    known = [(code, counter[code]) for code in order]
    others = sorted((k, n) for k, n in counter.items() if k not in order)
    return tuple(known + others)


def ikm_for_period(session_factory: sessionmaker[Session], *, date_from: date, date_to: date) -> IkmReport:
    """The IKM of the period's responses, the Krejcie–Morgan check against reports received, the profile."""
    start, end = _period(date_from, date_to)
    with read_session(session_factory) as s:
        responses = _responses(s, start, end)
        services = s.scalar(
            select(func.count())
            .select_from(Report)
            .where(
                Report.deleted_at.is_(None),
                Report.voided_at.is_(None),
                Report.received_at >= start,
                Report.received_at < end,
            )
        )
    services = int(services or 0)
    respondents = len(responses)
    required = sample_size(services)
    return IkmReport(
        date_from=date_from,
        date_to=date_to,
        result=compute_ikm(r.answers for r in responses),
        respondents=respondents,
        services=services,
        required_sample=required,
        enough=respondents > 0 and respondents >= required,
        by_sex=_counts((r.sex for r in responses), SEXES),
        by_age_group=_counts((r.age_group for r in responses), AGE_GROUPS),
        by_education=_counts((r.education for r in responses), EDUCATION),
        by_occupation=_counts((r.occupation for r in responses), OCCUPATIONS),
        by_service=_counts((r.service for r in responses), SERVICES),
        comments=tuple(r.comment for r in responses if r.comment),
    )
