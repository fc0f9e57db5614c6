"""Run every benchmark (save, receipt, cold start) and print the figures as Markdown for RESULTS.md."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import bench_save
import bench_startup
from _common import BENCH_DIR, machine


def _row(name: str, s: dict[str, float]) -> str:
    return f"| {name} | {s['n']} | {s['median']:.1f} | {s['p95']:.1f} | {s['max']:.1f} |"


def markdown(save: dict, start: dict, command: str, info: dict[str, str]) -> str:  # type: ignore[type-arg]
    lines = [f"Run {datetime.date.today().isoformat()} with `{command}`", "", "| machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in info.items()]
    size = f"{save['reports_in_db']:,} reports already stored ({save['db_file_mib']} MiB file)"
    lines += [
        "",
        f"Save, {size}:",
        "",
        "| step | n | median ms | p95 ms | max ms |",
        "|---|---|---|---|---|",
        _row("register_report", save["save"]),
        _row("receipt_data (by id)", save["receipt_data"]),
        _row("write_receipt (PDF)", save["receipt_pdf"]),
        _row("receipt data + PDF", save["receipt_total"]),
        _row("receipt_data (by number)", save["receipt_by_number"]),
        "",
        f"Save goal median < 50 ms: **{'met' if save['save_goal_met'] else 'NOT met'}** "
        f"(first save {save['first_save_ms']:.1f} ms).",
        "",
        f"Cold start, {start['n']} fresh processes each, alternating order, offscreen:",
        "",
        "| | median time to shown, ms | median process wall, ms |",
        "|---|---|---|",
        f"| bare QApplication + QMainWindow | {start['baseline']['shown_ms']:.0f} | "
        f"{start['baseline']['wall_ms']:.0f} |",
        f"| Sentra Desk login window | {start['sentra']['shown_ms']:.0f} | "
        f"{start['sentra']['wall_ms']:.0f} |",
        f"| ratio | {start['ratio_shown']:.2f}x | {start['ratio_wall']:.2f}x |",
        "",
        f"Cold-start goal <= 2.5x: **{'met' if start['goal_met'] else 'NOT met'}**.",
        "",
        "Sentra milestones (median ms since spawn): "
        + ", ".join(
            f"{k[:-3]} {v:.0f}" for k, v in start["sentra"].items() if k.endswith("_ms") and k != "wall_ms"
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("-n", type=int, default=7, help="cold-start runs of each kind")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results", help="JSON + Markdown folder")
    args = parser.parse_args(argv)
    command = "/tmp/venv/bin/python bench/run_all.py" + " ".join(["", *(argv or sys.argv[1:])]).rstrip()
    info = machine()
    save = bench_save.run(args.reports)
    start = bench_startup.run(args.n)
    text = markdown(save, start, command, info)
    print("\n" + text)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (args.out / f"{stamp}.json").write_text(
        json.dumps({"save": save, "startup": start, "machine": info}, indent=2)
    )
    (args.out / f"{stamp}.md").write_text(text + "\n")
    return 0 if save["save_goal_met"] and start["goal_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
