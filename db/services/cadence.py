"""The SP2HP cadence as a policy table: read by the deadline rules, changed by an admin with its source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, ValidationFailed
from db.models import Sp2hpCadence
from db.queries.deadlines import recompute_open_deadlines
from db.rules.deadlines import DEFAULT_SP2HP_CADENCE, FIRST_TIER, parse_days
from db.services.officers import require_admin
from db.storage import audit
from db.storage.engine import read_session

TIERS = (FIRST_TIER, "light", "medium", "difficult", "very_hard")


@dataclass(frozen=True, slots=True)
class CadenceRow:
    tier: str
    days: tuple[int, ...]  # calendar days after the report
    source: str
    updated_at: datetime | None


def list_cadence(session_factory: sessionmaker[Session]) -> list[CadenceRow]:
    """Every tier in the fixed order (first letter, light … very difficult)."""
    with read_session(session_factory) as s:
        rows = {r.tier: r for r in s.scalars(select(Sp2hpCadence))}
        out = []
        for tier in TIERS:
            r = rows.get(tier)
            days = parse_days(r.days) if r is not None else DEFAULT_SP2HP_CADENCE[tier]
            out.append(CadenceRow(tier, days, r.source if r else "", r.updated_at if r else None))
        return out


def set_cadence(
    session_factory: sessionmaker[Session],
    *,
    tier: str,
    days: str,
    source: str,
    by_officer_id: str,
    today: date | None = None,
) -> CadenceRow:
    """Change one tier's days (calendar days, ascending) and source; every open case's deadline follows.

    The change, its source and how many deadlines were recomputed go to the audit trail in one transaction.
    """
    if tier not in TIERS:
        raise NotFound(f"cadence tier {tier}")
    try:
        parsed = parse_days(days)
    except ValueError:
        raise ValidationFailed(
            {"days": "Give calendar days, rising, separated by commas (e.g. 10, 20, 30), at most 365."}
        ) from None
    source = " ".join(source.split())
    if not source:
        raise ValidationFailed({"source": "Name the regulation or page this cadence comes from."})
    if tier == FIRST_TIER and len(parsed) != 1:
        raise ValidationFailed({"days": "The first letter has one day."})
    with session_factory.begin() as s:
        admin = require_admin(s, by_officer_id)
        row = s.get(Sp2hpCadence, tier)
        before = {"days": row.days, "source": row.source} if row else {}
        text = ",".join(str(d) for d in parsed)
        if row is None:
            row = Sp2hpCadence(tier=tier, days=text, position=TIERS.index(tier), source=source)
            s.add(row)
        row.days, row.source, row.updated_by_id = text, source, admin.id
        s.flush()
        recomputed = recompute_open_deadlines(s, today=today)
        audit.record(
            s,
            officer_id=admin.id,
            entity="sp2hp_cadence",
            entity_id=tier,
            action="update",
            before=before,
            after={"days": text, "source": source, "deadlines_recomputed": recomputed},
        )
        return CadenceRow(tier, parsed, source, row.updated_at)
