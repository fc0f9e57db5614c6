"""The monthly SPKT report as PDF (internal) and its public release: aggregates only, tables and charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from babel.dates import format_date
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from db.rules.numbers import NO_DATA as NO_DATA_TEXT
from db.rules.numbers import decimal_text
from db.views import CountRow, HeadlineFigures, MonthlyFigures, MonthlyReportData
from exports.monthly_sections import FOLLOW_UP_NOTE, follow_up_rows, hotspot_section
from exports.pdf_common import (
    SANS,
    SANS_BOLD,
    format_date_id,
    grid_table,
    markup,
    paragraph_styles,
    signature_blocks,
    table_style,
)
from exports.pdf_document import Margins, write_a4_pdf
from exports.pdf_report import (
    BAR_COLOUR,
    GRID_COLOUR,
    bar_chart,
    captioned_chart,
    report_title,
    signature_on_right,
)

__all__ = [
    "HOTSPOT_HEADING",
    "PUBLIC_TITLE",
    "TITLE",
    "category_chart",
    "period_label",
    "trend_chart",
    "write_monthly_pdf",
]

TITLE = "LAPORAN BULANAN SPKT"
HOTSPOT_HEADING = "Titik rawan (hotspot) dan sasaran patroli"
PUBLIC_HOTSPOT_HEADING = "Titik rawan (hotspot)"  # patrol plans are not published
PUBLIC_TITLE = "RILIS DATA BULANAN"
KIND_LABELS = {
    "LP_B": "Laporan Polisi (LP/B)",
    "DUMAS": "Pengaduan Masyarakat (Dumas)",
    "SKTLK": "Surat Keterangan Tanda Lapor Kehilangan",
    "INFO": "Informasi / konsultasi",
}
OUTREACH_LABELS = {
    "penyuluhan": "Penyuluhan",
    "sambang": "Sambang",
    "problem_solving": "Problem solving",
    "deteksi_dini": "Deteksi dini",
    "dialog": "Dialog",
}
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
NOT_GIVEN = "(tidak diisi)"
NO_DATA = NO_DATA_TEXT["id"]

_MARGINS = Margins(left=18 * mm, right=18 * mm, top=15 * mm, bottom=17 * mm)
_FRAME_WIDTH = _MARGINS.frame_width


def period_label(year: int, month: int) -> str:
    """'November 2026'."""
    return format_date(date(year, month, 1), "MMMM y", locale="id")


def _short_month(year: int, month: int) -> str:
    """'Nov 26'."""
    return format_date(date(year, month, 1), "MMM yy", locale="id")


def write_monthly_pdf(
    data: MonthlyReportData,
    out: Path | str | BinaryIO,
    *,
    public: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the monthly report (or with public=True the public release) as an A4 PDF."""
    f = data.figures
    title = PUBLIC_TITLE if public else TITLE
    write_a4_pdf(
        out,
        lambda: build_story(data, public=public),
        margins=_MARGINS,
        title=f"{title} {data.unit} {period_label(f.year, f.month)}",
        subject=title,
        progress=progress,
    )


