"""Shared reportlab pieces for official PDFs: fonts, letterhead, signatures, page numbers, Indonesian text."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}

# WIB has no daylight saving time; a fixed offset avoids needing tzdata on Windows builds.
WIB = timezone(timedelta(hours=7), "WIB")
DASH = "-"


# --------------------------------------------------------------------------- fonts


def fonts_dir() -> Path:
    """Directory of the shipped TTFs, inside the PyInstaller bundle when frozen."""
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources" / "fonts")
    candidates.append(Path(__file__).resolve().parent.parent / "resources" / "fonts")
    for candidate in candidates:
        if (candidate / _FONT_FILES[SANS]).is_file():
            return candidate
    raise FileNotFoundError(f"shipped fonts not found in: {', '.join(str(c) for c in candidates)}")


def register_fonts() -> None:
    """Register the DejaVu families with reportlab once; later calls do nothing."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(name in registered for name in _FONT_FILES):
        return
    directory = fonts_dir()
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(directory / filename)))
    # Families let <b> inside a Paragraph pick the bold face; there is no italic face, so map it to regular.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD)


# --------------------------------------------------------------------------- text


def markup(text: str) -> str:
    """Paragraph markup that prints user text exactly as typed (markup escaped, line breaks kept)."""
    escaped = escape(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))
    # Paragraph collapses runs of spaces; keep them by making every second one non-breaking.
    escaped = re.sub(r" {2,}", lambda m: " " + "\u00a0" * (len(m.group()) - 1), escaped)
    return escaped.replace("\n", "<br/>")


def or_dash(text: str | None) -> str:
    """The text, or "-" when it is empty or blank."""
    return text if text and text.strip() else DASH


def to_wib(moment: datetime) -> datetime:
    """The moment in WIB; a naive datetime is taken to be WIB already."""
    return moment.replace(tzinfo=WIB) if moment.tzinfo is None else moment.astimezone(WIB)


def format_date_id(day: date) -> str:
    """'27 November 2026'."""
    return format_date(day, "d MMMM y", locale="id")


def format_day_name_id(day: date) -> str:
    """'Jumat'."""
    return format_date(day, "EEEE", locale="id")


def format_time_wib(moment: datetime) -> str:
    """'14.35 WIB'."""
    return f"{to_wib(moment):%H.%M} WIB"


def format_rupiah(amount: int) -> str:
    """'Rp 1.500.000' (a space after Rp, as typed on official letters)."""
    from lokal import format_rupiah as lokal_rupiah  # lokal's own output has no space: "Rp1.500.000"

    digits = lokal_rupiah(abs(amount), symbol=False)
    return f"-Rp {digits}" if amount < 0 else f"Rp {digits}"


def rank_nrp(rank: str, nrp: str) -> str:
    """'AIPTU NRP 78050412', degrading gracefully when a part is missing."""
    parts = [rank.strip()] if rank.strip() else []
    if nrp.strip():
        parts.append(f"NRP {nrp.strip()}")
    return " ".join(parts)


# --------------------------------------------------------------------------- styles


def paragraph_styles(
    font: str = SANS, bold_font: str = SANS_BOLD, size: float = 10
) -> dict[str, ParagraphStyle]:
    """The paragraph styles every official PDF uses."""
    register_fonts()
    leading = size * 1.25
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading)
    return {
        "body": body,
        "note": ParagraphStyle(
            "note", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, alignment=4
        ),
        "justify": ParagraphStyle("justify", parent=body, alignment=4),
        "bold": ParagraphStyle("bold", parent=body, fontName=bold_font),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold_font, fontSize=size + 2, leading=(size + 2) * 1.3, alignment=1
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 3, leading=(size - 3) * 1.2),
        "small_center": ParagraphStyle(
            "small_center", parent=body, fontSize=size - 3, leading=(size - 3) * 1.2, alignment=TA_CENTER
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "cell_head": ParagraphStyle(
            "cell_head", parent=body, fontName=bold_font, fontSize=size - 0.5, leading=(size - 0.5) * 1.25
        ),
    }


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use the shipped font instead of reportlab's Helvetica."""
    register_fonts()
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 10), *commands])


# --------------------------------------------------------------------------- letterhead


