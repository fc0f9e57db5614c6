"""What every `sentra` command shares for safety: where a file may be written, and logging in for commands
that print or write personal data (password from $SENTRA_PASSWORD or a prompt that does not echo)."""

from __future__ import annotations

import argparse
import getpass
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exports.output_files import OutputPathRefused, check_output_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from db.services.officers import OfficerView

PASSWORD_ENV = "SENTRA_PASSWORD"


class CliRefused(Exception):
    """A command cannot go on; `str()` is the one line printed after "sentra <command>: " (exit code 2)."""


def station_files(args: argparse.Namespace) -> tuple[Path, list[Path]]:
    """The data folder and the database files no output may replace."""
    from desktop.paths import resolve_data_dir

    paths = resolve_data_dir(args.data_dir)
    db = paths.database
    return paths.root, [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def output_path(args: argparse.Namespace, value: str) -> Path:
    """`value` checked as a place to write a document (exports.output_files.check_output_path): never one of
    the station's own files, a folder, a device or a missing folder. Raises OutputPathRefused."""
    root, protected = station_files(args)
    return check_output_path(value, root, protected=protected)


def require_suffix(path: Path, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise OutputPathRefused(path, "suffix", f"{path.name} must end in {suffix}")


def password_for(nrp: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"Password for NRP {nrp}: ")
    return password


def login(session_factory: sessionmaker[Session], nrp: str | None, *, roles: frozenset[str]) -> OfficerView:
    """The officer behind --nrp and the password, when the role is one of `roles`; else CliRefused."""
    from db.errors import AccountLocked, InvalidCredentials
    from db.services.auth import authenticate
    from db.storage.engine import is_read_only

    if not nrp:
        raise CliRefused("this command shows personal data: give --nrp and the password")
    if is_read_only(session_factory):
        # Refused before the password is asked: the look could not be written to the audit trail.
        raise CliRefused(_UNAUDITED.format(why="the data folder is read-only for this account"))
    try:
        officer = authenticate(session_factory, nrp=nrp, password=password_for(nrp))
    except (InvalidCredentials, AccountLocked) as exc:
        raise CliRefused(f"log-in refused: {exc}") from None
    except (EOFError, KeyboardInterrupt):
        raise CliRefused("log-in cancelled") from None
    if officer.role not in roles:
        raise CliRefused(f"role {officer.role} may not see personal data")
    return officer


# Dates the desk can mean: far enough back for an old register, far enough ahead for any plan. Outside this
# range period arithmetic (a month's end, a year's baseline, WIB to UTC) would leave Python's date range.
MIN_YEAR, MAX_YEAR = 1900, 2999


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD within MIN_YEAR..MAX_YEAR."""
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"the year must be from {MIN_YEAR} to {MAX_YEAR}: {value!r}")
    return day


class OneLineParser(argparse.ArgumentParser):
    """An argument error is one line on stderr ("sentra receipt: argument --out: ...") and exit code 2; the
    usage is what --help shows."""

    def error(self, message: str):  # type: ignore[no-untyped-def]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def audit_look(session_factory: sessionmaker[Session], command: str, **entry: Any) -> None:
    """record_personal_access before personal data is shown or written; CliRefused when the entry cannot be
    written (a read-only or full data folder): personal data is never shown unaudited."""
    from sqlalchemy.exc import OperationalError

    from db.services.personal_data import record_personal_access
    from db.storage.engine import is_read_only

    if is_read_only(session_factory):
        raise CliRefused(_UNAUDITED.format(why="the data folder is read-only for this account"))
    try:
        record_personal_access(session_factory, **entry)
    except OperationalError as exc:
        why = str(exc.orig) if exc.orig is not None else str(exc)
        raise CliRefused(_UNAUDITED.format(why=f"the audit entry could not be written ({why})")) from None


_UNAUDITED = (
    "personal data is not shown: {why}, and every look at personal data must be in the audit trail; "
    "ask the station's admin to make the data folder writable for the desk's account (or free disk space), "
    "then run the command again"
)
