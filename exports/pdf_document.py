"""The A4 document every PDF of the desk is written as: margins, metadata, page numbers, atomic output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from exports.output_files import output_target
from exports.pdf_common import NumberedCanvas, register_fonts

__all__ = ["PAGE_HEIGHT", "PAGE_WIDTH", "Margins", "write_a4_pdf"]

PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True)
class Margins:
    """Page margins in points (use reportlab's `mm`)."""

    left: float
    right: float
    top: float
    bottom: float

    @property
    def frame_width(self) -> float:
        """The width the story flows in."""
        return PAGE_WIDTH - self.left - self.right


def write_a4_pdf(
    out: Path | str | BinaryIO,
    story: Callable[[], list[Flowable]],
    *,
    margins: Margins,
    title: str,
    subject: str,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Build `story()` into an A4 PDF at `out` (a path is written under a temporary name and renamed when
    complete), with "page x of y" numbers and the desk's document metadata.

    `progress`, when given, hears (0, 1) before the build and (1, 1) once the file is in place."""
    register_fonts()
    with output_target(out) as target:
        doc = SimpleDocTemplate(
            target,
            pagesize=A4,
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=title,
            author="Sentra Desk",
            creator="Sentra Desk",
            subject=subject,
            lang="id-ID",
        )
        if progress:
            progress(0, 1)
        doc.build(story(), canvasmaker=NumberedCanvas)
    if progress:
        progress(1, 1)
