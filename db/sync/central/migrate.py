"""Creating and upgrading the central schema (`sentra central init`) and starting a new epoch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql

from db.errors import SentraError
from db.sync.central.migrations import STEPS

OWNER = "sentra_owner"
_LOCK = 0x53454E545241  # advisory lock key: one `init` at a time


class CentralError(SentraError):
    """A central-database task refused: not reachable, not initialised, role exists, ..."""


@contextmanager
def connect(url: str | psycopg.Connection) -> Iterator[psycopg.Connection]:
    """A connection from a URL (closed afterwards, committed on success), or the caller's own connection."""
    if isinstance(url, psycopg.Connection):
        with url.transaction():
            yield url
        return
    try:
        conn = psycopg.connect(url, connect_timeout=10)
    except psycopg.ProgrammingError as exc:
        raise CentralError(f"not a valid database URL: {exc}") from None
    except psycopg.OperationalError as exc:
        raise CentralError(f"cannot connect to the central database: {' '.join(str(exc).split())}") from None
    with conn:
        yield conn


def applied_steps(conn: psycopg.Connection) -> list[str]:
    if conn.execute("SELECT to_regclass('sentra.schema_migrations')").fetchone() == (None,):
        return []
    return [r[0] for r in conn.execute("SELECT name FROM sentra.schema_migrations ORDER BY name")]


def require_initialised(conn: psycopg.Connection) -> None:
    names = applied_steps(conn)
    if not names:
        raise CentralError("the central database is not initialised; run `sentra central init` first")
    unknown = set(names) - {name for name, _ in STEPS}
    if unknown:
        raise CentralError(f"the central schema is newer than this program ({', '.join(sorted(unknown))})")


SYNC_COMMIT_OFF = (
    "synchronous_commit is off on this server: a crash can lose changes the stations were already told "
    "are stored, and they never send them again. Set synchronous_commit = on (docs/central-deployment.md)."
)
FSYNC_OFF = (
    "fsync is off on this server: a power cut or an operating-system crash can corrupt the whole "
    "database. Never run the Polres central database with fsync = off."
)


def durability_problems(conn: psycopg.Connection) -> tuple[list[str], list[str]]:
    """(refusals, warnings) about the server's durability settings, as they apply to this database and to
    the station roles: a commit a station is told about must survive a crash of the server."""
    refusals, warnings = [], []
    off = {"off", "false", "0", "no"}
    setting = conn.execute("SELECT current_setting('synchronous_commit')").fetchone()
    overrides = conn.execute(
        "SELECT count(*) FROM pg_db_role_setting AS s, unnest(s.setconfig) AS c "
        "WHERE c ILIKE 'synchronous_commit=%%' "
        "AND lower(split_part(c, '=', 2)) IN ('off', 'false', '0', 'no') "
        "AND s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))"
    ).fetchone()
    if (setting and str(setting[0]).lower() in off) or (overrides and overrides[0]):
        refusals.append(SYNC_COMMIT_OFF)
    fsync = conn.execute("SELECT current_setting('fsync')").fetchone()
    if fsync and str(fsync[0]).lower() in off:
        warnings.append(FSYNC_OFF)
    return refusals, warnings


def durability_warnings(url: str) -> list[str]:
    """Every durability problem of the server as a line for the administrator (refusals first)."""
    with connect(url) as conn:
        refusals, warnings = durability_problems(conn)
    return refusals + warnings


