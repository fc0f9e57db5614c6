"""`sentra central init|add-station|new-epoch|move-complaint --url URL`: set up and run the Polres central
PostgreSQL for sync
(docs/central-deployment.md). Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_central")."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

URL_ENV = "SENTRA_CENTRAL_URL"


def register(sub: Any) -> None:
    central = sub.add_parser("central", help="set up the Polres central database that stations sync with")
    which = central.add_subparsers(
        dest="central_command", required=True, metavar="{init,add-station,new-epoch,move-complaint}"
    )
    url_help = (
        f"the central database as an administrator (superuser), e.g. postgresql://postgres@HOST/sentra "
        f"(default: ${URL_ENV})"
    )
    init = which.add_parser("init", help="create or upgrade the central schema (safe to run again)")
    add = which.add_parser(
        "add-station", help="create the login role of a Polsek (or, with --hq, of the Polres)"
    )
    add.add_argument("code", metavar="CODE", help="the station code, exactly as in the station's set-up")
    add.add_argument("--hq", action="store_true", help="the Polres HQ: may write every station's rows")
    epoch = which.add_parser(
        "new-epoch", help="after restoring a backup: make every station re-send its rows"
    )
    move = which.add_parser(
        "move-complaint", help="send an online complaint no desk has taken up yet to another Polsek"
    )
    move.add_argument(
        "report_id", metavar="REPORT_ID", help="the complaint's id (the desk shows it in its details)"
    )
    move.add_argument(
        "--to", required=True, metavar="CODE", help="the station code of the Polsek to send it to"
    )
    init.add_argument(
        "--allow-unsafe-durability",
        action="store_true",
        help="initialise even with synchronous_commit = off (only for a throw-away test cluster)",
    )
    for p in (init, add, epoch, move):
        p.add_argument("--url", default=os.environ.get(URL_ENV), metavar="URL", help=url_help)


def run(args: argparse.Namespace, open_data: Any) -> int:
    import psycopg

    from db.sync.central import (
        CentralError,
        add_station,
        durability_warnings,
        init_central,
        move_complaint,
        new_epoch,
    )

    command = f"central {args.central_command}"
    if not args.url:
        print(f"sentra {command}: give the central database with --url URL (or ${URL_ENV})", file=sys.stderr)
        return 2
    try:
        if args.central_command == "init":
            applied = init_central(args.url, allow_unsafe_durability=args.allow_unsafe_durability)
            for line in durability_warnings(args.url):
                print(f"sentra {command}: WARNING: {line}", file=sys.stderr)
            print(f"Central schema up to date ({', '.join(applied)} applied)." if applied
                  else "Central schema already up to date.")  # fmt: skip
        elif args.central_command == "add-station":
            role, password = add_station(args.url, args.code, hq=args.hq)
            kind = "HQ" if args.hq else "station"
            print(f"Login role for {kind} {args.code.strip()}:")
            print(f"  role      {role}")
            print(f"  password  {password}")
            print(
                "sentra central add-station: the password is shown only this once and cannot be recovered; "
                "enter it in the station's sync settings now.",
                file=sys.stderr,
            )
        elif args.central_command == "move-complaint":
            moved = move_complaint(args.url, args.report_id, args.to)
            print(f"Complaint sent to {args.to.strip()} ({moved} row(s) moved)." if moved
                  else f"The complaint is at {args.to.strip()} already.")  # fmt: skip
        else:
            epoch = new_epoch(args.url)
            print(f"New epoch {epoch}: every station will re-send its rows and pull everything again.")
    except CentralError as exc:
        print(f"sentra {command}: {exc}", file=sys.stderr)
        return 2
    except psycopg.Error as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"sentra {command}: the central database refused: {message}", file=sys.stderr)
        return 2
    return 0


COMMANDS = {"central": run}
