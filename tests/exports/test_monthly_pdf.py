"""The monthly report PDF and its public release: sections, figures, charts, markup printed literally,
no personal data in the public version (checked against a real database's report)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal

from pypdf import PdfReader
from reportlab.graphics.charts.barcharts import VerticalBarChart

from db.views import (
    CountRow,
    HeadlineFigures,
    MonthCount,
    MonthlyFigures,
    MonthlyIkm,
    MonthlyOutreach,
    MonthlyReportData,
    MonthlyResponse,
    PersonBlock,
)
from exports.monthly_pdf import category_chart, write_monthly_pdf
from tests.exports.personal_reports import PERSONAL, register_personal_reports
from tests.pdf_text import flat, written_text

MARKUP_CATEGORY = "Curas <b>& Begal</b>"
SIGNATORY = PersonBlock("Hendra <i>Gunawan</i>", "IPTU", "78050412")


def sample(**overrides) -> MonthlyReportData:
    matrix = [[0] * 24 for _ in range(7)]
    matrix[1][10], matrix[6][6] = 2, 1
    figures = MonthlyFigures(
        year=2026,
        month=11,
        received_by_kind=(
            CountRow("LP_B", "LP_B", 3),
            CountRow("DUMAS", "DUMAS", 1),
            CountRow("SKTLK", "SKTLK", 2),
            CountRow("INFO", "INFO", 1),
        ),  # fmt: skip
        current=HeadlineFigures(2026, 11, 7, 3, 2, 1),
        previous=HeadlineFigures(2026, 10, 5, 2, 0),
        year_ago=HeadlineFigures(2025, 11, 4, 1, 1),
        by_category=(CountRow(MARKUP_CATEGORY, MARKUP_CATEGORY, 2), CountRow("", "", 1)),
        by_kecamatan=(CountRow("13.02.08", "Bukit Sundi", 3),),
        by_nagari=(CountRow("13.02.08.2003", "Bukit Tandang", 3),),
        hour_weekday=tuple(tuple(r) for r in matrix),
        hour_weekday_at_incident=1,
        ct_trend=tuple(MonthCount(2026 if m <= 11 else 2025, m, m % 4) for m in [12, *range(1, 12)]),
        open_cases=4,
        overdue=2,
        closed_in_month=3,
        outreach=MonthlyOutreach(2, 30, 25, (CountRow("sambang", "sambang", 2),)),
        ikm=MonthlyIkm(5, Decimal("3.41"), Decimal("85.19"), "B", "Baik"),
        training_hours=12.5,
        training_courses=3,
        officers_trained=2,
    )
    fields = dict(
        figures=figures,
        letterhead_lines=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        unit="POLRES SOLOK",
        city="Arosuka",
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory=SIGNATORY,
        printed_on=date(2026, 12, 2),
    )
    fields.update(overrides)
    return MonthlyReportData(**fields)


def pdf_text(data, public: bool = False) -> str:
    return flat(written_text(write_monthly_pdf, data, public=public))


def test_internal_report_sections_and_figures():
    text = pdf_text(sample())
    assert "LAPORAN BULANAN SPKT" in text and "POLRES SOLOK" in text and "Periode November 2026" in text
    assert "Oktober 2026" in text and "November 2025" in text
    assert "66,7%" in text and "100,0%" in text  # CC/CT now and a year earlier
    assert "+1 (+50,0%)" in text  # CT 3 against 2
    assert "Tindak Lanjut Perkara" in text and "Pelatihan Personel" in text and "12,5" in text
    assert "85,19" in text and "B (Baik)" in text and "Sambang" in text
    assert "Bukit Sundi" in text and "Bukit Tandang" in text and "Minggu" in text
    assert "(tidak diisi)" in text
    assert "KA SPKT" in text and "IPTU NRP 78050412" in text and "Arosuka, 2 Desember 2026" in text
    assert "Halaman 1 dari" in text
    # The hour grid says which time it counts (patrols are planned from it).
    assert "Waktu Kejadian Laporan Polisi" in text
    assert "menurut waktu kejadian bila diketahui (1 dari" in " ".join(text.split())


def test_markup_looking_text_is_printed_literally():
    text = pdf_text(sample())
    assert MARKUP_CATEGORY in text
    assert "Hendra <i>Gunawan</i>" in text


def test_public_release_drops_internal_sections():
    text = pdf_text(sample(), public=True)
    assert "RILIS DATA BULANAN" in text and "LAPORAN BULANAN SPKT" not in text
    assert "CT (crime total)" in text and MARKUP_CATEGORY in text
    for internal in ("Hendra", "78050412", "KA SPKT", "Tindak Lanjut", "Pelatihan", "melewati tenggat"):
        assert internal.casefold() not in text.casefold(), internal
    assert "Halaman 1 dari" in text


def test_no_ikm_and_empty_month():
    empty = dataclasses.replace(sample().figures, ikm=None, by_category=())
    text = pdf_text(sample(figures=empty))
    assert "Belum ada responden survei" in text and "Tidak ada laporan pada bulan ini" in text


def test_a_year_ago_without_any_report_says_no_data_not_a_growth():
    from db.views import HeadlineFigures

    no_year_ago = HeadlineFigures(2025, 11, 0, 0, 0)  # the desk was not in use yet
    text = pdf_text(sample(figures=dataclasses.replace(sample().figures, year_ago=no_year_ago)))
    assert "tidak ada data" in text
    assert "+3 " not in text.split("Penyelesaian perkara")[0].split("CT (crime total)")[1]


def test_category_chart_axis_starts_at_zero():
    drawing = category_chart((CountRow("a", "a", 40), CountRow("b", "b", 38)))
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    assert chart.valueAxis.valueMin == 0


def test_public_pdf_from_a_database_has_no_personal_values(session_factory, station):
    from db.queries.monthly import monthly_report_data

    _, admin = station
    register_personal_reports(session_factory, admin.id, ("LP_B", "SKTLK", "DUMAS"), offense="Curanmor R2")
    report = monthly_report_data(session_factory, year=2026, month=11, today=date(2026, 12, 1))
    assert report.figures.current.received == 3
    for public in (True, False):
        text = pdf_text(report, public=public)
        assert "Bukit Sundi" in text
        for what, value in PERSONAL.items():
            assert value.casefold() not in text.casefold(), (public, what)
            assert value.split()[0].casefold() not in text.casefold(), (public, what)
    public_text = pdf_text(report, public=True)
    assert admin.name not in public_text and admin.nrp not in public_text


def with_hotspots() -> MonthlyReportData:
    from db.queries.hotspots import CategoryHotspot, Hotspot, PatrolTarget

    spot = Hotspot(
        nagari_code="13.02.08.2003",
        nagari_name="Bukit Tandang",
        kecamatan_code="13.02.08",
        kecamatan_name="Bukit Sundi",
        count=12,
        expected=4.14,
        p_value=0.0021,
        categories=(CategoryHotspot("Curanmor", 7, 1.2, 0.0004),),
        night_share=0.75,
        peak_hours="18.00–24.00 WIB",
    )
    target = PatrolTarget(
        "13.02.08.2003", "Bukit Tandang", "Bukit Sundi", "18.00–24.00 WIB", "12 laporan (perkiraan 4,1)"
    )
    f = sample().figures
    response = MonthlyResponse(
        cases=9, acted=8, median_hours=5.5, mean_hours=60.0, letters=2, letters_on_time=1
    )
    figures = dataclasses.replace(f, response=response)
    return sample(figures=figures, hotspots=(spot,), patrol_targets=(target,))


def test_internal_hotspot_section_patrol_targets_and_follow_up_speed():
    text = pdf_text(with_hotspots())
    assert "Titik rawan (hotspot) dan sasaran patroli" in text
    assert "Bukit Tandang, Kec. Bukit Sundi" in text and "4,1" in text and "0,002" in text
    assert "Curanmor (7)" in text and "18.00–24.00 WIB; malam 75%" in text
    assert "uji dua-laju binomial bersyarat terhadap 12 bulan sebelumnya pada nagari itu sendiri" in text
    assert "koreksi Benjamini-Hochberg atas semua nagari yang diuji bulan ini (q = 0,05)" in text
    assert "Sasaran patroli (1 teratas)" in text and "12 laporan (perkiraan 4,1)" in text
    assert "9 / 8" in text and "5,5 jam" in text and "2,5 hari" in text and "50,0% (1 dari 2)" in text


def test_public_hotspots_show_places_and_counts_only():
    text = pdf_text(with_hotspots(), public=True)
    assert "Titik rawan (hotspot)" in text and "Bukit Tandang" in text and "12" in text
    assert "Benjamini-Hochberg" in text and "q = 0,05" in text
    for internal in ("Sasaran patroli", "18.00–24.00", "Curanmor (7)", "0,002", "tindakan pertama"):
        assert internal.casefold() not in text.casefold(), internal


def test_month_without_hotspots_says_so():
    text = pdf_text(sample())
    assert "Tidak ada nagari yang tergolong titik rawan pada bulan ini" in text
    assert "Sasaran patroli" not in text
    assert "SP2HP/SP3D terbit tepat waktu -" in text  # no letters: no rate


def test_restorative_justice_has_its_own_line_under_cc():
    text = pdf_text(sample())
    # CC 2 this month, of which 1 by restorative justice; 0 the month before and a year before (+1 each).
    assert "CC (crime clearance) 2 0 +2 1 +1 (+100,0%)" in text
    assert "— di antaranya keadilan restoratif 1 0 +1 0 +1" in text
    assert "termasuk yang selesai melalui keadilan restoratif (KUHAP 2025)" in text


def test_the_last_page_holds_two_sections_with_the_signature():

    from exports.monthly_pdf import write_monthly_pdf

    buffer = io.BytesIO()
    write_monthly_pdf(sample(), buffer)
    last = " ".join(PdfReader(io.BytesIO(buffer.getvalue())).pages[-1].extract_text().split())
    assert "Indeks Kepuasan Masyarakat" in last and "Pelatihan Personel" in last and "KA SPKT" in last
