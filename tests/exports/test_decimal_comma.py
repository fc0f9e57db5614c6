"""Indonesian outputs write decimals with the comma (91,48), never the point: the monthly report (with its
analysis part), the IKM report, the infographic's texts and the hotspot list's notes; one helper does it."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest

from db.rules.numbers import decimal_text, p_value_text, percent_text
from exports.hotspots_xlsx import notes
from exports.ikm_pdf import write_ikm_pdf
from exports.infographic import plan_infographic
from tests.exports.ikm_sample import sample_report
from tests.exports.test_infographic import sample as infographic_sample
from tests.exports.test_monthly_pdf import pdf_text as monthly_text
from tests.exports.test_monthly_pdf import with_hotspots
from tests.pdf_text import written_text

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?![\w])")
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")  # 1.234 or 1.234,5
CLOCK = re.compile(r"(?:[01]\d|2[0-4])\.[0-5]\d")  # 18.00 (WIB times are written with a point)
REGION = re.compile(r"\d{2}\.\d{2}\.\d{2}(?:\.\d{4})?")  # 13.02.08.2003 (Kemendagri codes)


def decimal_points(text: str) -> list[str]:
    """Numbers written with a decimal point: 91.48, 0.002 (not 1.234, 18.00 WIB or a region code)."""
    return [
        m.group(0)
        for m in NUMBER.finditer(text)
        if "." in m.group(0) and not any(p.fullmatch(m.group(0)) for p in (THOUSANDS, CLOCK, REGION))
    ]


def test_the_check_sees_a_decimal_point():
    assert decimal_points("IKM 91.48 (B); p = 0.002; 1.234 laporan; 18.00–24.00 WIB; 13.02.08") == [
        "91.48",
        "0.002",
    ]
    assert decimal_points("IKM 91,48; 1.234,5 jam") == []


@pytest.mark.parametrize(
    ("value", "places", "lang", "expected"),
    [
        (Decimal("91.48"), 2, "id", "91,48"),
        (Decimal("91.48"), 2, "en", "91.48"),
        (1234.5, 1, "id", "1.234,5"),
        (1234.5, 1, "en", "1,234.5"),
        (Decimal("3.5324"), 4, "id", "3,5324"),
        (0.0, 1, "id", "0,0"),
    ],
)
def test_decimal_text(value, places, lang, expected):
    assert decimal_text(value, places, lang) == expected


def test_percent_and_p_value():
    assert percent_text(0.625) == "62,5%" and percent_text(0.625, lang="en") == "62.5%"
    assert p_value_text(0.0021) == "0,002" and p_value_text(0.0004) == "< 0,001"
    assert p_value_text(0.0004, "en") == "< 0.001"


def test_monthly_report_with_its_analysis_part():
    text = monthly_text(with_hotspots())
    assert "4,1" in text and "0,002" in text and "5,5 jam" in text and "85,19" in text
    assert decimal_points(text) == []


def test_monthly_public_release():
    assert decimal_points(monthly_text(with_hotspots(), public=True)) == []


def test_ikm_report():
    text = written_text(write_ikm_pdf, sample_report())
    assert "81,94" in text
    assert "3,5000" in text.split()  # an NRR on one line, not "3,50" over "00"
    assert decimal_points(text) == []


def test_infographic_texts():
    data = dataclasses.replace(
        infographic_sample(), clearance_rate=Decimal("62.5"), ikm_index=Decimal("88.31")
    )
    shown = " | ".join(t.text for t in plan_infographic(data).texts)
    assert "62,5%" in shown and "88,31" in shown
    assert decimal_points(shown) == []


def test_hotspot_list_notes():
    from tests.exports.test_hotspots_xlsx import sample as hotspot_sample

    assert decimal_points(" ".join(notes(hotspot_sample()))) == []
