"""`sentra import register FILE.xlsx [--dry-run]`: migrate a station's old Excel report register
(docs/register-import.md). Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_import")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import data kept before Sentra Desk")
    which = imp.add_subparsers(dest="import_command", required=True, metavar="{register}")
    reg = which.add_parser(
        "register", help="migrate the station's old Excel report register (docs/register-import.md)"
    )
    reg.add_argument("file", metavar="FILE.xlsx", help="the register workbook (first sheet)")
    reg.add_argument("--nrp", required=True, metavar="NRP", help="the importing unit head or admin")
    reg.add_argument(
        "--mapping", metavar="FILE.json|FILE.toml", help="header text -> field, for other layouts"
    )
    reg.add_argument(
        "--rejections",
        metavar="OUT.xlsx",
        help="rejected rows workbook (default FILE-ditolak.xlsx)",
    )
    reg.add_argument("--dry-run", action="store_true", help="check and report only; store nothing")


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import PermissionDenied, StationNotConfigured
    from db.register_import import import_register, load_mapping, rejections_path, write_rejections
    from db.services.station import is_configured

    command = "sentra import register"
    path = Path(args.file)
    if not path.is_file():
        print(f"{command}: no file {path}", file=sys.stderr)
        return 2
    from desktop.cli_guard import output_path
    from exports.output_files import atomic_output

    out = output_path(args, args.rejections or str(rejections_path(path)))
    if out == path.resolve() or (out.exists() and out.samefile(path)):
        print(f"{command}: --rejections must not overwrite the register itself", file=sys.stderr)
        return 2
    mapping = load_mapping(args.mapping) if args.mapping else None
    paths, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    if not args.dry_run:
        from db.backup import backup_now

        backup_now(paths, reason="before-import")  # BackupFailed stops the import (one line, exit 2)
    try:
        result = import_register(sf, path=path, officer_nrp=args.nrp, mapping=mapping, dry_run=args.dry_run)
    except PermissionDenied as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    for header in result.unknown_columns:
        print(f"{command}: column {header!r} not recognised; its cells are ignored", file=sys.stderr)
    for r in result.rejected:
        column = f", kolom {r.column}" if r.column else ""
        print(f"{command}: baris {r.row}{column}: {r.reason}", file=sys.stderr)
    if result.rejected or result.skipped:
        with atomic_output(out) as tmp:
            write_rejections(result, tmp)
    verb = "would be added (dry run, nothing stored)" if result.dry_run else "added"
    print(
        f"{result.file}: {result.added} {verb}, {len(result.skipped)} already imported (sudah diimpor), "
        f"{result.rejected_rows} rows rejected"
    )
    for kind, year, last in result.counters:
        print(f"  {kind} {year}: number counter {'would be ' if result.dry_run else ''}raised to {last}")
    if result.rejected or result.skipped:
        print(f"Ditolak -> {out}")
    return 1 if result.rejected else 0


COMMANDS = {"import": run}
