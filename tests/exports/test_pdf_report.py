"""The parts the monthly and IKM reports share (exports.pdf_report)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm

from db.views import PersonBlock
from exports.pdf_report import signature_on_right
from tests.exports.ikm_sample import sample_report


def test_signature_stands_on_the_right_under_place_and_date():
    data = sample_report(
        city="Arosuka",
        printed_on=date(2026, 12, 1),
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory=PersonBlock(name="Budi Santoso", rank="AIPTU", nrp="78050412"),
    )
    (blank, column), widths = signature_on_right(data, 170 * mm)
    assert blank.name == "\u200b" and blank.heading_lines == ()
    assert column.date_line == "Arosuka, 1 Desember 2026"
    assert column.heading_lines == ("a.n. KEPALA KEPOLISIAN RESOR SOLOK", "KA SPKT")
    assert (column.name, column.rank_nrp) == ("Budi Santoso", "AIPTU NRP 78050412")
    assert widths == [170 * mm * 0.45, 170 * mm * 0.55]


def test_signature_without_city_or_on_behalf_line_leaves_them_out():
    data = sample_report(city="", printed_on=date(2026, 12, 1), signatory_on_behalf="  ")
    (_, column), _ = signature_on_right(data, 170 * mm)
    assert column.date_line == "1 Desember 2026"
    assert column.heading_lines == (data.signatory_title,)