class Letterhead(Flowable):
    """The kop surat: bold lines centred on each other in a block at the top left, last line underlined."""

    def __init__(self, lines: tuple[str, ...] | list[str], font: str = SANS_BOLD, size: float = 10) -> None:
        super().__init__()
        self.lines = [line for line in lines if line.strip()] or [""]
        self.font = font
        self.size = size
        self.leading = size * 1.3
        self.hAlign = "LEFT"
        self._block_width = max(pdfmetrics.stringWidth(line, font, size) for line in self.lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self._block_width, avail_width)
        self.height = self.leading * len(self.lines) + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(self.font, self.size)
        centre = self.width / 2
        y = self.height - self.size
        for line in self.lines:
            canv.drawCentredString(centre, y, line)
            y -= self.leading
        last = self.lines[-1]
        half = pdfmetrics.stringWidth(last, self.font, self.size) / 2
        underline_y = y + self.leading - 2.2
        canv.setLineWidth(0.8)
        canv.line(centre - half, underline_y, centre + half, underline_y)


# --------------------------------------------------------------------------- QR code


def qr_code(value: str, size: float = 28 * mm) -> Drawing:
    """A QR code of value as a square Drawing of the given size."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=2)
    widget.barWidth = size
    widget.barHeight = size
    register_fonts()
    drawing = Drawing(size, size)
    drawing.initialFontName = SANS  # otherwise the renderer selects Helvetica before drawing
    drawing.add(widget)
    return drawing


# --------------------------------------------------------------------------- signatures


@dataclass(frozen=True, slots=True)
class SignatureColumn:
    """One signing column: optional place/date line, heading lines, then the name and its rank/NRP line."""

    heading_lines: tuple[str, ...]
    name: str
    rank_nrp: str = ""
    date_line: str = ""


# A name under a signature is cut here: the signature rows stay on one page, and the full name is printed in
# the document's data above (a 1,000-character name made the receipt's signature row taller than a page).
SIGNATURE_NAME_MAX = 150


def _signature_name(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= SIGNATURE_NAME_MAX else name[: SIGNATURE_NAME_MAX - 1] + "…"


def signature_blocks(
    columns: list[SignatureColumn],
    col_widths: list[float],
    styles: dict[str, ParagraphStyle],
    sign_space: float = 20 * mm,
    lead_in: list[Flowable] | None = None,
) -> Flowable:
    """Signature columns side by side, names on one row, kept on one page together with lead_in."""
    centre = styles["center"]
    name_style = ParagraphStyle("sig_name", parent=centre, fontName=styles["bold"].fontName)
    rows: list[list[Any]] = [
        [Paragraph(markup(c.date_line), centre) if c.date_line else "" for c in columns],
        [Paragraph("<br/>".join(markup(h) for h in c.heading_lines), centre) for c in columns],
        ["" for _ in columns],
        [Paragraph(f"<u>{markup(or_dash(_signature_name(c.name)))}</u>", name_style) for c in columns],
        [Paragraph(markup(c.rank_nrp), centre) if c.rank_nrp else "" for c in columns],
    ]
    table = Table(rows, colWidths=col_widths, rowHeights=[None, None, sign_space, None, None])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([*(lead_in or []), Spacer(1, 3 * mm), table])


def label_value_table(
    rows: list[tuple[str, str]],
    styles: dict[str, ParagraphStyle],
    width: float,
    label_width: float = 45 * mm,
    indent: float = 0,
) -> Table:
    """'Label : value' rows; values are user text (escaped, '-' when empty) and may split over pages."""
    cell = styles["cell"]
    data = [
        [Paragraph(markup(label), cell), ":", Paragraph(markup(or_dash(value)), cell)]
        for label, value in rows
    ]
    value_width = width - indent - label_width - 4 * mm
    table = Table(data, colWidths=[indent + label_width, 4 * mm, value_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (1, 0), (1, -1), cell.fontName, cell.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, -1), indent),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def grid_table(
    header: list[str], rows: list[list[str]], col_widths: list[float], styles: dict[str, ParagraphStyle]
) -> Table:
    """A bordered table with a bold, shaded header repeated on every page; cells are user text."""
    data = [[Paragraph(markup(h), styles["cell_head"]) for h in header]]
    data += [[Paragraph(markup(v), styles["cell"]) for v in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# --------------------------------------------------------------------------- page numbers


class NumberedCanvas(Canvas):
    """A canvas that holds every page until the end so it can print 'Halaman x dari y' on each."""

    page_label_font = SANS
    page_label_size = 8

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in the shipped font so no Helvetica reference ends up in the file.
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_label(total)
            super().showPage()
        super().save()

    def _draw_page_label(self, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(self.page_label_font, self.page_label_size)
        self.drawCentredString(width / 2, 10 * mm, f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()
