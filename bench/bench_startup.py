"""Benchmark: cold start to the login window, as a ratio to a bare QApplication + QMainWindow start."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import CACHE, REPO, ensure_demo_db

RATIO_GOAL = 2.5

# Each child prints one JSON line: milestones in seconds since the parent's clock reading just before spawn
# (CLOCK_MONOTONIC is system-wide on Linux, so parent and child share it).
_PRELUDE = """
import os, sys, time, json
_t0 = float(os.environ["BENCH_T0"])
_marks = {"interpreter": time.clock_gettime(time.CLOCK_MONOTONIC) - _t0}
def mark(name):
    _marks[name] = time.clock_gettime(time.CLOCK_MONOTONIC) - _t0
"""

BASELINE = (
    _PRELUDE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
mark("imports")
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
window.show()
app.processEvents()
mark("shown")
print(json.dumps(_marks), flush=True)
"""
)

# What desktop.app.run_gui does up to the login window, without exec(): paths, logging, language, the
# station's name read with sqlite3, LoginDialog shown (the database opens on the DB thread meanwhile).
SENTRA = (
    _PRELUDE
    + """
import gc
gc.disable()
from pathlib import Path
from desktop.app import start_login
from desktop.logging_setup import setup_logging
from desktop.paths import DataPaths
mark("imports")
paths = DataPaths(Path(os.environ["BENCH_DATA_DIR"])).ensure()
setup_logging(paths.logs)
app, desk, login = start_login(paths, "id")
assert login is not None, "the demo database should need neither migration nor set-up"
mark("start_login")
login.show()
app.processEvents()
mark("shown")
print(json.dumps(_marks), flush=True)
gc.enable()
desk.runner.wait_idle()
"""
)


def prepare_data_dir(reports: int) -> Path:
    """A fresh data folder holding a copy of the cached demo database with `reports` reports."""
    source = ensure_demo_db(reports)
    root = CACHE / "startup-data"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    shutil.copyfile(source, root / "sentra.sqlite")
    return root


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["BENCH_DATA_DIR"] = str(data_dir)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def spawn(code: str, env: dict[str, str], extra: tuple[str, ...] = ()) -> tuple[float, dict[str, float], str]:
    """Run one child; returns (wall seconds, its milestones, its stderr)."""
    t0 = time.clock_gettime(time.CLOCK_MONOTONIC)
    env = dict(env, BENCH_T0=repr(t0))
    proc = subprocess.run(
        [sys.executable, *extra, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=False
    )
    wall = time.clock_gettime(time.CLOCK_MONOTONIC) - t0
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr}")
    marks = json.loads(proc.stdout.strip().splitlines()[-1])
    return wall, marks, proc.stderr


def run(n: int = 7, reports: int = 1000, warmup: bool = True) -> dict[str, object]:
    data_dir = prepare_data_dir(reports)
    env = child_env(data_dir)
    if warmup:  # compile .pyc files and fill the OS file cache once; not counted
        spawn(BASELINE, env)
        spawn(SENTRA, env)
    runs: dict[str, list[tuple[float, dict[str, float]]]] = {"baseline": [], "sentra": []}
    codes = {"baseline": BASELINE, "sentra": SENTRA}
    for i in range(n):
        order = ("baseline", "sentra") if i % 2 == 0 else ("sentra", "baseline")
        for name in order:
            wall, marks, _ = spawn(codes[name], env)
            runs[name].append((wall, marks))
            print(
                f"  run {i + 1}/{n} {name:<8} wall {wall * 1000:7.0f} ms   "
                f"shown {marks['shown'] * 1000:7.0f} ms",
                flush=True,
            )

    def med(name: str, key: str | None) -> float:
        return statistics.median(w if key is None else m[key] for w, m in runs[name]) * 1000

    result: dict[str, object] = {"n": n, "reports_in_db": reports}
    for name in runs:
        keys = list(runs[name][0][1])
        result[name] = {
            "wall_ms": med(name, None),
            **{f"{k}_ms": med(name, k) for k in keys},
            "shown_all": [round(m["shown"] * 1000) for _, m in runs[name]],
            "wall_all": [round(w * 1000) for w, _ in runs[name]],
        }
    b, s = result["baseline"], result["sentra"]
    result["ratio_shown"] = s["shown_ms"] / b["shown_ms"]  # type: ignore[index]
    result["ratio_wall"] = s["wall_ms"] / b["wall_ms"]  # type: ignore[index]
    # The goal is the time until the login window is on screen. The child's wall time also counts opening the
    # database on the DB thread after the window shows (while the officer types) and interpreter teardown.
    result["goal_met"] = result["ratio_shown"] <= RATIO_GOAL  # type: ignore[operator]
    return result


def import_profile(reports: int = 1000, top: int = 25) -> str:
    """The slowest imports (cumulative) of one Sentra start, from python -X importtime."""
    data_dir = prepare_data_dir(reports)
    _, _, stderr = spawn(SENTRA, child_env(data_dir), ("-X", "importtime"))
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = line.split(":", 1)[1].split("|", 2)
        rows.append((int(cum_us), int(self_us), name.rstrip()))
    rows.sort(reverse=True)
    out = [f"{'cumulative ms':>14} {'self ms':>8}  module"]
    out += [f"{c / 1000:14.1f} {s / 1000:8.1f}  {name}" for c, s, name in rows[:top]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=7, help="runs of each kind (default 7)")
    parser.add_argument("--reports", type=int, default=1000, help="reports in the demo data folder (1,000)")
    parser.add_argument("--no-warmup", action="store_true", help="count the very first start too")
    parser.add_argument("--imports", action="store_true", help="also print the slowest imports")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    print(f"Cold start, {args.n} fresh processes each, alternating order, QT_QPA_PLATFORM=offscreen")
    r = run(args.n, args.reports, not args.no_warmup)
    for name in ("baseline", "sentra"):
        d = r[name]
        phases = "  ".join(
            f"{k[:-3]} {v:.0f}"
            for k, v in d.items()  # type: ignore[union-attr]
            if k.endswith("_ms") and k != "wall_ms"
        )
        print(f"{name:<8} median wall {d['wall_ms']:.0f} ms; milestones (median ms): {phases}")  # type: ignore[index]
    print(
        f"ratio Sentra/baseline: time-to-shown {r['ratio_shown']:.2f}x (goal <= {RATIO_GOAL}x): "
        f"{'MET' if r['goal_met'] else 'NOT MET'}; whole process {r['ratio_wall']:.2f}x (includes the "
        "database opening behind the shown window)"
    )
    if args.imports:
        print("\nSlowest imports of one Sentra start (python -X importtime, cumulative):")
        print(import_profile(args.reports))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2))
    return 0 if r["goal_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
