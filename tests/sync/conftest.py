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
            # A throw-away cluster: no need to flush files to the disk (CREATE DATABASE per test gets
            # fast; a crash of the test machine loses nothing that matters). synchronous_commit stays on,
            # as `central init` requires (issue 14): a commit is in the WAL when PostgreSQL confirms it, so
            # the crash-restart tests see what a real centre does.
            for setting in ("fsync", "full_page_writes"):
                conn.execute(f"ALTER SYSTEM SET {setting} = off")
            conn.execute("ALTER SYSTEM SET synchronous_commit = on")
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


@pytest.fixture(scope="session")
def pgbouncer(pg_cluster: PgCluster) -> Iterator[Any]:
    """PgBouncer (Debian's package) in front of the tests' cluster, with short timeouts: query 3 s, idle in
    transaction 2 s. Skipped, with the reason, only when the package is not installed."""
    import os
    import pwd

    from psycopg.conninfo import conninfo_to_dict

    from tests.sync.pgbouncer import start_bouncer

    socket_dir = Path(str(conninfo_to_dict(pg_cluster.uri).get("host") or "/tmp"))
    owner = pwd.getpwuid(socket_dir.stat().st_uid).pw_name if os.getuid() == 0 else None
    try:
        bouncer = start_bouncer(pg_cluster.uri, run_as=owner)
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    yield bouncer
    bouncer.stop()


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

    def row(self, table: str, row_id: str) -> dict[str, Any]:
        """A central row as jsonb (superuser: every station's rows)."""
        with self.admin() as conn:
            found = conn.execute(
                f"SELECT to_jsonb(t) FROM sentra.{table} t WHERE id = %s", (row_id,)
            ).fetchone()
        assert found is not None
        return dict(found[0])

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
    drop_central(c, roles_before)


def drop_central(c: Central, roles_before: set[str]) -> None:
    """Closes a test's connections, drops its database and the login roles made since `roles_before`."""
    for conn in c.conns:
        conn.close()
    with psycopg.connect(c.cluster.uri, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(c.dbname)))
        for (role,) in conn.execute("SELECT rolname FROM pg_roles").fetchall():
            if role not in roles_before:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def st(central: Central) -> psycopg.Connection:
    """A Polsek's login (SOLOK-GT) to the test's central database."""
    return central.station("SOLOK-GT")


@pytest.fixture
def hq(central: Central) -> psycopg.Connection:
    """The Polres HQ login (POLRES-SOLOK)."""
    return central.station("POLRES-SOLOK", hq=True)


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
    conn: psycopg.Connection,
    epoch: str | None,
    xid: str = "0",
    seq: int = 0,
    limit: int = 1000,
    protocol: int | None = None,
) -> dict:
    """A pull as an old desk asks for it (4 arguments), or with `protocol` (3: batches, central 0006)."""
    if protocol is None:
        row = conn.execute("SELECT sync.pull(%s, %s::xid8, %s, %s)", (epoch, xid, seq, limit)).fetchone()
    else:
        row = conn.execute(
            "SELECT sync.pull(%s, %s::xid8, %s, %s, %s)", (epoch, xid, seq, limit, protocol)
        ).fetchone()
    assert row is not None
    return dict(row[0])


# The change log and the history as one row per row version: a batch (central 0006) as its rows.
LOG_ROWS = """
    SELECT c.seq, c.scope, c.tbl, c.row_id, c.version FROM sentra.change_log AS c WHERE c.row_ids IS NULL
    UNION ALL
    SELECT c.seq, c.scope, c.tbl, b.row_id, c.version
    FROM sentra.change_log AS c, unnest(c.row_ids) AS b(row_id) WHERE c.row_ids IS NOT NULL
"""
HISTORY_ROWS = """
    SELECT h.tbl, h.row_id, h.version, h.op_id FROM sentra.row_history AS h WHERE h.row_ids IS NULL
    UNION ALL
    SELECT h.tbl, b.row_id, h.version, b.op_id
    FROM sentra.row_history AS h, unnest(h.row_ids, h.op_ids) AS b(row_id, op_id) WHERE h.row_ids IS NOT NULL
"""


