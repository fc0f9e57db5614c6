"""Benchmark: the frozen app (dist/SentraDesk, `./run.sh frozen`) against `python -m desktop`: sizes, and
cold start of the CLI and of the GUI up to its login window.

    .venv/bin/python bench/bench_frozen.py [--runs 5]

* CLI: the wall time of `sentra search SPKT --limit 5` on a 300-report demo station (imports SQLAlchemy,
  opens the database, prints, exits).
* GUI: from spawn to the log line "Sentra Desk starting on …", written just before the login window is
  shown (offscreen); the process is then killed. Polled every 5 ms.
Every start is a new process; one unmeasured start of each kind first (OS file cache warm), then the kinds
alternate. Results are medians.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FROZEN = REPO / "dist" / "SentraDesk" / "sentra"


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _cli(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd + ["search", "SPKT", "--limit", "5"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _gui(cmd: list[str], env: dict[str, str], logs: Path) -> float:
    for old in logs.glob("*.log*"):
        old.unlink()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if any("Sentra Desk starting on" in p.read_text(errors="replace") for p in logs.glob("*.log")):
                return time.perf_counter() - start
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with {proc.returncode} before the login window")
            time.sleep(0.005)
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit("no dist/SentraDesk/sentra: run ./run.sh frozen first")
    data = Path(tempfile.mkdtemp(prefix="sentra-bench-frozen-"))
    env = dict(os.environ, SENTRA_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    kinds = {"frozen": [str(FROZEN)], "python -m desktop": [sys.executable, "-m", "desktop"]}
    try:
        subprocess.run(kinds["python -m desktop"] + ["demo", "--reports", "300"], env=env, check=True,
                       capture_output=True, cwd=REPO)  # fmt: skip
        times: dict[tuple[str, str], list[float]] = {}
        for run in range(args.runs + 1):
            order = list(kinds.items()) if run % 2 == 0 else list(reversed(kinds.items()))
            for name, cmd in order:
                cli, gui = _cli(cmd, env), _gui(cmd, env, data / "logs")
                if run:  # the first round only warms the file cache
                    times.setdefault((name, "cli"), []).append(cli)
                    times.setdefault((name, "gui"), []).append(gui)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    size, count = _size(FROZEN.parent)
    print(f"dist/SentraDesk: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) in {count} files")
    for deb in sorted((REPO / "dist").glob("sentra-desk_*.deb")):
        print(f"{deb.name}: {deb.stat().st_size / 1e6:.1f} MB")
    print(f"median of {args.runs} starts        | frozen | python -m desktop")
    for what, label in (("cli", "CLI `sentra search` (whole run)"), ("gui", "GUI to the login window")):
        frozen = statistics.median(times[("frozen", what)])
        python = statistics.median(times[("python -m desktop", what)])
        print(f"{label:<34}| {frozen:.2f} s | {python:.2f} s")


if __name__ == "__main__":
    main()
