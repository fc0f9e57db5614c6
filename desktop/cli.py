"""The `sentra` command: the GUI by default, and the desk's command-line tasks."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from db.errors import NotFound, SentraError, StationNotConfigured
from desktop.cli_guard import (
    PASSWORD_ENV,
    CliRefused,
    OneLineParser,
    audit_look,
    iso_date,
    login,
    output_path,
)
from exports.output_files import OutputFileError, atomic_output

# Command groups kept in modules of their own: each has `register(subparsers)` and `COMMANDS`, a dict of
# command name -> function(args, open_data) -> exit code; open_data(args) gives (paths, session_factory).
EXTENSIONS: tuple[str, ...] = (
    "desktop.cli_reports",
    "desktop.cli_export",
    "desktop.cli_infographic",
    "desktop.cli_import",
    "desktop.cli_sync",
    "desktop.cli_hotspots",
    "desktop.cli_central",
    "desktop.cli_selftest",
    "desktop.cli_backup",
)


def _extensions():  # type: ignore[no-untyped-def]
    import importlib

    return [importlib.import_module(name) for name in EXTENSIONS]


def _parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="sentra", description="Sentra Desk - SPKT front desk.")
    p.add_argument(
        "--data-dir", metavar="DIR", help="data folder (default: $SENTRA_DATA_DIR or the user data dir)"
    )
    p.add_argument("--lang", choices=("id", "en"), help="interface language (default: Indonesian)")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the desktop application (the default)")
    demo = sub.add_parser("demo", help="create a complete demo station with officers and reports")
    demo.add_argument("--reports", type=int, default=500, metavar="N", help="number of reports (default 500)")
    demo.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    receipt = sub.add_parser("receipt", help="write a report's receipt as PDF")
    which = receipt.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "number", nargs="?", help="the report number, e.g. LP/B/17/XI/2026/SPKT/POLRES SOLOK/..."
    )
    which.add_argument("--last", action="store_true", help="the newest numbered report")
    receipt.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    receipt.add_argument(
        "--nrp", metavar="NRP", help=f"who prints it; the password comes from ${PASSWORD_ENV}"
    )
    search = sub.add_parser("search", help="find reports by number, name, NIK, phone or chronology")
    search.add_argument("text", metavar="TEXT", help="what to look for, e.g. a name, a NIK or 'LP/B/17'")
    search.add_argument(
        "--limit", type=_search_limit, default=20, metavar="N", help="at most N matches (1-1000, default 20)"
    )
    search.add_argument("--nrp", metavar="NRP", help=f"who searches; the password comes from ${PASSWORD_ENV}")
    ikm = sub.add_parser(
        "ikm", help="the citizen satisfaction index (IKM) of a period, optionally as PDF/Excel"
    )
    ikm.add_argument("--from", dest="date_from", required=True, type=_iso_date, metavar="YYYY-MM-DD",
                     help="first day of the period (WIB)")  # fmt: skip
    ikm.add_argument("--to", dest="date_to", required=True, type=_iso_date, metavar="YYYY-MM-DD",
                     help="last day of the period (WIB), included")  # fmt: skip
    ikm.add_argument("--pdf", metavar="FILE.pdf", help="also write the report as PDF")
    ikm.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the report as an Excel workbook")
    survey = sub.add_parser("survey", help="paper IKM questionnaires typed into Excel")
    survey_sub = survey.add_subparsers(dest="survey_command", required=True, metavar="{import,template}")
    imp = survey_sub.add_parser("import", help="add the rows of a filled-in sheet (docs/survey-import.md)")
    imp.add_argument("file", metavar="FILE.xlsx", help="the sheet, in the layout of `sentra survey template`")
    template = survey_sub.add_parser("template", help="write the blank sheet to fill in")
    template.add_argument("--out", required=True, metavar="FILE.xlsx", help="where to write the template")
    for extension in _extensions():
        extension.register(sub)
    return p


def _iso_date(value: str) -> date:
    return iso_date(value)


def _search_limit(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 1000, not {value!r}")
    return n


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.database import data_folder_writable, open_database, open_database_read_only
    from desktop.logging_setup import setup_logging
    from desktop.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir)
    if paths.database.exists() and not data_folder_writable(paths):
        # Read where we can: searches and documents work, anything that writes says the folder is read-only.
        return paths, open_database_read_only(paths)[1]
    paths.ensure()
    setup_logging(paths.logs)
    return paths, open_database(paths)[1]


def _cmd_demo(args: argparse.Namespace) -> int:
    from db.demo.station import create_demo, demo_station_input
    from db.services.station import get_station, is_configured
    from desktop.demo_station import build_new_demo
    from desktop.logging_setup import setup_logging
    from desktop.paths import resolve_data_dir

    if args.reports < 0 or args.reports > 5_000_000:
        print("sentra demo: --reports must be between 0 and 5000000", file=sys.stderr)
        return 2

    def progress(done: int, total: int) -> None:
        print(f"\r  {done:,}/{total:,} reports", end="", file=sys.stderr, flush=True)

    paths = resolve_data_dir(args.data_dir)
    if not paths.database.exists():
        # A new station is all or nothing: built aside, moved in only when complete.
        setup_logging(paths.ensure().logs)
        try:
            summary = build_new_demo(
                paths, reports=args.reports, seed=args.seed, progress=progress if args.reports else None
            )
        except Exception as exc:
            logging.getLogger("sentra.demo").exception("demo build failed")
            print(
                f"\nsentra demo: the demo station could not be built ({exc}); nothing was written to "
                f"{paths.root}, and running the command again starts afresh.",
                file=sys.stderr,
            )
            return 1
    else:
        paths, sf = _open(args)
        if not is_configured(sf):
            print(
                f"sentra demo: {paths.database} exists but holds no station; move it away or use --data-dir "
                "with an empty folder.",
                file=sys.stderr,
            )
            return 2
        if get_station(sf).code != demo_station_input().code:
            print(
                f"sentra demo: {paths.root} holds a real station ({get_station(sf).code}); "
                "use --data-dir with an empty folder for demo data.",
                file=sys.stderr,
            )
            return 2
        # More reports for an existing demo station: each batch commits whole.
        summary = create_demo(
            sf, reports=args.reports, seed=args.seed, progress=progress if args.reports else None
        )
    if args.reports:
        print(file=sys.stderr)
    print(f"Demo station {summary.station_code} in {paths.root} with {summary.reports} new reports.")
    print("Accounts (demo passwords - change them before real use):")
    for name, nrp, role, password in summary.accounts:
        print(f"  {role:<8} NRP {nrp}  password {password:<16} {name}")
    return 0


def _cmd_receipt(args: argparse.Namespace) -> int:
    from db.queries.reports import receipt_data
    from db.services.personal_data import PRINT_ROLES, report_id_of
    from db.services.station import is_configured
    from exports.receipt_pdf import write_receipt

    out = output_path(args, args.out)
    _, sf = _open(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    officer = login(sf, args.nrp, roles=PRINT_ROLES)
    try:
        data = receipt_data(sf, last=True) if args.last else receipt_data(sf, number=args.number)
    except NotFound:
        what = "no numbered report yet" if args.last else f"no report numbered {args.number!r}"
        print(f"sentra receipt: {what}", file=sys.stderr)
        return 1
    # Audited first: a receipt whose look cannot be written to the audit trail is not written at all.
    audit_look(
        sf, "receipt", officer_id=officer.id, action="print_receipt", entity="report",
        entity_id=report_id_of(sf, data.number),
        details={"number": data.number, "file": out.name},
    )  # fmt: skip
    write_receipt(data, out)
    print(f"{data.number} -> {out}")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from db.queries.search import search_reports
    from db.rules.code_labels import code_label
    from db.rules.timeutil import to_wib
    from db.services.personal_data import PRINT_ROLES
    from db.services.station import is_configured

    _, sf = _open(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    officer = login(sf, args.nrp, roles=PRINT_ROLES)
    hits = search_reports(sf, args.text, limit=args.limit)
    audit_look(
        sf, "search", officer_id=officer.id, action="search", entity="search", entity_id=officer.id,
        details={"text": args.text, "hits": [h.id for h in hits]},
    )  # fmt: skip
    if not hits:
        print(f"sentra search: no report matches {args.text!r}", file=sys.stderr)
        return 1
    for h in hits:
        status = code_label("status", h.status, "en")
        status = f"{status} (void)" if h.voided else status
        # Tabs separate the fields, so a name or number never contains one.
        fields = (h.number or "-", to_wib(h.received_at).strftime("%d-%m-%Y %H:%M"), h.citizen_name, status)
        print("\t".join(" ".join(f.split()) for f in fields))
    return 0


def _cmd_ikm(args: argparse.Namespace) -> int:
    from db.queries.ikm_report import ikm_report_data
    from db.services.station import is_configured
    from exports.ikm_pdf import write_ikm_pdf
    from exports.ikm_xlsx import write_ikm_xlsx

    outs = [(output_path(args, f) if f else None) for f in (args.pdf, args.xlsx)]
    if outs[0] is not None and outs[0] == outs[1]:
        raise CliRefused("--pdf and --xlsx name the same file")
    _, sf = _open(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    data = ikm_report_data(sf, date_from=args.date_from, date_to=args.date_to)
    if data.respondents == 0:
        print(f"sentra ikm: no survey responses from {args.date_from} to {args.date_to}", file=sys.stderr)
        return 1
    print(f"IKM {data.unit}, {args.date_from} to {args.date_to} ({data.period_label})")
    for e in data.elements:
        print(f"  {e.code}  {e.name:<40}  NRR {e.nrr:.2f}")
    print(f"IKM {data.ikm:.4f}  index {data.index:.2f}  grade {data.grade} ({data.grade_label})")
    print(
        f"Respondents {data.respondents}, Krejcie-Morgan sample {data.required_sample} "
        f"for {data.services} services in the period"
    )
    if not data.enough:
        print(
            f"sentra ikm: warning: {data.respondents} respondents are fewer than the sample of "
            f"{data.required_sample}; the index is not representative",
            file=sys.stderr,
        )
    pdf_out, xlsx_out = outs
    if pdf_out is not None:
        write_ikm_pdf(data, pdf_out)
        print(f"PDF -> {pdf_out}")
    if xlsx_out is not None:
        write_ikm_xlsx(data, xlsx_out)
        print(f"Excel -> {xlsx_out}")
    return 0


def _cmd_survey(args: argparse.Namespace) -> int:
    if args.survey_command == "template":
        from db.importing.survey_template import write_template

        out = output_path(args, args.out)
        with atomic_output(out) as tmp:
            write_template(tmp)
        print(f"template -> {out}")
        return 0
    from db.importing.survey_import import import_surveys
    from db.services.station import is_configured

    path = Path(args.file)
    if not path.is_file():
        print(f"sentra survey import: no file {path}", file=sys.stderr)
        return 2
    paths, sf = _open(args)
    from db.storage.backup import backup_now
    from desktop.cli_import import print_progress

    if is_configured(sf):
        backup_now(paths, reason="before-import")
    result = import_surveys(sf, path=path, progress=print_progress)
    print(file=sys.stderr)
    for row, reason in result.rejected:
        print(f"sentra survey import: row {row}: {reason}", file=sys.stderr)
    print(
        f"{path.name}: {result.added} added, {result.duplicates} already imported, "
        f"{len(result.rejected)} rejected"
    )
    return 1 if result.rejected else 0


def _name(args: argparse.Namespace) -> str:
    """The command as typed, e.g. "report monthly", for the start of an error line."""
    sub = next((v for k, v in vars(args).items() if k.endswith("_command") and isinstance(v, str)), None)
    return f"{args.command} {sub}" if sub else str(args.command)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            from desktop.app import run_gui

            return run_gui(data_dir=args.data_dir, lang=args.lang)
        if command == "demo":
            return _cmd_demo(args)
        if command == "receipt":
            return _cmd_receipt(args)
        if command == "search":
            return _cmd_search(args)
        if command == "ikm":
            if args.date_to < args.date_from:
                _parser().error("argument --to: the end of the period is before its start")
            return _cmd_ikm(args)
        if command == "survey":
            return _cmd_survey(args)
        for extension in _extensions():
            if command in extension.COMMANDS:
                return extension.COMMANDS[command](args, _open)
    except StationNotConfigured:
        print(
            "sentra: this data folder has no station yet; start `sentra` to run the set-up wizard "
            "or `sentra demo` for demo data.",
            file=sys.stderr,
        )
        return 2
    except (SentraError, CliRefused, OutputFileError) as exc:
        print(f"sentra {_name(args)}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the last word: one line and exit 2, the traceback to the log
        from desktop.cli_errors import describe

        print(f"sentra {_name(args)}: {describe(exc)}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
