"""Finding reports: whatever a person types becomes a safe FTS5 query; nothing typed reaches MATCH raw."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, column, literal_column, select, table
from sqlalchemy import text as sql
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Citizen, Report
from db.storage.engine import read_session

log = logging.getLogger(__name__)

# Letters and digits in any script; everything else (quotes, operators, brackets, '*', '-') separates words.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 12
_OPERATORS = frozenset(("AND", "OR", "NOT"))
# Longer than any receipt number (200) with room to spare; the rest of a pasted page is not a query.
MAX_TEXT = 400
# More matches than this are not ranked: bm25 costs time in proportion to the matches (about 1 ms per
# thousand at 1M reports), and a query that matches thousands of reports is refined, not read. Those
# queries list the newest matches first instead.
RANK_CAP = 2_000
# Prefixes of one character expand to a large part of the vocabulary (no prefix index for them): slow and
# useless, so a last word of one character is matched whole.
MIN_PREFIX = 2

_search_key = table("report_search_key", column("rowid"), column("report_id"))
_fts = table("report_fts", column("rowid"))


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    number: str  # "" for information reports, which get no number
    received_at: datetime  # UTC, aware
    citizen_name: str
    status: str
    kind: str
    voided: bool


def _clean(text: str) -> str:
    # Lone surrogates (possible in a QString) cannot be encoded for SQLite; NUL and other control or
    # format characters separate words like a space does.
    text = text[:MAX_TEXT].encode("utf-8", "ignore").decode("utf-8")
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)


def _is_token_word(word: str) -> bool:
    # A quoted string FTS5's tokenizer turns into no token makes the whole AND match nothing: drop it.
    return any(unicodedata.category(ch)[0] in "LN" for ch in word)


def fts_match_expression(text: str) -> str | None:
    """An FTS5 expression matching rows that contain everything typed, or None when nothing searchable was
    typed. Words joined by punctuation ("LP/B/17", "17/XI/2026") must follow each other (a phrase); the
    last word typed is a prefix. Every word is quoted, so AND/OR/NOT/NEAR, '*', '^', ':' are plain text."""
    chunks = _clean(text).split()
    # "siti AND budi" was written for a search engine: the operators are not what is looked for.
    words_only = [c for c in chunks if c not in _OPERATORS]
    phrases: list[list[str]] = []
    budget = MAX_TERMS
    for chunk in words_only or chunks:
        chunk = chunk.casefold()
        words = [w for w in _WORD.findall(chunk) if _is_token_word(w)][:budget]
        if words:
            phrases.append(words)
            budget -= len(words)
        if budget <= 0:
            break
    if not phrases:
        return None
    quoted = ['"' + " ".join(words) + '"' for words in phrases]
    if len(phrases[-1][-1]) >= MIN_PREFIX:
        quoted[-1] += "*"  # the word being typed
    return " AND ".join(quoted)


def number_key(number: str) -> str:
    """A receipt number compared the way a person reads it: case and spaces do not matter."""
    return "".join(_clean(number).split()).casefold()


def _number_variants(text: str) -> list[str]:
    typed = " ".join(_clean(text).split())
    if not typed or len(typed) > 200 or not any(ch.isdigit() for ch in typed):
        return []
    # Numbers are unique and indexed as stored; patterns print upper case, so try that too.
    return list(dict.fromkeys((typed, typed.upper())))


def report_ids_matching(text: str, *, newest: int | None = None) -> Select[tuple[str]] | None:
    """A SELECT of the ids of the reports whose number, citizen, reported party or chronology match `text`
    (the same words as `search_reports`), for use as `Report.id.in_(...)`; None when nothing searchable was
    typed (then do not filter). Void and deleted reports are included: the caller filters those.

    The plan starts from the FTS index, so its cost follows the number of matches; `newest` keeps only
    that many (the most recently registered ones) for a word that matches a large part of the database."""
    expr = fts_match_expression(text)
    if expr is None:
        return None
    matching = select(_fts.c.rowid).where(literal_column("report_fts").op("MATCH")(expr))
    if newest is not None:
        matching = matching.order_by(_fts.c.rowid.desc()).limit(newest)
    return select(_search_key.c.report_id).where(_search_key.c.rowid.in_(matching))


def _exact_number_ids(s: Session, text: str) -> list[str]:
    variants = _number_variants(text)
    if not variants:
        return []
    return list(s.scalars(select(Report.id).where(Report.number.in_(variants))))


_NEWEST = sql("SELECT rowid FROM report_fts WHERE report_fts MATCH :q ORDER BY rowid DESC LIMIT :n")
_RANKED = sql("SELECT rowid FROM report_fts WHERE report_fts MATCH :q ORDER BY rank, rowid DESC LIMIT :n")


def _fts_rowids(s: Session, expr: str, want: int) -> tuple[list[int], bool]:
    """Search-key rowids, best first, and whether more may exist beyond them."""
    # Without bm25 the index is read only as far as the LIMIT (measured: a quarter of the cost of ranking
    # a word in 250,000 reports); one pass gives both the newest matches and whether there are few enough
    # to rank. A key grows with each registered report, so a higher rowid is a newer report.
    cap = max(RANK_CAP, want)
    newest = s.scalars(_NEWEST, {"q": expr, "n": cap + 1}).all()
    if len(newest) > cap:
        return list(newest[:want]), True
    if len(newest) <= 1:
        return list(newest), False
    return list(s.scalars(_RANKED, {"q": expr, "n": want}).all()), len(newest) > want


def _load(s: Session, *, ids: list[str] | None = None, rowids: list[int] | None = None) -> list[Row[Any]]:
    q = select(
        Report.id,
        Report.number,
        Report.received_at,
        Citizen.name,
        Report.status,
        Report.kind,
        Report.voided_at,
        Report.deleted_at,
        _search_key.c.rowid,
    ).join(Citizen, Citizen.id == Report.citizen_id)
    if rowids is not None:
        q = q.join(_search_key, _search_key.c.report_id == Report.id).where(_search_key.c.rowid.in_(rowids))
    else:
        q = q.outerjoin(_search_key, _search_key.c.report_id == Report.id).where(Report.id.in_(ids or []))
    return list(s.execute(q))


def search_reports(
    session_factory: sessionmaker[Session], text: str, *, limit: int = 50, include_void: bool = True
) -> list[SearchHit]:
    """Reports matching what was typed: the report whose whole number it is first (case and spaces aside,
    as a scanned receipt QR gives it), then matches by relevance (bm25), then newest. Never raises on any
    text; nothing searchable gives []."""
    if not isinstance(text, str) or limit < 1:
        return []
    expr = fts_match_expression(text)
    key = number_key(text)

    def keep(row: Row[Any]) -> bool:
        return row.deleted_at is None and (include_void or row.voided_at is None)

    with read_session(session_factory) as s:
        exact_ids = _exact_number_ids(s, text)
        exact = [r for r in _load(s, ids=exact_ids) if keep(r)] if exact_ids else []
        found: list[Row[Any]] = []
        want = limit
        # The whole number of a report is that report: reading the FTS index for its ten or so words, most
        # of them in every number, would cost tens of milliseconds at a million reports for nothing.
        while expr is not None and not exact_ids:
            try:
                rowids, more = _fts_rowids(s, expr, want)
            except OperationalError as exc:
                # The expression is built to be valid; should FTS5 still refuse it, a search finds nothing
                # rather than showing an error at the desk.
                if not str(exc.orig).startswith("fts5"):
                    raise
                log.warning("search %r (%s) failed: %s", text, expr, exc.orig)
                break
            by_rowid = {r.rowid: r for r in _load(s, rowids=rowids)}
            found = [by_rowid[k] for k in rowids if k in by_rowid and keep(by_rowid[k])]
            # Void or deleted rows were dropped after the LIMIT: read further until the page is full.
            if len(found) >= limit or not more:
                break
            want *= 4
    seen = {r.id for r in exact}
    # A number typed in other case or spacing than stored is still "the" number: it comes first too.
    exact += [r for r in found if r.number and number_key(r.number) == key and r.id not in seen]
    seen = {r.id for r in exact}
    ordered = exact + [r for r in found if r.id not in seen]
    return [
        SearchHit(
            id=r.id,
            number=r.number or "",
            received_at=r.received_at,
            citizen_name=r.name,
            status=r.status,
            kind=r.kind,
            voided=r.voided_at is not None,
        )
        for r in ordered[:limit]
    ]
