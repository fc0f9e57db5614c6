"""`sentra report monthly|public --month YYYY-MM --out FILE.pdf`: the monthly SPKT report and its public
release. Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_reports")."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _month(value: str) -> tuple[int, int]:
    m = _MONTH.match(value.strip())
    from desktop.cli_guard import MAX_YEAR, MIN_YEAR

    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"not a month in the form YYYY-MM: {value!r}")
    if not MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"the year must be from {MIN_YEAR} to {MAX_YEAR}: {value!r}")
    return int(m.group(1)), int(m.group(2))


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="the monthly SPKT report or its public release, as PDF")
    which = report.add_subparsers(dest="report_command", required=True, metavar="{monthly,public}")
    for name, text in (
        ("monthly", "the internal monthly report, signed by the unit head"),
        ("public", "the public release: aggregate figures only"),
    ):
        p = which.add_parser(name, help=text)
        p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM", help="the month (WIB)")
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
        p.add_argument(
            "--central",
            metavar="URL",
            help="the Polres-wide report over every station, read from the central database as an HQ role "
            "(password from the URL's libpq settings: PGPASSWORD or ~/.pgpass)",
        )


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import StationNotConfigured
    from db.queries.monthly import monthly_report_data
    from db.services.station import is_configured
    from desktop.cli_guard import output_path
    from exports.monthly_pdf import period_label, write_monthly_pdf

    command = f"report {args.report_command}"
    out = output_path(args, args.out)
    if args.central:
        sf = _central_copy(args.central, command)
        if sf is None:
            return 2
    else:
        _, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    year, month = args.month
    data = monthly_report_data(sf, year=year, month=month)
    write_monthly_pdf(data, out, public=args.report_command == "public")
    f = data.figures
    rate = f.current.clearance_rate
    print(
        f"{data.unit} {period_label(year, month)}: {f.current.received} reports, CT {f.current.ct}, "
        f"CC {f.current.cc}, clearance {'-' if rate is None else f'{rate}%'}, hotspots {len(data.hotspots)}"
    )
    print(f"PDF -> {out}")
    return 0


def _central_copy(url: str, command: str) -> Any:
    """Every station's rows from the central database in a temporary file (read-only for the centre)."""
    import tempfile

    from db.sync.hq import download_central
    from db.sync.link import Deadlines, PgLink

    folder = Path(tempfile.mkdtemp(prefix="sentra-hq-"))
    try:
        with PgLink(url, deadlines=Deadlines(cycle=None)) as link:  # a whole Polres: no cycle limit
            sf = download_central(link, folder / "polres.sqlite")
    except Exception as exc:  # psycopg: unreachable server, refused login, a role that is not HQ
        print(f"sentra {command}: central database: {str(exc).strip().splitlines()[0]}", file=sys.stderr)
        return None
    return sf


COMMANDS = {"report": run}
