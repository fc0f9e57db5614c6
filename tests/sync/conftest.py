"""A real PostgreSQL 16 (pgserver) for the sync tests: one server per session, one fresh, initialised central
database per test (copied from an initialised template), and the login roles a test created dropped after it.

Every test using `central` is skipped, with the reason, only when pgserver cannot start PostgreSQL here.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo
from psycopg.types.json import Jsonb

from db.sync.central import add_station, init_central

TEMPLATE = "sentra_template"
_numbers = itertools.count(1)


@dataclass
class PgCluster:
    uri: str  # superuser, database "postgres"

    def url(self, dbname: str, **params: str) -> str:
        return make_conninfo(self.uri, dbname=dbname, **params)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    # Not under pytest's tmp dir: as root, pgserver runs PostgreSQL as another user, which cannot enter
    # /tmp/pytest-of-root (mode 0700); a directory of its own directly in the temp folder works.
    pgdata = Path(tempfile.mkdtemp(prefix="sentra-pg-"))
    try:
        with warnings.catch_warnings():  # platformdirs: "XDG_RUNTIME_DIR is not set" on CI
            warnings.simplefilter("ignore")
            import pgserver

            server = pgserver.get_server(pgdata, cleanup_mode="stop")
            uri = server.get_uri()
        with psycopg.connect(uri, autocommit=True) as conn:
            # A throw-away cluster: no need to wait for the disk (CREATE DATABASE per test gets fast).
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                conn.execute(f"ALTER SYSTEM SET {setting} = off")
            # Station roles log in with their password (pgserver trusts everyone by default).
            hba = pgdata / "pg_hba.conf"
            hba.write_text("local all postgres trust\nlocal all all scram-sha-256\n" + hba.read_text())
            conn.execute("SELECT pg_reload_conf()")
    except Exception as exc:  # any failure to start: skip, saying why
        shutil.rmtree(pgdata, ignore_errors=True)
        pytest.skip(f"sync tests need PostgreSQL from pgserver, which could not start: {exc!r}")
    cluster = PgCluster(uri)
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
    init_central(cluster.url(TEMPLATE))
    yield cluster
    server.cleanup()
    shutil.rmtree(pgdata, ignore_errors=True)


@dataclass
class Central:
    """One test's central database: `url` as superuser, `station()` gives a connection as a station role."""

    cluster: PgCluster
    dbname: str
    url: str
    conns: list[psycopg.Connection] = field(default_factory=list)

    def admin(self, **kwargs: Any) -> psycopg.Connection:
        conn = psycopg.connect(self.url, **kwargs)
        self.conns.append(conn)
        return conn

    def station(self, code: str, *, hq: bool = False, autocommit: bool = True) -> psycopg.Connection:
        role, password = add_station(self.url, code, hq=hq)
        return self.login(role, password, autocommit=autocommit)

    def login(self, role: str, password: str, *, autocommit: bool = True) -> psycopg.Connection:
        conn = psycopg.connect(
            self.cluster.url(self.dbname, user=role, password=password), autocommit=autocommit
        )
        self.conns.append(conn)
        return conn


@pytest.fixture
def central(pg_cluster: PgCluster) -> Iterator[Central]:
    dbname = f"sentra_t{next(_numbers)}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        roles_before = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(dbname), sql.Identifier(TEMPLATE))
        )
    c = Central(pg_cluster, dbname, pg_cluster.url(dbname))
    assert init_central(c.url) == []  # nothing to apply; re-applies the database-level lock-down
    yield c
    for conn in c.conns:
        conn.close()
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(dbname)))
        for (role,) in conn.execute("SELECT rolname FROM pg_roles").fetchall():
            if role not in roles_before:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


# Helpers shared by the tests ----------------------------------------------------------------------------


def op(
    table: str, row_id: str, fields: dict[str, Any], base: int = 0, op_id: str | None = None
) -> dict[str, Any]:
    return {"op_id": op_id or str(uuid.uuid4()), "table": table, "row_id": row_id, "base_version": base,
            "fields": fields}  # fmt: skip


def push(conn: psycopg.Connection, *ops: dict[str, Any], epoch: str | None = None) -> list[dict[str, Any]]:
    row = conn.execute("SELECT sync.push(%s)", (Jsonb({"epoch": epoch, "ops": list(ops)}),)).fetchone()
    assert row is not None
    return list(row[0]["results"])


def pull(
    conn: psycopg.Connection, epoch: str | None, xid: str = "0", seq: int = 0, limit: int = 1000
) -> dict:
    row = conn.execute("SELECT sync.pull(%s, %s::xid8, %s, %s)", (epoch, xid, seq, limit)).fetchone()
    assert row is not None
    return dict(row[0])


def epoch_of(conn: psycopg.Connection) -> str:
    """The server's epoch, as a station learns it (a pull with no epoch answers `reset`)."""
    return str(pull(conn, None)["epoch"])
