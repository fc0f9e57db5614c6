"""The desk's text limits for rows pulled from the centre: a text longer than its form allows is refused.

A pulled row is applied as it comes, so it meets the same per-field limits as the forms (a name 150
characters, a chronology 20,000); a longer text is never cut short: the row is refused with the reason and
kept in `sync_problem` (problems.py), where the admin sees it and the next pulls try it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from db.rules.text_rules import DEFAULT_MAX_LENGTH
from db.services.case_flow import MAX_UNIT
from db.services.officers import OFFICER_TEXT_LIMITS
from db.services.report_input import MAX_IDENTIFIERS_LENGTH, MAX_ITEM_LENGTH, MAX_LENGTHS
from db.services.survey import MAX_COMMENT, MAX_OCCUPATION

__all__ = ["TextTooLong", "check_text_lengths", "text_limit"]

# (table, column) -> the form's limit; any other text column takes the forms' default (DEFAULT_MAX_LENGTH).
_LIMITS: dict[tuple[str, str], int] = {
    **{
        ("citizen", k.removeprefix("citizen.")): v for k, v in MAX_LENGTHS.items() if k.startswith("citizen.")
    },
    **{("report", k): v for k, v in MAX_LENGTHS.items() if not k.startswith("citizen.")},
    ("report", "forwarded_to"): MAX_UNIT,
    ("lost_item", "item"): MAX_ITEM_LENGTH,
    ("lost_item", "identifiers"): MAX_IDENTIFIERS_LENGTH,
    ("survey_response", "occupation"): MAX_OCCUPATION,
    ("survey_response", "comment"): MAX_COMMENT,
    **{("officer", k): v for k, v in OFFICER_TEXT_LIMITS.items()},
}


class TextTooLong(Exception):
    """A pulled text longer than the desk's form allows for its field."""


def text_limit(table: str, column: str) -> int:
    return _LIMITS.get((table, column), DEFAULT_MAX_LENGTH)


def check_text_lengths(table: str, values: dict[str, Any]) -> None:
    """Raises an IntegrityError (the desk's constraint, so the row is kept as a sync problem like any row the
    local constraints refuse) naming the first text over its limit."""
    for column, value in values.items():
        if isinstance(value, str) and len(value) > (limit := text_limit(table, column)):
            reason = TextTooLong(
                f"{table}.{column} has {len(value):,} characters; the desk takes at most {limit:,} "
                "(the row is kept, not cut short)"
            )
            raise IntegrityError(f"pulled {table} row", None, reason)
