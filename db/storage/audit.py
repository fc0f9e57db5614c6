"""Appending to the audit trail: each entry's hash covers the previous one, keyed with the station's HMAC key.

Entries written before the key existed (schema 0001-0004 databases) keep their plain SHA-256 hashes and stay
verifiable; the first keyed entry is an anchor (entity "audit", entity_id "chain", action "keyed") whose HMAC
covers the last plain hash, so from then on no entry before or after it can be re-hashed without the key.
A missing key file gives a "rekeyed" anchor with a new key: the entries before it are then reported as not
verifiable on this PC, never silently accepted. Checking the chain: db/storage/audit_verify.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from db.rules.timeutil import now_utc
from db.storage.audit_key import create_key, database_path, load_key

GENESIS = "0" * 64
ANCHOR_ENTITY, ANCHOR_ID = "audit", "chain"
ANCHOR_ACTIONS = ("keyed", "rekeyed")

log = logging.getLogger(__name__)


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
    key: bytes | None = None,
) -> str:
    payload = "\x1f".join((prev_hash, at, officer_id, entity, entity_id, action, before, after)).encode(
        "utf-8"
    )
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def entry_digest(e: AuditEntry, prev_hash: str, key: bytes | None) -> str:
    return _digest(
        prev_hash,
        e.at.isoformat(),
        e.officer_id or "",
        e.entity,
        e.entity_id,
        e.action,
        e.before_json,
        e.after_json,
        key,
    )


def is_anchor(e: AuditEntry) -> bool:
    return e.entity == ANCHOR_ENTITY and e.entity_id == ANCHOR_ID and e.action in ANCHOR_ACTIONS


def _key_id_of(after_json: str) -> str | None:
    try:
        value = json.loads(after_json).get("key_id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def anchor_key_id(e: AuditEntry) -> str | None:
    return _key_id_of(e.after_json)


def _append(
    session: Session,
    key: bytes | None,
    *,
    officer_id: str | None,
    entity: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> AuditEntry:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    entry = AuditEntry(
        at=now_utc().replace(microsecond=0),
        officer_id=officer_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=_dump(before or {}),
        after_json=_dump(after or {}),
        prev_hash=last or GENESIS,
    )
    entry.hash = entry_digest(entry, entry.prev_hash, key)
    session.add(entry)
    session.flush()
    return entry


def _chain_key(session: Session) -> bytes | None:
    """The key the next entry is signed with; writes the anchor that starts (or restarts) the keyed chain."""
    db_path = database_path(session)
    if db_path is None:
        return None
    # entity_id is indexed: this is one index look-up per write.
    anchor_json = session.scalar(
        select(AuditEntry.after_json)
        .where(AuditEntry.entity_id == ANCHOR_ID, AuditEntry.entity == ANCHOR_ENTITY)
        .where(AuditEntry.action.in_(ANCHOR_ACTIONS))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    old_kid = _key_id_of(anchor_json) if anchor_json is not None else None
    if old_kid is not None:
        key = load_key(db_path, old_kid)
        if key is not None:
            return key
    try:
        kid, key = create_key(db_path)
    except OSError as exc:
        # Saving the citizen's report matters more than the proof: the entry is written unkeyed, and the
        # verifier reports the chain as broken there.
        log.error("audit key cannot be created (%s); entry written without the key", exc)
        return None
    if anchor_json is None:
        action, reason = "keyed", "the audit trail is keyed from here on; earlier entries keep SHA-256"
    else:
        action, reason = "rekeyed", f"key {old_kid} not found on this computer; new key"
        log.warning("audit key %s missing: new key %s", old_kid, kid)
    _append(
        session,
        key,
        officer_id=None,
        entity=ANCHOR_ENTITY,
        entity_id=ANCHOR_ID,
        action=action,
        before=None,
        after={"key_id": kid, "reason": reason},
    )
    return key


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
    key = _chain_key(session)
    return _append(
        session,
        key,
        officer_id=officer_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=before,
        after=after,
    )