def build_story(data: MonthlyReportData, *, public: bool = False) -> list[Flowable]:
    """The flowables of the report, top to bottom."""
    f = data.figures
    styles = paragraph_styles(size=9)
    title, period = PUBLIC_TITLE if public else TITLE, period_label(f.year, f.month)
    story = report_title(data.letterhead_lines, title, data.unit, period, styles, gap=4 * mm)
    story.append(Spacer(1, 3 * mm))
    n = iter("ABCDEFGHIJKLMN")
    story += _heading(f"{next(n)}. Angka Utama", styles)
    story.append(_headline_table(data, styles))
    story.append(
        Paragraph(
            markup(
                "CT (crime total): laporan polisi (LP/B) yang diterima pada bulan itu. CC (crime clearance): "
                "laporan polisi yang dinyatakan selesai pada bulan itu, kapan pun diterimanya, termasuk yang "
                "selesai melalui keadilan restoratif (KUHAP 2025). "
                "Penyelesaian perkara = CC / CT."
            ),
            styles["small"],
        )
    )
    story += _heading(f"{next(n)}. Laporan Diterima per Jenis", styles)
    rows = [[KIND_LABELS.get(r.code, r.label), str(r.count)] for r in f.received_by_kind]
    rows.append(["Jumlah", str(sum(r.count for r in f.received_by_kind))])
    story.append(grid_table(["Jenis layanan", "Jumlah"], rows, [120 * mm, 30 * mm], styles))
    story += _heading(f"{next(n)}. Kategori Terbanyak (10 besar)", styles)
    if f.by_category:
        story.append(_count_table("Kategori", f.by_category, styles))
        story.append(Spacer(1, 3 * mm))
        story.append(category_chart(f.by_category))
    else:
        story.append(Paragraph("Tidak ada laporan pada bulan ini.", styles["body"]))
    story += _heading(f"{next(n)}. Tren CT 12 Bulan Terakhir", styles)
    story.append(trend_chart(data))
    story += _heading(f"{next(n)}. Lokasi Kejadian per Kecamatan", styles)
    story.append(_count_table("Kecamatan", f.by_kecamatan, styles))
    story += _heading(f"{next(n)}. Lokasi Kejadian per Nagari (10 besar)", styles)
    story.append(_count_table("Nagari", f.by_nagari, styles))
    story += _heading(f"{next(n)}. Waktu Kejadian Laporan Polisi (hari x jam, WIB)", styles)
    story.append(_matrix_table(f.hour_weekday, styles))
    story.append(Paragraph(markup(matrix_note(f)), styles["small"]))
    story += _heading(f"{next(n)}. {PUBLIC_HOTSPOT_HEADING if public else HOTSPOT_HEADING}", styles)
    story += hotspot_section(data, styles, public=public)
    if not public:
        story += _heading(f"{next(n)}. Tindak Lanjut Perkara (LP/B dan Dumas)", styles)
        story.append(grid_table(["Uraian", "Jumlah"], follow_up_rows(f), [120 * mm, 30 * mm], styles))
        story.append(Paragraph(markup(FOLLOW_UP_NOTE), styles["small"]))
    story += _heading(f"{next(n)}. Pembinaan Masyarakat (Binmas)", styles)
    o = f.outreach
    rows = [[OUTREACH_LABELS.get(r.code, r.label or NOT_GIVEN), str(r.count)] for r in o.by_kind]
    rows.append(["Jumlah kegiatan", str(o.sessions)])
    rows.append(["Peserta (laki-laki / perempuan)", f"{o.attendance} ({o.men} / {o.women})"])
    story.append(grid_table(["Kegiatan", "Jumlah"], rows, [120 * mm, 30 * mm], styles))
    story += _heading(f"{next(n)}. Indeks Kepuasan Masyarakat (IKM)", styles)
    if f.ikm is None:
        story.append(Paragraph("Belum ada responden survei pada bulan ini.", styles["body"]))
    else:
        rows = [
            ["Jumlah responden", str(f.ikm.respondents)],
            ["Nilai IKM (interval 1-4)", _dec(f.ikm.ikm, 4)],
            ["Indeks (konversi)", _dec(f.ikm.index, 2)],
            ["Mutu pelayanan", f"{f.ikm.grade} ({f.ikm.grade_label})"],
        ]
        story.append(grid_table(["Uraian", "Nilai"], rows, [120 * mm, 30 * mm], styles))
    if not public:
        story += _heading(f"{next(n)}. Pelatihan Personel", styles)
        rows = [
            ["Jumlah jam pelatihan", _dec(Decimal(str(f.training_hours)), 1)],
            ["Jumlah keikutsertaan", str(f.training_courses)],
            ["Personel yang mengikuti pelatihan", str(f.officers_trained)],
        ]
        story.append(grid_table(["Uraian", "Jumlah"], rows, [120 * mm, 30 * mm], styles))
    story.append(Spacer(1, 4 * mm))
    if public:
        story.append(
            Paragraph(
                markup(
                    f"Sumber: SPKT {data.unit}, data per {format_date_id(data.printed_on)}. "
                    "Angka agregat; tidak memuat data pribadi pelapor."
                ),
                styles["small"],
            )
        )
    else:
        # The last two sections (IKM, training: heading, table, and the spacer) go with the signature, so the
        # last page never holds a signature alone, nor one lone table above it.
        tail = story[-9:]
        del story[-9:]
        signature = signature_on_right(data, _FRAME_WIDTH)
        story.append(signature_blocks(*signature, styles, sign_space=18 * mm, lead_in=tail))
    return story


