"""Crash test: a child process saving reports (and now and then a backup) is SIGKILLed at random moments.

After every kill: `PRAGMA integrity_check` passes, every report the child confirmed (printed after its commit)
is in the database, each kind's numbering has no gap, the keyed audit chain verifies, and every backup copy
with a sidecar passes its own check (a copy cut short by the kill never looks good).

    python bench/bench_crash.py --kills 200          # figures for bench/RESULTS.md
    python bench/bench_crash.py --child DATA_DIR     # (the child; started by the parent)

The suite runs the same with a handful of kills (tests/db/test_crash_kills.py). POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BACKUP_EVERY = 15  # saves between two backups in the child, so some kills land inside one


def _station(data_dir: Path) -> str:
    """A configured station with one officer; returns the officer's id."""
    from db.demo.station import demo_station_input
    from db.services.officers import OfficerInput, list_officers
    from db.services.station import is_configured, setup_station
    from desktop.database import open_database
    from desktop.paths import DataPaths

    engine, sf = open_database(DataPaths(data_dir))
    if not is_configured(sf):
        setup_station(
            sf,
            station=demo_station_input(),
            admin=OfficerInput(name="Rina", nrp="85010123", rank="AIPTU", password="crash-test-123"),
        )
    officer = list_officers(sf)[0].id
    engine.dispose()
    return officer


def child(data_dir: Path) -> None:
    """Save reports forever, printing each number after its commit; a backup every BACKUP_EVERY saves."""
    from sqlalchemy import select

    from db.models import Category, Officer
    from db.services.report_input import CitizenInput, LostItemInput, ReportInput
    from db.services.reports import register_report
    from db.storage.backup import backup_now
    from desktop.database import open_database
    from desktop.paths import DataPaths

    paths = DataPaths(data_dir)
    _, sf = open_database(paths)  # the start-up path: quick_check, migrations, the daily backup
    with sf() as s:
        officer = s.scalars(select(Officer.id)).first()
        lost = s.scalars(select(Category.id).where(Category.name.like("Kehilangan%"))).first()
        crime = s.scalars(select(Category.id).where(Category.name.like("Curanmor%"))).first()
    assert officer is not None
    print("READY", flush=True)
    rng = random.Random(os.getpid())
    i = 0
    while True:
        i += 1
        data = ReportInput(
            kind="SKTLK" if i % 3 else "LP_B",
            citizen=CitizenInput(
                name=f"Pelapor {os.getpid()}-{i}", address="Jorong Koto Baru", phone="081266554433"
            ),
            offense="Kehilangan KTP" if i % 3 else "Pencurian sepeda motor",
            category_id=lost if i % 3 else crime,
            chronology="Dompet berisi KTP jatuh di pasar nagari. " * rng.randrange(1, 20),
            lost_items=(LostItemInput(item="KTP elektronik", identifiers="NIK tercantum"),) if i % 3 else (),
        )
        view = register_report(sf, data=data, officer_id=officer)
        print(f"SAVED {view.number}", flush=True)
        if i % BACKUP_EVERY == 0:
            backup_now(paths, reason="crash-test")
            print("BACKUP", flush=True)


def check(data_dir: Path, confirmed: set[str], seen_backups: set[Path] | None = None) -> list[str]:
    """What is wrong with the data folder after a kill (empty: nothing)."""
    from db.storage.audit_verify import verify_trail
    from db.storage.backup import check_file, list_backups
    from db.storage.engine import make_engine, make_session_factory

    problems = []
    db = data_dir / "sentra.sqlite"
    con = sqlite3.connect(db)
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:3]}")
        numbers = {r[0] for r in con.execute("SELECT number FROM report WHERE number IS NOT NULL")}
        missing = confirmed - numbers
        if missing:
            problems.append(f"{len(missing)} confirmed reports missing, e.g. {sorted(missing)[:3]}")
        for kind, year, count, top in con.execute(
            "SELECT kind, number_year, count(*), max(number_seq) FROM report "
            "WHERE number_seq IS NOT NULL GROUP BY kind, number_year"
        ):
            if count != top:
                problems.append(f"numbering gap in {kind} {year}: {count} reports, highest {top}")
    finally:
        con.close()
    engine = make_engine(db)
    try:
        with make_session_factory(engine)() as s:
            report = verify_trail(s)
        if not report.ok:
            problems.append(f"audit chain: {report.problem}")
    finally:
        engine.dispose()
    seen = seen_backups if seen_backups is not None else set()
    for info in list_backups(data_dir / "backups"):
        if info.path in seen:
            continue
        seen.add(info.path)
        problem = check_file(info.path, dict(info.row_counts))
        if problem is not None:
            problems.append(f"backup {info.path.name}: {problem}")
    return problems


