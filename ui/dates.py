"""Dates written the Indonesian way (27 November 2026) or in English, following the interface language."""

from __future__ import annotations

from datetime import date

_locale = "id"


def set_date_locale(lang: str) -> None:
    global _locale
    _locale = "en" if lang == "en" else "id"


def interface_language() -> str:
    """ "id" or "en", as the app's locale is set (desktop.app.install_language): for decimals
    (db.rules.numbers.decimal_text), which therefore read as the QLocale-formatted integers beside them."""
    from PySide6.QtCore import QLocale

    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def format_date_id(day: date, fmt: str = "d MMMM y") -> str:
    from babel.dates import format_date  # imported on first use: start-up does not need it

    return format_date(day, fmt, locale=_locale)
