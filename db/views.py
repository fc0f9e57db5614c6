"""Frozen dataclasses that services and queries hand to the UI and the exporters (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


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
    article: str
    estimated_loss: int
    lost_items: tuple[LostItemRow, ...]
    receiving_officer: PersonBlock
    signatory_on_behalf: str
    signatory_title: str
    signatory: PersonBlock
    # The unit as written in the text: "POLRES SOLOK", "POLSEK GUNUNG TALANG".
    unit: str = ""


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
