"""Frozen dataclasses that services and queries hand to the UI and the exporters (never live ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: db.queries.hotspots reads the database and must not load with the views
    from db.queries.hotspots import Hotspot, PatrolTarget

    # Named here for the Pemda workbook (exports/hotspots_xlsx.py), as exports import db.views only.
    from db.queries.hotspots import PemdaHotspotList as PemdaHotspotList
    from db.queries.hotspots import PemdaHotspotRow as PemdaHotspotRow


@dataclass(frozen=True, slots=True)
class LostItemRow:
    quantity: int
    item: str
    identifiers: str


@dataclass(frozen=True, slots=True)
class PersonBlock:
    """A signing person: name, rank and NRP ("AIPTU / NRP 78050412")."""

    name: str
    rank: str
    nrp: str


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """Everything printed on a citizen's receipt (STTLP, SKTLK or tanda terima pengaduan).

    Times are aware datetimes in WIB (Asia/Jakarta); texts are exactly as typed by the officer.
    """

    kind: str  # "LP_B", "DUMAS" or "SKTLK"
    number: str
    letterhead_lines: tuple[str, ...]
    city: str
    received_at: datetime
    # The reporter.
    citizen_name: str
    citizen_nik: str
    citizen_birth_place: str
    citizen_birth_date: date | None
    citizen_sex: str  # "L", "P" or ""
    citizen_religion: str
    citizen_nationality: str
    citizen_occupation: str
    citizen_address: str
    citizen_phone: str
    # What happened.
    offense: str
    category: str
    incident_at: datetime | None
    incident_place: str
    chronology: str
    reported_party: str
    witnesses: str
    article: str  # as printed: the law in force for the incident date named (db/rules/kuhp_articles.py)
    estimated_loss: int
    lost_items: tuple[LostItemRow, ...]
    receiving_officer: PersonBlock
    signatory_on_behalf: str
    signatory_title: str
    signatory: PersonBlock
    # The unit as written in the text: "POLRES SOLOK", "POLSEK GUNUNG TALANG".
    unit: str = ""
    # The article the false-statement warning (STTLP, SKTLK) cites, in force on the receive date; "" = none.
    false_statement_article: str = ""


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything printed on a progress letter to the reporter (SP2HP for an LP, SP3D for a Dumas).

    Times are aware datetimes in WIB; texts are exactly as typed by the officer.
    """

    kind: str  # "SP2HP" or "SP3D"
    number: str
    letterhead_lines: tuple[str, ...]
    city: str
    # The unit as written in the text: "POLRES SOLOK", "POLSEK GUNUNG TALANG".
    unit: str
    station_phone: str
    issued_at: datetime
    addressee: str
    # The report the letter answers.
    report_kind: str  # "LP_B" or "DUMAS"
    report_number: str
    report_received_at: datetime
    offense: str
    reporter_name: str
    facts: str
    actions: str
    obstacles: str
    next_steps: str
    # Who handles the case (the assigned officer, else the one who issued the letter).
    handler: PersonBlock
    signatory_on_behalf: str
    signatory_title: str
    signatory: PersonBlock


@dataclass(frozen=True, slots=True)
class IkmElementRow:
    """One IKM element (U1..U9) over a period; figures already rounded for printing."""

    code: str  # "U1"
    name: str  # "Persyaratan"
    total: int  # sum of the answers
    nrr: Decimal  # total / respondents, 4 decimals (an interval value, as the grade table)
    nrr_weighted: Decimal  # NRR x 1/9, 4 decimals
    converted: Decimal  # NRR x 25, 2 decimals
    grade: str  # "A".."D" of the converted value
    grade_label: str  # "Sangat Baik".."Tidak Baik"


@dataclass(frozen=True, slots=True)
class IkmCount:
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class IkmProfileGroup:
    """One part of the respondent profile, e.g. "Jenis Kelamin" with a count per answer."""

    title: str
    counts: tuple[IkmCount, ...]


@dataclass(frozen=True, slots=True)
class IkmCommentRow:
    answered_at: datetime  # aware, WIB
    service: str  # label, e.g. "Laporan Polisi"
    text: str  # exactly as the citizen wrote it


@dataclass(frozen=True, slots=True)
class IkmAnswerRow:
    """One respondent's raw answers, for the Excel "Jawaban" sheet."""

    answered_at: datetime  # aware, WIB
    answers: tuple[int, ...]  # U1..U9, each 1-4
    sex: str  # "L", "P" or ""
    age_group: str
    education: str
    occupation: str
    service: str
    source: str  # "kiosk", "form" or "import"
    comment: str


@dataclass(frozen=True, slots=True)
class IkmReportData:
    """Everything printed on an IKM report (PDF and Excel) for one period; labels already in Indonesian."""

    letterhead_lines: tuple[str, ...]
    unit: str  # "POLRES SOLOK"
    city: str
    date_from: date
    date_to: date
    period_label: str  # "1 Januari 2026 s.d. 30 Juni 2026"
    printed_on: date  # WIB
    respondents: int
    services: int  # reports received in the period (the population)
    required_sample: int  # Krejcie-Morgan
    enough: bool
    elements: tuple[IkmElementRow, ...]
    ikm: Decimal | None  # interval value 1-4 (4 decimals), None when nobody answered
    index: Decimal | None  # converted value 25-100
    grade: str
    grade_label: str
    profile: tuple[IkmProfileGroup, ...]
    comments: tuple[IkmCommentRow, ...]
    answers: tuple[IkmAnswerRow, ...]
    signatory_on_behalf: str
    signatory_title: str
    signatory: PersonBlock


