"""sync.push: insert, update, field-level merge and conflicts, op-id idempotency and limits
(docs/sync-protocol.md)."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from tests.sync.conftest import op, push

REPORT = {"kind": "LP_B", "status": "received", "chronology": "Motor hilang di pasar", "difficulty": "light"}


def test_insert_sets_version_1_and_every_field_to_the_caller(central, st):
    rid = str(uuid.uuid4())
    (res,) = push(st, op("report", rid, REPORT | {"received_at": "2026-11-27T10:00:00+07:00"}))
    assert res["status"] == "applied" and res["version"] == 1 and res["conflicts"] == []
    row = central.row("report", rid)
    assert row["station_code"] == "SOLOK-GT"  # taken from the login role when the op leaves it out
    assert row["received_at"] == "2026-11-27T03:00:00+00:00"
    assert row["version"] == 1
    assert row["field_versions"]["chronology"] == [1, "SOLOK-GT"]
    assert row["field_versions"]["station_code"] == [1, "SOLOK-GT"]
    with central.admin() as conn:
        log = conn.execute("SELECT scope, tbl, version, row FROM sentra.change_log").fetchall()
        hist = conn.execute("SELECT version, before, writer FROM sentra.row_history").fetchall()
    assert [(s, t, v) for s, t, v, _ in log] == [("SOLOK-GT", "report", 1)]
    assert "field_versions" not in log[0][3] and log[0][3]["chronology"] == "Motor hilang di pasar"
    assert hist == [(1, None, "SOLOK-GT")]


def test_update_bumps_only_changed_fields(central, st):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    (res,) = push(
        st, op("report", rid, {"status": "in_progress", "chronology": REPORT["chronology"]}, base=1)
    )
    assert (res["status"], res["version"]) == ("applied", 2)
    row = central.row("report", rid)
    assert row["status"] == "in_progress"
    assert row["field_versions"]["status"] == [2, "SOLOK-GT"]
    assert row["field_versions"]["chronology"] == [1, "SOLOK-GT"]  # same value: not a change


def test_op_that_changes_nothing_writes_no_version(central, st):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    (res,) = push(st, op("report", rid, {"status": "received"}, base=1))
    assert (res["status"], res["version"]) == ("applied", 1)
    with central.admin() as conn:
        assert conn.execute("SELECT count(*) FROM sentra.change_log").fetchone() == (1,)


def test_hq_and_station_change_different_fields_both_kept(central, st, hq):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    (h,) = push(hq, op("report", rid, {"assigned_officer_id": "off-1"}, base=1))
    assert (h["status"], h["version"]) == ("applied", 2)
    (s,) = push(st, op("report", rid, {"status": "in_progress"}, base=1))  # station had not seen version 2
    assert (s["status"], s["version"]) == ("applied", 3)
    row = central.row("report", rid)
    assert (row["assigned_officer_id"], row["status"]) == ("off-1", "in_progress")
    assert row["field_versions"]["assigned_officer_id"] == [2, "*hq"]


def test_both_changed_a_station_field_station_wins_over_hq(central, st, hq):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    push(st, op("report", rid, {"chronology": "Versi polsek"}, base=1))  # version 2 by the station
    (h,) = push(hq, op("report", rid, {"chronology": "Versi polres"}, base=1))
    assert h["status"] == "conflict" and h["version"] == 2
    assert h["conflicts"] == [
        {
            "field": "chronology",
            "kept": "Versi polsek",
            "lost": "Versi polres",
            "winner": "SOLOK-GT",
            "loser": "*hq",
        }
    ]
    assert central.row("report", rid)["chronology"] == "Versi polsek"
    with central.admin() as conn:
        stored = conn.execute(
            "SELECT station_code, field, kept, lost, winner FROM sentra.conflicts"
        ).fetchall()
    assert stored == [("SOLOK-GT", "chronology", "Versi polsek", "Versi polres", "SOLOK-GT")]


def test_both_changed_an_hq_field_hq_wins(central, st, hq):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    (h,) = push(hq, op("report", rid, {"difficulty": "difficult"}, base=1))
    assert h["status"] == "applied"
    # The station, still at version 1, changes difficulty and status offline.
    (s,) = push(st, op("report", rid, {"difficulty": "medium", "status": "in_progress"}, base=1))
    assert s["status"] == "conflict" and s["version"] == 3
    assert s["conflicts"] == [
        {"field": "difficulty", "kept": "difficult", "lost": "medium", "winner": "*hq", "loser": "SOLOK-GT"}
    ]
    row = central.row("report", rid)
    assert (row["difficulty"], row["status"]) == ("difficult", "in_progress")
    # HQ changing the HQ field again over a station change made meanwhile: HQ wins, reported as merged.
    push(st, op("report", rid, {"difficulty": "light"}, base=3))  # station's change, version 3 seen: applied
    (h2,) = push(hq, op("report", rid, {"difficulty": "medium"}, base=2))
    assert h2["status"] == "merged" and h2["conflicts"][0]["winner"] == "*hq"
    assert central.row("report", rid)["difficulty"] == "medium"


def test_both_changed_to_the_same_value_is_merged_without_conflict(central, st, hq):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    push(hq, op("report", rid, {"status": "closed"}, base=1))
    (s,) = push(st, op("report", rid, {"status": "closed"}, base=1))
    assert (s["status"], s["version"], s["conflicts"]) == ("merged", 2, [])


def test_offline_double_edit_by_the_same_station_is_not_a_conflict(central, st):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    first = op("report", rid, {"status": "in_progress"}, base=1)
    second = op("report", rid, {"status": "closed", "closing_reason": "Selesai"}, base=1)  # same base
    r1, r2 = push(st, first, second)
    assert (r1["status"], r1["version"]) == ("applied", 2)
    assert (r2["status"], r2["version"], r2["conflicts"]) == ("applied", 3, [])
    assert central.row("report", rid)["status"] == "closed"


def test_duplicate_op_id_returns_the_stored_result(central, st):
    rid = str(uuid.uuid4())
    o = op("report", rid, REPORT)
    (first,) = push(st, o)
    (again,) = push(st, o)
    assert again["status"] == "duplicate" and again["first_status"] == "applied"
    assert again["version"] == first["version"] == 1
    with central.admin() as conn:
        assert conn.execute("SELECT count(*) FROM sentra.row_history").fetchone() == (1,)


def test_same_op_id_with_another_payload_is_rejected(central, st):
    rid = str(uuid.uuid4())
    o = op("report", rid, REPORT)
    push(st, o)
    (res,) = push(st, o | {"fields": {"status": "closed"}})
    assert (res["status"], res["reason"]) == ("rejected", "op id reused")
    assert central.row("report", rid)["status"] == "received"


def test_more_than_2000_ops_refused_and_nothing_written(central, st):
    ops = [op("citizen", str(uuid.uuid4()), {"name": f"Warga {i}"}) for i in range(2001)]
    with pytest.raises(psycopg.errors.ProgramLimitExceeded, match="at most 2000"):
        push(st, *ops)
    assert len(push(st, *ops[:2000])) == 2000


@pytest.mark.parametrize(
    ("table", "fields", "reason"),
    [
        ("report", {"estimated_loss": "banyak"}, "invalid input syntax"),
        ("report", {"password_hash": "x"}, "unknown field password_hash"),
        ("officer", {"password_hash": "x"}, "unknown field password_hash"),
        ("sync_state", {"name": "x"}, "unknown table"),
        ("applied_ops", {"result": "{}"}, "unknown table applied_ops"),
    ],
)
def test_bad_op_rejected_other_ops_still_applied(central, st, table, fields, reason):
    good = op("citizen", str(uuid.uuid4()), {"name": "Siti"})
    bad, ok = push(st, op(table, str(uuid.uuid4()), fields), good)
    assert bad["status"] == "rejected" and reason in bad["reason"]
    assert ok["status"] == "applied"


def test_same_op_id_pushed_concurrently_applies_once(central):
    from db.sync.central import add_station

    role, password = add_station(central.url, "SOLOK-GT")
    first = central.login(role, password, autocommit=False)
    second = central.login(role, password)
    o = op("citizen", str(uuid.uuid4()), {"name": "Sekali"})
    (r1,) = push(first, o)  # not committed yet
    with ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(push, second, o)  # blocks on the op id until `first` ends
        time.sleep(0.3)
        assert not waiting.done()
        first.commit()
        (r2,) = waiting.result(timeout=10)
    assert (r1["status"], r2["status"], r2["first_status"]) == ("applied", "duplicate", "applied")
    with central.admin() as conn:
        assert conn.execute("SELECT count(*) FROM sentra.change_log").fetchone() == (1,)


def test_a_push_that_deadlocks_with_another_is_sent_again_and_both_apply(central, st, hq):
    """HQ updates rows A, C, B while the station updates B, C, A: PostgreSQL breaks the deadlock by rolling
    one push back; PgLink sends it again and both end up applied, each op once."""
    import threading

    from psycopg import sql

    from db.sync.link import PgLink

    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    push(st, op("report", a, REPORT), op("report", b, REPORT), op("report", c, REPORT))
    with central.admin() as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} SET deadlock_timeout = '100ms'").format(sql.Identifier(central.dbname))
        )
    links = {
        "hq": PgLink(central.url, **_credentials(central, "POLRES-DL", hq=True)),
        "st": PgLink(central.url, **_credentials(central, "SOLOK-GT")),
    }
    answers: dict[str, dict] = {}
    blocker = central.admin()  # holds C: HQ takes A and the station B, then both queue for C
    blocker.execute("SELECT 1 FROM sentra.report WHERE id = %s FOR UPDATE", (c,))
    hq_ops = [op("report", r, {"difficulty": "hard"}, base=1) for r in (a, c, b)]
    st_ops = [op("report", r, {"status": "in_progress"}, base=1) for r in (b, c, a)]
    threads = [
        threading.Thread(target=lambda: answers.update(hq=links["hq"].push({"ops": hq_ops}))),
        threading.Thread(target=lambda: answers.update(st=links["st"].push({"ops": st_ops}))),
    ]
    watcher = central.admin(autocommit=True)
    for t, waiting in zip(threads, (1, 2), strict=True):
        t.start()
        _wait_for(
            lambda n=waiting: _lock_waits(watcher) >= n
        )  # HQ holds A, then the station B: both wait for C
    blocker.rollback()  # C goes to one of them, which then waits for the other's row: a deadlock
    for t in threads:
        t.join(timeout=30)
    for link in links.values():
        link.close()
    with central.admin(autocommit=True) as admin:
        time.sleep(0.2)  # the statistics of the rolled-back backend reach the shared counters
        (deadlocks,) = admin.execute(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()  # type: ignore[misc]
    assert deadlocks >= 1, "no deadlock happened: the test proved nothing"
    assert [r["status"] for r in answers["hq"]["results"]] == ["applied"] * 3
    assert [r["status"] for r in answers["st"]["results"]] == ["applied"] * 3
    for rid in (a, b, c):
        row = central.row("report", rid)
        assert (row["difficulty"], row["status"], row["version"]) == ("hard", "in_progress", 3)


def _lock_waits(conn: psycopg.Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    ).fetchone()
    return int(row[0]) if row else 0


def _wait_for(done, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the pushes never queued for the locked row"
        time.sleep(0.02)


def _credentials(central, code: str, *, hq: bool = False) -> dict[str, str]:
    from psycopg import sql

    from db.sync.central import add_station

    if code == "SOLOK-GT":  # the `st` fixture's role exists: give it a new password to log in with
        role = "sentra_st_solok_gt"
        with central.admin(autocommit=True) as admin:
            admin.execute(sql.SQL("ALTER ROLE {} PASSWORD 'ganti-sandi-99'").format(sql.Identifier(role)))
        return {"user": role, "password": "ganti-sandi-99"}
    role, password = add_station(central.url, code, hq=hq)
    return {"user": role, "password": password}
