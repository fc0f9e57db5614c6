"""Checking the audit trail: the first altered, inserted or removed entry; its head for backups and sync."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry
from db.storage.audit import GENESIS, anchor_key_id, entry_digest, is_anchor
from db.storage.audit_key import database_path, has_keys, key_dir, load_key

STATE_FILE = "audit-verified.json"
_BATCH = 5_000


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The newest entry: written into each backup's sidecar (and, by the sync, to the central database)."""

    seq: int
    hash: str


@dataclass(frozen=True, slots=True)
class AuditProblem:
    seq: int
    # "altered", "inserted", "removed", "key-missing", "unkeyed"
    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    checked: int
    head: AuditHead | None
    keyed: bool
    problem: AuditProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def audit_head(session: Session) -> AuditHead | None:
    """The trail's newest (seq, hash), or None when it is empty; the sync sends it to the centre."""
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return AuditHead(row[0], row[1]) if row else None


def _entries(session: Session, after_seq: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.seq > after_seq).order_by(AuditEntry.seq).limit(_BATCH)
        )
    )


def _key_before(session: Session, db_path: Path | None, seq: int) -> tuple[bool, bytes | None, str | None]:
    """(keyed?, key, key id) in force after entry `seq`, from the newest anchor at or before it."""
    anchor = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity_id == "chain", AuditEntry.entity == "audit", AuditEntry.seq <= seq)
        .where(AuditEntry.action.in_(("keyed", "rekeyed")))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    if anchor is None:
        return False, None, None
    kid = anchor_key_id(anchor)
    return True, (load_key(db_path, kid) if db_path and kid else None), kid


def verify_trail(
    session: Session,
    *,
    start: AuditHead | None = None,
    expected_head: AuditHead | Sequence[AuditHead] | None = None,
    key_lookup: Callable[[str], bytes | None] | None = None,
) -> VerifyReport:
    """Walk the chain (from `start`, an entry checked before, when given) and report the first problem.

    `expected_head`: heads seen earlier (the backups' sidecars, the last check, the centre's copy); an entry
    they name that is gone or different is reported ("removed" when the trail was cut short).
    """
    db_path = database_path(session)

    def lookup(kid: str) -> bytes | None:
        if key_lookup is not None:
            return key_lookup(kid)
        return load_key(db_path, kid) if db_path else None

    prev_hash, prev_seq, keyed, key = GENESIS, 0, False, None
    if start is not None:
        at_start = session.get(AuditEntry, start.seq)
        if at_start is None or at_start.hash != start.hash:
            kind = "removed" if at_start is None else "altered"
            return VerifyReport(
                0, audit_head(session), False, AuditProblem(start.seq, kind, "entry checked before")
            )
        keyed, key, kid = _key_before(session, db_path, start.seq)
        if keyed and key is None:
            return VerifyReport(0, audit_head(session), True, _missing(start.seq, kid))
        prev_hash, prev_seq = start.hash, start.seq
    checked = 0
    while batch := _entries(session, prev_seq):
        for i, e in enumerate(batch):
            if is_anchor(e):
                kid = anchor_key_id(e)
                key = lookup(kid) if kid else None
                keyed = True
                if key is None:
                    return VerifyReport(checked, audit_head(session), keyed, _missing(e.seq, kid))
            problem = _check(
                session, e, batch[i + 1] if i + 1 < len(batch) else None, prev_hash, prev_seq, key
            )
            if problem is not None:
                return VerifyReport(checked, audit_head(session), keyed, problem)
            prev_hash, prev_seq = e.hash, e.seq
            checked += 1
    head = audit_head(session)
    pinned = [expected_head] if isinstance(expected_head, AuditHead) else list(expected_head or ())
    for known in sorted(pinned, key=lambda h: h.seq):
        seen = session.get(AuditEntry, known.seq)
        if seen is None:
            last = head.seq if head else 0
            detail = f"entry {known.seq}, known to a backup or an earlier check, is gone"
            if known.seq > last:
                detail = f"entries {last + 1}..{known.seq} are gone (the trail was cut short)"
            return VerifyReport(
                checked, head, keyed, AuditProblem(min(last + 1, known.seq), "removed", detail)
            )
        if seen.hash != known.hash:
            detail = "differs from a backup or an earlier check"
            return VerifyReport(checked, head, keyed, AuditProblem(seen.seq, "altered", detail))
    if not keyed and head is not None and db_path is not None and has_keys(db_path):
        detail = "a key exists for this station but no entry is keyed: the trail was rewritten"
        return VerifyReport(checked, head, keyed, AuditProblem(1, "unkeyed", detail))
    return VerifyReport(checked, head, keyed, None)


def _missing(seq: int, kid: str | None) -> AuditProblem:
    return AuditProblem(
        seq, "key-missing", f"the key {kid} of the entries from here on is not on this computer"
    )


def _check(
    session: Session,
    e: AuditEntry,
    following: AuditEntry | None,
    prev_hash: str,
    prev_seq: int,
    key: bytes | None,
) -> AuditProblem | None:
    if e.prev_hash == prev_hash and e.hash == entry_digest(e, prev_hash, key):
        return None
    if e.prev_hash != prev_hash and e.hash == entry_digest(e, e.prev_hash, key):
        # The entry is intact, but what it followed is gone.
        gap = f"entries {prev_seq + 1}..{e.seq - 1}" if e.seq > prev_seq + 1 else "an entry"
        return AuditProblem(e.seq, "removed", f"{gap} before entry {e.seq} removed")
    if following is None:
        following = session.scalar(
            select(AuditEntry).where(AuditEntry.seq > e.seq).order_by(AuditEntry.seq).limit(1)
        )
    if following is not None and following.prev_hash == prev_hash:
        return AuditProblem(e.seq, "inserted", f"entry {e.seq} does not belong to the chain")
    return AuditProblem(e.seq, "altered", f"entry {e.seq} was changed after it was written")


# -- incremental checks at start-up ------------------------------------------------------------------------


def _state_file(db_path: Path) -> Path:
    return key_dir(db_path) / STATE_FILE


def read_state(db_path: Path) -> dict[str, object]:
    try:
        data = json.loads(_state_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_state(db_path: Path, **values: object) -> None:
    """Remember the last verified head (and a restore's moment) beside the key, not in the data folder."""
    target = _state_file(db_path)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = {**read_state(db_path), **values}
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # only a speed-up: the next check starts from the beginning


def verified_head(db_path: Path) -> AuditHead | None:
    value = read_state(db_path).get("verified")
    if isinstance(value, dict) and isinstance(value.get("seq"), int) and isinstance(value.get("hash"), str):
        return AuditHead(value["seq"], value["hash"])
    return None


def verify_incrementally(
    session: Session, *, expected_head: AuditHead | Sequence[AuditHead] | None = None
) -> VerifyReport:
    """From the head verified last time (a full walk the first time); a good result moves that head on."""
    db_path = database_path(session)
    start = verified_head(db_path) if db_path else None
    report = verify_trail(session, start=start, expected_head=expected_head)
    if report.ok and report.head is not None and db_path is not None:
        write_state(db_path, verified={"seq": report.head.seq, "hash": report.head.hash})
    return report


def verify_chain(session: Session) -> int | None:
    """The seq of the first entry that was edited, inserted or follows a removed one; None: it holds."""
    problem = verify_trail(session).problem
    return problem.seq if problem is not None else None
