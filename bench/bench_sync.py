"""Sync against a loopback PostgreSQL 16 (pgserver, fsync ON): push and pull of 50,000 changes vs raw inserts,
and 200 simulated stations syncing at once.

Push: `push_all` of 50,000 report ops (reports cloned in SQLite, queued by `backfill_ops`), end to end, vs a
raw psycopg `executemany` of the same 50,000 rows into a plain table with the same columns (goal <= 3x).
Pull: `pull_all` of those changes into a fresh station SQLite vs the minimum the same job needs: a raw SELECT
of the rows as JSON arrays (from the table, where `sync.pull` reads a batch since central 0006) plus a raw
sqlite3 `executemany` of them into the station's `report` table.
Load: N station roles, one psycopg connection each (a thread pool: 2 cores), each looping "push a small
batch, pull" for a bounded time; the station SQLite side is left out (the server's throughput is measured).

    /tmp/venv/bin/python bench/bench_sync.py [--changes 50000] [--stations 200] [--seconds 60]
        [--profile /tmp/sync.prof] [--skip-load] [--skip-bulk]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, allow_password_logins, machine, percentile, report_count, start_pgserver
from sqlalchemy import select

RESULTS = BENCH_DIR / "results" / "sync.json"
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


def sample_ops(work: Path, template: Path) -> list[dict[str, Any]]:
    """The fields of one ORM-made citizen and report op (what a station's outbox holds after a save)."""
    from db.models import OutboxOp
    from db.services.officers import list_officers
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report

    sf, _ = make_station(work / "sample", template, STATION, setup=True)
    data = ReportInput(kind="LP_B", citizen=CitizenInput(name="Warga Beban"), offense="Curanmor R2",
                       chronology="Motor hilang di depan rumah")  # fmt: skip
    register_report(sf, data=data, officer_id=list_officers(sf)[0].id)
    with sf() as s:
        ops = s.execute(select(OutboxOp.tbl, OutboxOp.fields).where(OutboxOp.tbl.in_(("citizen", "report"))))
        return [{"table": tbl, "fields": json.loads(fields)} for tbl, fields in ops]


def bench_load(args: argparse.Namespace, cluster_uri: str, work: Path, template: Path) -> dict[str, Any]:
    import psycopg
    from psycopg.conninfo import make_conninfo

    from db.sync.central import add_station, init_central
    from db.sync.link import PgLink

    samples = sample_ops(work, template)
    with psycopg.connect(cluster_uri, autocommit=True) as conn:
        conn.execute("CREATE DATABASE sentra_load")
    url = make_conninfo(cluster_uri, dbname="sentra_load")
    init_central(url)
    t = time.perf_counter()
    roles = [(f"BENCH-{i:03d}", *add_station(url, f"BENCH-{i:03d}")) for i in range(args.stations)]
    print(f"{len(roles)} station roles in {time.perf_counter() - t:.1f} s")

    push_times: list[float] = []
    pull_times: list[float] = []
    counts = {"pushed": 0, "pulled": 0, "pushes": 0, "pulls": 0, "errors": 0}
    lock = threading.Lock()
    ready = threading.Barrier(args.stations + 1)
    stop_at = [0.0]

    def station(code: str, role: str, password: str) -> None:
        link = PgLink(url, user=role, password=password)
        epoch = link.pull(None, "0", 0, 1)["epoch"]
        xid, seq = "0", 0
        my_push: list[float] = []
        my_pull: list[float] = []
        pushed = pulled = errors = 0
        ready.wait()
        while time.perf_counter() < stop_at[0]:
            ops = []
            for _ in range(args.batch // 2):
                for sample in samples:
                    fields = dict(sample["fields"], id=str(uuid.uuid4()), station_code=code)
                    ops.append({"op_id": str(uuid.uuid4()), "table": sample["table"], "row_id": fields["id"],
                                "base_version": 0, "fields": fields})  # fmt: skip
            try:
                t0 = time.perf_counter()
                answer = link.push({"epoch": epoch, "ops": ops})
                my_push.append(time.perf_counter() - t0)
                pushed += sum(r["status"] == "applied" for r in answer["results"])
                while True:
                    t0 = time.perf_counter()
                    got = link.pull(epoch, xid, seq, 500)
                    my_pull.append(time.perf_counter() - t0)
                    pulled += len(got["rows"])
                    xid, seq = str(got["cursor"]["xid"]), int(got["cursor"]["seq"])
                    if not got.get("more"):
                        break
            except Exception as exc:  # count and go on: a benchmark, not a test
                errors += 1
                print(f"  {code}: {type(exc).__name__}: {exc}")
        link.close()
        with lock:
            push_times.extend(my_push)
            pull_times.extend(my_pull)
            counts["pushed"] += pushed
            counts["pulled"] += pulled
            counts["pushes"] += len(my_push)
            counts["pulls"] += len(my_pull)
            counts["errors"] += errors

    with ThreadPoolExecutor(max_workers=args.stations) as pool:
        futures = [pool.submit(station, *r) for r in roles]
        ready.wait()
        started = time.perf_counter()
        stop_at[0] = started + args.seconds
        for f in futures:
            f.result()
        elapsed = time.perf_counter() - started
    result = {
        "stations": args.stations,
        "seconds": elapsed,
        "batch_ops": args.batch,
        **counts,
        "ops_per_s": counts["pushed"] / elapsed,
        "pushes_per_s": counts["pushes"] / elapsed,
        "pulls_per_s": counts["pulls"] / elapsed,
        "rows_pulled_per_s": counts["pulled"] / elapsed,
        "push_ms": {q: percentile(push_times, q) * 1000 for q in (50, 95, 100)} if push_times else {},
        "pull_ms": {q: percentile(pull_times, q) * 1000 for q in (50, 95, 100)} if pull_times else {},
    }
    print(
        f"{args.stations} stations, {elapsed:.0f} s: {counts['pushed']:,} ops pushed "
        f"({result['ops_per_s']:.0f} ops/s, {result['pushes_per_s']:.1f} pushes/s), "
        f"{counts['pulls']:,} pulls "
        f"({result['pulls_per_s']:.1f}/s, {counts['pulled']:,} rows); errors {counts['errors']}"
    )
    print(f"  push latency ms p50/p95/max: {' / '.join(f'{v:.0f}' for v in result['push_ms'].values())}")
    print(f"  pull latency ms p50/p95/max: {' / '.join(f'{v:.0f}' for v in result['pull_ms'].values())}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=50_000)
    ap.add_argument("--stations", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--batch", type=int, default=10, help="ops per push in the load test (citizen + report)")
    ap.add_argument("--profile", help="write cProfile stats of push_all/pull_all to PATH.push / PATH.pull")
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument(
        "--with-history", action="store_true", help="each cloned report with its first status entry too"
    )
    ap.add_argument("--skip-bulk", action="store_true")
    args = ap.parse_args()
    from db.storage.engine import make_engine
    from db.storage.migrate import upgrade

    info = machine()
    work = Path(tempfile.mkdtemp(prefix="sentra-syncbench-"))
    template = work / "template.sqlite"
    engine = make_engine(template)
    upgrade(engine, template)
    engine.dispose()
    server, pgdata, uri = start_server(max(300, args.stations + 60))
    result: dict[str, Any] = {"machine": info, "args": vars(args)}
    try:
        if not args.skip_bulk:
            result["bulk"] = bench_bulk(args, uri, work, template)
        if not args.skip_load:
            result["load"] = bench_load(args, uri, work, template)
    finally:
        server.cleanup()
        shutil.rmtree(pgdata, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, default=str))
    for k, v in info.items():
        print(f"  {k}: {v}")
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
