"""Issue 14, point 1: stations never hold the centre. They reach it through PgBouncer, whose limits a
station cannot lift with SET: a transaction left open is cut, a query running too long is cancelled, an
oversized message is refused, and every other station's pull goes on."""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from db.sync.central import add_station
from db.sync.central.stations import _defaults
from tests.sync.conftest import epoch_of, pull


def through(pgbouncer, central, code: str, *, hq: bool = False) -> psycopg.Connection:
    role, password = add_station(central.url, code, hq=hq)
    _PASSWORDS[role] = password
    conn = psycopg.connect(
        pgbouncer.url(central.dbname, user=role, password=password), autocommit=True, prepare_threshold=None
    )
    central.conns.append(conn)
    return conn


def citizen_op(station: str) -> dict:
    row_id = str(uuid.uuid4())
    fields = {k: v for k, v in _defaults("citizen").items() if k not in ("id", "version", "updated_at")}
    fields |= {"name": f"Warga {row_id[:6]}", "station_code": station}
    return {"op_id": str(uuid.uuid4()), "table": "citizen", "row_id": row_id, "base_version": 0,
            "fields": fields}  # fmt: skip


def test_a_station_holding_a_transaction_open_is_cut_and_the_others_pull_on(pgbouncer, central):
    holder = through(pgbouncer, central, "SOLOK-HOLD")
    other = through(pgbouncer, central, "SOLOK-GT")
    hq = through(pgbouncer, central, "POLRES-HQ", hq=True)
    epoch = epoch_of(hq)
    # The station lifts its own limits, opens a transaction with a push in it, and sits there.
    holder.execute("SET statement_timeout = 0")
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    holder.execute("BEGIN")
    holder.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": [citizen_op("SOLOK-HOLD")]}),))
    # Another station writes a row; HQ must see it within 60 s.
    op = citizen_op("SOLOK-GT")
    [answer] = other.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": [op]}),)).fetchone()[0][
        "results"
    ]
    assert answer["status"] == "applied"
    started, seen = time.monotonic(), False
    while time.monotonic() - started < 60 and not seen:
        rows = pull(hq, epoch)["rows"]
        seen = any(r.get("row_id") == op["row_id"] for r in rows) or any(
            op["row_id"] in [v[0] for v in r.get("values", [])] for r in rows
        )
        if not seen:
            time.sleep(0.5)
    assert seen, "the open transaction held every station's pull"
    with pytest.raises(psycopg.OperationalError):  # PgBouncer cut the idle transaction
        holder.execute("SELECT 1")


def test_a_long_query_is_cancelled_whatever_the_station_set(pgbouncer, central):
    conn = through(pgbouncer, central, "SOLOK-SLOW")
    conn.execute("SET statement_timeout = 0")
    started = time.monotonic()
    with pytest.raises(psycopg.Error):
        conn.execute("SELECT pg_sleep(17)")
    assert time.monotonic() - started < 17


def test_an_oversized_message_never_reaches_postgresql(pgbouncer, central):
    conn = through(pgbouncer, central, "SOLOK-BIG")
    big = citizen_op("SOLOK-BIG")
    big["fields"]["name"] = "x" * (17 * 1024 * 1024)
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": [big]}),))


def test_a_desk_syncs_through_pgbouncer(pgbouncer, central, template_db, tmp_path):
    from db.sync.link import PgLink
    from tests.sync.desks import make_desk

    desk = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    for _ in range(3):
        desk.report()
    url = pgbouncer.url(central.dbname)
    for _ in range(2):  # the same statements again and again: nothing may rely on a prepared statement
        with PgLink(url, user=desk.role, password=desk.password) as link:
            report = desk.sync(link, push_batch=5, pull_batch=7)
        assert report.rejected == 0 and report.problems == 0
    assert desk.pending() == 0 and report.pulled == 0


