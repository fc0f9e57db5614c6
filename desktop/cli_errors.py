"""One line for an error no command handled itself: what went wrong in words an operator can act on. The
full traceback goes to the log file (when the data folder's log could be opened)."""

from __future__ import annotations

import logging
import sqlite3
import zipfile
from xml.etree import ElementTree

log = logging.getLogger(__name__)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def describe(exc: BaseException) -> str:
    """The message for `exc`, logged with its traceback (at INFO: the log file keeps it, the console's
    WARNING handler does not print it)."""
    log.info("command failed", exc_info=exc)
    from sqlalchemy.exc import DBAPIError

    cause: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if isinstance(cause, sqlite3.OperationalError | sqlite3.DatabaseError):
        return _database(cause)
    if isinstance(cause, OSError):
        where = f" ({cause.filename})" if cause.filename else ""
        return f"{cause.strerror or _first_line(cause)}{where}"
    if isinstance(cause, EOFError):
        return "no input: the prompt was closed (give the password in $SENTRA_PASSWORD or type it)"
    if isinstance(cause, ElementTree.ParseError):
        return f"the workbook is damaged (its XML does not parse: {_first_line(cause)})"
    if isinstance(cause, zipfile.BadZipFile):
        return f"not a readable Excel workbook: {_first_line(cause)}"
    return f"unexpected error: {type(cause).__name__}: {_first_line(cause)} (details in the log)"


def _database(exc: sqlite3.Error) -> str:
    text = _first_line(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the data folder is read-only; this command needs to write to it"
    if "disk" in lowered and "full" in lowered:
        return "the disk holding the data folder is full; the last change was not saved"
    if "locked" in lowered:
        return "the database is busy with another task; try again in a moment"
    if "unable to open" in lowered:
        return "the database cannot be opened (check the data folder's permissions)"
    if "malformed" in lowered or "not a database" in lowered:
        return "the database file is damaged or not a Sentra database"
    return f"database error: {text}"
