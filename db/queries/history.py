"""A report's change history as the audit trail recorded it: who changed what, when, from what to what."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import read_session
from db.models import AuditEntry, Officer, Report


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: datetime  # UTC, aware
    officer_name: str
    action: str  # "create", "update", "status", "assign", "difficulty", "pause_clock", "void", "deadline"
    entity: str  # "report" or "citizen"
    changes: tuple[tuple[str, str, str], ...]  # (field, before, after) for updates


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(
            " ".join(str(v) for v in item.values() if v not in ("", None))
            if isinstance(item, dict)
            else str(item)
            for item in value
        )
    return str(value)


def report_history(session_factory: sessionmaker[Session], report_id: str) -> list[HistoryRow]:
    """Entries about the report and about its citizen, oldest first."""
    with read_session(session_factory) as s:
        citizen_id = s.scalar(select(Report.citizen_id).where(Report.id == report_id))
        rows = s.execute(
            select(AuditEntry, Officer.name)
            .outerjoin(Officer, Officer.id == AuditEntry.officer_id)
            .where(
                or_(
                    (AuditEntry.entity == "report") & (AuditEntry.entity_id == report_id),
                    (AuditEntry.entity == "citizen")
                    & (AuditEntry.entity_id == (citizen_id or ""))
                    & (AuditEntry.action == "update"),
                )
            )
            .order_by(AuditEntry.seq)
        ).all()
        # Read inside the session: read_session rolls back at the end, which expires the entries.
        history = []
        for entry, name in rows:
            before, after = json.loads(entry.before_json), json.loads(entry.after_json)
            changes = (
                tuple((field, _text(before.get(field)), _text(after.get(field))) for field in sorted(after))
                if entry.action != "create"
                else ()
            )
            history.append(HistoryRow(entry.at, name or "", entry.action, entry.entity, changes))
    return history
