"""What the export dialog tests share: the frozen day, the demo's size, a context for a role, a dialog as of
that day, the export audit entries and what a folder holds."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from db.demo.station import DEMO_OFFICERS
from db.models import AuditEntry
from db.services.officers import list_officers
from db.storage.engine import read_session
from ui.context import UiContext
from ui.task_runner import TaskRunner

NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
REPORTS = 40


def ctx_for(sf, tmp_path: Path, role: str, *, threaded: bool = False) -> UiContext:
    if role == "admin":
        officer = next(o for o in list_officers(sf) if o.role == "admin")
    else:
        nrp = next(o[1] for o in DEMO_OFFICERS if o[3] == role)
        officer = next(o for o in list_officers(sf) if o.nrp == nrp)
    return UiContext(
        session_factory=sf,
        runner=TaskRunner(synchronous=not threaded),
        data_dir=tmp_path / "data",
        officer=officer,
        output_dir=tmp_path / "data" / "docs",
    )


def open_dialog(qtbot, dialog_class, ctx):
    """The export dialog `dialog_class` as of TODAY, closed with the test."""
    dialog = dialog_class(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def export_audits(sf) -> list[tuple[str | None, dict]]:
    with read_session(sf) as s:
        rows = s.execute(
            select(AuditEntry.officer_id, AuditEntry.after_json).where(AuditEntry.action == "export_xlsx")
        ).all()
    return [(officer, json.loads(after)) for officer, after in rows]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []
