"""How a station names itself: unit label, letterhead and number patterns (plain functions, no database)."""

from __future__ import annotations

from db.rules.report_number import default_patterns

__all__ = ["default_letterhead", "suggested_letter_patterns", "suggested_patterns", "unit_label"]


def unit_label(level: str, resor_name: str, sector_name: str) -> str:
    """ "POLRES SOLOK" or "POLSEK GUNUNG TALANG": the unit as written in document numbers."""
    return f"POLSEK {sector_name.upper()}" if level == "polsek" else f"POLRES {resor_name.upper()}"


def default_letterhead(level: str, polda_name: str, resor_name: str, sector_name: str) -> list[str]:
    lines = [
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        f"DAERAH {polda_name.upper()}",
        f"RESOR {resor_name.upper()}",
    ]
    if level == "polsek":
        lines.append(f"SEKTOR {sector_name.upper()}")
    return lines


def suggested_patterns(level: str, polda_name: str, resor_name: str, sector_name: str) -> dict[str, str]:
    return default_patterns(unit_label(level, resor_name, sector_name), f"POLDA {polda_name.upper()}")


def suggested_letter_patterns(level: str, resor_name: str, sector_name: str) -> dict[str, str]:
    """Progress-letter numbers: SP2HP for a police report, SP3D for a Dumas (`B/{n}/.../Reskrim`)."""
    unit = f"SEKTOR {sector_name.upper()}" if level == "polsek" else f"RES {resor_name.upper()}"
    return {
        "SP2HP": f"B/{{n}}/{{month}}/{{year}}/Reskrim/{unit}",
        "SP3D": f"B/{{n}}/{{month}}/{{year}}/Dumas/{unit}",
    }
