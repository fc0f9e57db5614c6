"""Benchmark: a 200,000-row register (or survey workbook) imported into a demo station, with walk-in saves
during the import.

Measures the import's wall time and peak RSS (the import runs in a child process of its own, so its RSS is not
the bench's), and how long each walk-in report saved meanwhile (another process, one save a second) waited.
Goal (issue 13): under 5 minutes and under 500 MB RSS; walk-in saves wait under a second.

    .venv/bin/python bench/bench_import.py [--rows 200000] [--kind register|survey]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CACHE, REPO, summary_ms

ADMIN_NRP = "85010123"


def _sheet(rows: int) -> Path:
    from tests.register_sheet import write_register

    path = CACHE / f"register-{rows}.xlsx"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        tmp = path.with_suffix(".building.xlsx")
        write_register(tmp, rows)
        tmp.replace(path)
        print(f"  sheet of {rows:,} rows written in {time.perf_counter() - started:.0f} s -> {path}")
    return path


def _survey_sheet(rows: int) -> Path:
    """Paper questionnaires typed in: the shipped template filled with varied answers over the last year."""
    from datetime import date, timedelta

    from openpyxl import Workbook

    from db.importing.survey_rows import COLUMNS

    path = CACHE / f"survey-{rows}.xlsx"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Data")
        ws.append(list(COLUMNS))
        first = date(2025, 12, 1)
        services = ("LP_B", "DUMAS", "SKTLK", "INFO")
        for i in range(rows):
            answers = [(i * (k + 3) + k) % 4 + 1 for k in range(9)]
            profile = ["LP"[i % 2], "30-39", "SMA", "Petani", services[i % 4]]
            ws.append(
                [i + 1, first + timedelta(days=i % 365), *answers, *profile, f"Saran {i}" if i % 5 else ""]
            )
        tmp = path.with_suffix(".building.xlsx")
        wb.save(tmp)
        tmp.replace(path)
        print(f"  survey sheet of {rows:,} rows written in {time.perf_counter() - started:.0f} s -> {path}")
    return path


def _import_child(data_dir: str, sheet: str, kind: str) -> None:
    """Runs in the child: the import, printing its progress lines and a JSON result last."""
    from db.importing.register_import import import_register
    from db.importing.survey_import import import_surveys
    from desktop.database import open_database
    from desktop.paths import resolve_data_dir

    _, sf = open_database(resolve_data_dir(data_dir).ensure())

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        print(f"  {p.phase}: {p.done:,} rows, {p.rate:,.0f} rows/s", flush=True)

    started = time.perf_counter()
    if kind == "survey":
        survey = import_surveys(sf, path=Path(sheet), progress=progress)
        added, rejected = survey.added, len(survey.rejected)
    else:
        result = import_register(sf, path=Path(sheet), officer_nrp=ADMIN_NRP, progress=progress)
        added, rejected = result.added, result.rejected_rows
    print(json.dumps({"seconds": time.perf_counter() - started, "added": added, "rejected": rejected}))


def _walk_in_child(data_dir: str, stop_file: str) -> None:
    """Runs in the child: one walk-in report a second until `stop_file` exists; JSON list of waits last."""
    from db.services.officers import list_officers
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report
    from desktop.database import open_database
    from desktop.paths import resolve_data_dir

    _, sf = open_database(resolve_data_dir(data_dir).ensure())
    officer = next(o for o in list_officers(sf) if o.role == "officer")
    waits: list[float] = []
    while not Path(stop_file).exists():
        data = ReportInput(
            kind="LP_B", citizen=CitizenInput(name="Budi"), offense="Pencurian", chronology="Dompet hilang."
        )
        started = time.perf_counter()
        register_report(sf, data=data, officer_id=officer.id)
        waits.append(time.perf_counter() - started)
        time.sleep(1.0)
    print(json.dumps(waits))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--kind", choices=("register", "survey"), default="register")
    args = parser.parse_args()
    sheet = _survey_sheet(args.rows) if args.kind == "survey" else _sheet(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        demo = [sys.executable, "-m", "desktop.cli", "--data-dir", str(data_dir), "demo", "--reports", "0"]
        subprocess.run(demo, cwd=REPO, check=True, capture_output=True)
        stop = Path(tmp) / "stop"
        me = str(Path(__file__).resolve())
        walk_in = subprocess.Popen(
            [sys.executable, me, "--child-walk-in", str(data_dir), str(stop)],
            cwd=REPO,
            stdout=subprocess.PIPE,
        )
        time.sleep(3)  # the walk-in process is up and has saved once or twice
        importer = subprocess.run(
            [sys.executable, me, "--child-import", str(data_dir), str(sheet), args.kind],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
        stop.touch()
        waits = json.loads(walk_in.communicate()[0])
    lines = importer.stdout.strip().splitlines()
    print("\n".join(lines[-5:-1]))
    result = json.loads(lines[-1])
    # The largest resident set of the children waited for: an upper bound of the importer's.
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    saves = summary_ms(waits)
    print(
        f"{args.kind} import of {args.rows:,} rows: {result['added']:,} added, "
        f"{result['rejected']} rejected, {result['seconds']:.0f} s, peak RSS {rss_mb:.0f} MB"
    )
    print(
        f"walk-in saves during the import: {saves['n']:.0f}, median {saves['median']:.0f} ms, "
        f"p95 {saves['p95']:.0f} ms, max {saves['max']:.0f} ms"
    )


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child-import":
        _import_child(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 4 and sys.argv[1] == "--child-walk-in":
        _walk_in_child(sys.argv[2], sys.argv[3])
    else:
        main()
