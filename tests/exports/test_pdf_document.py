"""The shared A4 document set-up: margins, metadata, page numbers, progress and an atomic file."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from exports.pdf_common import paragraph_styles
from exports.pdf_document import PAGE_WIDTH, Margins, write_a4_pdf


def test_frame_width_is_the_page_less_its_side_margins():
    margins = Margins(left=25 * mm, right=20 * mm, top=15 * mm, bottom=17 * mm)
    assert margins.frame_width == pytest.approx(PAGE_WIDTH - 45 * mm)
    assert round(PAGE_WIDTH / mm) == 210


def test_writes_an_a4_pdf_with_metadata_page_numbers_and_progress(tmp_path):
    out = tmp_path / "doc.pdf"
    heard: list[tuple[int, int]] = []

    def story():
        styles = paragraph_styles()
        return [Paragraph(f"Baris {i}", styles["body"]) for i in range(150)]  # more than one page

    margins = Margins(left=20 * mm, right=20 * mm, top=15 * mm, bottom=17 * mm)
    write_a4_pdf(
        out, story, margins=margins, title="Judul 1", subject="Pokok", progress=lambda *p: heard.append(p)
    )
    reader = PdfReader(out)
    assert reader.metadata.title == "Judul 1" and reader.metadata.subject == "Pokok"
    assert reader.metadata.author == "Sentra Desk"
    assert len(reader.pages) >= 2
    width = float(reader.pages[0].mediabox.width)
    assert width == pytest.approx(PAGE_WIDTH, abs=0.5)
    assert f"Halaman 1 dari {len(reader.pages)}" in reader.pages[0].extract_text()
    assert heard == [(0, 1), (1, 1)]


def test_a_story_that_fails_leaves_no_file(tmp_path):
    out = tmp_path / "doc.pdf"

    def story():
        raise RuntimeError("broken story")

    margins = Margins(left=20 * mm, right=20 * mm, top=15 * mm, bottom=17 * mm)
    with pytest.raises(RuntimeError):
        write_a4_pdf(out, story, margins=margins, title="x", subject="y")
    assert list(tmp_path.iterdir()) == []