def field_version(row: dict[str, Any], name: str) -> list[Any] | None:
    """A central row's `[version, writer]` of a field (`*` stands for the fields not named: central 0006)."""
    versions = row["field_versions"]
    return versions.get(name, versions.get("*"))


def epoch_of(conn: psycopg.Connection) -> str:
    """The server's epoch, as a station learns it (a pull with no epoch answers `reset`)."""
    return str(pull(conn, None)["epoch"])


# The state machine of test_stateful.py: three desks and HQ on one central template ---------------------

STATEFUL_CODES = ("SF-STA", "SF-STB", "SF-STC")
STATEFUL_HQ = "SF-HQ"


@dataclass
class StationTemplate:
    code: str
    path: Path
    role: str
    password: str
    officers: list[str]  # ids: the admin, then a second officer


@dataclass
class World:
    cluster: PgCluster
    template_db: str
    stations: list[StationTemplate]
    hq_role: str
    hq_password: str


@pytest.fixture(scope="module")
def stateful_world(pg_cluster: PgCluster) -> Iterator[World]:
    """For test_stateful.py: a central template with three stations and HQ, and the three station files,
    all synced once."""
    from sqlalchemy import select

    from db.models import OutboxOp
    from db.services.officers import OfficerInput, create_officer
    from db.storage.engine import make_engine
    from db.storage.migrate import upgrade
    from tests.sync.desks import make_desk

    folder = Path(tempfile.mkdtemp(prefix="sentra-stateful-"))
    dbname = f"sentra_stateful_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        roles_before = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(dbname), sql.Identifier(TEMPLATE))
        )
    url = pg_cluster.url(dbname)
    init_central(url)

    @dataclass
    class _Central:  # what make_desk needs of the `central` fixture
        cluster: PgCluster
        dbname: str
        url: str

    stations = []
    for code in STATEFUL_CODES:
        # Its own migration, as on a real desk: the seeded lists (holidays, topics) get ids of their own.
        migrated = folder / f"{code}-migrated.sqlite"
        engine = make_engine(migrated)
        upgrade(engine, migrated)
        engine.dispose()
        desk = make_desk(migrated, folder / code, _Central(pg_cluster, dbname, url), code)
        second = create_officer(
            desk.sf,
            data=OfficerInput(
                name=f"Penyidik {code}", nrp=str(90000000 + len(stations)), rank="BRIPTU",
                password="sandi-rahasia-9",
            ),
            by_officer_id=desk.admin.id,
        )  # fmt: skip
        desk.report()
        report = desk.sync()
        with desk.sf() as s:
            reasons = {
                o.tbl + ": " + o.last_error
                for o in s.scalars(select(OutboxOp).where(OutboxOp.state == "rejected"))
            }
        assert report.rejected == 0 and desk.pending() == 0, reasons
        desk.sf.kw["bind"].dispose()
        stations.append(
            StationTemplate(code, desk.path, desk.role, desk.password, [desk.admin.id, second.id])
        )
    hq_role, hq_password = add_station(url, STATEFUL_HQ, hq=True)
    yield World(pg_cluster, dbname, stations, hq_role, hq_password)
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(dbname)))
        for (role,) in conn.execute("SELECT rolname FROM pg_roles").fetchall():
            if role not in roles_before:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    shutil.rmtree(folder, ignore_errors=True)


# The fault-injection tests (test_faults_*.py): two desks and HQ on a fresh central database ------------


@pytest.fixture
def world(template_db: Path, tmp_path: Path, central: Central) -> Any:
    """A `tests.sync.faults.World`: desks POLSEK-GT and POLSEK-KB, HQ, and the ops each has written."""
    from tests.sync.desks import make_desk
    from tests.sync.faults import World as FaultWorld

    return FaultWorld(
        central,
        make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT"),
        make_desk(template_db, tmp_path / "kb", central, "POLSEK-KB"),
    )
