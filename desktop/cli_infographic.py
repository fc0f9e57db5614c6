"""`sentra infographic --month YYYY-MM --out FILE.png`: the month's key figures as a 1080x1080 image for the
station's social-media accounts, aggregates only. Wired into desktop/cli.py through EXTENSIONS
("desktop.cli_infographic")."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli_reports import _month


def register(sub: Any) -> None:
    p = sub.add_parser(
        "infographic", help="the month's key figures as a 1080x1080 PNG for social media (no personal data)"
    )
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the month (WIB)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the image")


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import StationNotConfigured
    from db.queries.monthly import monthly_report_data
    from db.services.station import is_configured
    from desktop.cli_guard import output_path
    from exports.infographic import write_infographic
    from exports.infographic_data import infographic_from_report
    from exports.monthly_pdf import period_label

    out = output_path(args, args.out)
    _, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    year, month = args.month
    data = infographic_from_report(monthly_report_data(sf, year=year, month=month))
    write_infographic(data, out)
    rate = "-" if data.clearance_rate is None else f"{data.clearance_rate}%"
    print(
        f"{data.unit} {period_label(year, month)}: {data.received} reports, CT {data.ct}, CC {data.cc}, "
        f"clearance {rate}"
    )
    print(f"PNG -> {out}")
    return 0


COMMANDS = {"infographic": run}
