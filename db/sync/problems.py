"""Pulled rows that could not be applied, kept and tried again; notices for the admin (issue 14, point 4).

The pull cursor moves past a batch once it is stored, so a row the desk's own rules refuse (a NIK or NRP on
file at two stations, an entry that clashes with a local one) must not be lost with it: it is kept in
`sync_problem` with the reason and tried again after every later pull, until it applies. The status bar and
`sentra sync status` count what is still open; the admin sees the list (`sentra sync problems`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound
from db.models.base import utcnow
from db.models.sync import SyncProblem
from db.services.row_views import view_of
from db.storage.engine import read_session
from db.sync.notices import notices

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProblemView:
    id: str
    kind: str  # "apply" or "renumbered"
    tbl: str
    row_id: str
    version: int
    reason: str
    detail: dict[str, Any]
    first_seen_at: datetime
    last_tried_at: datetime
    attempts: int


def keep_problem(s: Session, item: dict[str, Any], reason: str) -> None:
    """Keep a refused pulled row (one open problem per row: a newer version replaces the older one)."""
    row_id, table = str(item.get("row_id")), str(item.get("table"))
    version = int(item.get("version") or 0)
    now = utcnow()
    open_one = s.scalar(
        select(SyncProblem).where(
            SyncProblem.kind == "apply",
            SyncProblem.tbl == table,
            SyncProblem.row_id == row_id,
            SyncProblem.resolved_at.is_(None),
        )
    )
    text = json.dumps(item, ensure_ascii=False, default=str)
    if open_one is None:
        s.add(
            SyncProblem(
                kind="apply", tbl=table, row_id=row_id, version=version, item=text, reason=reason,
                first_seen_at=now, last_tried_at=now, attempts=1,
            )
        )  # fmt: skip
        s.flush()
        return
    open_one.attempts += 1
    open_one.last_tried_at = now
    open_one.reason = reason
    if version >= open_one.version:
        open_one.version, open_one.item = version, text
    s.flush()


def count_open(s: Session) -> dict[str, int]:
    """Open problems by kind ("apply", "renumbered")."""
    rows = s.execute(
        select(SyncProblem.kind, func.count())
        .where(SyncProblem.resolved_at.is_(None))
        .group_by(SyncProblem.kind)
    )
    return {kind: int(n) for kind, n in rows}


def list_problems(
    session_factory: sessionmaker[Session], *, include_resolved: bool = False
) -> list[ProblemView]:
    with read_session(session_factory) as s:
        order = (SyncProblem.first_seen_at.desc(), SyncProblem.id)
        query = notices(SyncProblem, *order, include_resolved=include_resolved)
        return [view_of(ProblemView, p, detail=_detail(p)) for p in s.scalars(query)]


def _detail(p: SyncProblem) -> dict[str, Any]:
    try:
        data = json.loads(p.item) if p.item else {}
    except ValueError:
        return {}
    if p.kind == "apply":
        row = data.get("row") or {}
        return {k: row.get(k) for k in ("station_code", "name", "number", "nik", "nrp", "day") if k in row}
    return dict(data)


def acknowledge_renumbered(session_factory: sessionmaker[Session], *, problem_id: str) -> None:
    """The admin reprinted the receipt of a renumbered report: the notice closes."""
    with session_factory.begin() as s:
        problem = s.get(SyncProblem, problem_id)
        if problem is None or problem.kind != "renumbered":
            raise NotFound(problem_id)
        problem.resolved_at = utcnow()
