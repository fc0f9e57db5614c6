"""sync.pull: cursor and `more`, late commits never skipped, epoch reset, and online complaints."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest

from db.sync.central import add_station, new_epoch, submit_online_complaint
from db.sync.central.migrate import CentralError
from db.sync.central.stations import central_op
from tests.sync.conftest import epoch_of, op, pull, push


def _citizens(st, n: int, prefix: str = "Warga") -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(n)]
    push(st, *(op("citizen", i, {"name": f"{prefix} {k}"}) for k, i in enumerate(ids)))
    return ids


def test_no_or_wrong_epoch_answers_reset(central):
    st = central.station("SOLOK-GT")
    _citizens(st, 2)
    answer = pull(st, None)
    assert answer["reset"] is True and answer["rows"] == [] and uuid.UUID(answer["epoch"])
    assert pull(st, str(uuid.uuid4()))["reset"] is True
    assert "reset" not in pull(st, answer["epoch"])


def test_cursor_pages_through_in_commit_order(central):
    st = central.station("SOLOK-GT")
    first = _citizens(st, 5)
    second = _citizens(st, 4)  # a later transaction: a higher xid
    epoch = epoch_of(st)
    seen: list[str] = []
    cursor = {"xid": "0", "seq": 0}
    pages = []
    while True:
        page = pull(st, epoch, cursor["xid"], cursor["seq"], limit=3)
        pages.append((len(page["rows"]), page["more"]))
        seen += [r["row_id"] for r in page["rows"]]
        assert page["rows"] == [] or page["cursor"] == {
            "xid": page["rows"][-1]["xid"], "seq": page["rows"][-1]["seq"]
        }  # fmt: skip
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages == [(3, True), (3, True), (3, False)]
    assert seen == first + second
    row = pull(st, epoch)["rows"][0]
    assert set(row) == {"table", "row_id", "version", "row", "xid", "seq"}
    assert (row["table"], row["version"], row["row"]["name"]) == ("citizen", 1, "Warga 0")
    # Nothing new: the same cursor comes back, no rows.
    assert pull(st, epoch, cursor["xid"], cursor["seq"]) == {"epoch": epoch, "rows": [], "more": False,
                                                             "cursor": cursor, "protocol": 3}  # fmt: skip


def test_max_rows_capped_at_1000(central):
    st = central.station("SOLOK-GT")
    for _ in range(6):
        _citizens(st, 200)
    page = pull(st, epoch_of(st), limit=5000)
    assert len(page["rows"]) == 1000 and page["more"] is True


def test_late_commit_is_not_skipped(central):
    """T1 gets its xid first but commits after T2: a pull must not move past T1's rows before they exist."""
    role, password = add_station(central.url, "SOLOK-GT")
    reader = central.login(role, password)
    t1 = central.login(role, password, autocommit=False)  # e.g. the desk PC and the unit head's laptop
    t2 = central.login(role, password, autocommit=False)
    epoch = epoch_of(reader)
    late, early = str(uuid.uuid4()), str(uuid.uuid4())
    push(t1, op("citizen", late, {"name": "Late"}))  # T1 takes the lower xid...
    push(t2, op("citizen", early, {"name": "Early"}))
    t2.commit()  # ...T2 commits first
    xid1 = t1.execute("SELECT pg_current_xact_id()::text").fetchone()
    assert xid1 is not None
    page = pull(reader, epoch)
    assert page["rows"] == [] and page["more"] is False  # T2's row waits: T1 is still running
    assert page["cursor"] == {"xid": "0", "seq": 0}
    t1.commit()
    page = pull(reader, epoch, page["cursor"]["xid"], page["cursor"]["seq"])
    assert [r["row_id"] for r in page["rows"]] == [late, early]
    assert page["rows"][0]["xid"] == xid1[0]
    assert int(page["rows"][0]["xid"]) < int(page["rows"][1]["xid"])


