"""The tests' PDF reader: a file and the bytes written read the same, every page in order; `flat` folds
white space."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from tests.pdf_text import flat, pdf_text, written_text


def _two_pages(data: tuple[str, str], out) -> None:
    canvas = Canvas(out)
    for line in data:
        canvas.drawString(72, 720, line)
        canvas.showPage()
    canvas.save()


def test_a_file_and_its_bytes_read_the_same_page_after_page(tmp_path):
    path = tmp_path / "two.pdf"
    _two_pages(("Halaman satu", "Halaman dua"), str(path))
    text = pdf_text(path)
    assert text.index("Halaman satu") < text.index("Halaman dua")
    assert pdf_text(path.read_bytes()) == text == written_text(_two_pages, ("Halaman satu", "Halaman dua"))


def test_flat_folds_line_breaks_and_runs_of_spaces():
    assert flat(" Kitab\n Undang-Undang\t  Hukum\n") == "Kitab Undang-Undang Hukum"
