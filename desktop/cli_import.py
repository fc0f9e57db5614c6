"""`sentra import register FILE.xlsx --nrp NRP [--dry-run] [--allow-counter-jump]`: migrate a station's old
Excel report register (docs/register-import.md). The importer logs in: the password comes from
$SENTRA_PASSWORD or a prompt, as for `sentra export xlsx --personal`. Progress (rows done, rows a second) goes
to stderr. Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_import")."""

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
    reg.add_argument(
        "--nrp",
        required=True,
        metavar="NRP",
        help="the importing unit head or admin; the password comes from $SENTRA_PASSWORD or a prompt",
    )
    reg.add_argument(
        "--mapping", metavar="FILE.json|FILE.toml", help="header text -> field, for other layouts"
    )
    reg.add_argument(
        "--rejections",
        metavar="OUT.xlsx",
        help="rejected rows workbook (default FILE-ditolak.xlsx)",
    )
    reg.add_argument("--dry-run", action="store_true", help="check and report only; store nothing")
    reg.add_argument(
        "--allow-counter-jump",
        action="store_true",
        help="accept numbers that raise a number counter by more than 5,000 above the highest stored",
    )


def print_progress(p: Any) -> None:
    """An import's progress on one stderr line, rewritten in place (rows done, rows a second)."""
    total = f"/{p.total:,}" if p.total else ""
    print(
        f"\r  {p.phase}: {p.done:,}{total} rows, {p.rate:,.0f} rows/s   ", end="", file=sys.stderr, flush=True
    )


def _login(sf: Any, nrp: str, command: str) -> bool:
    """The importer's password checked like a log-in (and audited by it); False with the reason printed."""
    from db.errors import AccountLocked, InvalidCredentials
    from db.services.auth import authenticate
    from desktop.cli_guard import password_for

    try:
        authenticate(sf, nrp=nrp, password=password_for(nrp))
    except EOFError:
        print(f"{command}: no password given", file=sys.stderr)
        return False
    except (InvalidCredentials, AccountLocked) as exc:
        print(f"{command}: log-in refused: {exc}", file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import PermissionDenied, StationNotConfigured
    from db.importing.register_import import import_register, load_mapping, rejections_path, write_rejections
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
    if not _login(sf, args.nrp, command):
        return 2
    if not args.dry_run:
        from db.storage.backup import backup_now

        backup_now(paths, reason="before-import")  # BackupFailed stops the import (one line, exit 2)
    try:
        result = import_register(
            sf,
            path=path,
            officer_nrp=args.nrp,
            mapping=mapping,
            dry_run=args.dry_run,
            allow_counter_jump=args.allow_counter_jump,
            progress=print_progress,
        )
    except PermissionDenied as exc:
        print(f"\n{command}: {exc}", file=sys.stderr)
        return 2
    print(file=sys.stderr)
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
    for m in result.counter_moves:
        verb = "would move" if result.dry_run else "moved"
        line = f"  {m.kind} {m.year}: number counter {verb} from {m.before} to {m.after}"
        line += f" (in the file above {m.before}: {m.numbers}; left unused: {m.unused}"
        line += f"; refused as jumps: {m.refused})" if m.refused else ")"
        print(line)
    if result.rejected or result.skipped:
        print(f"Ditolak -> {out}")
    return 1 if result.rejected else 0


COMMANDS = {"import": run}
