"""Fault injection helpers for the sync tests: a link that fails where told, a local disk that fails on a
chosen statement, and the checks that nothing was lost or applied twice."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select

from db.models import OutboxOp, SyncMeta
from db.services.case_flow import change_status
from db.sync.central.stations import _defaults
from db.sync.client import SyncReport
from db.sync.link import PgLink
from db.sync.status_history import mismatched
from db.sync.tables import synced_tables
from tests.sync.conftest import HISTORY_ROWS, LOG_ROWS, Central, op, push
from tests.sync.desks import Desk, _norm, central_mismatched, central_rows, local_rows


class Injected(Exception):
    """A fault the test injected (a dropped network, a crash of the station program)."""


def disk_error() -> sqlite3.OperationalError:
    return sqlite3.OperationalError("disk I/O error")


def at_call(n: int, exc: Callable[[], BaseException] = lambda: Injected("injected")) -> Callable[..., None]:
    """A hook that raises on its n-th call (1-based) and only then."""
    calls = [0]

    def hook(*_args: Any) -> None:
        calls[0] += 1
        if calls[0] == n:
            raise exc()

    return hook


class FaultLink:
    """Wraps a link. Hooks run before/after the real call and may raise; every pulled row is logged."""

    def __init__(
        self,
        inner: Any,
        *,
        before_push: Callable[..., None] | None = None,
        after_push: Callable[..., None] | None = None,
        after_pull: Callable[..., None] | None = None,
    ):
        self.inner = inner
        self.before_push, self.after_push, self.after_pull = before_push, after_push, after_pull
        self.pushes = self.pulls = 0
        self.pulled: list[dict[str, Any]] = []

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        self.pushes += 1
        if self.before_push is not None:
            self.before_push(self, payload)
        answer = self.inner.push(payload)
        if self.after_push is not None:
            self.after_push(self, payload, answer)
        return answer

    def pull(self, epoch: str | None, xid: str, seq: int, limit: int) -> dict[str, Any]:
        self.pulls += 1
        answer = self.inner.pull(epoch, xid, seq, limit)
        self.pulled.extend(answer.get("rows") or [])
        if self.after_pull is not None:
            self.after_pull(self, answer)
        return answer

    def close(self) -> None:
        self.inner.close()


class LocalDisk:
    """Makes the desk's SQLite fail with "disk I/O error" on the n-th statement `matches` accepts."""

    def __init__(self, desk: Desk, matches: Callable[[str], bool], n: int = 1):
        self.engine = desk.sf.kw["bind"]
        self.matches, self.n, self.seen, self.fired = matches, n, 0, False
        event.listen(self.engine, "before_cursor_execute", self._check)

    def _check(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.fired or not self.matches(statement):
            return
        self.seen += 1
        if self.seen == self.n:
            self.fired = True
            raise disk_error()

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._check)


def pending_ops(desk: Desk) -> dict[str, dict[str, Any]]:
    """The desk's outbox as sent: op id -> the op (table, row id, fields, writer)."""
    with desk.sf() as s:
        return {
            o.op_id: {"table": o.tbl, "row_id": o.row_id, "fields": json.loads(o.fields), "writer": desk.code}
            for o in s.scalars(select(OutboxOp).order_by(OutboxOp.seq))
        }


def outbox_size(desk: Desk) -> int:
    with desk.sf() as s:
        return len(s.scalars(select(OutboxOp.op_id)).all())


def settle(desks: Iterable[Desk], *, rounds: int = 6, **kwargs: Any) -> list[SyncReport]:
    """Sync every desk (fresh connections, no faults) until a whole round pushes and pulls nothing."""
    desks = list(desks)
    reports: list[SyncReport] = []
    for _ in range(rounds):
        quiet = True
        for desk in desks:
            with PgLink(desk.url, user=desk.role, password=desk.password) as link:
                report = desk.sync(link, **kwargs)
            reports.append(report)
            assert not report.errors and report.rejected == 0, report
            quiet = quiet and report.pushed == 0 and report.pulled == 0
        if quiet:
            return reports
    raise AssertionError(f"sync did not settle in {rounds} rounds: {reports[-len(desks) :]}")


