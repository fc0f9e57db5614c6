"""The IKM (citizen satisfaction index) report as PDF: elements table and chart, index, profile, comments."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from db.rules.numbers import decimal_text
from db.views import IkmReportData
from exports.pdf_common import (
    grid_table,
    markup,
    paragraph_styles,
    signature_blocks,
    table_style,
    to_wib,
)
from exports.pdf_document import Margins, write_a4_pdf
from exports.pdf_report import bar_chart, captioned_chart, report_title, signature_on_right

__all__ = ["TITLE", "nrr_chart", "write_ikm_pdf"]

TITLE = "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)"

_MARGINS = Margins(left=20 * mm, right=20 * mm, top=15 * mm, bottom=17 * mm)
_FRAME_WIDTH = _MARGINS.frame_width


def write_ikm_pdf(
    data: IkmReportData,
    out: Path | str | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the IKM report for data as an A4 PDF to a path or a binary file object."""
    write_a4_pdf(
        out,
        lambda: build_story(data),
        margins=_MARGINS,
        title=f"IKM {data.unit} {data.period_label}".strip(),
        subject=TITLE,
        progress=progress,
    )


def build_story(data: IkmReportData) -> list[Flowable]:
    """The flowables of the report, top to bottom."""
    styles = paragraph_styles(size=9.5)
    story = report_title(data.letterhead_lines, TITLE, data.unit, data.period_label, styles, gap=5 * mm)
    story.append(Spacer(1, 5 * mm))
    story += _summary(data, styles)
    story += _heading("A. Nilai per Unsur Pelayanan", styles)
    if data.respondents == 0:
        story.append(Paragraph("Belum ada responden pada periode ini.", styles["body"]))
    else:
        story.append(_elements_table(data, styles))
        story.append(Spacer(1, 4 * mm))
        chart_title = Paragraph("Grafik Nilai Rata-rata (NRR) per Unsur", styles["center"])
        story.append(KeepTogether([chart_title, nrr_chart(data)]))
    story += _heading("B. Profil Responden", styles)
    story += _profile(data, styles)
    story += _heading("C. Saran dan Masukan Responden", styles)
    story += _comments(data, styles)
    story.append(Spacer(1, 4 * mm))
    story.append(signature_blocks(*signature_on_right(data, _FRAME_WIDTH), styles, sign_space=18 * mm))
    return story


def _heading(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Spacer(1, 5 * mm), Paragraph(markup(text), styles["bold"]), Spacer(1, 2 * mm)]


def _fmt(value: Decimal | None, places: int = 2) -> str:
    """Indonesian decimal comma: 3,25."""
    return "-" if value is None else decimal_text(value, places)


def _summary(data: IkmReportData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    grade = f"{data.grade} ({data.grade_label})" if data.grade else "-"
    rows = [
        ("Jumlah responden", f"{data.respondents} orang"),
        ("Jumlah layanan pada periode (populasi)", str(data.services)),
        ("Sampel minimal (Krejcie-Morgan)", f"{data.required_sample} responden"),
        ("Nilai IKM (interval 1-4)", _fmt(data.ikm, 4)),
        ("Indeks Kepuasan Masyarakat (konversi)", _fmt(data.index)),
        ("Mutu pelayanan", grade),
    ]
    cell, head = styles["cell"], styles["cell_head"]
    table = Table(
        [[Paragraph(markup(k), cell), Paragraph(markup(v), head)] for k, v in rows],
        colWidths=[80 * mm, _FRAME_WIDTH - 80 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 3), (-1, -1), colors.Color(0.93, 0.95, 0.98)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    out: list[Flowable] = [table]
    if not data.enough:
        out += [
            Spacer(1, 2 * mm),
            Paragraph(
                markup(
                    f"Catatan: jumlah responden ({data.respondents}) belum mencapai sampel minimal "
                    f"({data.required_sample}); hasil survei belum representatif."
                ),
                styles["note"],
            ),
        ]
    return out


def _elements_table(data: IkmReportData, styles: dict[str, ParagraphStyle]) -> Table:
    header = ["No", "Unsur Pelayanan", "Jumlah Nilai", "NRR", "NRR Tertimbang", "Konversi", "Mutu"]
    rows = [
        [
            e.code,
            e.name,
            str(e.total),
            _fmt(e.nrr, 4),
            _fmt(e.nrr_weighted, 4),
            _fmt(e.converted),
            e.grade,
        ]
        for e in data.elements
    ]
    total_label = "Nilai IKM (Σ NRR tertimbang) dan konversi (× 25)"
    rows.append(["", total_label, "", "", _fmt(data.ikm, 4), _fmt(data.index), data.grade])
    widths = [10 * mm, 60 * mm, 17 * mm, 18 * mm, 25 * mm, 21 * mm, 15 * mm]  # NRR "3,5000" on one line
    widths[1] += _FRAME_WIDTH - sum(widths)
    table = grid_table(header, rows, widths, styles)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.93, 0.95, 0.98)),
                ("SPAN", (1, -1), (3, -1)),
            ]
        )
    )
    return table


def nrr_chart(data: IkmReportData, width: float = _FRAME_WIDTH, height: float = 62 * mm) -> Drawing:
    """A bar chart of each element's NRR on a fixed 0-4 scale."""
    chart = bar_chart([float(e.nrr) for e in data.elements], [e.code for e in data.elements])
    chart.x, chart.y = 14 * mm, 10 * mm
    chart.width, chart.height = width - 20 * mm, height - 16 * mm
    # Left to itself the axis starts just under the smallest bar and exaggerates differences.
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 4
    chart.valueAxis.valueStep = 0.5
    chart.valueAxis.labelTextFormat = lambda v: decimal_text(v, 1)
    chart.barLabelFormat = lambda v: decimal_text(v, 2)
    return captioned_chart(chart, width, height, "NRR")


def _profile(data: IkmReportData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not data.profile:
        return [Paragraph("-", styles["body"])]
    header = ["Karakteristik", "Kategori", "Jumlah", "Persentase"]
    rows: list[list[str]] = []
    for group in data.profile:
        total = sum(c.count for c in group.counts)
        for i, c in enumerate(group.counts):
            share = Decimal(c.count * 100) / Decimal(total) if total else Decimal(0)
            rows.append([group.title if i == 0 else "", c.label, str(c.count), f"{_fmt(share, 1)}%"])
    widths = [40 * mm, 70 * mm, 25 * mm, 25 * mm]
    widths[1] += _FRAME_WIDTH - sum(widths)
    return [grid_table(header, rows, widths, styles)]


def _comments(data: IkmReportData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    comments = [c for c in data.comments if c.text.strip()]
    if not comments:
        return [Paragraph("Tidak ada saran atau masukan pada periode ini.", styles["body"])]
    header = ["No", "Tanggal", "Layanan", "Saran / Masukan"]
    rows = [
        [str(i), f"{to_wib(c.answered_at):%d-%m-%Y}", c.service, c.text]
        for i, c in enumerate(comments, start=1)
    ]
    # The date column is as wide as the widest date plus the cell padding, so a date never wraps.
    cell = styles["cell"]
    date_width = max(stringWidth(t, cell.fontName, cell.fontSize) for t in ("00-00-0000", "Tanggal")) + 14
    widths = [10 * mm, date_width, 38 * mm, 0.0]
    widths[3] = _FRAME_WIDTH - sum(widths)
    return [grid_table(header, rows, widths, styles)]