# ----- the monthly report (issue "Monthly report"): aggregates only, never a name, NIK, phone or address --


@dataclass(frozen=True, slots=True)
class CountRow:
    """One row of a breakdown: a code ("" = not given), its printable label and a count."""

    code: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    year: int
    month: int
    count: int


@dataclass(frozen=True, slots=True)
class HeadlineFigures:
    """One WIB month: reports received (every kind), CT and CC of police reports (LP_B)."""

    year: int
    month: int
    received: int
    ct: int
    cc: int
    cc_restorative: int = 0  # of CC: closed as "Selesai — keadilan restoratif"

    @property
    def clearance_rate(self) -> Decimal | None:
        """CC / CT in percent, 1 decimal; None when CT is 0. May pass 100 (older cases closed)."""
        if not self.ct:
            return None
        return (Decimal(self.cc) * 100 / Decimal(self.ct)).quantize(Decimal("0.1"))


@dataclass(frozen=True, slots=True)
class MonthlyOutreach:
    sessions: int
    men: int
    women: int
    by_kind: tuple[CountRow, ...]

    @property
    def attendance(self) -> int:
        return self.men + self.women


@dataclass(frozen=True, slots=True)
class MonthlyIkm:
    respondents: int
    ikm: Decimal
    index: Decimal
    grade: str
    grade_label: str


@dataclass(frozen=True, slots=True)
class MonthlyResponse:
    """Follow-up speed of the month's LP_B and Dumas reports (db/queries/monthly_response.py defines it)."""

    cases: int  # LP_B and Dumas reports received in the month
    acted: int  # ... of which had a first action by the time the report is made
    median_hours: float | None  # receipt to first action, over `acted`; None when none
    mean_hours: float | None
    letters: int  # SP2HP / SP3D / clarification letters issued in the month
    letters_on_time: int  # ... issued on or before the deadline they answered

    @property
    def on_time_rate(self) -> Decimal | None:
        """Letters on time in percent, 1 decimal; None when no letter was issued."""
        if not self.letters:
            return None
        return (Decimal(self.letters_on_time) * 100 / Decimal(self.letters)).quantize(Decimal("0.1"))


NO_RESPONSE = MonthlyResponse(0, 0, None, None, 0, 0)


@dataclass(frozen=True, slots=True)
class MonthlyFigures:
    """The figures of one WIB month (db/queries/monthly.py documents each definition)."""

    year: int
    month: int
    # Every kind in the fixed order LP_B, DUMAS, SKTLK, INFO, with 0 when none.
    received_by_kind: tuple[CountRow, ...]
    current: HeadlineFigures
    previous: HeadlineFigures
    year_ago: HeadlineFigures
    by_category: tuple[CountRow, ...]  # top 10, most first
    by_kecamatan: tuple[CountRow, ...]  # every kecamatan seen, most first
    by_nagari: tuple[CountRow, ...]  # top 10, most first
    # LP_B received: 7 rows (Senin..Minggu) of 24 hourly counts, WIB, at the incident time where known and
    # at the receipt otherwise (hour_weekday_at_incident says how many had an incident time).
    hour_weekday: tuple[tuple[int, ...], ...]
    ct_trend: tuple[MonthCount, ...]  # 12 months, oldest first, ending with this month
    open_cases: int
    overdue: int
    closed_in_month: int
    outreach: MonthlyOutreach
    ikm: MonthlyIkm | None
    training_hours: float
    training_courses: int
    officers_trained: int
    response: MonthlyResponse = NO_RESPONSE
    hour_weekday_at_incident: int = 0


@dataclass(frozen=True, slots=True)
class MonthlyReportData:
    """The monthly report: the figures plus the station's letterhead, unit, city and signatory."""

    figures: MonthlyFigures
    letterhead_lines: tuple[str, ...]
    unit: str  # "POLRES SOLOK"
    city: str
    signatory_on_behalf: str
    signatory_title: str
    signatory: PersonBlock
    printed_on: date  # WIB day the report is made, for the place-and-date line
    # queries.hotspots: nagari above their own 12-month baseline, ranked; aggregates only.
    hotspots: tuple[Hotspot, ...] = ()
    patrol_targets: tuple[PatrolTarget, ...] = ()


@dataclass(frozen=True, slots=True)
class XlsxExportColumn:
    """A column of an exported sheet. kind: "text", "int", "float", "datetime" (naive WIB), "date" or "auto"
    (the type of each value decides; for small sheets such as the summary)."""

    title: str
    kind: str = "text"
    width: float = 14.0


@dataclass(frozen=True, slots=True)
class XlsxExportSheet:
    """One sheet of the reports workbook: its rows are streamed (tuples in column order), `total` is their
    number, counted beforehand, for the progress bar."""

    name: str
    columns: tuple[XlsxExportColumn, ...]
    rows: Iterable[tuple[object, ...]]
    total: int
