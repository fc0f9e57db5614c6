"""What a report form submits, and the rules it must meet before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from db.errors import InvalidNik, ValidationFailed
from db.rules.nik import check_nik
from db.rules.regions import is_nagari_of, kecamatan_list
from db.rules.report_number import ALL_KINDS
from db.rules.text_rules import has_control_characters

CHANNELS = ("walk_in", "phone", "online", "social_media")
SEXES = ("L", "P")
MAX_LOSS = 10**15


@dataclass(frozen=True, slots=True)
class CitizenInput:
    name: str
    nik: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: str = ""
    religion: str = ""
    nationality: str = "WNI"
    occupation: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class LostItemInput:
    item: str
    quantity: int = 1
    identifiers: str = ""


@dataclass(frozen=True, slots=True)
class ReportInput:
    kind: str
    citizen: CitizenInput
    channel: str = "walk_in"
    offense: str = ""
    category_id: str | None = None
    incident_at: datetime | None = None
    incident_kecamatan_code: str = ""
    incident_nagari_code: str = ""
    incident_address: str = ""
    chronology: str = ""
    reported_party: str = ""
    witnesses: str = ""
    article: str = ""
    estimated_loss: int = 0
    lost_items: tuple[LostItemInput, ...] = field(default_factory=tuple)


def _citizen_errors(c: CitizenInput, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not c.name.strip():
        errors["citizen.name"] = "The reporter's name is required."
    if c.nik.strip():
        try:
            facts = check_nik(c.nik, today=today)
        except InvalidNik as exc:
            errors["citizen.nik"] = exc.message
        else:
            if c.sex and c.sex != facts.sex:
                errors["citizen.sex"] = "Sex does not match the NIK (women's NIK day is +40)."
            if c.birth_date and c.birth_date != facts.birth_date:
                errors["citizen.birth_date"] = "Birth date does not match the NIK."
    if c.sex and c.sex not in SEXES:
        errors["citizen.sex"] = "Choose L or P."
    if c.birth_date and c.birth_date > today:
        errors["citizen.birth_date"] = "Birth date is in the future."
    phone = c.phone.strip().replace(" ", "").replace("-", "")
    if phone and not (phone.lstrip("+").isdigit() and 8 <= len(phone.lstrip("+")) <= 15):
        errors["citizen.phone"] = "Phone: 8 to 15 digits, optionally starting with +."
    return errors


def validate_report(data: ReportInput, *, now: datetime) -> None:
    """Every problem at once, keyed by field name, so the form marks each field; raises ValidationFailed."""
    errors = _citizen_errors(data.citizen, now.date())
    if data.kind not in ALL_KINDS:
        errors["kind"] = "Unknown kind of report."
    if data.channel not in CHANNELS:
        errors["channel"] = "Unknown channel."
    if data.incident_at is not None:
        if data.incident_at.tzinfo is None:
            errors["incident_at"] = "Incident time has no time zone."
        elif data.incident_at > now:
            errors["incident_at"] = "The incident time cannot be in the future."
    if data.kind in ("LP_B", "DUMAS") and not data.offense.strip():
        errors["offense"] = "Say what happened (offense / subject)."
    if data.kind in ("LP_B", "DUMAS", "SKTLK") and not data.chronology.strip():
        errors["chronology"] = "The chronology is required."
    if data.kind == "SKTLK":
        if not data.lost_items:
            errors["lost_items"] = "List at least one lost item."
        for item in data.lost_items:
            if not item.item.strip():
                errors["lost_items"] = "Every lost item row needs the item's name."
            elif not 1 <= item.quantity <= 100_000:
                errors["lost_items"] = "A lost item's quantity must be 1 to 100000."
    if data.incident_kecamatan_code:
        known = {r.code for r in kecamatan_list()}
        if data.incident_kecamatan_code not in known:
            errors["incident_kecamatan_code"] = "Unknown kecamatan."
        elif data.incident_nagari_code and not is_nagari_of(
            data.incident_nagari_code, data.incident_kecamatan_code
        ):
            errors["incident_nagari_code"] = "This nagari is not in the chosen kecamatan."
    elif data.incident_nagari_code:
        errors["incident_kecamatan_code"] = "Choose the kecamatan of the nagari."
    if not 0 <= data.estimated_loss <= MAX_LOSS:
        errors["estimated_loss"] = "The loss must be a positive amount in rupiah."
    _text_errors(data, errors)
    if errors:
        raise ValidationFailed(errors)


# The most characters each free-text field takes (a chronology is pages long; a name is not).
MAX_LENGTHS = {
    "citizen.name": 150,
    "citizen.birth_place": 100,
    "citizen.religion": 50,
    "citizen.nationality": 50,
    "citizen.occupation": 100,
    "citizen.address": 500,
    "citizen.phone": 20,
    "offense": 300,
    "incident_address": 500,
    "chronology": 20_000,
    "reported_party": 2_000,
    "witnesses": 2_000,
    "article": 300,
}
MAX_ITEM_LENGTH = 300
MAX_IDENTIFIERS_LENGTH = 1_000


def _texts(data: ReportInput) -> dict[str, str]:
    c = data.citizen
    return {
        "citizen.name": c.name,
        "citizen.birth_place": c.birth_place,
        "citizen.religion": c.religion,
        "citizen.nationality": c.nationality,
        "citizen.occupation": c.occupation,
        "citizen.address": c.address,
        "citizen.phone": c.phone,
        "offense": data.offense,
        "incident_address": data.incident_address,
        "chronology": data.chronology,
        "reported_party": data.reported_party,
        "witnesses": data.witnesses,
        "article": data.article,
    }


def _text_errors(data: ReportInput, errors: dict[str, str]) -> None:
    """Control characters and over-long texts, each said next to its field (an earlier error wins)."""
    for name, text in _texts(data).items():
        if name in errors:
            continue
        if has_control_characters(text):
            errors[name] = "Remove the control characters (only tabs and line breaks are allowed)."
        elif len(text) > MAX_LENGTHS[name]:
            errors[name] = "This text is longer than the field allows."
    for item in data.lost_items:
        if "lost_items" in errors:
            break
        if has_control_characters(item.item) or has_control_characters(item.identifiers):
            errors["lost_items"] = "Remove the control characters (only tabs and line breaks are allowed)."
        elif len(item.item) > MAX_ITEM_LENGTH or len(item.identifiers) > MAX_IDENTIFIERS_LENGTH:
            errors["lost_items"] = "This text is longer than the field allows."
