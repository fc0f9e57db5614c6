"""Station desks for sync tests: a real station SQLite file each, talking to the test's central database."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import OutboxOp, Report
from db.rules.station_identity import suggested_patterns
from db.services.officers import OfficerInput, OfficerView, list_officers
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.services.station import setup_station
from db.storage.engine import make_engine, make_session_factory
from db.sync.client import SyncReport, sync_once
from db.sync.link import PgLink
from db.sync.tables import synced_columns, synced_tables
from tests.conftest import solok_station_input


@dataclass
class Desk:
    code: str
    path: Path
    sf: sessionmaker[Session]
    admin: OfficerView
    role: str
    password: str
    url: str

    def link(self) -> PgLink:
        return PgLink(self.url, user=self.role, password=self.password)

    def sync(self, link: Any | None = None, **kwargs: Any) -> SyncReport:
        if link is not None:
            return sync_once(self.sf, link, **kwargs)
        with self.link() as own:
            return sync_once(self.sf, own, **kwargs)

    def report(self, offense: str = "Curanmor R2", **extra: Any) -> str:
        data = ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name=f"Warga {uuid.uuid4().hex[:6]}"),
            offense=offense,
            chronology="Motor hilang di depan rumah",
            **extra,
        )
        return register_report(self.sf, data=data, officer_id=self.admin.id).id

    def pending(self) -> int:
        with self.sf() as s:
            return len(s.scalars(select(OutboxOp.seq).where(OutboxOp.state == "pending")).all())

    def get(self, report_id: str) -> Report | None:
        with self.sf() as s:
            return s.get(Report, report_id)


def make_desk(template_db: Path, folder: Path, central: Any, code: str, *, level: str = "polsek") -> Desk:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sentra.sqlite"
    shutil.copy(template_db, path)
    _fresh_seed_ids(path)
    sf = make_session_factory(make_engine(path))
    sector = "" if level == "polres" else code
    # Each station numbers under its own name (LP/B/1/.../SPKT/POLSEK ...), as the set-up wizard suggests.
    patterns = suggested_patterns(level, "Sumatera Barat", "Solok", sector)
    station = solok_station_input(code=code, level=level, sector_name=sector, patterns=patterns)
    setup_station(
        sf,
        station=station,
        admin=OfficerInput(
            name=f"Admin {code}",
            nrp=str(80000000 + abs(hash(code)) % 9999999),
            rank="AIPTU",
            password="rahasia-123",
        ),
    )
    admin = list_officers(sf)[0]
    from db.sync.central import add_station

    role, password = add_station(central.url, code)
    return Desk(code, path, sf, admin, role, password, central.cluster.url(central.dbname))


def hq_desk(template_db: Path, folder: Path, central: Any, code: str = "POLRES-SOLOK") -> Desk:
    """The Polres desk, logged in with an HQ role: it pulls every station's rows."""
    from db.sync.central import add_station

    desk = make_desk(template_db, folder, central, code, level="polres")
    desk.role, desk.password = add_station(central.url, f"{code}-HQ", hq=True)
    return desk


def _fresh_seed_ids(path: Path) -> None:
    """The migrations seed holidays and outreach topics with random ids, so every real station has its own;
    copies of one template would share them (and the second desk's would belong to the first centrally)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        for table in ("holiday", "outreach_topic"):
            for (row_id,) in conn.execute(f"SELECT id FROM {table}").fetchall():
                conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (str(uuid.uuid4()), row_id))
    conn.close()


def local_rows(sf: sessionmaker[Session]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row of a station, keyed by (table, id), with the columns that travel."""
    from db.sync.codec import encode

    out: dict[tuple[str, str], dict[str, Any]] = {}
    with sf() as s:
        for table in synced_tables():
            cols = [c for c in synced_columns(table) if c not in ("updated_at",)]
            for row in s.execute(select(*(table.c[c] for c in cols))):
                m = row._mapping
                out[(table.name, m["id"])] = {c: encode(m[c]) for c in cols}
    return out


def central_rows(conn: Any, station_code: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
    """The same view of the central database (as superuser), optionally what one station holds: its rows and
    the shared ones (`station_code = '*'`), minus lost items removed centrally (a station deletes them)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for table in synced_tables():
        cols = [c for c in synced_columns(table) if c not in ("updated_at",)]
        query = f"SELECT to_jsonb(t) FROM sentra.{table.name} t"
        params: list[Any] = []
        if station_code is not None:
            query += " WHERE station_code IN (%s, '*')"
            params.append(station_code)
            if table.name == "lost_item":
                query += " AND deleted_at IS NULL"
        for (row,) in conn.execute(query, params):
            out[(table.name, row["id"])] = {c: _norm(table.c[c], row.get(c)) for c in cols}
    return out


def _norm(column: Any, value: Any) -> Any:
    from db.sync.codec import decode, encode

    return encode(decode(column, value))


# The centre's side of issue 14, point 5 (db.sync.status_history.mismatched, in SQL): every live case's status
# is its newest live history entry's (by time, then id compared byte-wise, as SQLite compares them).
CENTRAL_MISMATCHED = """
SELECT r.id, r.status, h.to_status
FROM sentra.report AS r
CROSS JOIN LATERAL (
    SELECT s.to_status FROM sentra.status_change AS s
    WHERE s.report_id = r.id AND s.deleted_at IS NULL
    ORDER BY s.changed_at DESC, s.id COLLATE "C" DESC LIMIT 1
) AS h
WHERE r.deleted_at IS NULL AND r.voided_at IS NULL AND h.to_status IS DISTINCT FROM r.status
"""


def central_mismatched(conn: Any) -> dict[str, tuple[str, str]]:
    """Live central reports whose newest history entry names another status: id -> (status, entry's)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(CENTRAL_MISMATCHED).fetchall()}
