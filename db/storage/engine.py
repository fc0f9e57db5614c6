"""Engine and session factory for the station's SQLite file, with the pragmas a power cut demands."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.storage.sqlite_uri import read_only_uri

BUSY_TIMEOUT_MS = 10_000
# Pages the WAL may hold before a commit copies it back into the database file (SQLite's default: 1,000,
# 4 MB). A sync or an import commits a thousand rows at a time and touches the same table and index pages in
# each commit; checkpointing every few commits wrote those pages again and again (bench/RESULTS.md, "Sync").
# Everyday saves never come near it; bulk jobs end with an explicit passive checkpoint (`checkpoint`).
WAL_AUTOCHECKPOINT_PAGES = 10_000
# Page cache per connection, in KiB (SQLite's default: 2,000 KiB, 500 pages). A sync commits a couple of
# thousand rows at a time across the outbox, a table and their indexes (~6 MB of pages); with the default
# cache those pages were written out and read back within the transaction: storing 20,000 push answers took
# 0.61 s, with 16 MiB 0.44-0.51 s (scratch replay on a copy of the bench's station file). Memory is taken only
# as pages are read.
CACHE_KIB = 16_384
READ_ONLY_OPTION = "sentra_read_only"
# A write transaction that may be lost in a power cut without losing anything: it commits without waiting for
# the disk (synchronous=NORMAL). In WAL mode that cannot corrupt the file, and as the WAL is written in order
# and every other commit (FULL) syncs it whole, a power cut can only take the last such transactions, never
# an edit made after them. Used for what the next sync does again anyway: storing a push's answers (the same
# op ids get the same answers) and a pulled batch with its cursor (pulled again). Each commit of a bulk sync
# waited ~13 ms for the disk (bench/RESULTS.md, "Sync").
RELAXED_DURABILITY_OPTION = "sentra_relaxed_durability"


def _private_files(db_path: Path) -> None:
    """The database, its -wal and -shm readable by the desk's users only (POSIX): this user, or the desk's
    group when the file is group-writable (a PC's shared station, set up by desktop/paths.py). SQLite gives a
    new -wal/-shm the database file's permissions, so tightening the file on first connect covers them."""
    if os.name != "posix":
        return
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        try:
            mode = path.stat().st_mode
            keep = 0o770 if mode & 0o020 else 0o700
            if mode & 0o777 & ~keep:
                path.chmod(mode & keep)
        except OSError:
            continue


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so writers can take the lock up front.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # BEGIN IMMEDIATE takes the write lock at the start of every write transaction: two windows saving a
    # report at the same moment queue behind each other instead of failing half-way (SQLITE_BUSY on upgrade).
    # Read sessions (read_session) begin deferred so a long export never holds up the counter.
    options = conn.get_execution_options()
    if options.get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
        return
    # A pooled connection keeps the last value it was given: set it only when this transaction wants the
    # other one, so an everyday save runs no extra statement.
    relaxed = bool(options.get(RELAXED_DURABILITY_OPTION))
    info = conn.connection.info
    if info.get(RELAXED_DURABILITY_OPTION, False) != relaxed:
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL" if relaxed else "PRAGMA synchronous=FULL")
        info[RELAXED_DURABILITY_OPTION] = relaxed
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(db_path: Path | str) -> Engine:
    """An engine on `db_path`: WAL, synchronous=FULL, foreign keys and a busy timeout on every connection."""
    # URL.create keeps the name as it is: a "sqlite:///..." string would be parsed, so a folder named "%41"
    # became "A" and "#" cut the name short. The driver then opens it as a plain file name, not as a URI.
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    path = Path(db_path)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "connect", lambda _conn, _rec: _private_files(path))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on `engine`; each records its changes of synced rows in the outbox (db/sync/outbox.py)."""
    from db.sync.outbox import install

    factory = sessionmaker(engine, expire_on_commit=False)
    install(factory)
    return factory


@contextmanager
def read_session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reading only: its transaction begins deferred and is rolled back at the end."""
    with session_factory() as session:
        session.connection(execution_options={READ_ONLY_OPTION: True})
        try:
            yield session
        finally:
            session.rollback()


def checkpoint(session_factory: sessionmaker[Session]) -> None:
    """Copies what the WAL holds back into the database file now, without waiting for readers (PASSIVE):
    after a bulk job, so the next everyday save does not pay for it."""
    # On the raw connection, outside any transaction: a checkpoint cannot run inside one.
    raw = session_factory.kw["bind"].raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()


READ_ONLY_ENGINE = "_sentra_read_only_file"


def _on_connect_read_only(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


def make_read_only_engine(db_path: Path | str) -> Engine:
    """An engine that only reads `db_path`, for a data folder the user may not write to (a copy on a
    read-only share, a locked-down account)."""
    path = Path(db_path)
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    # With a WAL (and its index) left by the last writer, SQLite reads both read-only; without them it can
    # only open the file immutable, which would ignore a WAL, so immutable is used only when there is none.
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = read_only_uri(path) + ("" if has_wal and shm.exists() else "&immutable=1")
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    setattr(engine, READ_ONLY_ENGINE, True)
    return engine


def is_read_only(session_factory: sessionmaker[Session]) -> bool:
    """True for sessions made on make_read_only_engine."""
    return bool(getattr(session_factory.kw.get("bind"), READ_ONLY_ENGINE, False))


def fold_wal(database: Path) -> None:
    """Checkpoint the WAL into the main file and leave WAL mode, so the database is one self-contained file
    (a plain copy is complete); empty -wal/-shm files left behind are removed. No connection may be open."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        leftover = database.with_name(database.name + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()
