"""The conflicts the server reported for this station's edits, and the unit head's choice between the values.

Resolving "switched" writes the losing value back through the ORM, so it travels as a new edit (based on the
current version, it applies cleanly); "kept" only marks the conflict as seen. Both are audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import Officer, Report
from db.models.base import Base, SyncedMixin, utcnow
from db.models.sync import SyncConflict
from db.services.row_views import view_of
from db.storage import audit
from db.storage.engine import read_session
from db.sync.codec import decode
from db.sync.notices import notices

RESOLVERS = frozenset({"head", "admin"})


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    # What a person recognises: the report number, or the table and a short id.
    row_label: str
    field: str
    kept_value: Any
    lost_value: Any
    # The values as a person reads them (an officer's name instead of an id).
    kept_display: str
    lost_display: str
    current_value: Any
    winner: str
    created_at: datetime
    resolved_at: datetime | None
    resolution: str


def _model(table: str) -> type[SyncedMixin]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table and issubclass(mapper.class_, SyncedMixin):  # type: ignore[attr-defined]
            return mapper.class_  # type: ignore[no-any-return]
    raise NotFound(f"no synced table {table}")


def _label(s: Session, table: str, row_id: str) -> str:
    if table == "report":
        number = s.scalar(select(Report.number).where(Report.id == row_id))
        if number:
            return str(number)
    return f"{table} {row_id[:8]}"


def _current(s: Session, table: str, row_id: str, field: str) -> Any:
    row = s.get(_model(table), row_id)
    return None if row is None else getattr(row, field, None)


def _display(s: Session, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field.endswith("officer_id"):
        officer = s.get(Officer, str(value))
        if officer is not None:
            return f"{officer.rank} {officer.name}".strip()
    if field == "category_id":
        from db.models import Category

        category = s.get(Category, str(value))
        if category is not None:
            return category.name
    return str(value)


def list_conflicts(
    session_factory: sessionmaker[Session], *, include_resolved: bool = False
) -> list[ConflictView]:
    with read_session(session_factory) as s:
        query = notices(SyncConflict, SyncConflict.created_at.desc(), include_resolved=include_resolved)
        return [
            view_of(
                ConflictView,
                c,
                table=c.tbl,
                row_label=_label(s, c.tbl, c.row_id),
                kept_value=json.loads(c.kept_value),
                lost_value=json.loads(c.lost_value),
                kept_display=_display(s, c.field, json.loads(c.kept_value)),
                lost_display=_display(s, c.field, json.loads(c.lost_value)),
                current_value=_current(s, c.tbl, c.row_id, c.field),
            )
            for c in s.scalars(query)
        ]


def resolve_conflict(
    session_factory: sessionmaker[Session], conflict_id: str, *, choice: str, officer_id: str
) -> None:
    """`choice` "kept": the server's value stays; "switched": the losing value is written back."""
    if choice not in ("kept", "switched"):
        raise ValidationFailed({"choice": "Choose which value to keep."})
    with session_factory.begin() as s:
        officer = s.get(Officer, officer_id)
        if officer is None or not officer.active or officer.role not in RESOLVERS:
            raise PermissionDenied("only a unit head or admin settles sync conflicts")
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("conflict")
        if conflict.resolved_at is not None:
            raise ValidationFailed({"choice": "This conflict was already settled."})
        model = _model(conflict.tbl)
        row = s.get(model, conflict.row_id)
        before = None if row is None else getattr(row, conflict.field, None)
        if choice == "switched":
            if row is None:
                raise NotFound(conflict.tbl)
            column = model.__table__.c[conflict.field]  # type: ignore[attr-defined]
            setattr(row, conflict.field, decode(column, json.loads(conflict.lost_value)))
        conflict.resolved_at = utcnow()
        conflict.resolved_by_id = officer_id
        conflict.resolution = choice
        audit.record(
            s,
            officer_id=officer_id,
            entity=conflict.tbl,
            entity_id=conflict.row_id,
            action="sync_conflict",
            before={conflict.field: before},
            after={
                conflict.field: getattr(row, conflict.field, None) if row is not None else None,
                "choice": choice,
            },
        )
