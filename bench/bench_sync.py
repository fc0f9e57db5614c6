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

The parts: sync_setup.py (the server, the station files), sync_bulk.py (push and pull vs raw),
sync_load.py (N stations at once).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, machine
from sync_bulk import bench_bulk
from sync_load import bench_load
from sync_setup import start_server

RESULTS = BENCH_DIR / "results" / "sync.json"


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
