"""Decimals as a reader of the language reads them: 91,48 and 1.234,5 in Indonesian, 91.48 in English.

The one helper for every decimal a person sees (screens, PDFs, Excel text cells, the infographic). Rounding
is Python's fixed-point formatting of the value given (a Decimal keeps the rounding the IKM rules made);
babel supplies the language's decimal and grouping symbols.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from babel.numbers import get_decimal_symbol, get_group_symbol

NO_DATA = {"id": "tidak ada data", "en": "no data"}


@cache
def _symbols(lang: str) -> tuple[str, str]:
    locale = "en" if lang == "en" else "id"
    return get_decimal_symbol(locale), get_group_symbol(locale)


def decimal_text(
    value: float | Decimal, places: int, lang: str = "id", *, grouping: bool = True, trim: bool = False
) -> str:
    """`value` with `places` decimals: decimal_text(Decimal("91.48"), 2) == "91,48",
    decimal_text(1234.5, 1) == "1.234,5", decimal_text(1234.5, 1, "en") == "1,234.5";
    `trim` drops trailing zeros (hours: "1,5", "2")."""
    text = f"{value:{',' if grouping else ''}.{places}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    point, group = _symbols(lang)
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def percent_text(share: float | Decimal, places: int = 1, lang: str = "id") -> str:
    """A share (0.625) as "62,5%"."""
    return f"{decimal_text(share * 100, places, lang)}%"


def p_value_text(p: float, lang: str = "id") -> str:
    """A test's p-value: "0,002", or "< 0,001" (more digits would only suggest precision)."""
    return f"< {decimal_text(0.001, 3, lang)}" if p < 0.001 else decimal_text(p, 3, lang)
