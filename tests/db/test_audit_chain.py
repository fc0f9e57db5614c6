"""The keyed audit chain: altered, inserted or removed entries are found; the key lives outside the data."""

from __future__ import annotations

import sqlite3

import pytest

from db.storage import audit, audit_key
from db.storage.audit_key import key_dir
from db.storage.audit_verify import AuditHead, audit_head, verify_incrementally, verify_trail


def _add_entries(session_factory, n: int) -> None:
    for i in range(n):
        with session_factory.begin() as s:
            audit.record(
                s, officer_id=None, entity="test", entity_id=f"t{i}", action="create", after={"i": i}
            )


def _verify(session_factory, **kw):
    with session_factory() as s:
        return verify_trail(s, **kw)


def _problem(session_factory, **kw) -> tuple[int, str] | None:
    """(seq, kind) of the problem the full check finds, None when the chain holds."""
    problem = _verify(session_factory, **kw).problem
    return None if problem is None else (problem.seq, problem.kind)


def _incremental(session_factory):
    with session_factory() as s:
        return verify_incrementally(s)


def _sql(db_path, *statements) -> None:
    con = sqlite3.connect(db_path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def test_a_new_station_has_a_keyed_chain_with_its_key_outside_the_data_folder(
    station, session_factory, db_path
):
    with session_factory() as s:
        first = s.get(audit.AuditEntry, 1)
        assert (first.entity, first.entity_id, first.action) == ("audit", "chain", "keyed")
    report = _verify(session_factory)
    assert report.ok and report.keyed and report.checked >= 2
    keys = list(key_dir(db_path).glob("audit-*.key"))
    assert len(keys) == 1 and db_path.parent not in keys[0].parents
    assert keys[0].stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("tampering", "found"),
    [
        ("UPDATE audit_entry SET after_json = '{\"i\": 99}' WHERE seq = 5", (5, "altered")),
        ("DELETE FROM audit_entry WHERE seq = 4", (5, "removed")),
    ],
    ids=["altered", "removed"],
)
def test_a_changed_entry_is_reported(station, session_factory, db_path, tampering, found):
    _add_entries(session_factory, 5)
    _sql(db_path, tampering)
    assert _problem(session_factory) == found


def test_inserted_entry_is_reported(station, session_factory, db_path):
    _add_entries(session_factory, 5)
    con = sqlite3.connect(db_path)
    prev = con.execute("SELECT hash FROM audit_entry WHERE seq = 4").fetchone()[0]
    con.execute("UPDATE audit_entry SET seq = seq + 1000 WHERE seq > 4")
    con.execute(
        "INSERT INTO audit_entry (seq, at, officer_id, entity, entity_id, action, before_json, after_json, "
        f"prev_hash, hash) VALUES (5, '2026-12-07 01:00:00', NULL, 'report', 'x', 'void', '{{}}', '{{}}', "
        f"'{prev}', '{'a' * 64}')"
    )
    con.commit()
    con.close()
    assert _problem(session_factory) == (5, "inserted")


def test_truncation_is_found_against_an_earlier_head(station, session_factory, db_path):
    _add_entries(session_factory, 5)
    with session_factory() as s:
        head = audit_head(s)
    assert head is not None
    _sql(db_path, f"DELETE FROM audit_entry WHERE seq > {head.seq - 2}")
    assert _verify(session_factory).ok  # what is left is a consistent chain ...
    assert _problem(session_factory, expected_head=head) == (head.seq - 1, "removed")  # the backup knew more


def test_rehashing_without_the_key_is_found(station, session_factory, db_path):
    _add_entries(session_factory, 3)
    # Whoever holds only the database rewrites the trail with plain SHA-256 and drops the anchor.
    _sql(db_path, "DELETE FROM audit_entry WHERE entity_id = 'chain'")
    prev = audit.GENESIS
    with session_factory.begin() as s:
        for e in s.scalars(audit.select(audit.AuditEntry).order_by(audit.AuditEntry.seq)):
            e.prev_hash, e.hash = prev, audit.entry_digest(e, prev, None)
            prev = e.hash
    problem = _verify(session_factory).problem
    assert problem is not None and problem.kind == "unkeyed"


def test_an_old_unkeyed_chain_is_anchored_and_stays_verifiable(session_factory, db_path, monkeypatch):
    # Entries as a 0004 database holds them: plain SHA-256, no key anywhere.
    monkeypatch.setattr(audit, "database_path", lambda session: None)
    _add_entries(session_factory, 3)
    monkeypatch.undo()
    _add_entries(session_factory, 1)
    with session_factory() as s:
        anchor = s.get(audit.AuditEntry, 4)
        assert (anchor.entity_id, anchor.action) == ("chain", "keyed")
    assert _verify(session_factory).ok
    _sql(db_path, "UPDATE audit_entry SET action = 'delete' WHERE seq = 2")
    problem = _verify(session_factory).problem
    assert problem is not None and problem.seq == 2


def test_a_lost_key_is_reported_not_accepted(station, session_factory, db_path):
    _add_entries(session_factory, 2)
    for f in key_dir(db_path).glob("audit-*.key"):
        f.unlink()
    audit_key.forget_keys()
    _add_entries(session_factory, 1)  # the desk goes on: a "rekeyed" anchor with a new key
    with session_factory() as s:
        anchors = audit.select(audit.AuditEntry).where(audit.AuditEntry.entity_id == "chain")
        actions = [e.action for e in s.scalars(anchors)]
    assert actions == ["keyed", "rekeyed"]
    assert _problem(session_factory) == (1, "key-missing")


def test_incremental_check_starts_where_the_last_one_ended(station, session_factory, db_path):
    _add_entries(session_factory, 4)
    first = _incremental(session_factory)
    assert first.ok and first.checked == first.head.seq
    _add_entries(session_factory, 2)
    second = _incremental(session_factory)
    assert second.ok and second.checked == 2
    _sql(db_path, f"DELETE FROM audit_entry WHERE seq = {second.head.seq}")
    third = _incremental(session_factory)
    assert third.problem is not None and third.problem.kind == "removed"
    assert isinstance(third.head, AuditHead)
