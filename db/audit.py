"""Appending to the hash-chained audit trail, and checking the chain."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from db.timeutil import now_utc

GENESIS = "0" * 64


def _default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _dump(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False, default=_default)


def _digest(
    prev_hash: str,
    at: str,
    officer_id: str,
    entity: str,
    entity_id: str,
    action: str,
    before: str,
    after: str,
) -> str:
    payload = "\x1f".join((prev_hash, at, officer_id, entity, entity_id, action, before, after))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    officer_id: str | None,
    entity: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (writers hold the lock, so the chain is linear)."""
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    prev = last or GENESIS
    at = now_utc().replace(microsecond=0)
    before_json, after_json = _dump(before or {}), _dump(after or {})
    entry = AuditEntry(
        at=at,
        officer_id=officer_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        hash=_digest(
            prev, at.isoformat(), officer_id or "", entity, entity_id, action, before_json, after_json
        ),
    )
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> int | None:
    """The seq of the first entry that was edited or follows a removed one, or None when the chain holds."""
    prev = GENESIS
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        expected = _digest(
            prev,
            e.at.isoformat(),
            e.officer_id or "",
            e.entity,
            e.entity_id,
            e.action,
            e.before_json,
            e.after_json,
        )
        if e.prev_hash != prev or e.hash != expected:
            return e.seq
        prev = e.hash
    return None
