"""`sentra backup [--out FILE]`, `sentra restore FILE --nrp NRP` and `sentra audit verify`.

A backup into the data folder's `backups/` needs no log-in (the app makes one every day anyway); `--out`
takes the citizens' data elsewhere, so it needs an admin's NRP and password like `restore` does (password from
$SENTRA_PASSWORD or a prompt). Wired into `sentra` through desktop.cli.EXTENSIONS ("desktop.cli_backup").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli_guard import PASSWORD_ENV


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write a verified copy of the station database now")
    backup.add_argument(
        "--out", metavar="FILE", help="write the copy to FILE (a new file) instead of the backups folder"
    )
    backup.add_argument(
        "--nrp", metavar="NRP", help=f"the admin writing --out; password from ${PASSWORD_ENV}"
    )
    restore = sub.add_parser("restore", help="put a backup in place of the station database (admin only)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore (e.g. from the backups folder)")
    restore.add_argument(
        "--nrp", required=True, metavar="NRP", help=f"the admin; password from ${PASSWORD_ENV}"
    )
    audit = sub.add_parser("audit", help="the audit trail")
    which = audit.add_subparsers(dest="audit_command", required=True, metavar="{verify}")
    verify = which.add_parser("verify", help="check the whole chain; report the first altered/removed entry")
    verify.add_argument("--quiet", action="store_true", help="print only problems")


def _admin(session_factory: Any, nrp: str, command: str) -> Any:
    """The officer when NRP and password are an admin's; else None after one line on stderr."""
    from db.errors import AccountLocked, InvalidCredentials
    from db.services.auth import authenticate
    from desktop.cli_guard import password_for

    try:
        officer = authenticate(session_factory, nrp=nrp, password=password_for(nrp))
    except (InvalidCredentials, AccountLocked) as exc:
        print(f"{command}: log-in refused: {exc}", file=sys.stderr)
        return None
    except (EOFError, OSError):  # no terminal to ask on
        print(f"{command}: no password given", file=sys.stderr)
        return None
    if officer.role != "admin":
        print(f"{command}: only an admin may do this (NRP {nrp} is {officer.role})", file=sys.stderr)
        return None
    return officer


def _paths(args: argparse.Namespace) -> Any:
    from desktop.logging_setup import setup_logging
    from desktop.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir).ensure()
    setup_logging(paths.logs)
    return paths


def run_backup(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import StationNotConfigured
    from db.services.station import is_configured
    from db.storage.backup import backup_now, copy_database

    command = "sentra backup"
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        if not args.nrp:
            print(
                f"{command}: --out needs --nrp of an admin (the copy holds citizens' data)", file=sys.stderr
            )
            return 2
        if out.exists() or out.is_symlink():
            print(f"{command}: {out} exists; a backup is written to a new file only", file=sys.stderr)
            return 2
        if not out.parent.is_dir():
            print(f"{command}: folder {out.parent} does not exist", file=sys.stderr)
            return 2
    paths, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    if (
        out is not None
        and out.resolve().parent == paths.root.resolve()
        and out.name.startswith(paths.database.name)
    ):
        print(f"{command}: {out} would be taken for the station's own database files", file=sys.stderr)
        return 2
    if out is None:
        result = backup_now(paths, reason="manual")
        copies = [result.copy] + ([result.second_copy] if result.second_copy else [])
        for info in copies:
            print(f"backup -> {info.path} ({sum(n for _, n in info.row_counts):,} rows, verified)")
        if result.second_error:
            print(f"{command}: warning: {result.second_error}", file=sys.stderr)
        return 0
    officer = _admin(sf, args.nrp, command)
    if officer is None:
        return 2
    info = copy_database(paths.database, out.resolve(), reason="manual")
    from db.storage import audit

    with sf.begin() as s:
        audit.record(s, officer_id=officer.id, entity="database", entity_id="backup", action="export",
                     after={"out": str(info.path), "audit_seq": info.audit_seq})  # fmt: skip
    print(f"backup -> {info.path} ({sum(n for _, n in info.row_counts):,} rows, verified)")
    return 0


def run_restore(args: argparse.Namespace, open_data: Any) -> int:
    command = "sentra restore"
    source = Path(args.file).expanduser().resolve()
    paths = _paths(args)
    if source == paths.database.resolve():
        print(f"{command}: {source} is the station's live database", file=sys.stderr)
        return 2
    from db.storage.desk_presence import no_desk_open

    with no_desk_open(paths.root):  # DeskOpenElsewhere (one line, exit 2) while a desk has the folder open
        return _restore(args, paths, source)


def _restore(args: argparse.Namespace, paths: Any, source: Path) -> int:
    from db.errors import SentraError
    from db.storage.engine import make_engine, make_session_factory
    from db.storage.restore import current_station_code, discard_copy, finish_restore, prepare_copy
    from desktop.database import open_database

    command = "sentra restore"
    checked, staging = prepare_copy(paths, source, station_code=current_station_code(paths.database))
    try:
        # The admin logs in to the live database; when it cannot open (damaged, too new), to the copy.
        try:
            engine, sf = open_database(paths)
        except SentraError:
            engine = make_engine(staging)
            sf = make_session_factory(engine)
        try:
            officer = _admin(sf, args.nrp, command)
        finally:
            engine.dispose()
        if officer is None:
            discard_copy(staging)
            return 2
    except BaseException:
        discard_copy(staging)
        raise
    result = finish_restore(paths, checked, staging, officer_id=officer.id)
    print(f"restored {source} (station {result.station_code}, schema {result.revision})")
    for moved in result.set_aside:
        print(f"  the previous database is kept at {moved}")
    return 0


def run_audit(args: argparse.Namespace, open_data: Any) -> int:
    from db.storage.startup_check import check_audit

    paths, sf = open_data(args)
    report = check_audit(paths, sf, full=True)
    if report.problem is not None:
        p = report.problem
        print(f"sentra audit verify: entry {p.seq} {p.kind}: {p.detail}", file=sys.stderr)
        return 1
    if not args.quiet:
        head = f"head {report.head.seq} {report.head.hash[:16]}" if report.head else "empty"
        kind = "keyed (HMAC-SHA256)" if report.keyed else "not keyed"
        print(f"audit trail intact: {report.checked:,} entries, {head}, {kind}")
    return 0


COMMANDS = {"backup": run_backup, "restore": run_restore, "audit": run_audit}
