"""Parts the station's periodic reports (monthly, IKM) share: the title block, the signature on the right and
the styling of a bar chart."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from db.views import IkmReportData, MonthlyReportData
from exports.pdf_common import (
    SANS,
    SANS_BOLD,
    Letterhead,
    SignatureColumn,
    format_date_id,
    markup,
    rank_nrp,
    register_fonts,
)

__all__ = ["BAR_COLOUR", "GRID_COLOUR", "bar_chart", "captioned_chart", "report_title", "signature_on_right"]

BAR_COLOUR = colors.Color(0.16, 0.33, 0.55)
GRID_COLOUR = colors.Color(0.85, 0.85, 0.85)


def report_title(
    letterhead_lines: tuple[str, ...],
    title: str,
    unit: str,
    period: str,
    styles: dict[str, ParagraphStyle],
    *,
    gap: float,
) -> list[Flowable]:
    """The letterhead, the underlined title, "PELAYANAN SPKT <unit>" and "Periode <period>", `gap` apart."""
    return [
        Letterhead(letterhead_lines),
        Spacer(1, gap),
        Paragraph(f"<u>{markup(title)}</u>", styles["title"]),
        Paragraph(markup(f"PELAYANAN SPKT {unit}".strip()), styles["center"]),
        Paragraph(markup(f"Periode {period}"), styles["center"]),
    ]


def signature_on_right(
    data: MonthlyReportData | IkmReportData, frame_width: float
) -> tuple[list[SignatureColumn], list[float]]:
    """The signatory's column on the right (place and date, on-behalf and title lines, name, rank/NRP);
    the left column stays blank (a zero-width name, not "-")."""
    printed = format_date_id(data.printed_on)
    place_date = f"{data.city}, {printed}" if data.city else printed
    heading = tuple(h for h in (data.signatory_on_behalf, data.signatory_title) if h.strip())
    column = SignatureColumn(
        heading_lines=heading,
        name=data.signatory.name,
        rank_nrp=rank_nrp(data.signatory.rank, data.signatory.nrp),
        date_line=place_date,
    )
    return [SignatureColumn((), "\u200b"), column], [frame_width * 0.45, frame_width * 0.55]


def bar_chart(values: Sequence[float], names: Sequence[str]) -> VerticalBarChart:
    """One series of bars in the reports' colour, 8-point axis labels, 7-point value labels above the bars
    and a light grid; the caller places it and sets the value axis' scale and the label formats."""
    chart = VerticalBarChart()
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(names)
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = SANS
        labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_COLOUR
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    return chart


def captioned_chart(chart: Widget, width: float, height: float, caption: str) -> Drawing:
    """A `width` x `height` drawing in the reports' font holding `chart`, with `caption` in bold at its top
    left."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS
    drawing.add(chart)
    drawing.add(String(2, height - 8, caption, fontName=SANS_BOLD, fontSize=8))
    return drawing
