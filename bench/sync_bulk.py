"""The sync benchmark's bulk part (bench_sync.py): push and pull of N changes, end to end, against the raw
minimum the same job needs (psycopg executemany for the push; a SELECT plus sqlite3 executemany for the
pull)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from _common import report_count
from sqlalchemy import select
from sync_setup import STATION, make_station


def clone_reports(path: Path, source_id: str, count: int, *, history: bool = False) -> None:
    """`count` copies of one ORM-made report (new id and number, version 0), as a bulk load would write;
    with `history`, each with a copy of the report's first status entry too (as a desk's registration has)."""
    from db.models import Base

    cols = [c.name for c in Base.metadata.tables["report"].columns]
    fixed = {"version": "0", "sync_state": "'pending'"}
    picked = ", ".join("?" if c in ("id", "number", "number_seq") else fixed.get(c, c) for c in cols)
    sql = f"INSERT INTO report ({', '.join(cols)}) SELECT {picked} FROM report WHERE id = ?"
    params, ids = [], []
    for i in range(count):
        values = {"id": str(uuid.uuid4()), "number": f"LP/B/BENCH/{i + 1}", "number_seq": 100_000 + i}
        params.append(tuple(values[c] for c in cols if c in values) + (source_id,))
        ids.append(values["id"])
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(sql, params)
        if history:
            h_cols = [c.name for c in Base.metadata.tables["status_change"].columns]
            h_picked = ", ".join("?" if c in ("id", "report_id") else fixed.get(c, c) for c in h_cols)
            h_sql = (
                f"INSERT INTO status_change ({', '.join(h_cols)}) SELECT {h_picked} FROM status_change "
                "WHERE report_id = ? ORDER BY changed_at LIMIT 1"
            )
            pairs = [{"id": str(uuid.uuid4()), "report_id": rid} for rid in ids]
            conn.executemany(h_sql, [tuple(v[c] for c in h_cols if c in v) + (source_id,) for v in pairs])
    conn.close()


def bench_bulk(args: argparse.Namespace, cluster_uri: str, work: Path, template: Path) -> dict[str, Any]:
    import cProfile

    import psycopg
    from psycopg.conninfo import make_conninfo

    from db.models import Base, OutboxOp
    from db.services.officers import list_officers
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report
    from db.sync.apply import backfill_ops
    from db.sync.central import add_station, init_central
    from db.sync.client import SyncReport, pull_all, sync_once
    from db.sync.link import PgLink
    from db.sync.push import push_all
    from db.sync.tables import synced_columns

    with psycopg.connect(cluster_uri, autocommit=True) as conn:
        conn.execute("CREATE DATABASE sentra_bulk")
    url = make_conninfo(cluster_uri, dbname="sentra_bulk")
    init_central(url)
    role, password = add_station(url, STATION)
    sf, path = make_station(work / "push", template, STATION, setup=True)
    admin = list_officers(sf)[0]
    data = ReportInput(
        kind="LP_B",
        citizen=CitizenInput(name="Warga Bench"),
        offense="Curanmor R2",
        chronology="Motor hilang di depan rumah saat ditinggal ke warung. " * 4,
        incident_address="Jl. Lintas Sumatera km 12, Nagari Koto Baru",
        reported_party="Tidak dikenal",
        witnesses="Andi (tetangga)",
    )
    source_id = register_report(sf, data=data, officer_id=admin.id).id
    with PgLink(url, user=role, password=password) as link:
        first = sync_once(sf, link)  # the station's own setup rows and the first report: not timed
    print(f"setup sync: pushed {first.pushed}, pulled {first.pulled}")

    n = args.changes
    t = time.perf_counter()
    clone_reports(path, source_id, n, history=args.with_history)
    clone_s = time.perf_counter() - t
    t = time.perf_counter()
    with sf() as s, s.begin():
        s.info["sync_apply"] = True
        queued = backfill_ops(s)
    backfill_s = time.perf_counter() - t
    print(
        f"cloned {n:,} reports in {clone_s:.1f} s; backfill_ops queued {queued:,} ops in {backfill_s:.1f} s"
    )

    # The rows the raw baseline inserts: exactly the field values the push sends.
    report_cols = synced_columns(Base.metadata.tables["report"])
    with sf() as s:
        fields = [json.loads(f) for f in s.scalars(select(OutboxOp.fields).order_by(OutboxOp.seq))]
    rows = [tuple(f.get(c) for c in report_cols) for f in fields]

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.report_plain (LIKE sentra.report INCLUDING DEFAULTS)")
        conn.execute("ALTER TABLE public.report_plain DROP COLUMN field_versions, ADD PRIMARY KEY (id)")
    insert = (
        f"INSERT INTO public.report_plain ({', '.join(report_cols)}) "
        f"VALUES ({', '.join(['%s'] * len(report_cols))})"
    )
    t = time.perf_counter()
    with psycopg.connect(url) as conn:
        with conn.cursor() as cur:
            cur.executemany(insert, rows)
        conn.commit()
    raw_push_s = time.perf_counter() - t
    print(f"raw executemany of {len(rows):,} rows: {raw_push_s:.2f} s")

    report = SyncReport()
    profiler = cProfile.Profile() if args.profile else None
    with PgLink(url, user=role, password=password) as link:
        epoch = link.pull(None, "0", 0, 1)["epoch"]
        t = time.perf_counter()
        if profiler:
            profiler.enable()
        push_all(sf, link, report, epoch=epoch)
        if profiler:
            profiler.disable()
        push_s = time.perf_counter() - t
    print(
        f"push_all: {report.pushed:,} ops in {push_s:.2f} s (rejected {report.rejected}); "
        f"ratio {push_s / raw_push_s:.2f}x (goal <= 3)"
    )
    if profiler:
        profiler.dump_stats(f"{args.profile}.push")

    # Pull: a fresh station database (a reinstalled desk with the same role) pulls everything.
    pull_sf, pull_path = make_station(work / "pull", template, STATION, setup=False)
    pulled = SyncReport()
    profiler = cProfile.Profile() if args.profile else None
    with PgLink(url, user=role, password=password) as link:
        pull_all(pull_sf, link, SyncReport())  # first contact: learns the epoch (reset), not timed
        t = time.perf_counter()
        if profiler:
            profiler.enable()
        pull_all(pull_sf, link, pulled)
        if profiler:
            profiler.disable()
        pull_s = time.perf_counter() - t
    if profiler:
        profiler.dump_stats(f"{args.profile}.pull")
    print(f"pull_all: {pulled.pulled:,} rows in {pull_s:.2f} s")

    # The rows as JSON values, read straight from the table (since central 0006 the log keeps no copy of a
    # batch's rows: sync.pull reads them from the table too), in the order of `report_cols`.
    t = time.perf_counter()
    with psycopg.connect(url) as conn:
        log_rows = conn.execute(
            f"SELECT jsonb_build_array({', '.join(report_cols)}), version FROM sentra.report "
            "WHERE station_code = %s ORDER BY id",
            (STATION,),
        ).fetchall()
    raw_select_s = time.perf_counter() - t
    _, raw_path = make_station(work / "raw", template, STATION, setup=False)
    local_cols = [c.name for c in Base.metadata.tables["report"].columns]
    position = {c: i for i, c in enumerate(report_cols)}
    values = [
        tuple(
            "synced" if c == "sync_state" else version if c == "version" else row[position[c]]
            for c in local_cols
        )
        for row, version in log_rows
    ]
    conn3 = sqlite3.connect(raw_path)
    conn3.execute("PRAGMA journal_mode=WAL")
    conn3.execute("PRAGMA synchronous=FULL")
    t = time.perf_counter()
    with conn3:
        conn3.executemany(
            f"INSERT INTO report ({', '.join(local_cols)}) VALUES ({', '.join('?' * len(local_cols))})",
            values,
        )
    raw_sqlite_s = time.perf_counter() - t
    conn3.close()
    raw_pull_s = raw_select_s + raw_sqlite_s
    print(
        f"raw pull baseline: SELECT {len(log_rows):,} rows {raw_select_s:.2f} s + sqlite3 "
        f"executemany "
        f"{raw_sqlite_s:.2f} s = {raw_pull_s:.2f} s; ratio {pull_s / raw_pull_s:.2f}x"
    )
    local_reports = report_count(pull_path)
    return {
        "changes": n,
        "clone_s": clone_s,
        "backfill_s": backfill_s,
        "push_all_s": push_s,
        "pushed": report.pushed,
        "rejected": report.rejected,
        "raw_executemany_s": raw_push_s,
        "push_ratio": push_s / raw_push_s,
        "pull_all_s": pull_s,
        "pulled": pulled.pulled,
        "pulled_reports_in_sqlite": local_reports,
        "raw_select_s": raw_select_s,
        "raw_sqlite_executemany_s": raw_sqlite_s,
        "pull_ratio": pull_s / raw_pull_s,
        "pull_ratio_vs_select_only": pull_s / raw_select_s,
    }
