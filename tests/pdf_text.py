"""Reading back what the exporters wrote: the text of every page of a PDF, and that text with its white space
folded (a wrapped line then compares equal to the typed text)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def pdf_text(pdf: Path | bytes) -> str:
    """The text of every page of `pdf` (a file or the bytes written), one page after the other."""
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "\n".join(page.extract_text() for page in reader.pages)


def written_text(write: Callable[..., Any], data: Any, **options: Any) -> str:
    """`write(data, buffer, **options)` into memory, read back with `pdf_text`."""
    buffer = io.BytesIO()
    write(data, buffer, **options)
    return pdf_text(buffer.getvalue())


def flat(text: str) -> str:
    """`text` with every run of white space (line breaks included) one space."""
    return " ".join(text.split())
