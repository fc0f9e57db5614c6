"""The month's key figures as a 1080x1080 PNG for the station's social-media accounts (Indonesian, no
personal data: it draws an `InfographicData`, which holds aggregates only).

Drawing happens in two steps: `plan_infographic` lays out every shape and text (already shortened to fit its
area), `render_plan` paints the plan with Pillow. Tests read the plan to check what is written where.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont

from db.rules.numbers import NO_DATA, decimal_text
from exports.infographic_data import InfographicData
from exports.monthly_pdf import period_label
from exports.output_files import output_target
from exports.pdf_common import _FONT_FILES, SANS, SANS_BOLD, fonts_dir, format_date_id

__all__ = [
    "SIZE",
    "InfographicPlan",
    "PlannedShape",
    "PlannedText",
    "plan_infographic",
    "render_infographic",
    "render_plan",
    "write_infographic",
]

SIZE = 1080
NO_REPORTS = "Belum ada laporan"
NO_SURVEY = "Belum ada survei"

# Navy and gold, the colours of police insignia; high contrast so the figures read on a phone.
NAVY = "#0b1f3a"
NAVY_SOFT = "#1d3a66"
GOLD = "#c9a227"
GOLD_SOFT = "#f3e7bd"
PAPER = "#eef1f6"
CARD = "#ffffff"
INK = "#0b1f3a"
MUTED = "#5b6b82"
BAR_TRACK = "#e3e8f0"

_MARGIN = 48
_GAP = 24
_ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class PlannedText:
    """A text to draw at (x, y) with a Pillow anchor ("la" = left/ascender, "ma", "ra", "lm" …); it has been
    shortened to stay inside `area` (x0, y0, x1, y1). `role` names it for tests ("tile.ct.value")."""

    role: str
    text: str
    x: int
    y: int
    size: int
    bold: bool
    fill: str
    anchor: str
    area: tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class PlannedShape:
    """A filled rectangle (rounded when radius > 0) or an ellipse."""

    role: str
    kind: str  # "rect" or "ellipse"
    box: tuple[int, int, int, int]
    fill: str
    radius: int = 0


@dataclass(frozen=True, slots=True)
class InfographicPlan:
    width: int
    height: int
    background: str
    shapes: tuple[PlannedShape, ...]
    texts: tuple[PlannedText, ...]

    def text(self, role: str) -> PlannedText:
        """The text planned for `role` (KeyError when there is none)."""
        for t in self.texts:
            if t.role == role:
                return t
        raise KeyError(role)

    def shape(self, role: str) -> PlannedShape:
        for s in self.shapes:
            if s.role == role:
                return s
        raise KeyError(role)


# --------------------------------------------------------------------------- fonts and fitting


@lru_cache(maxsize=64)
def font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    """The shipped DejaVu Sans (the PDFs' font files) at `size` pixels."""
    return ImageFont.truetype(str(fonts_dir() / _FONT_FILES[SANS_BOLD if bold else SANS]), size)


def text_width(text: str, size: int, bold: bool) -> float:
    return font(size, bold).getlength(text)


def fit(text: str, width: int, size: int, bold: bool, min_size: int | None = None) -> tuple[str, int]:
    """The text and font size that fit `width` pixels: the size shrinks down to `min_size` (default two
    thirds of `size`), then the text is cut at a word (or a character) and ends with an ellipsis."""
    text = " ".join(text.split())
    floor = min_size or max(10, size * 2 // 3)
    while size > floor and text_width(text, size, bold) > width:
        size -= 1
    if text_width(text, size, bold) <= width:
        return text, size
    cut = text
    while cut and text_width(cut.rstrip(" ,/-(") + _ELLIPSIS, size, bold) > width:
        words = cut.rsplit(" ", 1)
        shorter = (
            words[0] if len(words) == 2 and text_width(words[0] + _ELLIPSIS, size, bold) <= width else ""
        )
        cut = shorter or cut[:-1]
    return cut.rstrip(" ,/-(") + _ELLIPSIS, size


def number(n: int) -> str:
    """'1.234' (Indonesian thousands separator)."""
    return f"{n:,}".replace(",", ".")


def change_text(now: int, before: int) -> str:
    """'▲ 10,0%', '▼ 19,3%', '0,0%'; against an empty month 'tidak ada data' (the desk was not in use yet:
    no zero to grow from)."""
    if before == 0:
        return NO_DATA["id"]
    diff = now - before
    arrow = "▲ " if diff > 0 else "▼ " if diff < 0 else ""
    pct = (Decimal(abs(diff)) * 100 / Decimal(before)).quantize(Decimal("0.1"))
    return f"{arrow}{decimal_text(pct, 1)}%"


# --------------------------------------------------------------------------- layout


class _Builder:
    def __init__(self) -> None:
        self.shapes: list[PlannedShape] = []
        self.texts: list[PlannedText] = []

    def rect(self, role: str, box: tuple[int, int, int, int], fill: str, radius: int = 0) -> None:
        self.shapes.append(PlannedShape(role, "rect", box, fill, radius))

    def ellipse(self, role: str, box: tuple[int, int, int, int], fill: str) -> None:
        self.shapes.append(PlannedShape(role, "ellipse", box, fill))

    def text(
        self,
        role: str,
        text: str,
        area: tuple[int, int, int, int],
        *,
        size: int,
        bold: bool = False,
        fill: str = INK,
        align: str = "left",
        middle: bool = False,
        min_size: int | None = None,
    ) -> PlannedText:
        """A one-line text at the top (or the vertical middle) of `area`, shortened to its width."""
        x0, y0, x1, y1 = area
        fitted, fitted_size = fit(text, x1 - x0, size, bold, min_size)
        x = {"left": x0, "center": (x0 + x1) // 2, "right": x1}[align]
        anchor = {"left": "l", "center": "m", "right": "r"}[align] + ("m" if middle else "a")
        y = (y0 + y1) // 2 if middle else y0
        planned = PlannedText(role, fitted, x, y, fitted_size, bold, fill, anchor, area)
        self.texts.append(planned)
        return planned


_HEADER_BOTTOM = 192
_TILE_ROWS = (222, 402)
_TILE_HEIGHT = 160
_PANEL_TOP, _PANEL_BOTTOM = 586, 980
_FOOTER_TOP = 1004


def plan_infographic(data: InfographicData) -> InfographicPlan:
    """Every shape and text of the image, in drawing order."""
    b = _Builder()
    month = period_label(data.year, data.month)
    _header(b, data.unit, month)
    _tiles(b, data)
    split = _MARGIN + 596
    _categories(b, data, (_MARGIN, _PANEL_TOP, split, _PANEL_BOTTOM))
    _outreach(b, data, (split + _GAP, _PANEL_TOP, SIZE - _MARGIN, _PANEL_BOTTOM))
    b.rect("footer", (0, _FOOTER_TOP, SIZE, SIZE), NAVY)
    b.rect("footer.stripe", (0, _FOOTER_TOP, SIZE, _FOOTER_TOP + 6), GOLD)
    footer = f"Sumber: SPKT {data.unit} · dibuat {format_date_id(data.made_on)}"
    b.text("footer", footer, (_MARGIN, _FOOTER_TOP + 6, SIZE - _MARGIN, SIZE), size=24, fill="#dfe6f1",
           align="center", middle=True, min_size=16)  # fmt: skip
    return InfographicPlan(SIZE, SIZE, PAPER, tuple(b.shapes), tuple(b.texts))


def _header(b: _Builder, unit: str, month: str) -> None:
    b.rect("header", (0, 0, SIZE, _HEADER_BOTTOM), NAVY)
    b.rect("header.stripe", (0, _HEADER_BOTTOM - 6, SIZE, _HEADER_BOTTOM + 2), GOLD)
    left, right = _MARGIN, SIZE - _MARGIN
    b.text("kicker", "RILIS DATA BULANAN · SENTRA PELAYANAN KEPOLISIAN TERPADU", (left, 38, right, 64),
           size=22, bold=True, fill=GOLD, min_size=14)  # fmt: skip
    title = f"{unit} — {month}"
    fitted, size = fit(title, right - left, 60, True, 44)
    if fitted == title:
        b.text("title", title, (left, 84, right, 160), size=size, bold=True, fill="#ffffff")
        return
    # Too long for one line even at 44 px: the unit on one line, the month under it.
    b.text("title", unit, (left, 76, right, 124), size=44, bold=True, fill="#ffffff", min_size=28)
    b.text("title.month", month, (left, 128, right, 172), size=36, bold=True, fill=GOLD_SOFT)


def _tile(
    b: _Builder,
    key: str,
    box: tuple[int, int, int, int],
    label: str,
    value: str,
    caption: str,
    *,
    value_room: int = 0,
) -> tuple[int, int, int, int]:
    """A white card: label, big value, caption; `value_room` keeps pixels right of the value free."""
    x0, y0, x1, y1 = box
    b.rect(f"tile.{key}", box, CARD, radius=18)
    b.rect(f"tile.{key}.accent", (x0, y0 + 20, x0 + 8, y1 - 20), GOLD, radius=4)
    inner = (x0 + 30, y0, x1 - 22, y1)
    b.text(f"tile.{key}.label", label, (inner[0], y0 + 20, inner[2], y0 + 48), size=23, bold=True,
           fill=MUTED, min_size=16)  # fmt: skip
    b.text(f"tile.{key}.value", value, (inner[0], y0 + 50, inner[2] - value_room, y0 + 124), size=66,
           bold=True, min_size=36)  # fmt: skip
    b.text(f"tile.{key}.caption", caption, (inner[0], y1 - 36, inner[2], y1 - 10), size=20, fill=MUTED,
           min_size=15)  # fmt: skip
    return inner


def _tiles(b: _Builder, data: InfographicData) -> None:
    width = (SIZE - 2 * _MARGIN - 2 * _GAP) // 3

    def box(row: int, col: int) -> tuple[int, int, int, int]:
        x0 = _MARGIN + col * (width + _GAP)
        return x0, _TILE_ROWS[row], x0 + width, _TILE_ROWS[row] + _TILE_HEIGHT

    received_caption = "semua jenis laporan" if data.received else NO_REPORTS
    _tile(b, "received", box(0, 0), "Laporan diterima", number(data.received), received_caption)
    _tile(b, "ct", box(0, 1), "Crime Total (CT)", number(data.ct), "laporan polisi (LP/B)")
    _tile(b, "cc", box(0, 2), "Crime Clearance (CC)", number(data.cc), "perkara diselesaikan")
    rate = "–" if data.clearance_rate is None else f"{decimal_text(data.clearance_rate, 1)}%"
    rate_caption = "belum ada CT bulan ini" if data.clearance_rate is None else "rasio CC ÷ CT"
    _tile(b, "rate", box(1, 0), "Penyelesaian perkara", rate, rate_caption)
    previous = period_label(*_previous_month(data.year, data.month)).split()[0]
    if data.previous_received == 0:  # no comparison with a month the desk was not in use: the words say so
        _tile(b, "change", box(1, 1), "Dibanding bulan lalu", "–", f"{previous}: {NO_DATA['id']}")
    else:
        change = change_text(data.received, data.previous_received)
        _tile(b, "change", box(1, 1), "Dibanding bulan lalu", change,
              f"{previous}: {number(data.previous_received)} laporan")  # fmt: skip
    if data.ikm_index is None:
        _tile(b, "ikm", box(1, 2), "Indeks kepuasan (IKM)", "–", NO_SURVEY)
        return
    x0, y0, x1, y1 = box(1, 2)
    inner = _tile(b, "ikm", (x0, y0, x1, y1), "Indeks kepuasan (IKM)", decimal_text(data.ikm_index, 2),
                  f"mutu pelayanan: {data.ikm_grade_label}", value_room=80)  # fmt: skip
    # The grade as a gold badge right of the score.
    badge = (inner[2] - 64, y0 + 54, inner[2], y0 + 118)
    b.ellipse("tile.ikm.badge", badge, GOLD)
    b.text("tile.ikm.grade", data.ikm_grade, badge, size=40, bold=True, fill=NAVY, align="center",
           middle=True, min_size=20)  # fmt: skip


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _panel(b: _Builder, key: str, box: tuple[int, int, int, int], title: str) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = box
    b.rect(f"{key}.panel", box, CARD, radius=18)
    b.rect(f"{key}.band", (x0, y0, x1, y0 + 58), NAVY_SOFT, radius=18)
    b.rect(f"{key}.band.square", (x0, y0 + 30, x1, y0 + 58), NAVY_SOFT)
    b.text(f"{key}.title", title, (x0 + 26, y0, x1 - 26, y0 + 58), size=25, bold=True, fill="#ffffff",
           middle=True, min_size=18)  # fmt: skip
    return x0 + 26, y0 + 76, x1 - 26, y1 - 16


def _categories(b: _Builder, data: InfographicData, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = _panel(b, "categories", box, "Kategori laporan terbanyak")
    if not data.categories:
        b.text("categories.empty", NO_REPORTS, (x0, y0, x1, y1), size=30, bold=True, fill=MUTED,
               align="center", middle=True)  # fmt: skip
        return
    most = max(t.count for t in data.categories)
    row = (y1 - y0) // 5
    count_width = 84
    track_right = x1 - count_width
    for i, tally in enumerate(data.categories):
        top = y0 + i * row
        b.text(f"categories.{i}.name", tally.name, (x0, top, x1, top + 28), size=22, bold=True,
               min_size=20)  # fmt: skip
        bar = (top + 32, top + 52)
        b.rect(f"categories.{i}.track", (x0, bar[0], track_right, bar[1]), BAR_TRACK, radius=10)
        length = max(20, round((track_right - x0) * tally.count / most))
        b.rect(f"categories.{i}.bar", (x0, bar[0], x0 + length, bar[1]), GOLD if i == 0 else NAVY_SOFT,
               radius=10)  # fmt: skip
        b.text(f"categories.{i}.count", number(tally.count), (track_right + 8, bar[0] - 6, x1, bar[1] + 6),
               size=26, bold=True, align="right", middle=True, min_size=16)  # fmt: skip


def _outreach(b: _Builder, data: InfographicData, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = _panel(b, "outreach", box, "Binmas & wilayah")
    b.text("outreach.sessions.value", number(data.outreach_sessions), (x0, y0, x1, y0 + 52), size=50,
           bold=True, min_size=30)  # fmt: skip
    b.text("outreach.sessions.label", "kegiatan Binmas bersama warga", (x0, y0 + 56, x1, y0 + 80), size=19,
           fill=MUTED, min_size=14)  # fmt: skip
    b.text("outreach.attendance.value", number(data.outreach_attendance), (x0, y0 + 96, x1, y0 + 148),
           size=50, bold=True, min_size=30)  # fmt: skip
    b.text("outreach.attendance.label", "warga hadir", (x0, y0 + 152, x1, y0 + 176), size=19, fill=MUTED,
           min_size=14)  # fmt: skip
    top = y0 + 192
    b.rect("places.rule", (x0, top, x1, top + 2), BAR_TRACK)
    b.text("places.title", "Kecamatan terbanyak", (x0, top + 12, x1, top + 36), size=19, bold=True,
           fill=MUTED, min_size=14)  # fmt: skip
    if not data.places:
        b.text("places.empty", NO_REPORTS, (x0, top + 44, x1, top + 70), size=21, fill=MUTED, min_size=15)
        return
    for i, place in enumerate(data.places[: (y1 - top - 44) // 30]):
        line = top + 44 + i * 30
        b.text(f"places.{i}.name", place.name, (x0, line, x1 - 64, line + 26), size=21, bold=True,
               min_size=21)  # fmt: skip
        b.text(f"places.{i}.count", number(place.count), (x1 - 60, line, x1, line + 26), size=21, bold=True,
               fill=NAVY_SOFT, align="right", min_size=14)  # fmt: skip


# --------------------------------------------------------------------------- drawing


def render_plan(plan: InfographicPlan) -> Image.Image:
    """Paint the plan on a new RGB image."""
    image = Image.new("RGB", (plan.width, plan.height), plan.background)
    draw = ImageDraw.Draw(image)
    for s in plan.shapes:
        if s.kind == "ellipse":
            draw.ellipse(s.box, fill=s.fill)
        elif s.radius:
            draw.rounded_rectangle(s.box, radius=s.radius, fill=s.fill)
        else:
            draw.rectangle(s.box, fill=s.fill)
    for t in plan.texts:
        draw.text((t.x, t.y), t.text, font=font(t.size, t.bold), fill=t.fill, anchor=t.anchor)
    return image


def render_infographic(data: InfographicData) -> Image.Image:
    return render_plan(plan_infographic(data))


def write_infographic(data: InfographicData, out: Path | str | BinaryIO) -> None:
    """Write the 1080x1080 infographic as PNG."""
    image = render_infographic(data)
    with output_target(out) as target:
        image.save(target, format="PNG", optimize=True)