def test_stations_reach_pgbouncer_over_verified_tls_only(pg_cluster, central):
    """The deployment's PgBouncer takes TLS connections only (client_tls_sslmode = require)."""
    import os
    import pwd
    from pathlib import Path

    from psycopg.conninfo import conninfo_to_dict

    from tests.sync.pgbouncer import start_bouncer

    socket_dir = Path(str(conninfo_to_dict(pg_cluster.uri).get("host") or "/tmp"))
    owner = pwd.getpwuid(socket_dir.stat().st_uid).pw_name if os.getuid() == 0 else None
    bouncer = start_bouncer(pg_cluster.uri, run_as=owner, tls=True)
    try:
        role, password = add_station(central.url, "SOLOK-TLS")
        url = bouncer.url(central.dbname, user=role, password=password).replace("127.0.0.1", "localhost")
        ca = bouncer.folder / "ca.crt"
        with psycopg.connect(f"{url} sslmode=verify-full sslrootcert={ca}", autocommit=True,
                             prepare_threshold=None) as conn:  # fmt: skip
            assert conn.pgconn.ssl_in_use
            assert pull(conn, None)["reset"] is True
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(f"{url} sslmode=disable", connect_timeout=5)
    finally:
        bouncer.stop()


def test_a_station_over_its_connection_limit_is_refused_while_another_syncs(pg_cluster, central):
    """Client limits a station cannot change: PgBouncer gives a station role at most `max_user_connections`
    server connections; a client beyond them waits `query_wait_timeout` and is then refused, while every
    other station's pushes and pulls go on (each role has its own pool)."""
    import os
    import pwd
    import threading
    from pathlib import Path

    from psycopg.conninfo import conninfo_to_dict

    from tests.sync.pgbouncer import start_bouncer

    socket_dir = Path(str(conninfo_to_dict(pg_cluster.uri).get("host") or "/tmp"))
    owner = pwd.getpwuid(socket_dir.stat().st_uid).pw_name if os.getuid() == 0 else None
    bouncer = start_bouncer(
        pg_cluster.uri, run_as=owner, max_user_connections=2, query_wait_timeout=1, query_timeout=10
    )
    try:
        greedy = through(bouncer, central, "SOLOK-GREEDY")
        role = greedy.info.user
        other = through(bouncer, central, "SOLOK-GT")
        extra = [through_again(bouncer, central, greedy) for _ in range(2)]
        holders = [threading.Thread(target=c.execute, args=("SELECT pg_sleep(5)",)) for c in extra]
        for t in holders:
            t.start()
        try:
            wait_for_active(central, role, 2)
            # The greedy station holds both its server connections; another station syncs as usual.
            [answer] = push_one(other, citizen_op("SOLOK-GT"))
            assert answer["status"] == "applied"
            assert pull(other, None)["reset"] is True
            # The greedy station's next connection gets no server connection: refused.
            with pytest.raises(psycopg.OperationalError, match="query_wait_timeout"):
                greedy.execute("SELECT sync.pull(NULL, '0'::xid8, 0, 10)")
        finally:
            for t in holders:
                t.join(30)
    finally:
        bouncer.stop()


def test_postgresql_refuses_a_station_beyond_its_connection_limit_which_it_cannot_lift(central):
    """Behind PgBouncer, the second wall: the role's CONNECTION LIMIT 4 (add-station), not the station's to
    change."""
    role, password = add_station(central.url, "SOLOK-MANY")
    direct = [central.login(role, password) for _ in range(4)]
    with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
        central.login(role, password)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        direct[0].execute(f'ALTER ROLE "{role}" CONNECTION LIMIT -1')
    assert pull(direct[1], None)["reset"] is True  # its own connections still work


_PASSWORDS: dict[str, str] = {}


def through_again(bouncer, central, conn: psycopg.Connection) -> psycopg.Connection:
    """Another connection of the same station through the same PgBouncer."""
    role = conn.info.user
    again = psycopg.connect(
        bouncer.url(central.dbname, user=role, password=_PASSWORDS[role]),
        autocommit=True,
        prepare_threshold=None,
    )
    central.conns.append(again)
    return again


def wait_for_active(central, role: str, count: int) -> None:
    with central.admin(autocommit=True) as admin:
        for _ in range(200):
            busy = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND query LIKE '%%pg_sleep%%'"
                " AND state = 'active'",
                (role,),
            ).fetchone()
            if busy and busy[0] >= count:
                return
            time.sleep(0.05)
    raise AssertionError(f"{role} never held {count} server connections")


def push_one(conn: psycopg.Connection, op: dict) -> list[dict]:
    row = conn.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": [op]}),)).fetchone()
    assert row is not None
    return list(row[0]["results"])
