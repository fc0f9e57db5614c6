"""Who may see citizens' personal data, masking NIK and phone for the others, and auditing every look."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, PermissionDenied
from db.storage import audit

__all__ = [
    "MASK",
    "PRINT_ROLES",
    "UNMASKED_ROLES",
    "mask_nik",
    "mask_phone",
    "may_print_personal",
    "record_personal_access",
    "report_id_of",
    "require_print_role",
    "shows_full_contact",
]

# Roles that may print or write documents holding personal data (receipts, search results, letters): every
# desk role; a login is what the command line asks for, so each look is tied to an officer in the audit trail.
PRINT_ROLES = frozenset({"officer", "head", "admin"})
# Roles that see NIK and phone in full in lists and search results: the SPKT officer takes and calls back
# the citizen, the unit head follows cases up. The admin manages accounts and tables and sees them masked.
UNMASKED_ROLES = frozenset({"officer", "head"})
MASK = "•"


def may_print_personal(role: str | None) -> bool:
    return role in PRINT_ROLES


def shows_full_contact(role: str | None) -> bool:
    return role in UNMASKED_ROLES


def require_print_role(role: str | None) -> None:
    if not may_print_personal(role):
        raise PermissionDenied("this role may not see personal data")


def _mask(value: str, head: int, tail: int) -> str:
    text = value.strip()
    if not text:
        return text
    if len(text) <= head + tail:
        return MASK * len(text)
    return text[:head] + MASK * (len(text) - head - tail) + text[-tail:]


def mask_nik(nik: str | None) -> str:
    """'1302071508850001' -> '1302••••••••0001' (region kept, birth date and most of the serial hidden)."""
    return _mask(nik or "", 4, 4)


def mask_phone(phone: str | None) -> str:
    """'081234567890' -> '0812•••••890'."""
    return _mask(phone or "", 4, 3)


def record_personal_access(
    session_factory: sessionmaker[Session],
    *,
    officer_id: str,
    action: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> None:
    """One audit entry, in its own transaction, for a look at personal data (a printed receipt, a search,
    a revealed NIK)."""
    with session_factory.begin() as s:
        audit.record(
            s, officer_id=officer_id, entity=entity, entity_id=entity_id, action=action, after=details
        )


def report_id_of(session_factory: sessionmaker[Session], number: str) -> str:
    """The id of the report with this official number (what an audit entry about it names)."""
    from sqlalchemy import select

    from db.models import Report
    from db.storage.engine import read_session

    with read_session(session_factory) as s:
        found = s.scalar(select(Report.id).where(Report.number == number, Report.deleted_at.is_(None)))
    if found is None:
        raise NotFound(number)
    return found
