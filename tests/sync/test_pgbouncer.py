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