def init_central(url: str, *, allow_unsafe_durability: bool = False) -> list[str]:
    """Creates or upgrades the central schema; returns the names of the steps applied now (idempotent).

    Must run as a superuser (the `postgres` role): it creates `sentra_owner` and runs the steps as that role.
    Refuses a server with `synchronous_commit = off` (issue 14: confirmed changes were lost in a crash)
    unless `allow_unsafe_durability` (a throw-away test cluster); `fsync = off` is only warned about
    (`durability_warnings`), and the CLI prints that warning.
    """
    with connect(url) as conn:
        # is_superuser, not pg_roles: the central database hides the catalog of roles (see _lock_down).
        superuser = conn.execute("SELECT current_setting('is_superuser') = 'on'").fetchone()
        if not superuser or not superuser[0]:
            raise CentralError("`sentra central init` must run as a superuser (e.g. the postgres role)")
        refusals, _warnings = durability_problems(conn)
        if refusals and not allow_unsafe_durability:
            raise CentralError(" ".join(refusals))
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sentra_owner') THEN "
            "CREATE ROLE sentra_owner NOLOGIN; END IF; END $$"
        )
        conn.execute("CREATE SCHEMA IF NOT EXISTS sentra AUTHORIZATION sentra_owner")
        conn.execute("CREATE SCHEMA IF NOT EXISTS sync AUTHORIZATION sentra_owner")
        conn.execute("SET LOCAL ROLE sentra_owner")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS sentra.schema_migrations "
            "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = set(applied_steps(conn))
        applied = []
        for name, step_sql in STEPS:
            if name in done:
                continue
            conn.execute(step_sql.encode())  # no parameters: sent as one multi-statement query
            conn.execute("INSERT INTO sentra.schema_migrations (name) VALUES (%s)", (name,))
            applied.append(name)
        conn.execute(
            "INSERT INTO sentra.meta (singleton, epoch) VALUES (true, gen_random_uuid()) "
            "ON CONFLICT (singleton) DO NOTHING"
        )
        conn.execute("RESET ROLE")
        _lock_down(conn)
    return applied


_HIDDEN_CATALOG = sql.SQL(", ").join(
    sql.SQL(f"pg_catalog.{name}")
    for name in ("pg_roles", "pg_user", "pg_auth_members", "pg_stat_activity", "pg_db_role_setting")
)


def _lock_down(conn: psycopg.Connection) -> None:
    """Nobody but the owner touches `sentra`; stations get exactly the two functions (see add_station)."""
    db = sql.Identifier(conn.info.dbname)
    for stmt in (
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON SCHEMA sentra, sync FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA sentra FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA sentra FROM PUBLIC"),
        sql.SQL("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA sentra, sync FROM PUBLIC"),
        sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE sentra_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
        # A station has no business listing the other stations' login roles or sessions (issue 14). The
        # catalog's access rights are per database: this hides them in the central database only.
        sql.SQL("REVOKE SELECT ON {} FROM PUBLIC").format(_HIDDEN_CATALOG),
        sql.SQL("GRANT SELECT ON {} TO sentra_owner").format(_HIDDEN_CATALOG),
    ):
        conn.execute(stmt)
    for (role,) in conn.execute("SELECT role FROM sentra.station_role").fetchall():
        grant_station(conn, role)


def grant_station(conn: psycopg.Connection, role: str) -> None:
    """The only privileges of a station (or HQ) role: connect, and call sync.push / sync.pull."""
    r = sql.Identifier(role)
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(conn.info.dbname), r))
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA sync TO {}").format(r))
    # By name, whichever signature of sync.pull this centre's migrations made (0006 added an argument).
    for (function,) in conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc AS p "
        "WHERE p.pronamespace = 'sync'::regnamespace AND p.proname IN ('push', 'pull') ORDER BY 1"
    ).fetchall():
        conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(function), r))


def new_epoch(url: str) -> str:
    """After restoring a backup: a new epoch (every station resets) and a change log rebuilt from the data."""
    with connect(url) as conn:
        require_initialised(conn)
        row = conn.execute("SELECT sentra.new_epoch()").fetchone()
    assert row is not None
    return str(row[0])


def current_epoch(url: str | psycopg.Connection) -> str:
    with connect(url) as conn:
        require_initialised(conn)
        row = conn.execute("SELECT epoch FROM sentra.meta").fetchone()
    assert row is not None
    return str(row[0])
