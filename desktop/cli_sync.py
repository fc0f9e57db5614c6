"""`sentra sync [run|setup|status]`: exchange changes with the Polres central database now, set it up, or
see where things stand. Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_sync")."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="exchange changes with the Polres central database (push, then pull)")
    which = sync.add_subparsers(dest="sync_command", metavar="{run,setup,status,problems}")
    which.add_parser("run", help="sync once now (the default)")
    setup = which.add_parser(
        "setup",
        help="store the central address and role; the password goes to the keyring, or for the PC's station "
        "(installed app) to the station's key folder where every officer of the desk can read it",
    )
    setup.add_argument("--url", required=True, help="postgresql://host:5432/sentra?sslmode=verify-full&...")
    setup.add_argument("--role", required=True, help="the login role from `sentra central add-station`")
    setup.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of a prompt",
    )
    which.add_parser("status", help="pending changes, last successful sync and the last error")
    which.add_parser(
        "problems", help="pulled rows not applied yet (kept and retried) and renumbered reports to reprint"
    )


def _when(moment: Any) -> str:
    if moment is None:
        return "never"
    from db.rules.timeutil import to_wib

    return to_wib(moment).strftime("%Y-%m-%d %H:%M WIB")


def _status(sf: Any) -> int:
    from db.sync.settings import load_settings, sync_status

    st = sync_status(sf)
    settings = load_settings(sf)
    print(
        f"central: {settings.url if settings else 'not set up'}"
        + (f" as {settings.role}" if settings else "")
    )
    print(
        f"pending changes: {st.pending}; refused by the server: {st.rejected}; "
        f"open conflicts: {st.open_conflicts}"
    )
    print(
        f"pulled rows not applied yet: {st.problems}; renumbered reports to reprint: {st.renumbered}"
        + (" (see `sentra sync problems`)" if st.problems or st.renumbered else "")
    )
    print(f"last successful sync: {_when(st.last_success_at)}")
    if st.last_error:
        print(f"last error ({_when(st.last_error_at)}): {st.last_error}")
    return 0


def _problems(sf: Any) -> int:
    from db.sync.problems import list_problems

    problems = list_problems(sf)
    if not problems:
        print("no open sync problems")
        return 0
    for p in problems:
        if p.kind == "renumbered":
            before, after = p.detail.get("before"), p.detail.get("after")
            print(f"renumbered  {before} -> {after}  (print the receipt again)")
        else:
            detail = ", ".join(f"{k}={v}" for k, v in p.detail.items())
            print(
                f"not applied  {p.tbl} {p.row_id} v{p.version} [{detail}]  tried {p.attempts}x, "
                f"since {_when(p.first_seen_at)}: {p.reason.splitlines()[0] if p.reason else ''}"
            )
    return 0


def _setup(args: argparse.Namespace, sf: Any, *, shared: bool) -> int:
    from db.errors import ValidationFailed
    from db.sync.credentials import KeyringUnavailable
    from db.sync.settings import save_settings, validate

    try:
        settings = validate(args.url, args.role)
    except ValidationFailed as exc:
        for name, text in exc.field_errors.items():
            print(f"sentra sync setup: --{name}: {text}", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    if not password:
        print("sentra sync setup: the password is empty", file=sys.stderr)
        return 2
    try:
        where = save_settings(sf, settings, password, shared=shared)
    except KeyringUnavailable as exc:
        print(f"sentra sync setup: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"sentra sync setup: the password could not be stored: {exc}", file=sys.stderr)
        return 2
    print(f"central database set: {settings.url} as {settings.role} (password in {where})")
    return 0


def _translated(text: str, lang: str | None) -> str:
    """A db/ message in the interface language (Indonesian unless `--lang en`), as the window shows it."""
    if lang == "en":
        return text
    from PySide6.QtCore import QTranslator

    from desktop.app import translations_dir

    translator = QTranslator()
    if not translator.load(str(translations_dir() / "sentra_id.qm")):
        return text
    return translator.translate("db", text) or text


def _run(sf: Any, lang: str | None = None) -> int:
    from db.sync.credentials import KeyringUnavailable, SecretUnreadable
    from db.sync.link import LinkLost
    from db.sync.settings import SyncNotConfigured, sync_status, sync_with_central

    try:
        report = sync_with_central(sf)
    except (SyncNotConfigured, KeyringUnavailable, SecretUnreadable) as exc:
        print(f"sentra sync: {exc}", file=sys.stderr)
        return 2
    except LinkLost as exc:  # a silent link: the cycle gave up on its deadline
        print(f"sentra sync: {_translated(str(exc), lang)} ({exc.detail})", file=sys.stderr)
        print(f"sentra sync: {sync_status(sf).pending} changes wait in the outbox", file=sys.stderr)
        return 1
    except Exception as exc:
        import psycopg

        # OperationalError: no network, the server down, a refused login; anything else failed mid-sync.
        how = "offline" if isinstance(exc, psycopg.OperationalError) else "failed"
        print(f"sentra sync: {how}: {exc}".rstrip(), file=sys.stderr)
        print(f"sentra sync: {sync_status(sf).pending} changes wait in the outbox", file=sys.stderr)
        return 1
    print(
        f"pushed {report.pushed}, pulled {report.pulled}, refused {report.rejected}, "
        f"new conflicts {report.conflicts}"
        + (f", pulled rows not applied yet {report.problems}" if report.problems else "")
        + (f", renumbered reports to reprint {report.renumbered}" if report.renumbered else "")
        + (" (the server was restored: re-sent everything)" if report.epoch_reset else "")
    )
    return 0


def run(args: argparse.Namespace, open_data: Any) -> int:
    from db.errors import StationNotConfigured
    from db.services.station import is_configured

    paths, sf = open_data(args)
    if not is_configured(sf):
        raise StationNotConfigured("no station")
    command = args.sync_command or "run"
    if command == "status":
        return _status(sf)
    if command == "setup":
        return _setup(args, sf, shared=paths.shared)
    if command == "problems":
        return _problems(sf)
    return _run(sf, getattr(args, "lang", None))


COMMANDS = {"sync": run}