def test_rows_of_a_transaction_still_open_are_never_returned(central):
    reader = central.station("SOLOK-GT")
    epoch = epoch_of(reader)
    writer = central.station("POLRES-SOLOK", hq=True, autocommit=False)
    rid = str(uuid.uuid4())
    push(writer, op("citizen", rid, {"name": "Belum", "station_code": "SOLOK-GT"}))
    other = _citizens(reader, 1)  # committed after the open one started
    assert pull(reader, epoch)["rows"] == []
    writer.rollback()  # never commits: its xid leaves the horizon, its rows never existed
    assert [r["row_id"] for r in pull(reader, epoch)["rows"]] == other


def test_new_epoch_resets_stations_and_rebuilds_the_log(central):
    st = central.station("SOLOK-GT")
    ids = _citizens(st, 3)
    push(st, op("citizen", ids[0], {"name": "Diubah"}, base=1))
    old = epoch_of(st)
    cursor = pull(st, old)["cursor"]
    new = new_epoch(central.url)
    assert new != old
    assert pull(st, old, cursor["xid"], cursor["seq"])["reset"] is True
    rows = pull(st, new)["rows"]
    assert sorted(r["row_id"] for r in rows) == sorted(ids)  # one entry per row, the newest version
    assert {r["row_id"]: r["version"] for r in rows}[ids[0]] == 2
    later = _citizens(st, 1)
    after = pull(st, new, rows[-1]["xid"], rows[-1]["seq"])["rows"]
    assert [r["row_id"] for r in after] == later
    # The station's answer to the reset: every row it owns again, full row, base = its version.
    full = [op("citizen", r["row_id"], r["row"], base=r["version"]) for r in rows]
    assert {(r["status"], r["conflicts"] == []) for r in push(st, *full)} == {("applied", True)}
    assert pull(st, new, after[-1]["xid"], after[-1]["seq"])["rows"] == []  # nothing changed: no new versions


def test_online_complaint_reaches_the_stations_pull_only(central):
    st = central.station("SOLOK-GT")
    other = central.station("SOLOK-KT")
    epoch = epoch_of(st)
    report_id = submit_online_complaint(
        central.url, "SOLOK-GT", {"name": "Rina", "nik": "1302014501900001"}, {"chronology": "Petugas kasar"}
    )
    officer, *rows = pull(st, epoch)["rows"]
    # The web channel is the receiving officer of every online complaint at a station (inactive, no login).
    assert officer["table"] == "officer" and officer["row"]["active"] is False
    assert [r["table"] for r in rows] == ["citizen", "report"]
    report = rows[1]["row"]
    assert report["receiving_officer_id"] == officer["row_id"]
    assert report["id"] == report_id
    assert (report["kind"], report["channel"], report["number"]) == ("DUMAS", "online", None)
    assert report["citizen_id"] == rows[0]["row_id"] and report["station_code"] == "SOLOK-GT"
    assert report["status"] == "received" and report["chronology"] == "Petugas kasar"
    assert rows[0]["row"]["nik"] == "1302014501900001"
    assert pull(other, epoch)["rows"] == []
    with central.admin() as conn:
        writer = conn.execute("SELECT field_versions->'kind'->>1 FROM sentra.report").fetchone()
    assert writer == ("*hq",)
    # The same through a connection the caller holds (the web channel's own pool).
    with central.admin() as conn:
        second = submit_online_complaint(conn, "SOLOK-GT", {"name": "Andi"}, {"offense": "Pungli"})
    assert [r["row_id"] for r in pull(st, epoch, rows[-1]["xid"], rows[-1]["seq"])["rows"]][1:] == [second]


def test_a_central_op_carries_its_values_as_json():
    wib = timezone(timedelta(hours=7))
    values = {"received_at": datetime(2026, 12, 7, 9, 30, tzinfo=wib), "day": date(2026, 12, 7), "n": 3}
    fields = central_op("report", "r1", 0, values)["fields"]
    assert fields == {"received_at": "2026-12-07T02:30:00+00:00", "day": "2026-12-07", "n": 3}
    with pytest.raises(CentralError, match="naive datetime in an online complaint"):
        central_op("report", "r1", 0, {"received_at": datetime(2026, 12, 7, 9, 30)})
