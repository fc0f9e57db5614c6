"""Setting up the station on first start, and reading its identity."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.errors import StationNotConfigured, ValidationFailed
from db.models import Category, Holiday, NumberPattern, OutreachTopic, Station
from db.rules.report_number import KINDS_WITH_NUMBER, validate_patterns
from db.rules.station_identity import suggested_letter_patterns, unit_label
from db.rules.text_rules import raise_field_errors
from db.services.articles import seed_articles
from db.services.officers import OfficerInput, add_officer
from db.services.row_views import view_of
from db.storage import audit
from db.storage.engine import read_session

# The usual station crime categories (DOMAIN.md); an admin edits the list later.
DEFAULT_CATEGORIES = (
    "Curat (pencurian dengan pemberatan)",
    "Curas (pencurian dengan kekerasan)",
    "Curanmor R2",
    "Curanmor R4",
    "Curwan (pencurian hewan/ternak)",
    "Pencurian biasa",
    "Anirat (penganiayaan berat)",
    "Penganiayaan ringan",
    "Pengeroyokan",
    "Pembunuhan",
    "Perkosaan",
    "Pencabulan / kejahatan seksual terhadap anak",
    "KDRT",
    "Penipuan",
    "Penggelapan",
    "Pemerasan / pengancaman",
    "Pengrusakan",
    "Perjudian",
    "Narkoba",
    "Kebakaran / pembakaran",
    "Kenakalan remaja / tawuran",
    "PETI (penambangan emas tanpa izin)",
    "Illegal logging",
    "ITE / siber",
    "Laka lantas",
    "Kehilangan barang/dokumen",
    "Lain-lain",
)


@dataclass(frozen=True, slots=True)
class StationInput:
    code: str
    level: str  # "polres" or "polsek"
    resor_name: str
    polda_name: str
    sector_name: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    letterhead: tuple[str, ...] = ()
    patterns: dict[str, str] = field(default_factory=dict)
    signatory_on_behalf: str = ""
    signatory_title: str = "KA SPKT"
    signatory_name: str = ""
    signatory_rank: str = ""
    signatory_nrp: str = ""


@dataclass(frozen=True, slots=True)
class StationView:
    id: str
    code: str
    level: str
    resor_name: str
    sector_name: str
    polda_name: str
    address: str
    city: str
    phone: str
    letterhead: tuple[str, ...]
    patterns: dict[str, str]
    signatory_on_behalf: str
    signatory_title: str
    signatory_name: str
    signatory_rank: str
    signatory_nrp: str

    @property
    def unit(self) -> str:
        return unit_label(self.level, self.resor_name, self.sector_name)


def validate_station(data: StationInput) -> None:
    errors: dict[str, str] = {}
    code = data.code.strip()
    if not code or not code.replace("-", "").replace("_", "").isalnum() or len(code) > 32:
        errors["code"] = "Station code: letters, digits, - or _, at most 32 characters."
    if data.level not in ("polres", "polsek"):
        errors["level"] = "Choose Polres or Polsek."
    if not data.resor_name.strip():
        errors["resor_name"] = "The resor's name is required."
    if not data.polda_name.strip():
        errors["polda_name"] = "The Polda's name is required."
    if data.level == "polsek" and not data.sector_name.strip():
        errors["sector_name"] = "A Polsek needs its sector's name."
    if not [line for line in data.letterhead if line.strip()]:
        errors["letterhead"] = "The letterhead needs at least one line."
    if not data.city.strip():
        errors["city"] = "The place written before the date on documents is required."
    if not data.signatory_name.strip():
        errors["signatory_name"] = "The signatory's name is required."
    nrp = data.signatory_nrp.strip()
    if not (nrp.isdigit() and len(nrp) == 8):
        errors["signatory_nrp"] = "NRP must be 8 digits."
    try:
        validate_patterns(data.patterns)
    except ValidationFailed as exc:
        errors.update(exc.field_errors)
    raise_field_errors(errors, data)


def _view(station: Station) -> StationView:
    return view_of(
        StationView,
        station,
        letterhead=tuple(station.letterhead.splitlines()),
        patterns={p.kind: p.pattern for p in station.patterns},
    )


def load_station(session: Session) -> Station:
    station = session.scalar(select(Station).where(Station.deleted_at.is_(None)).limit(1))
    if station is None:
        raise StationNotConfigured("the set-up wizard has not been completed")
    return station


def is_configured(session_factory: sessionmaker[Session]) -> bool:
    with read_session(session_factory) as s:
        return bool(s.scalar(select(func.count()).select_from(Station)))


def get_station(session_factory: sessionmaker[Session]) -> StationView:
    with read_session(session_factory) as s:
        return _view(load_station(s))


def setup_station(
    session_factory: sessionmaker[Session], *, station: StationInput, admin: OfficerInput
) -> StationView:
    """First-run set-up: the station, its number patterns, the default categories and the first admin."""
    validate_station(station)
    with session_factory.begin() as s:
        if s.scalar(select(func.count()).select_from(Station)):
            raise ValidationFailed({"code": "This database already has a station."})
        code = station.code.strip().upper()
        row = Station(
            code=code,
            station_code=code,
            level=station.level,
            resor_name=station.resor_name.strip().upper(),
            sector_name=station.sector_name.strip().upper(),
            polda_name=station.polda_name.strip().upper(),
            address=station.address.strip(),
            city=station.city.strip(),
            phone=station.phone.strip(),
            letterhead="\n".join(line.strip() for line in station.letterhead if line.strip()),
            signatory_on_behalf=station.signatory_on_behalf.strip(),
            signatory_title=station.signatory_title.strip(),
            signatory_name=station.signatory_name.strip(),
            signatory_rank=station.signatory_rank.strip().upper(),
            signatory_nrp=station.signatory_nrp.strip(),
        )
        row.patterns = [NumberPattern(kind=k, pattern=station.patterns[k].strip()) for k in KINDS_WITH_NUMBER]
        letters = suggested_letter_patterns(station.level, station.resor_name, station.sector_name)
        row.patterns += [NumberPattern(kind=k, pattern=p) for k, p in letters.items()]
        s.add(row)
        s.flush()
        # The lists the migrations seeded before any station existed (holidays, outreach topics) are ours.
        for seeded in (Holiday, OutreachTopic):
            s.execute(update(seeded).where(seeded.station_code == "").values(station_code=code))
        for i, name in enumerate(DEFAULT_CATEGORIES):
            category = Category(name=name, sort_order=i, station_code=code)
            s.add(category)
            s.flush()
            seed_articles(s, category)
        officer = add_officer(s, data=admin._replace_role("admin"), station_code=code, by_officer_id=None)
        audit.record(
            s,
            officer_id=officer.id,
            entity="station",
            entity_id=row.id,
            action="create",
            after={"code": code, "letterhead": row.letterhead},
        )
        s.flush()
        return _view(row)