def _heading(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Spacer(1, 4 * mm), Paragraph(markup(text), styles["bold"]), Spacer(1, 1.5 * mm)]


def _dec(value: Decimal | None, places: int) -> str:
    """Indonesian decimal comma: 66,7."""
    return "-" if value is None else decimal_text(value, places)


def _rate(h: HeadlineFigures) -> str:
    rate = h.clearance_rate
    return "-" if rate is None else f"{_dec(rate, 1)}%"


def _change(now: int, before: int) -> str:
    """'+2 (+50,0%)', '-1 (-33,3%)', '+3 (-)' when the base is 0."""
    diff = now - before
    sign = "+" if diff > 0 else ""
    if before == 0:
        return f"{sign}{diff}"
    pct = (Decimal(diff) * 100 / Decimal(before)).quantize(Decimal("0.1"))
    return f"{sign}{diff} ({sign}{_dec(pct, 1)}%)"


def _headline_table(data: MonthlyReportData, styles: dict[str, ParagraphStyle]) -> Table:
    f = data.figures
    cur, prev, ago = f.current, f.previous, f.year_ago
    header = [
        "Uraian",
        period_label(cur.year, cur.month),
        period_label(prev.year, prev.month),
        "Perubahan",
        period_label(ago.year, ago.month),
        "Perubahan",
    ]
    rows = []

    def compared(now: int, then: HeadlineFigures, attr: str) -> list[str]:
        # A month without a single report (before the desk was in use) is no data, not a zero to grow from.
        if then.received == 0:
            return ["-", NO_DATA]
        return [str(getattr(then, attr)), _change(now, getattr(then, attr))]

    for label, attr in (("Laporan diterima (semua jenis)", "received"), ("CT (crime total)", "ct"),
                        ("CC (crime clearance)", "cc")):  # fmt: skip
        a = getattr(cur, attr)
        rows.append([label, str(a), *compared(a, prev, attr), *compared(a, ago, attr)])
    a = cur.cc_restorative
    rows.append(
        ["— di antaranya keadilan restoratif", str(a), *compared(a, prev, "cc_restorative"),
         *compared(a, ago, "cc_restorative")]
    )  # fmt: skip
    rows.append(["Penyelesaian perkara (CC/CT)", _rate(cur), _rate(prev), "", _rate(ago), ""])
    widths = [50 * mm, 24 * mm, 24 * mm, 25 * mm, 24 * mm, 25 * mm]
    widths[0] += _FRAME_WIDTH - sum(widths)
    table = grid_table(header, rows, widths, styles)
    table.setStyle(table_style([("BACKGROUND", (1, 1), (1, -1), colors.Color(0.93, 0.95, 0.98))]))
    return table


def _count_table(what: str, rows: tuple[CountRow, ...], styles: dict[str, ParagraphStyle]) -> Table:
    body = [[str(i), r.label or NOT_GIVEN, str(r.count)] for i, r in enumerate(rows, 1)]
    if not body:
        body = [["", "-", "0"]]
    return grid_table(["No", what, "Jumlah"], body, [12 * mm, 108 * mm, 30 * mm], styles)


def matrix_note(f: MonthlyFigures) -> str:
    """Which time the hour x weekday grid counts, said under it (patrols are planned from it)."""
    total, known = sum(sum(row) for row in f.hour_weekday), f.hour_weekday_at_incident
    return (
        f"Dihitung menurut waktu kejadian bila diketahui ({known} dari {total} laporan); "
        "selain itu menurut waktu laporan diterima."
    )


