"""The sync chaos run (issue 14, point 6): the Polres desk (HQ role) and a Polsek desk behind a fault proxy
register reports and edit the same cases while every sync runs as its own process that may be SIGKILLed,
the link refuses, stalls or is cut, and PostgreSQL crash-restarts. Afterwards, with faults off, both desks
settle and every row and field is checked against the centre.

`bench/sync_chaos.py` runs it long; `tests/sync/test_chaos.py` runs a few cycles of it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figures:
    cycles: int = 0
    syncs: int = 0
    synced_ok: int = 0
    kills: int = 0
    link_faults: int = 0
    restarts: int = 0
    hangs: int = 0
    reports: int = 0
    status_changes: int = 0
    rows_checked: int = 0
    fields_checked: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def child_sync(path: str, url: str, role: str, password: str, call_s: float) -> int:
    """One sync cycle of a desk, in its own process (so it can be killed at any instruction)."""
    from db.storage.engine import make_engine, make_session_factory
    from db.sync.client import sync_once
    from db.sync.link import Deadlines, PgLink

    sf = make_session_factory(make_engine(Path(path)))
    deadlines = Deadlines(connect=call_s, call=call_s, cycle=6 * call_s)
    try:
        with PgLink(url, user=role, password=password, deadlines=deadlines) as link:
            sync_once(sf, link)
    except Exception as exc:  # offline, cut, restarted: the next cycle goes on
        print(f"sync failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return 1
    return 0


def _spawn(desk: Any, url: str, call_s: float) -> subprocess.Popen[bytes]:
    code = (
        "import sys; from tests.sync.chaos import child_sync; "
        "sys.exit(child_sync(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5])))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(desk.path), url, desk.role, desk.password, str(call_s)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _edit(rng: random.Random, desk: Any, others: list[str], figures: Figures) -> list[str]:
    """A few edits a desk makes between syncs: new reports, status moves on its own or shared cases."""
    from db.errors import SentraError
    from db.services.case_flow import change_status

    made = []
    for _ in range(rng.randint(0, 2)):
        made.append(desk.report())
        figures.reports += 1
    recent = others[-4:]  # both desks work on the newest cases: concurrent edits of the same case
    for report_id in rng.sample(recent, min(len(recent), rng.randint(0, 2))):
        report = desk.get(report_id)
        if report is None:
            continue
        # The two desks often pick different moves from the same state: the status is contested.
        moves = {"received": ("in_progress", "forwarded"), "in_progress": ("forwarded",),
                 "forwarded": ("in_progress",)}  # fmt: skip
        if report.status not in moves:
            continue
        target = rng.choice(moves[report.status])
        try:
            change_status(desk.sf, report_id=report_id, to_status=target, officer_id=desk.admin.id,
                          forwarded_to="Satreskrim")  # fmt: skip
            figures.status_changes += 1
        except SentraError:
            pass
    return made


def run_chaos(
    *,
    polres: Any,
    polsek: Any,
    proxy: Any,
    restart: Callable[[], None],
    central_admin: Callable[[], Any],
    cycles: int,
    seed: int,
    call_s: float = 3.0,
    kill_rate: float = 0.25,
    fault_rate: float = 0.3,
    restart_every: int = 7,
    log: Callable[[str], None] = lambda _line: None,
) -> Figures:
    """Runs the cycles, then settles and checks. `proxy` stands between the Polsek and the centre."""
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    cases: list[str] = []
    for cycle in range(cycles):
        figures.cycles += 1
        cases += _edit(rng, polsek, cases, figures)
        _edit(rng, polres, cases, figures)
        if restart_every and cycle and cycle % restart_every == 0:
            restart()
            figures.restarts += 1
        fault = rng.random() < fault_rate
        if fault:
            figures.link_faults += 1
            proxy.stall_after(rng.choice([0, 200, 2000, 20000]))
        for desk, url in ((polsek, proxy.url()), (polres, polres.url)):
            process = _spawn(desk, url, call_s)
            figures.syncs += 1
            kill_after = rng.uniform(0.3, 4.0) if rng.random() < kill_rate else None
            try:
                code = process.wait(timeout=kill_after) if kill_after else process.wait(timeout=60 * call_s)
                figures.synced_ok += int(code == 0)
            except subprocess.TimeoutExpired:
                if kill_after is None:
                    figures.hangs += 1
                    figures.failures.append(f"cycle {cycle}: a sync ran past its deadlines")
                process.send_signal(signal.SIGKILL)
                process.wait()
                figures.kills += int(kill_after is not None)
        proxy.resume()
        log(f"cycle {cycle}: {figures}")
    figures.seconds = time.monotonic() - started
    _settle_and_check([polsek, polres], polres.code, central_admin, figures)
    return figures


def _settle_and_check(
    desks: list[Any], hq_code: str, central_admin: Callable[[], Any], figures: Figures
) -> None:
    from sqlalchemy import select

    from db.models import Report
    from db.sync.problems import list_problems
    from db.sync.status_history import mismatched
    from tests.sync.desks import central_mismatched, central_rows, local_rows
    from tests.sync.faults import outbox_size, settle

    settle(desks, rounds=8)
    admin = central_admin()
    for desk in desks:
        here = local_rows(desk.sf)
        hq = desk.code == hq_code
        there = central_rows(admin, None if hq else desk.code)
        if hq:  # HQ holds every station's rows, less the list entries it merged into its own
            there = {k: v for k, v in there.items() if k in here}
        figures.rows_checked += len(here)
        figures.fields_checked += sum(len(v) for v in here.values())
        diff = [k for k in here.keys() | there.keys() if here.get(k) != there.get(k)]
        if diff:
            figures.failures.append(f"{desk.code}: {len(diff)} rows differ from the centre, e.g. {diff[:3]}")
        if outbox_size(desk):
            figures.failures.append(f"{desk.code}: outbox not empty")
        if list_problems(desk.sf):
            figures.failures.append(f"{desk.code}: open sync problems {list_problems(desk.sf)[:2]}")
        with desk.sf() as s:
            if mismatched(s):
                figures.failures.append(f"{desk.code}: status and history disagree")
            numbers = [n for n in s.scalars(select(Report.number).where(Report.number.is_not(None)))]
            if len(numbers) != len(set(numbers)):
                figures.failures.append(f"{desk.code}: a number twice")
    disagree = list(central_mismatched(admin))
    if disagree:
        figures.failures.append(f"the centre: status and history disagree {disagree[:3]}")
    dup = admin.execute(
        "SELECT station_code, number FROM sentra.report WHERE number IS NOT NULL "
        "GROUP BY 1, 2 HAVING count(*) > 1"
    ).fetchall()
    if dup:
        figures.failures.append(f"the centre holds a number twice: {dup[:3]}")
    figures.conflicts = int(admin.execute("SELECT count(*) FROM sentra.conflicts").fetchone()[0])
    admin.close()


def crash_restart(pgdata: Path) -> None:
    """PostgreSQL stopped as in a crash (immediate: no checkpoint, every session cut) and started again."""
    import pwd

    import pgserver

    owner = pwd.getpwuid(pgdata.stat().st_uid).pw_name
    extra: dict[str, Any] = {} if pgdata.stat().st_uid == os.getuid() else {"user": owner}
    pgserver.pg_ctl(["-w", "-m", "immediate", "restart"], pgdata=pgdata, timeout=60, **extra)
