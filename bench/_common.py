"""Shared helpers for the benchmarks: repository path, cached demo databases, machine description."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import closing
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
CACHE = BENCH_DIR / ".cache"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def cache_label(reports: int) -> str:
    """ "1m" for a million reports, "20000" for twenty thousand: how cache files are named."""
    return f"{reports // 1_000_000}m" if reports % 1_000_000 == 0 else f"{reports}"


def cache_path(reports: int) -> Path:
    return CACHE / f"{cache_label(reports)}.sqlite"


def start_build(target: Path) -> Path:
    """The scratch file a cache database is built in (renamed to `target` when complete), with what a build
    broken off earlier left of it removed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    return tmp


def finish_build(tmp: Path, target: Path) -> None:
    """Fold the WAL into the built file (a plain copy of it is then complete) and move it in place."""
    from db.storage.engine import fold_wal

    fold_wal(tmp)
    tmp.replace(target)


def current_cache_path(reports: int) -> Path:
    """Cache file for `reports` reports at the current schema (0002+: full-text search, case-desk columns);
    the unsuffixed files were built at schema 0001 and stay for the benchmarks that used them."""
    base = cache_path(reports)
    return base.with_name(f"{base.stem}-v2{base.suffix}")


def ensure_demo_db(reports: int, *, batch: int = 20_000, target: Path | None = None) -> Path:
    """The cached demo database with `reports` reports, built once (atomically) if missing."""
    from db.demo.station import create_demo
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.migrate import upgrade

    target = target or cache_path(reports)
    if target.exists():
        return target
    tmp = start_build(target)
    engine = make_engine(tmp)
    upgrade(engine, tmp)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        eta = elapsed / done * (total - done) if done else 0.0
        print(
            f"\r  building {target.name}: {done:,}/{total:,} reports, {elapsed:.0f} s, ~{eta:.0f} s left  ",
            end="",
            flush=True,
        )

    print(f"Building demo database with {reports:,} reports into {target} (once; reused afterwards)")
    create_demo(make_session_factory(engine), reports=reports, progress=progress, batch=batch)
    engine.dispose()
    print()
    finish_build(tmp, target)
    print(f"  built in {time.perf_counter() - started:.0f} s, {target.stat().st_size / 2**20:.0f} MiB")
    return target


def copy_db(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    return dest


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary_ms(values: list[float]) -> dict[str, float]:
    if not values:  # e.g. a small database whose filter fits on one page: nothing was timed
        return {"n": 0}
    return {
        "n": len(values),
        "median": statistics.median(values) * 1000,
        "p95": percentile(values, 95) * 1000,
        "max": max(values) * 1000,
        "min": min(values) * 1000,
    }


def _field(path: Path, key: str, sep: str) -> str:
    """The value after `sep` on the first line of a system file that starts with `key` ("" when there is none
    or the file cannot be read)."""
    try:
        for line in path.read_text().splitlines():
            if line.startswith(key):
                return line.split(sep, 1)[1].strip()
    except OSError:
        pass
    return ""


def report_count(path: Path) -> int:
    """How many reports the station database at `path` holds."""
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM report").fetchone()[0])


def machine() -> dict[str, str]:
    """A description of this machine and the library versions, for RESULTS.md."""
    cpu = _field(Path("/proc/cpuinfo"), "model name", ":") or platform.processor()
    mem_kib = _field(Path("/proc/meminfo"), "MemTotal", ":")
    ram = f"{int(mem_kib.split()[0]) / 2**20:.1f} GiB" if mem_kib else ""
    pretty = _field(Path("/etc/os-release"), "PRETTY_NAME=", "=")
    os_name = f"{pretty.strip(chr(34))} ({platform.release()})" if pretty else platform.platform()
    import alembic
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    try:
        import reportlab

        reportlab_version = reportlab.Version
    except ImportError:
        reportlab_version = "n/a"
    try:
        git = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        git = ""
    return {
        "cpus (nproc)": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "os": os_name,
        "load average (1/5/15 min) at start": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "PySide6 / Qt": f"{PySide6.__version__} / {qVersion()}",
        "alembic": alembic.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "SQLite": sqlite3.sqlite_version,
        "reportlab": reportlab_version,
        "git HEAD": git + " (plus uncommitted work tree)",
    }


def start_pgserver(prefix: str) -> tuple[Any, Path, str]:
    """A pgserver cluster in a temp dir of its own (as root, pgserver runs PostgreSQL as another user, which
    cannot enter a 0700 parent): the server, its data folder and its URI."""
    pgdata = Path(tempfile.mkdtemp(prefix=prefix))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        server = pgserver.get_server(pgdata, cleanup_mode="stop")
        uri = server.get_uri()
    return server, pgdata, uri


def allow_password_logins(pgdata: Path) -> None:
    """pg_hba.conf: postgres over the socket as before, every other role by password (as the station roles
    log in); takes effect on the next reload or restart."""
    hba = pgdata / "pg_hba.conf"
    hba.write_text("local all postgres trust\nlocal all all scram-sha-256\n" + hba.read_text())
