"""A 1,000-character word in any text a PDF prints wraps and never breaks the layout (reportlab raised
LayoutError for such a name on a receipt)."""

from __future__ import annotations

import dataclasses
import io

import pytest

from exports.ikm_pdf import write_ikm_pdf
from exports.letter_pdf import write_letter
from exports.monthly_pdf import write_monthly_pdf
from exports.receipt_pdf import write_receipt
from tests.exports import test_monthly_pdf
from tests.exports.ikm_sample import sample_report
from tests.exports.test_letter_pdf import make_letter
from tests.exports.test_receipt_pdf import make_receipt
from tests.pdf_text import pdf_text

WORD = "Panjang" * 143  # 1,001 characters, no space
KEEP = {"kind", "sex", "citizen_sex", "grade", "ikm_grade"}


def long_texts(value):
    """The dataclass with every non-empty text (also in nested dataclasses and tuples of them) replaced by
    WORD, except codes the writers choose a layout by."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if isinstance(current, str) and current.strip() and f.name not in KEEP:
                changes[f.name] = WORD
            elif dataclasses.is_dataclass(current) or isinstance(current, tuple):
                changes[f.name] = long_texts(current)
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(long_texts(v) if dataclasses.is_dataclass(v) else v for v in value)
    return value


WRITERS = {
    "receipt": lambda out: write_receipt(long_texts(make_receipt()), out),
    "letter": lambda out: write_letter(long_texts(make_letter()), out),
    "monthly": lambda out: write_monthly_pdf(long_texts(test_monthly_pdf.sample()), out),
    "public": lambda out: write_monthly_pdf(long_texts(test_monthly_pdf.sample()), out, public=True),
    "ikm": lambda out: write_ikm_pdf(long_texts(sample_report()), out),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_thousand_character_word_wraps(kind):
    buffer = io.BytesIO()
    WRITERS[kind](buffer)
    text = pdf_text(buffer.getvalue())
    assert "PanjangPanjang" in text
