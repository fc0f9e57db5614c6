"""Which database objects Alembic's comparison skips: the FTS5 index, its shadow tables and its key table."""

from __future__ import annotations

UNMODELLED_PREFIXES = ("report_fts", "report_search_key")


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ == "table" and bool(name) and str(name).startswith(UNMODELLED_PREFIXES))
