"""Exporting the reports workbook: who may see personal data, streaming the rows, the audit entry.

Personal data (reporter's name, NIK, phone and address, incident address, chronology, reported party,
witnesses, status notes, survey-to-report link) goes only to a unit head or an admin. An SPKT officer, or an
export with no logged-in officer (officer_id None, e.g. the command line without --personal), gets the
anonymised workbook: the monthly figures need no names, and the personal columns are what the data
protection law (UU 27/2022) asks the station to keep to those responsible for it.

db/ must not import exports/, so the writer (exports.reports_xlsx.write_reports_xlsx) is passed in as
`write` by the caller (the CLI or the UI).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import Officer
from db.models.base import new_id
from db.queries.export_rows import export_sheets
from db.storage import audit
from db.storage.engine import read_session
from db.views import XlsxExportSheet

__all__ = ["PERSONAL_ROLES", "ExportResult", "export_reports_xlsx", "may_export_personal"]

PERSONAL_ROLES = frozenset({"head", "admin"})

Writer = Callable[..., Mapping[str, int]]


@dataclass(frozen=True, slots=True)
class ExportResult:
    out: Path
    date_from: date
    date_to: date
    personal: bool
    # Rows written per sheet, in workbook order (the header row not counted).
    rows: dict[str, int]
    audit_entity_id: str


def may_export_personal(role: str | None) -> bool:
    return role in PERSONAL_ROLES


def _officer_role(session_factory: sessionmaker[Session], officer_id: str) -> str:
    with read_session(session_factory) as s:
        role = s.scalar(
            select(Officer.role).where(Officer.id == officer_id, Officer.deleted_at.is_(None), Officer.active)
        )
    if role is None:
        raise NotFound(f"no active officer {officer_id}")
    return role


def export_reports_xlsx(
    session_factory: sessionmaker[Session],
    *,
    date_from: date,
    date_to: date,
    out: Path | str,
    officer_id: str | None,
    write: Writer,
    personal: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the reports workbook of the WIB period [date_from, date_to] to `out` and audit it.

    personal None: personal data when the officer's role allows it (head/admin); True: demand it
    (PermissionDenied otherwise); False: anonymised regardless. `write(sheets, out, progress=, cancelled=)`
    writes the file and returns the rows per sheet; its cancellation error propagates and nothing is audited.
    """
    if date_to < date_from:
        raise ValidationFailed({"date_to": "the end of the period is before its start"})
    role = _officer_role(session_factory, officer_id) if officer_id is not None else None
    allowed = may_export_personal(role)
    if personal and not allowed:
        raise PermissionDenied(f"role {role or 'none'} may not export personal data")
    include = allowed if personal is None else personal
    out = Path(out)
    with read_session(session_factory) as s:
        sheets: Sequence[XlsxExportSheet] = export_sheets(
            s, date_from=date_from, date_to=date_to, include_personal=include
        )
        rows = dict(write(sheets, out, progress=progress, cancelled=cancelled))
    entity_id = new_id()
    after: dict[str, Any] = {
        "period": f"{date_from.isoformat()}..{date_to.isoformat()}",
        "date_from": date_from,
        "date_to": date_to,
        "rows": rows,
        "personal": include,
        "file": out.name,
        "format": "xlsx",
    }
    with session_factory.begin() as s:
        audit.record(
            s, officer_id=officer_id, entity="export", entity_id=entity_id, action="export_xlsx", after=after
        )
    return ExportResult(
        out=out, date_from=date_from, date_to=date_to, personal=include, rows=rows, audit_entity_id=entity_id
    )
