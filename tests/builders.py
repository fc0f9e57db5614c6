"""Builders the service tests share: a report as the desk types it, an extra officer, the audit trail of a
row, a function made to fail half way (a power cut in the middle of a batch), and a session factory on a
copy of a database built once."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEntry
from db.services.letters import LetterInput
from db.services.officers import OfficerInput, OfficerView, create_officer
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import ReportView, register_report
from db.storage.engine import make_engine, make_session_factory

OFFICER_PASSWORD = "sandi-rahasia-9"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def report_input(**overrides: Any) -> ReportInput:
    """Budi Santoso's police report (LP_B) of a theft; any field overridden."""
    values: dict[str, Any] = {
        "kind": "LP_B",
        "citizen": CitizenInput(name="Budi Santoso"),
        "offense": "Pencurian",
        "chronology": "Motor hilang.",
    }
    values.update(overrides)
    return ReportInput(**values)


def add_report(
    session_factory: sessionmaker[Session], officer_id: str, *, now: datetime | None = None, **overrides: Any
) -> ReportView:
    """`report_input(**overrides)` registered by `officer_id` at `now` (the clock's now when None)."""
    return register_report(session_factory, data=report_input(**overrides), officer_id=officer_id, now=now)


def letter_input(**overrides: Any) -> LetterInput:
    """An SP2HP to Budi Santoso about the break-in at his back door; any field overridden."""
    values: dict[str, Any] = {
        "kind": "SP2HP",
        "addressee": "Sdr. Budi Santoso",
        "facts": "Pintu belakang dicongkel.",
        "actions": "Saksi diperiksa.",
        "obstacles": "",
        "next_steps": "Olah TKP lanjutan.",
    }
    values.update(overrides)
    return LetterInput(**values)


def add_officer(
    session_factory: sessionmaker[Session],
    admin_id: str,
    *,
    name: str = "Dedi Kurniawan",
    nrp: str = "90020456",
    rank: str = "BRIPTU",
    role: str = "officer",
) -> OfficerView:
    """An officer with the password OFFICER_PASSWORD, added by the admin `admin_id`."""
    data = OfficerInput(name=name, nrp=nrp, rank=rank, password=OFFICER_PASSWORD, role=role)
    return create_officer(session_factory, data=data, by_officer_id=admin_id)


def audit_entries(session_factory: sessionmaker[Session], **where: str) -> list[AuditEntry]:
    """The audit entries whose columns equal `where` (e.g. entity_id=..., entity=...), oldest first."""
    with session_factory() as s:
        filters = [getattr(AuditEntry, column) == value for column, value in where.items()]
        return list(s.scalars(select(AuditEntry).where(*filters).order_by(AuditEntry.seq)))


def fail_on_call(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, n: int) -> list[int]:
    """`module.name` raises RuntimeError("power cut") on its `n`-th call, the calls before run the real
    one; returns the list that grows by one a call."""
    real = getattr(module, name)
    calls: list[int] = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == n:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)
    return calls


def database_from_the_future(path: Path, *, fixture: str, revision: str, stamp: int) -> Path:
    """A copy of tests/fixtures/station-<fixture>.sqlite at `path`, marked as a later build would leave it:
    schema `revision` (unknown to this build) and PRAGMA user_version `stamp` (its version)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"station-{fixture}.sqlite", path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.execute(f"PRAGMA user_version={int(stamp)}")
    con.commit()
    con.close()
    return path


@contextmanager
def session_factory_on_copy(source: Path, path: Path) -> Iterator[sessionmaker[Session]]:
    """A session factory on a fresh copy of the database `source` made at `path` (a test changes its own copy,
    never the one built once); the engine is closed on leaving."""
    shutil.copy(source, path)
    engine = make_engine(path)
    try:
        yield make_session_factory(engine)
    finally:
        engine.dispose()
