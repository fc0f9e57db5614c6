"""What the services' writes share: the acting officer, the live row, the audit entry of a change, and a
report's status history row.

Every helper works in the caller's transaction (`with session_factory.begin() as s:`) and raises the typed
errors the UI shows; none commits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from db.errors import NotFound, PermissionDenied
from db.models import Officer, Report, StatusChange
from db.models.base import SyncedMixin
from db.storage import audit

R = TypeVar("R", bound=SyncedMixin)


def active_officer(s: Session, officer_id: str) -> Officer:
    """The officer doing the write: known, active and not deleted, or PermissionDenied."""
    officer = s.get(Officer, officer_id)
    if officer is None or not officer.active or officer.deleted_at is not None:
        raise PermissionDenied("unknown or inactive officer")
    return officer


def require_own_or_head(officer: Officer, owner_id: str, refusal: str) -> None:
    """A record is changed by the officer it belongs to (its recorder, its trainee), or by a head or an
    admin; anyone else gets PermissionDenied(`refusal`)."""
    if owner_id != officer.id and officer.role not in ("head", "admin"):
        raise PermissionDenied(refusal)


def live_row(s: Session, model: type[R], row_id: str, what: str, **get_options: Any) -> R:
    """The row `row_id` of `model` unless it is missing or soft-deleted: then NotFound("<what> <id>").
    `get_options` go to `Session.get` (e.g. `options=[selectinload(...)]`)."""
    row = s.get(model, row_id, **get_options)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{what} {row_id}")
    return row


def insert_audited(s: Session, row: R, entity: str, *, by: str | None, after: dict[str, Any]) -> R:
    """Add `row`, flush it (so it has its id) and record its creation by officer `by` with the values
    `after`, under the audit entity name `entity`."""
    s.add(row)
    s.flush()
    audit.record(s, officer_id=by, entity=entity, entity_id=row.id, action="create", after=after)
    return row


def record_active(s: Session, row: R, entity: str, *, by: str | None, active: bool) -> None:
    """The audit entry of `row` switched on ("activate") or off ("deactivate") by officer `by`."""
    action = "activate" if active else "deactivate"
    before, after = {"active": not active}, {"active": active}
    audit.record(s, officer_id=by, entity=entity, entity_id=row.id, action=action, before=before, after=after)


def update_audited(
    s: Session,
    row: R,
    entity: str,
    *,
    by: str | None,
    before: dict[str, Any],
    after: dict[str, Any],
    action: str = "update",
    only_changed: bool = False,
) -> bool:
    """Flush the change officer `by` made to `row` and record it with `before` and `after`, under the audit
    entity name `entity`: in full, or with `only_changed` only the fields of `after` whose value differs
    from `before` (and no entry when none does). Returns whether an entry was written."""
    s.flush()
    if only_changed:
        changed = [k for k in after if after[k] != before.get(k)]
        if not changed:
            return False
        before, after = {k: before.get(k) for k in changed}, {k: after[k] for k in changed}
    audit.record(s, officer_id=by, entity=entity, entity_id=row.id, action=action, before=before, after=after)
    return True


def add_status_change(
    s: Session,
    report: Report,
    *,
    to_status: str,
    officer_id: str,
    at: datetime,
    from_status: str = "",
    note: str = "",
) -> None:
    """Add the row of `report`'s status history that says officer `officer_id` moved it to `to_status` at `at`
    (from `from_status`, "" for its first status), with `note`."""
    s.add(
        StatusChange(
            report_id=report.id,
            from_status=from_status,
            to_status=to_status,
            changed_at=at,
            officer_id=officer_id,
            note=note,
            station_code=report.station_code,
        )
    )
