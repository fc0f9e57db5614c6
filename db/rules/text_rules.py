"""Rules every free text meets before it is stored: no control characters but tab and line breaks (one in
a report made every Excel export of it fail), and a length limit per field."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from db.errors import ValidationFailed

__all__ = [
    "CONTROL",
    "dataclass_text_errors",
    "has_control_characters",
    "raise_field_errors",
    "strip_control_characters",
    "text_errors",
]

# C0 controls except tab (0x09), line feed (0x0A) and carriage return (0x0D); DEL and the C1 controls.
# 0x0B is Word's soft line break; 0x1B an escape a barcode scanner can send.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    return CONTROL.search(text) is not None


def strip_control_characters(text: str) -> str:
    """The text without control characters; a vertical tab or form feed (soft breaks) becomes a newline."""
    return CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


# The most characters any free text takes unless its form says otherwise (a chronology or a letter's text
# fits with room to spare; a pasted document does not).
DEFAULT_MAX_LENGTH = 20_000
SHORT_MAX_LENGTH = 300


def text_errors(texts: Mapping[str, str], limits: Mapping[str, int] | None = None) -> dict[str, str]:
    """For each named text: control characters refused, then its length limit (`limits`, else
    DEFAULT_MAX_LENGTH); the messages go next to the field the name is the key of."""
    errors: dict[str, str] = {}
    for field, text in texts.items():
        if has_control_characters(text):
            errors[field] = "Remove the control characters (only tabs and line breaks are allowed)."
        elif len(text) > (limits or {}).get(field, DEFAULT_MAX_LENGTH):
            errors[field] = "This text is longer than the field allows."
    return errors


def dataclass_text_errors(
    data: object, limits: Mapping[str, int] | None = None, *, known: Mapping[str, str] | None = None
) -> dict[str, str]:
    """text_errors over every str field (and tuple of str) of an input dataclass, skipping fields that
    already have an error in `known`."""
    texts: dict[str, str] = {}
    for f in dataclasses.fields(data):  # type: ignore[arg-type]
        if known and f.name in known:
            continue
        value = getattr(data, f.name)
        if isinstance(value, str):
            texts[f.name] = value
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            # A list of names (topics, partners): each one is a short text.
            worst = max(value, key=lambda v: (has_control_characters(v), len(v)))
            texts[f.name] = worst
            limits = {**(limits or {}), f.name: (limits or {}).get(f.name, SHORT_MAX_LENGTH)}
    return text_errors(texts, limits)


def raise_field_errors(
    errors: Mapping[str, str], data: object, limits: Mapping[str, int] | None = None
) -> None:
    """The end of an input's validation: `errors` found so far, then dataclass_text_errors for the fields
    of `data` that have none yet, raised together as one ValidationFailed; returns when there is none."""
    found = {**errors, **dataclass_text_errors(data, limits, known=errors)}
    if found:
        raise ValidationFailed(found)
