"""Monthly report on a big database: data (`monthly_report_data`) and PDF (`write_monthly_pdf`) timed apart.

Goal: "Monthly PDF for a month of 5,000 reports in a database of 1,000,000: < 3 s".

The demo generator spreads its reports over the 12 months before `now`, so a 1M demo database has ~85k
reports a month. This bench builds its own cache file (once): 17 demo batches of ~58,800 reports, each
ending one year before the next, newest first (so the community data - outreach, IKM, training - lands
in the newest year), i.e. 1,000,000 reports over 17 years and ~4,900 a month.

    /tmp/venv/bin/python bench/bench_monthly.py [--repeat 7] [--month 2026-10] [--profile /tmp/monthly.prof]
    /tmp/venv/bin/python bench/bench_monthly.py --build-only      # build bench/.cache/monthly-1m.sqlite
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import (
    CACHE,
    REPO,
    cache_label,
    copy_db,
    finish_build,
    machine,
    report_count,
    start_build,
    summary_ms,
)

RESULTS = Path(__file__).resolve().parent / "results" / "monthly.json"
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # fixed, so the cache is the same whenever it is built
YEARS = 17


def ensure_monthly_db(reports: int = 1_000_000, years: int = YEARS) -> Path:
    """The cached database: `reports` demo reports over `years` years up to NOW (built once, atomically)."""
    from db.demo.station import create_demo
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.migrate import run_migrations

    target = CACHE / f"monthly-{cache_label(reports)}.sqlite"
    if target.exists():
        return target
    tmp = start_build(target)
    engine = make_engine(tmp)
    run_migrations(engine, "head")
    sf = make_session_factory(engine)
    started = time.perf_counter()
    print(f"Building {target} ({reports:,} reports over {years} years; once, reused afterwards)", flush=True)
    done = 0
    for year in range(years):
        n = reports // years + (1 if year < reports % years else 0)

        def progress(d: int, total: int, base: int = done) -> None:
            elapsed = time.perf_counter() - started
            print(f"\r  {base + d:,}/{reports:,} reports, {elapsed:.0f} s  ", end="", flush=True)

        create_demo(sf, reports=n, seed=2026 + year, now=NOW - timedelta(days=365 * year), progress=progress)
        done += n
    engine.dispose()
    print()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("ANALYZE")
        conn.commit()
    finally:
        conn.close()
    finish_build(tmp, target)
    print(
        f"  built in {time.perf_counter() - started:.0f} s, {target.stat().st_size / 2**20:.0f} MiB",
        flush=True,
    )
    return target


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=1_000_000)
    ap.add_argument("--month", default="2026-10")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", type=Path, help="also cProfile one data + PDF run into this file")
    ap.add_argument("--cli-runs", type=int, default=3, help="timed `sentra report monthly` processes")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()
    source = ensure_monthly_db(args.reports)
    if args.build_only:
        return
    from db.queries.monthly import monthly_report_data
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.migrate import current_revision, head_revision, run_migrations
    from exports.monthly_pdf import write_monthly_pdf

    info = machine()  # here, so its load average is the one at the start
    year, month = (int(x) for x in args.month.split("-"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-monthly-"))
    print(f"Copying {source.name} to {tmp} ...", flush=True)
    db = copy_db(source, tmp / "sentra.sqlite")
    engine = make_engine(db)
    if current_revision(engine) != head_revision():
        # A cache built at an older revision: migrate the copy (no backup copy, unlike migrate.upgrade).
        run_migrations(engine, "head")
    sf = make_session_factory(engine)
    # The report is made in the next month, as the station would.
    today = datetime(year + month // 12, month % 12 + 1, 3).date()

    def data():  # type: ignore[no-untyped-def]
        return monthly_report_data(sf, year=year, month=month, today=today)

    times: dict[str, list[float]] = {"data": [], "pdf": [], "public_pdf": [], "total": [], "cli": []}
    t0 = time.perf_counter()
    result = data()  # warm: imports, fonts, the OS file cache
    t1 = time.perf_counter()
    write_monthly_pdf(result, tmp / "warm.pdf")
    print(f"first run (cold process): data {t1 - t0:.2f} s, PDF {time.perf_counter() - t1:.2f} s", flush=True)
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = data()
        t1 = time.perf_counter()
        write_monthly_pdf(result, tmp / "monthly.pdf")
        t2 = time.perf_counter()
        write_monthly_pdf(result, tmp / "public.pdf", public=True)
        t3 = time.perf_counter()
        times["data"].append(t1 - t0)
        times["pdf"].append(t2 - t1)
        times["public_pdf"].append(t3 - t2)
        times["total"].append(t2 - t0)
    # The whole command as the officer runs it: a new process (imports included), data folder = the copy.
    env = {**os.environ, "SENTRA_DATA_DIR": str(tmp)}
    for _ in range(args.cli_runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop", "report", "monthly", "--month", args.month, "--out",
             str(tmp / "cli.pdf")],
            cwd=REPO, env=env, check=True, capture_output=True,
        )  # fmt: skip
        times["cli"].append(time.perf_counter() - t0)
    f = result.figures
    print(
        f"month {args.month}: {f.current.received:,} reports received (LP_B {f.current.ct:,}), "
        f"CC {f.current.cc:,}, open {f.open_cases:,}, hotspots {len(result.hotspots)}; "
        f"PDF {(tmp / 'monthly.pdf').stat().st_size / 1024:.0f} KiB"
    )
    total = report_count(db)
    print(f"database: {total:,} reports, {db.stat().st_size / 2**20:.0f} MiB")
    summary = {k: summary_ms(v) for k, v in times.items() if v}
    for k, v in summary.items():
        print(
            f"{k:<10} median {v['median']:8.1f} ms  p95 {v['p95']:8.1f} ms  max {v['max']:8.1f} ms"
            f"  (n={v['n']})"
        )
    print(f"goal: data + internal PDF < 3000 ms -> median {summary['total']['median']:.0f} ms")
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
        write_monthly_pdf(data(), tmp / "profiled.pdf")
        prof.disable()
        prof.dump_stats(args.profile)
        print(f"profile -> {args.profile}")
    for k, v in info.items():
        print(f"  {k}: {v}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"month": args.month, "reports": total, "timings_ms": summary, "machine": info}, indent=2)
    )
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
