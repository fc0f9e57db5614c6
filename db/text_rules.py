"""Rules every free text meets before it is stored: no control characters but tab and line breaks (one in
a report made every Excel export of it fail), and a length limit per field."""

from __future__ import annotations

import re

__all__ = ["CONTROL", "has_control_characters", "strip_control_characters"]

# C0 controls except tab (0x09), line feed (0x0A) and carriage return (0x0D); DEL and the C1 controls.
# 0x0B is Word's soft line break; 0x1B an escape a barcode scanner can send.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    return CONTROL.search(text) is not None


def strip_control_characters(text: str) -> str:
    """The text without control characters; a vertical tab or form feed (soft breaks) becomes a newline."""
    return CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
