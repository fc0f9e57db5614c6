"""Turning whatever a person types into a safe FTS5 query; nothing typed is ever passed to MATCH raw."""

from __future__ import annotations

import re

# Letters and digits in any script; everything else (quotes, operators, brackets, '*', '-') separates words.
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def fts_match_expression(text: str) -> str | None:
    """An FTS5 expression matching rows that contain every word typed (the last one as a prefix), or None
    when nothing searchable was typed. Each word is quoted, so AND/OR/NOT/NEAR and syntax are plain words."""
    words = [w for w in _WORD.findall(text.casefold()) if w.strip("_")][:MAX_TERMS]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"  # the word being typed
    return " AND ".join(quoted)
