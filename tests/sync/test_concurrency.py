"""Many HQ writers committing in random order while desks pull (issue 6, item 10): every committed row
version reaches every station that should see it exactly once, and no station sees another's rows."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from db.sync.central import add_station
from db.sync.central.stations import _defaults
from db.sync.link import PgLink
from tests.sync.desks import Desk, central_rows, local_rows, make_desk
from tests.sync.faults import FaultLink, outbox_size, settle

WRITERS = 8  # two HQ roles: a role may hold at most 4 connections
ROUNDS = 5
SHARED = "*"
COMMIT_LOCK = threading.Lock()
COMMITS: list[int] = []  # the writers' transaction ids in commit order


def _citizen(station: str) -> dict[str, Any]:
    fields = {k: v for k, v in _defaults("citizen").items() if k not in ("id", "version", "updated_at")}
    return fields | {"name": f"Warga {uuid.uuid4().hex[:8]}", "station_code": station}


def _category() -> dict[str, Any]:
    fields = {k: v for k, v in _defaults("category").items() if k not in ("id", "version", "updated_at")}
    return fields | {"name": f"Kategori {uuid.uuid4().hex[:8]}", "station_code": SHARED}


class Writer(threading.Thread):
    """One HQ connection: transactions of 2-3 stations' rows (new ones, and new versions of its own earlier
    rows), each held open for a random while so commits land in another order than the transaction ids."""

    def __init__(self, url: str, stations: list[str], seed: int):
        super().__init__(daemon=True)
        self.url, self.stations, self.rng = url, stations, random.Random(seed)
        self.committed: list[tuple[str, str, int, str]] = []  # (table, row_id, version, station_code)
        self.mine: list[tuple[str, str, str]] = []  # (table, row_id, station) written by this writer
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with psycopg.connect(self.url) as conn:
                for _ in range(ROUNDS):
                    self._one_transaction(conn)
        except BaseException as exc:  # reported by the test
            self.error = exc

    def _one_transaction(self, conn: psycopg.Connection) -> None:
        ops, meta = [], []
        for station in self.rng.sample(self.stations, self.rng.choice((2, 3))):
            table, fields = ("category", _category()) if station == SHARED else ("citizen", _citizen(station))
            row_id = str(uuid.uuid4())
            ops.append({"op_id": str(uuid.uuid4()), "table": table, "row_id": row_id, "base_version": 0,
                        "fields": fields})  # fmt: skip
            meta.append((table, row_id, station))
        if self.mine and self.rng.random() < 0.7:  # a new version of an earlier row
            table, row_id, station = self.rng.choice(self.mine)
            name = "phone" if table == "citizen" else "sort_order"
            value: Any = (
                f"08{self.rng.randrange(10**9):09d}" if table == "citizen" else self.rng.randrange(99)
            )
            ops.append({"op_id": str(uuid.uuid4()), "table": table, "row_id": row_id, "base_version": 0,
                        "fields": {name: value}})  # fmt: skip
            meta.append((table, row_id, station))
        time.sleep(self.rng.uniform(0, 0.03))
        row = conn.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": ops}),)).fetchone()
        assert row is not None
        xid = conn.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()
        time.sleep(self.rng.uniform(0, 0.08))  # the transaction stays open: later ones may commit first
        with COMMIT_LOCK:
            conn.commit()
            COMMITS.append(int(xid[0]) if xid else 0)
        for (table, row_id, station), result in zip(meta, row[0]["results"], strict=True):
            assert result["status"] in ("applied", "merged"), result
            self.committed.append((table, row_id, int(result["version"]), station))
            if result["version"] == 1:
                self.mine.append((table, row_id, station))


class Puller(threading.Thread):
    """A desk syncing again and again until told to stop; its link logs every row a pull returned."""

    def __init__(self, desk: Desk, stop: threading.Event):
        super().__init__(daemon=True)
        self.desk, self.stop = desk, stop
        self.link = FaultLink(PgLink(desk.url, user=desk.role, password=desk.password))
        self.cycles = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while True:
                last = self.stop.is_set()
                self.desk.sync(self.link, pull_batch=7)
                self.cycles += 1
                if last:
                    break
                time.sleep(0.01)
        except BaseException as exc:
            self.error = exc


def test_rows_committed_in_random_order_reach_each_station_exactly_once(template_db, tmp_path, central):
    codes = ["POLSEK-A", "POLSEK-B", "POLSEK-C"]
    desks = [make_desk(template_db, tmp_path / c, central, c) for c in codes]
    settle(desks)  # their own rows are up; what follows comes from HQ only
    hq_urls = []
    for name in ("POLRES-HQ1", "POLRES-HQ2"):
        role, password = add_station(central.url, name, hq=True)
        hq_urls.append(central.cluster.url(central.dbname, user=role, password=password))
    COMMITS.clear()
    stop = threading.Event()
    pullers = [Puller(d, stop) for d in desks]
    writers = [Writer(hq_urls[i % 2], [*codes, SHARED], seed=i) for i in range(WRITERS)]
    for t in pullers + writers:
        t.start()
    for w in writers:
        w.join(60)
    stop.set()  # one more cycle each: every writer has committed by now
    for p in pullers:
        p.join(60)
    assert not [t.error for t in writers + pullers if t.error], [t.error for t in writers + pullers]
    assert all(p.cycles >= 3 for p in pullers), [p.cycles for p in pullers]

    committed = [c for w in writers for c in w.committed]
    late = sum(1 for i, x in enumerate(COMMITS) if any(y > x for y in COMMITS[:i]))
    assert late > 0, "every transaction committed in xid order: the test proved nothing"
    assert len(committed) >= WRITERS * ROUNDS * 2
    admin = central.admin(autocommit=True)
    for desk, puller in zip(desks, pullers, strict=True):
        puller.link.close()
        seen = Counter((r["table"], r["row_id"], int(r["version"])) for r in puller.link.pulled)
        twice = [k for k, n in seen.items() if n > 1]
        assert twice == [], f"{desk.code} pulled a row version twice: {twice[:5]}"
        foreign = {r["row"]["station_code"] for r in puller.link.pulled} - {desk.code, SHARED}
        assert foreign == set(), f"{desk.code} saw rows of {foreign}"
        should = {(t, rid, v) for t, rid, v, st in committed if st in (desk.code, SHARED)}
        missing = should - set(seen)
        assert missing == set(), f"{desk.code} never got {len(missing)} committed row versions"
        assert outbox_size(desk) == 0
        assert local_rows(desk.sf) == central_rows(admin, desk.code)
    settle(desks)  # and nothing was left behind a cursor