def _read_until_killed(
    proc: subprocess.Popen[bytes], delay: float, confirmed: set[str], *, at_start: bool
) -> tuple[int, int]:
    """Collect confirmations and SIGKILL the child: `delay` s after it started (`at_start`: while it opens the
    database, runs quick_check and the daily backup) or `delay` s after its first confirmed save.
    Returns (saves confirmed by this child, backups it completed)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buffer, backups, saves = b"", 0, 0
    clock_from: float | None = time.monotonic() if at_start else None

    def take(data: bytes) -> None:
        nonlocal buffer, backups, saves, clock_from
        buffer += data
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            if line.startswith(b"SAVED "):
                confirmed.add(line[6:].decode())
                saves += 1
                if clock_from is None:
                    clock_from = time.monotonic()
            elif line == b"BACKUP":
                backups += 1

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        wait = 0.05 if clock_from is None else max(0.0, clock_from + delay - time.monotonic())
        readable, _, _ = select.select([fd], [], [], min(wait, 0.05))
        if readable:
            data = os.read(fd, 1 << 16)
            if not data:
                raise RuntimeError(f"child ended by itself (exit {proc.wait()})")
            take(data)
        if clock_from is not None and time.monotonic() >= clock_from + delay:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Lines printed before the kill are confirmed commits.
    while data := os.read(fd, 1 << 16):
        take(data)
    proc.stdout.close()
    return saves, backups


def run(
    kills: int = 200, seed: int = 2026, workdir: Path | None = None, max_delay: float = 1.5
) -> dict[str, object]:
    rng = random.Random(seed)
    root = Path(workdir or tempfile.mkdtemp(prefix="sentra-crash-"))
    data_dir = root / "data"
    env = dict(os.environ, SENTRA_KEY_DIR=str(root / "keys"))
    os.environ["SENTRA_KEY_DIR"] = env["SENTRA_KEY_DIR"]
    _station(data_dir)
    confirmed: set[str] = set()
    failures: list[str] = []
    backups = kills_while_saving = 0
    seen_backups: set[Path] = set()
    started = time.perf_counter()
    log = (root / "child-stderr.log").open("ab")
    for k in range(kills):
        # Now and then a kill during start-up (open, quick_check, daily backup), mostly while saving.
        at_start = rng.random() < 0.1
        delay = rng.uniform(0.0, 1.5 if at_start else max_delay)
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            cwd=REPO,
        )
        saves, made = _read_until_killed(proc, delay, confirmed, at_start=at_start)
        backups += made
        kills_while_saving += saves > 0
        problems = check(data_dir, confirmed, seen_backups)
        if problems:
            failures.append(f"kill {k + 1}: " + "; ".join(problems))
            break
        print(
            f"\r  kill {k + 1}/{kills}: {len(confirmed):,} confirmed reports, all present", end="", flush=True
        )
    print()
    log.close()
    return {
        "kills": kills,
        "confirmed_reports": len(confirmed),
        "kills_after_a_save_in_that_child": kills_while_saving,
        "backups_completed": backups,
        "backups_verified": len(seen_backups),
        "leftover_partial_copies": len(list((data_dir / "backups").glob("*.part"))),
        "failures": failures,
        "seconds": round(time.perf_counter() - started, 1),
        "data_dir": str(data_dir),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child))
        return 0
    result = run(args.kills, args.seed)
    print(json.dumps(result, indent=1))
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
