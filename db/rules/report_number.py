"""Official document numbers: a pattern with {n}, {month} (Roman, WIB) and {year}, per kind and station."""

from __future__ import annotations

import re
import string
from datetime import datetime

from db.errors import ValidationFailed
from db.rules.timeutil import to_wib

KINDS_WITH_NUMBER = ("LP_B", "DUMAS", "SKTLK")
ALL_KINDS = (*KINDS_WITH_NUMBER, "INFO")

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PLACEHOLDERS = frozenset({"n", "month", "year"})


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]


def default_patterns(unit: str, polda: str) -> dict[str, str]:
    """The usual patterns (DOMAIN.md), e.g. unit "POLRES SOLOK", polda "POLDA SUMATERA BARAT"."""
    tail = f"SPKT/{unit}/{polda}"
    return {
        "LP_B": f"LP/B/{{n}}/{{month}}/{{year}}/{tail}",
        "DUMAS": f"DUMAS/B/{{n}}/{{month}}/{{year}}/{tail}",
        "SKTLK": f"SKTLK/{{n}}/{{month}}/{{year}}/{tail}",
    }


def check_pattern(pattern: str) -> str | None:
    """An error message for a bad pattern, or None. {n} and {year} are required: numbers restart each year."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        return "Unbalanced braces in the pattern."
    unknown = fields - PLACEHOLDERS
    if unknown:
        return "Unknown placeholder; use only {n}, {month} and {year}."
    if "n" not in fields or "year" not in fields:
        return "The pattern must contain {n} and {year}."
    if re.search(r"\s{2,}", pattern) or not pattern.strip():
        return "The pattern has empty or doubled spaces."
    return None


def validate_patterns(patterns: dict[str, str]) -> None:
    errors = {}
    for kind in KINDS_WITH_NUMBER:
        message = check_pattern(patterns.get(kind, ""))
        if message:
            errors[f"pattern_{kind}"] = message
    if errors:
        raise ValidationFailed(errors)


def format_number(pattern: str, *, seq: int, received_at: datetime) -> str:
    wib = to_wib(received_at)
    return pattern.format(n=seq, month=roman_month(wib.month), year=wib.year)
