"""Write transactions wait for the disk (synchronous=FULL), except those a sync may lose and redo."""

from __future__ import annotations

from sqlalchemy import text

from db.storage.engine import RELAXED_DURABILITY_OPTION, make_engine, make_session_factory


def _synchronous(session) -> int:
    return int(session.execute(text("PRAGMA synchronous")).scalar_one())


def test_relaxed_durability_holds_for_its_own_transaction_only(tmp_path):
    engine = make_engine(tmp_path / "desk.sqlite")
    engine.pool.dispose()
    factory = make_session_factory(engine)
    with factory() as s, s.begin():
        s.connection(execution_options={RELAXED_DURABILITY_OPTION: True})
        assert _synchronous(s) == 1  # NORMAL: commits without waiting for the disk
        s.execute(text("CREATE TABLE t (x INTEGER)"))
    # The same pooled connection, an everyday write: FULL again.
    with factory() as s, s.begin():
        assert _synchronous(s) == 2
        s.execute(text("INSERT INTO t VALUES (1)"))
    assert engine.pool.checkedin() == 1  # both transactions ran on the one connection
    engine.dispose()
