"""The sync benchmark's setting (bench_sync.py): a pgserver PostgreSQL with realistic durability settings,
and station SQLite files made from the migrated template."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

from _common import allow_password_logins, start_pgserver

STATION = "POLSEK-BENCH"


def start_server(max_connections: int) -> tuple[Any, Path, str]:
    """A pgserver cluster in a temp dir of its own (as root, pgserver runs PostgreSQL as another user, which
    cannot enter a 0700 parent), fsync left ON, password logins for station roles, max_connections raised."""
    import psycopg
    from pgserver._commands import pg_ctl

    server, pgdata, uri = start_pgserver("sentra-syncbench-pg-")
    with psycopg.connect(uri, autocommit=True) as conn:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = on")  # realistic: the defaults, said explicitly
        conn.execute(f"ALTER SYSTEM SET max_connections = {max_connections}")
    allow_password_logins(pgdata)
    pg_ctl(["-w", "-l", str(server.log), "restart"], pgdata=pgdata, user=server.system_user, timeout=60)
    with psycopg.connect(uri, autocommit=True) as conn:
        settings = {
            name: conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
            for name in ("fsync", "synchronous_commit", "max_connections", "shared_buffers", "server_version")
        }
    print(f"PostgreSQL {settings}")
    return server, pgdata, uri


def make_station(folder: Path, template: Path, code: str, *, setup: bool) -> Any:
    from db.demo.station import demo_station_input
    from db.services.officers import OfficerInput
    from db.services.station import setup_station
    from db.storage.engine import make_engine, make_session_factory

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sentra.sqlite"
    shutil.copy(template, path)
    sf = make_session_factory(make_engine(path))
    if setup:
        setup_station(
            sf,
            station=dataclasses.replace(demo_station_input(), code=code, level="polsek", sector_name=code),
            admin=OfficerInput(name="Admin Bench", nrp="80012345", rank="AIPTU", password="rahasia-123"),
        )
    return sf, path