def _matrix_table(matrix: tuple[tuple[int, ...], ...], styles: dict[str, ParagraphStyle]) -> Table:
    """Weekdays down, 24 hours across, with row totals; zero cells left blank for readability."""
    header = ["Hari", *[f"{h:02d}" for h in range(24)], "Jml"]
    data: list[list[str]] = [header]
    for name, row in zip(WEEKDAYS, matrix, strict=True):
        data.append([name, *[str(v) if v else "" for v in row], str(sum(row))])
    totals = [sum(row[h] for row in matrix) for h in range(24)]
    data.append(["Jumlah", *[str(v) if v else "" for v in totals], str(sum(totals))])
    day_width = 15 * mm
    total_width = 9 * mm
    cell = (_FRAME_WIDTH - day_width - total_width) / 24
    table = Table(data, colWidths=[day_width, *[cell] * 24, total_width], hAlign="LEFT", repeatRows=1)
    peak = max((v for row in matrix for v in row), default=0)
    commands: list[tuple] = [  # type: ignore[type-arg]
        ("FONT", (0, 0), (-1, -1), SANS, 6.5),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 6.5),
        ("FONT", (0, -1), (-1, -1), SANS_BOLD, 6.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
    ]
    if peak:
        for d, row in enumerate(matrix):
            for h, v in enumerate(row):
                if v:
                    shade = 0.95 - 0.5 * v / peak
                    commands.append(
                        ("BACKGROUND", (h + 1, d + 1), (h + 1, d + 1), colors.Color(shade, shade, 1))
                    )
    table.setStyle(table_style(commands))
    return table


def category_chart(
    rows: tuple[CountRow, ...], width: float = _FRAME_WIDTH, height: float = 65 * mm
) -> Drawing:
    """Bars of the top categories, numbered like the table (names are long); the axis starts at 0."""
    chart = bar_chart([r.count for r in rows], [str(i) for i in range(1, len(rows) + 1)])
    chart.x, chart.y = 14 * mm, 8 * mm
    chart.width, chart.height = width - 20 * mm, height - 14 * mm
    chart.valueAxis.valueMin = 0  # left alone the axis starts above 0 and exaggerates differences
    peak = max((r.count for r in rows), default=0)
    chart.valueAxis.valueMax = max(peak + 1, 4)
    chart.valueAxis.valueStep = max(1, (peak + 1) // 5 + (1 if (peak + 1) % 5 else 0))
    chart.barLabelFormat = "%d"
    return captioned_chart(chart, width, height, "Jumlah laporan per kategori (nomor sesuai tabel)")


def trend_chart(data: MonthlyReportData, width: float = _FRAME_WIDTH, height: float = 60 * mm) -> Drawing:
    """CT of the last 12 months as a line with markers, value axis from 0."""
    trend = data.figures.ct_trend
    plot = LinePlot()
    plot.x, plot.y = 14 * mm, 10 * mm
    plot.width, plot.height = width - 22 * mm, height - 18 * mm
    plot.data = [[(i, t.count) for i, t in enumerate(trend)]]
    plot.lines[0].strokeColor = BAR_COLOUR
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
    plot.lineLabelFormat = "%d"
    plot.lineLabels.fontName = SANS
    plot.lineLabels.fontSize = 7
    plot.lineLabels.dy = 5
    plot.xValueAxis.valueMin = -0.5
    plot.xValueAxis.valueMax = len(trend) - 0.5
    plot.xValueAxis.valueSteps = list(range(len(trend)))
    labels = {i: _short_month(t.year, t.month) for i, t in enumerate(trend)}
    plot.xValueAxis.labelTextFormat = lambda v: labels.get(round(v), "")
    plot.xValueAxis.labels.fontName = SANS
    plot.xValueAxis.labels.fontSize = 7
    peak = max((t.count for t in trend), default=0)
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(peak + 1, 4)
    plot.yValueAxis.labelTextFormat = "%d"
    plot.yValueAxis.labels.fontName = SANS
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = GRID_COLOUR
    return captioned_chart(plot, width, height, "CT per bulan")
