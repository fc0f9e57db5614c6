"""`sentra export xlsx --from --to --out FILE.xlsx [--personal --nrp NRP]`: the reports workbook.

The command line has no log-in, so by default it writes the anonymised workbook (no names, NIKs, phones,
addresses, chronologies or reported parties) and audits it with no officer. `--personal` needs `--nrp` of a
unit head or admin; the password is read from $SENTRA_PASSWORD or asked for (not echoed), checked like a
log-in, and the export is audited under that officer.

Wired into `sentra` by adding "desktop.cli_export" to desktop.cli.EXTENSIONS.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli_guard import PASSWORD_ENV, iso_date, output_path, password_for


def register(sub) -> None:  # type: ignore[no-untyped-def]
    export = sub.add_parser("export", help="export reports, status history, outreach and survey data")
    formats = export.add_subparsers(dest="export_command", required=True, metavar="{xlsx}")
    xlsx = formats.add_parser("xlsx", help="write the period's data as an Excel workbook")
    xlsx.add_argument("--from", dest="date_from", required=True, type=iso_date, metavar="YYYY-MM-DD",
                      help="first day of the period (WIB)")  # fmt: skip
    xlsx.add_argument("--to", dest="date_to", required=True, type=iso_date, metavar="YYYY-MM-DD",
                      help="last day of the period (WIB), included")  # fmt: skip
    xlsx.add_argument("--out", required=True, metavar="FILE.xlsx", help="where to write the workbook")
    xlsx.add_argument(
        "--personal",
        action="store_true",
        help="include personal data (needs --nrp of a unit head or admin and the password)",
    )
    xlsx.add_argument("--nrp", metavar="NRP", help=f"who exports; the password comes from ${PASSWORD_ENV}")


def _progress(done: int, total: int) -> None:
    if total:
        print(f"\r  {done:,}/{total:,} rows", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, open_data) -> int:  # type: ignore[no-untyped-def]
    from db.errors import AccountLocked, InvalidCredentials, StationNotConfigured
    from db.services.auth import authenticate
    from db.services.exporting import export_reports_xlsx, may_export_personal
    from db.services.station import is_configured
    from exports.reports_xlsx import ExportCancelled, write_reports_xlsx

    name = "sentra export xlsx"
    if args.date_to < args.date_from:
        print(f"{name}: --to {args.date_to} is before --from {args.date_from}", file=sys.stderr)
        return 2
    if args.personal and not args.nrp:
        print(f"{name}: --personal needs --nrp of a unit head or admin", file=sys.stderr)
        return 2
    out = output_path(args, args.out)
    _, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    from db.storage.engine import is_read_only

    if is_read_only(sf):
        # Every export is audited; with no way to write the entry, no file is written either.
        print(f"{name}: the data folder is read-only; an export must be written to the audit trail, so "
              "nothing is exported: ask the admin to make the data folder writable for this account",
              file=sys.stderr)  # fmt: skip
        return 2
    officer_id = None
    if args.nrp:
        try:
            officer = authenticate(sf, nrp=args.nrp, password=password_for(args.nrp))
        except (InvalidCredentials, AccountLocked) as exc:
            print(f"{name}: log-in refused: {exc}", file=sys.stderr)
            return 2
        if args.personal and not may_export_personal(officer.role):
            print(f"{name}: role {officer.role} may not export personal data", file=sys.stderr)
            return 2
        officer_id = officer.id
    try:
        result = export_reports_xlsx(
            sf,
            date_from=args.date_from,
            date_to=args.date_to,
            out=out,
            officer_id=officer_id,
            write=write_reports_xlsx,
            personal=bool(args.personal),
            progress=_progress,
        )
    except (ExportCancelled, KeyboardInterrupt):
        print(f"\n{name}: cancelled, nothing written", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    kind = "with personal data" if result.personal else "anonymised"
    print(f"{args.date_from} to {args.date_to} ({kind}) -> {out}")
    for sheet, n in result.rows.items():
        print(f"  {sheet:<16} {n:>8,} rows")
    return 0


COMMANDS = {"export": run}
