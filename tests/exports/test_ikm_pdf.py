"""The IKM report PDF: elements, index and grade, escaped comments, chart on a 0-4 scale, page numbers."""

from __future__ import annotations

from exports.ikm_pdf import nrr_chart, write_ikm_pdf
from tests.exports.ikm_sample import MARKUP_COMMENT, NAMES, sample_report
from tests.pdf_text import flat, written_text


def pdf_text(data) -> str:
    return written_text(write_ikm_pdf, data)


def test_elements_index_grade_profile_and_signature():
    text = flat(pdf_text(sample_report()))
    for name in NAMES:
        assert flat(name) in text, name
    assert "81,94" in text and "3,28" in text
    assert "B (Baik)" in text
    assert "Periode November 2026" in text and "POLRES SOLOK" in text
    assert "Laki-laki" in text and "75,0%" in text
    assert "Hendra Gunawan" in text and "IPTU NRP 78050412" in text
    assert "Halaman 1 dari" in text
    # 4 respondents for a required sample of 92: the note says so.
    assert "belum mencapai sampel minimal" in text


def test_comment_markup_is_printed_literally():
    text = flat(pdf_text(sample_report()))
    assert flat(MARKUP_COMMENT) in text
    assert "=SUM(A1)" in text


def test_no_warning_when_enough_and_no_respondents_message():
    assert "belum mencapai" not in pdf_text(sample_report(enough=True))
    empty = sample_report(respondents=0, elements=(), ikm=None, index=None, grade="", grade_label="",
                          comments=(), answers=(), profile=())  # fmt: skip
    text = flat(pdf_text(empty))
    assert "Belum ada responden pada periode ini." in text
    assert "Tidak ada saran atau masukan" in text


def test_chart_scale_is_fixed_from_zero_to_four():
    drawing = nrr_chart(sample_report())
    chart = drawing.contents[0]
    assert chart.valueAxis.valueMin == 0 and chart.valueAxis.valueMax == 4
    assert chart.categoryAxis.categoryNames == [f"U{i}" for i in range(1, 10)]
    assert chart.data == [[3.5, 3.25, 3.0, 3.75, 3.25, 3.5, 3.5, 3.0, 2.75]]


def test_comment_dates_never_wrap():
    import re

    data = sample_report()
    text = pdf_text(data)  # unflattened: a wrapped date would be split over two lines
    dates = re.findall(r"\d{2}-\d{2}-\d{4}", text)
    comments = [c for c in data.comments if c.text.strip()]
    assert len(dates) >= len(comments) >= 1
    assert not re.search(r"\d{2}-\d{2}-\s*\n\s*\d{4}", text) and not re.search(r"\d{2}-\s*\n\s*\d{2}-", text)