def assert_nothing_lost_or_doubled(
    central: Central, desks: Iterable[Desk], ops: dict[str, dict[str, Any]], *, op_ids_kept: bool = True
) -> None:
    """The recovery checks of issue 6, item 9.

    `ops`: every op the test made (desk outboxes via `pending_ops`, HQ ops with writer '*hq'). Each op's
    values reached the centre (some version of the row carried them) or were recorded as lost in
    `sentra.conflicts`; each op id was applied once (unless a restore lost it: `op_ids_kept=False`); no
    version was written twice or skipped; every outbox is empty; every desk holds exactly its central rows.
    """
    admin = central.admin(autocommit=True)
    for desk in desks:
        assert outbox_size(desk) == 0, f"{desk.code}: outbox not empty"
        here, there = local_rows(desk.sf), central_rows(admin, desk.code)
        diff = {
            k: (here.get(k), there.get(k)) for k in here.keys() | there.keys() if here.get(k) != there.get(k)
        }
        assert not diff, f"{desk.code}: differs from the centre (local, central): {_shorten(diff)}"
        with desk.sf() as s:  # every case's status is its newest history entry's (issue 14, point 5)
            assert mismatched(s) == {}, f"{desk.code}: status and history disagree"
    assert central_mismatched(admin) == {}, "status and history disagree at the centre"
    _assert_versions_dense(admin)
    if op_ids_kept and ops:
        found = dict(
            admin.execute(
                "SELECT op_id::text, result->>'status' FROM sentra.applied_ops WHERE op_id = ANY(%s::uuid[])",
                (list(ops),),
            ).fetchall()
        )
        assert set(found) == set(ops), f"ops never applied: {set(ops) - set(found)}"
        assert "rejected" not in found.values()
    for op_id, o in ops.items():
        assert_op_kept(admin, op_id, o)


def _assert_versions_dense(admin: psycopg.Connection) -> None:
    twice = admin.execute(
        f"SELECT tbl, row_id, version FROM ({HISTORY_ROWS}) AS h GROUP BY 1, 2, 3 HAVING count(*) > 1"
    ).fetchall()
    assert twice == [], f"a version written twice: {twice}"
    op_twice = admin.execute(
        f"SELECT op_id FROM ({HISTORY_ROWS}) AS h WHERE op_id IS NOT NULL GROUP BY 1 HAVING count(*) > 1"
    ).fetchall()
    assert op_twice == [], f"an op applied twice: {op_twice}"
    for table in synced_tables():
        gaps = admin.execute(
            f"SELECT t.id, t.version, h.n, h.top FROM sentra.{table.name} t "
            f"LEFT JOIN (SELECT row_id, count(*) AS n, max(version) AS top FROM ({HISTORY_ROWS}) AS r "
            "WHERE tbl = %s GROUP BY row_id) h ON h.row_id = t.id "
            "WHERE h.n IS DISTINCT FROM t.version OR h.top IS DISTINCT FROM t.version",
            (table.name,),
        ).fetchall()
        assert gaps == [], f"{table.name}: versions skipped or doubled: {gaps}"
    log_twice = admin.execute(  # per scope: a row HQ moved is logged for both stations (central 0005)
        f"SELECT scope, tbl, row_id, version FROM ({LOG_ROWS}) AS c GROUP BY 1, 2, 3, 4 HAVING count(*) > 1"
    ).fetchall()
    assert log_twice == [], f"a version logged twice: {log_twice}"


def assert_op_kept(admin: psycopg.Connection, op_id: str, o: dict[str, Any]) -> None:
    from db.models import Base

    table = Base.metadata.tables[o["table"]]
    # Every version of the row: each history's after and before (a columnar insert keeps no `after` for
    # version 1: it is version 2's before), and the row as it is now.
    history = admin.execute(
        "SELECT after, before FROM sentra.row_history WHERE tbl = %s AND row_id = %s",
        (o["table"], o["row_id"]),
    ).fetchall()
    current = admin.execute(
        f"SELECT to_jsonb(t) FROM sentra.{o['table']} AS t WHERE id = %s", (o["row_id"],)
    ).fetchall()
    versions = [v for pair in history for v in pair if v is not None] + [r[0] for r in current]
    lost = admin.execute(
        "SELECT field, lost FROM sentra.conflicts WHERE tbl = %s AND row_id = %s", (o["table"], o["row_id"])
    ).fetchall()
    for name, value in o["fields"].items():
        if name in ("id", "version", "updated_at") or name not in table.c:
            continue
        want = _norm(table.c[name], value)
        if any(_norm(table.c[name], v.get(name)) == want for v in versions):
            continue
        if any(f == name and _norm(table.c[name], v) == want for f, v in lost):
            continue
        raise AssertionError(f"op {op_id} of {o['writer']}: {o['table']}.{name} = {value!r} was lost")


