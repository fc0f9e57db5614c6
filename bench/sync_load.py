"""The sync benchmark's load part (bench_sync.py): N station roles, one connection each, each looping "push a
small batch, pull" for a bounded time; the server's throughput and latencies are measured."""

from __future__ import annotations

import argparse
import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from _common import percentile
from sqlalchemy import select
from sync_setup import STATION, make_station


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
