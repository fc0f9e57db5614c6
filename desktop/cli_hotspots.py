"""`sentra hotspots --month YYYY-MM [--xlsx FILE.xlsx]`: the month's hotspot nagari (two-rate test against
their own 12-month baseline, Benjamini-Hochberg, db/queries/hotspots.py), ranked, with patrol
targets, and the Pemda list as Excel.
Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_hotspots")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli_reports import _month


def register(sub: Any) -> None:
    p = sub.add_parser(
        "hotspots",
        help="nagari with significantly more reports than their own 12-month baseline, and patrol targets",
    )
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the month (WIB)")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the list for Pemda as an Excel workbook")
    p.add_argument(
        "--targets", type=_targets, default=5, metavar="N", help="patrol targets (0-50, default 5)"
    )


def _targets(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if not 0 <= n <= 50:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to 50, not {value!r}")
    return n


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import StationNotConfigured
    from db.queries.hotspots import patrol_targets, pemda_hotspot_list
    from db.queries.monthly import month_bounds
    from db.rules.hotspot_stats import MIN_COUNT, Q, format_p
    from db.rules.numbers import decimal_text
    from db.services.station import is_configured
    from desktop.cli_guard import output_path, require_suffix
    from exports.hotspots_xlsx import infrastructure, period_label, write_hotspots_xlsx

    out: Path | None = None
    if args.xlsx:
        out = output_path(args, args.xlsx)
        require_suffix(out, ".xlsx")
    _, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    start, end = month_bounds(*args.month)
    data = pemda_hotspot_list(sf, start, end)
    print(
        f"{data.unit} {period_label(start, end)}: {len(data.rows)} hotspot nagari "
        f"(LP/B above their 12-month baseline: two-rate test, Benjamini-Hochberg q = {Q} across the nagari "
        f"tested, at least {MIN_COUNT} reports)"
    )
    for n, row in enumerate(data.rows, start=1):
        h = row.hotspot
        print(
            f"{n:>3}. {h.nagari_name} ({h.kecamatan_name}): {h.count} reports, expected "
            f"{decimal_text(h.expected, 1)}, {format_p(h.p_value)}; night {h.night_share:.0%}, "
            f"peak {h.peak_hours}; needs: {infrastructure(row)}"
        )
        for c in h.categories:
            expected = decimal_text(c.expected, 1)
            print(f"       {c.category_name}: {c.count} (expected {expected}, {format_p(c.p_value)})")
    targets = patrol_targets([row.hotspot for row in data.rows], limit=args.targets)
    if targets:
        print("Patrol targets:")
        for t in targets:
            print(f"  {t.nagari_name} ({t.kecamatan_name}), {t.hours}: {t.reason}")
    if out is not None:
        write_hotspots_xlsx(data, out)
        print(f"Excel -> {out}")
    return 0


COMMANDS = {"hotspots": run}
