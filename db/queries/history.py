"""A report's change history as the audit trail recorded it: who changed what, when, from what to what."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEntry, Category, Citizen, Officer, Report, StatusChange
from db.rules.regions import region_name
from db.storage.engine import read_session


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: datetime  # UTC, aware
    officer_name: str
    action: str  # "create", "update", "status", "assign", "difficulty", "pause_clock", "void", "deadline"
    entity: str  # "report" or "citizen"
    # (field, before, after) of the fields whose value changed; ids and region codes are already names.
    changes: tuple[tuple[str, str, str], ...]
    note: str = ""  # the officer's note on a status change


_OFFICER_FIELDS = ("assigned_officer_id", "voided_by_id", "officer_id")
_REGION_FIELDS = ("incident_kecamatan_code", "incident_nagari_code", "kecamatan_code", "nagari_code")


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


class _Names:
    """Turns the ids an audit entry keeps into the names people know, looked up once each."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._cache: dict[tuple[str, str], str] = {}

    def shown(self, field: str, value: object) -> str:
        text = _text(value)
        if not text:
            return ""
        if field in _REGION_FIELDS:
            return region_name(text)
        model: type[Officer] | type[Category] | type[Citizen] | None = None
        if field in _OFFICER_FIELDS:
            model = Officer
        elif field == "category_id":
            model = Category
        elif field == "citizen_id":
            model = Citizen
        if model is None:
            return text
        key = (field, text)
        if key not in self._cache:
            row = self._s.get(model, text)
            if row is None:
                self._cache[key] = text
            elif isinstance(row, Officer):
                self._cache[key] = f"{row.rank} {row.name}".strip()
            else:
                self._cache[key] = str(getattr(row, "name", text))
        return self._cache[key]


def report_history(session_factory: sessionmaker[Session], report_id: str) -> list[HistoryRow]:
    """Entries about the report and about its citizen, oldest first; unchanged fields are left out."""
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
        # Each status change writes one status_change row (with the note) and one audit entry, in that order.
        # A change with no audit entry here was made at another desk and synced in (or by the demo): it is
        # shown from its status_change row, so the history is the case's, not only this desk's.
        changes_of: dict[tuple[str, str], list[tuple[StatusChange, str]]] = {}
        unmatched: dict[str, tuple[StatusChange, str]] = {}
        for change, changer in s.execute(
            select(StatusChange, Officer.name)
            .outerjoin(Officer, Officer.id == StatusChange.officer_id)
            .where(StatusChange.report_id == report_id)
            .order_by(StatusChange.changed_at)
        ):
            changes_of.setdefault((change.officer_id, change.to_status), []).append((change, changer or ""))
            unmatched[change.id] = (change, changer or "")
        names = _Names(s)
        # Read inside the session: read_session rolls back at the end, which expires the entries.
        history = []
        for entry, name in rows:
            before, after = json.loads(entry.before_json), json.loads(entry.after_json)
            changes: tuple[tuple[str, str, str], ...] = ()
            if entry.action != "create":
                changes = tuple(
                    (field, names.shown(field, before.get(field)), names.shown(field, after.get(field)))
                    for field in sorted(after)
                    if _text(before.get(field)) != _text(after.get(field))
                )
            note = ""
            # A status move (a status change, a restorative close) has its status_change row with the note.
            if "status" in after and _text(before.get("status")) != _text(after.get("status")):
                queue = changes_of.get((entry.officer_id or "", str(after.get("status", ""))), [])
                if queue:
                    change, _ = queue.pop(0)
                    unmatched.pop(change.id, None)
                    note = change.note
            history.append(HistoryRow(entry.at, name or "", entry.action, entry.entity, changes, note))
        for change, changer in unmatched.values():
            if not change.from_status:  # the report's first status: its creation is the entry that says so
                continue
            step = (("status", change.from_status, change.to_status),)
            history.append(HistoryRow(change.changed_at, changer, "status", "report", step, change.note))
        history.sort(key=lambda row: row.at)
    return history