def _shorten(diff: dict[Any, tuple[Any, Any]]) -> dict[Any, Any]:
    """Only the differing columns of each differing row."""
    out: dict[Any, Any] = {}
    for key, (a, b) in list(diff.items())[:5]:
        if a is None or b is None:
            out[key] = "only local" if b is None else "only central"
        else:
            out[key] = {c: (a.get(c), b.get(c)) for c in a.keys() | b.keys() if a.get(c) != b.get(c)}
    return out


class World:
    """Two desks and HQ; `ops` collects every op made, for the final checks."""

    def __init__(self, central: Central, gt: Desk, kb: Desk):
        self.central, self.gt, self.kb = central, gt, kb
        self.hq = central.station("POLRES-HQ", hq=True)
        self.admin = central.admin(autocommit=True)
        self.ops: dict[str, dict[str, Any]] = {}

    @property
    def desks(self) -> list[Desk]:
        return [self.gt, self.kb]

    def record(self, *desks: Desk) -> None:
        for desk in desks or self.desks:
            self.ops.update(pending_ops(desk))

    def version(self, table: str, row_id: str) -> int:
        row = self.admin.execute(f"SELECT version FROM sentra.{table} WHERE id = %s", (row_id,)).fetchone()
        return int(row[0]) if row else 0

    def hq_edit(self, table: str, row_id: str, fields: dict[str, Any], conn: Any = None) -> dict[str, Any]:
        o = op(table, row_id, fields, base=self.version(table, row_id))
        [result] = push(conn or self.hq, o)
        assert result["status"] in ("applied", "merged", "conflict"), result
        self.ops[o["op_id"]] = {"table": table, "row_id": row_id, "fields": fields, "writer": "*hq"}
        return result

    def hq_citizen(self, station: str, conn: Any = None, row_id: str | None = None) -> str:
        row_id = row_id or str(uuid.uuid4())
        fields = {k: v for k, v in _defaults("citizen").items() if k not in ("id", "version", "updated_at")}
        fields |= {"name": f"Warga HQ {row_id[:6]}", "station_code": station}
        self.hq_edit("citizen", row_id, fields, conn)
        return row_id

    def desk_edits(self, desk: Desk, reports: int = 2) -> list[str]:
        ids = [desk.report() for _ in range(reports)]
        change_status(desk.sf, report_id=ids[0], to_status="in_progress", officer_id=desk.admin.id)
        self.record(desk)
        return ids

    def check(self, skip: frozenset[str] | set[str] = frozenset(), **kwargs: Any) -> None:
        self.record()
        ops = {k: v for k, v in self.ops.items() if k not in skip}
        assert_nothing_lost_or_doubled(self.central, self.desks, ops, **kwargs)


def restart_cluster(central: Central) -> None:
    """Restarts the whole PostgreSQL server (fast shutdown: every session is cut); the test's own
    connections are closed and dropped, ask `central` for new ones."""
    import os
    import pwd
    from pathlib import Path

    import pgserver

    with psycopg.connect(central.cluster.uri, autocommit=True) as su:
        row = su.execute("SHOW data_directory").fetchone()
    assert row is not None
    data = Path(row[0])
    owner = pwd.getpwuid(data.stat().st_uid).pw_name
    extra: dict[str, Any] = {} if data.stat().st_uid == os.getuid() else {"user": owner}
    pgserver.pg_ctl(["-w", "-m", "fast", "restart"], pgdata=data, timeout=30, **extra)
    for conn in central.conns:
        conn.close()
    central.conns.clear()


def fault_link(desk: Desk, **hooks: Any) -> FaultLink:
    """A fresh connection of `desk`, wrapped."""
    return FaultLink(PgLink(desk.url, user=desk.role, password=desk.password), **hooks)


def sync_fails(desk: Desk, link: Any, exc: Any = Exception, **kwargs: Any) -> None:
    """One sync cycle that must fail with `exc`; the link is closed afterwards."""
    with pytest.raises(exc):
        desk.sync(link, **kwargs)
    link.close()


def cursor_of(desk: Desk) -> tuple[str, int]:
    with desk.sf() as s:
        meta = s.get(SyncMeta, 1)
        return (meta.cursor_xid, meta.cursor_seq) if meta else ("0", 0)


def hq_changes_for(world: World, desk: Desk, report_ids: list[str]) -> list[str]:
    """HQ adds three citizens of `desk` and marks the given reports difficult: rows the desk will pull."""
    rows = [world.hq_citizen(desk.code) for _ in range(3)]
    for rid in report_ids:
        world.hq_edit("report", rid, {"difficulty": "difficult"})
    return rows
