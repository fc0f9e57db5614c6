"""A desk with this program and a centre still at migration 0003 (protocol 1), then the centre upgraded with
`sentra central init` while the desk has changes waiting: nothing is refused, lost or applied twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

import db.sync.central.migrate as migrate
from db.sync.central import init_central
from db.sync.central.migrations import STEPS
from tests.sync.conftest import Central, PgCluster, drop_central
from tests.sync.desks import Desk, central_rows, local_rows, make_desk
from tests.sync.faults import FaultLink, assert_nothing_lost_or_doubled, pending_ops


def centre_at(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch, last_step: str) -> Iterator[Central]:
    """A central database migrated up to `last_step` only, as an older program left it."""
    dbname = f"sentra_up_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        roles_before = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    url = pg_cluster.url(dbname)
    with monkeypatch.context() as m:
        m.setattr(migrate, "STEPS", tuple(s for s in STEPS if s[0] <= last_step))
        assert init_central(url)[-1] == last_step
    c = Central(pg_cluster, dbname, url)
    yield c
    drop_central(c, roles_before)


@pytest.fixture
def central_0003(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Central]:
    yield from centre_at(pg_cluster, monkeypatch, "0003_fast_push")


@pytest.fixture
def central_0009(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Central]:
    yield from centre_at(pg_cluster, monkeypatch, "0009_shared_list_merge")


def apply_op_signatures(central: Central) -> list[str]:
    with central.admin() as conn:
        rows = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc AS p "
            "WHERE p.pronamespace = 'sentra'::regnamespace AND p.proname = 'apply_op' ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


def recording_link(desk: Desk) -> tuple[FaultLink, list[dict]]:
    """A link to the desk's centre, and the list of every push payload it sends."""
    sent: list[dict] = []
    return FaultLink(desk.link(), before_push=lambda _link, payload: sent.append(payload)), sent


def new_reports(desk: Desk, n: int) -> dict[str, dict]:
    """Registers `n` reports at the desk; returns the ops waiting to be pushed."""
    for _ in range(n):
        desk.report()
    return pending_ops(desk)


def test_a_desk_syncs_with_a_0003_centre_and_goes_on_after_the_upgrade(template_db, tmp_path, central_0003):
    desk = make_desk(template_db, tmp_path / "up", central_0003, "POLSEK-UP")
    ops = new_reports(desk, 3)
    link, sent = recording_link(desk)
    first = desk.sync(link, push_batch=40)
    assert first.pushed > 0 and first.rejected == 0 and desk.pending() == 0
    assert all("columns" not in p and len(p["ops"]) <= 40 for p in sent)  # the old form throughout
    assert getattr(link, "protocol", 1) == 1
    assert link.inner.batches is False  # its pull has no protocol argument: asked the old way from then on

    ops |= new_reports(desk, 5)
    assert init_central(central_0003.url) == [
        "0004_columnar_push",
        "0005_moved_rows",
        "0006_batched_log",
        "0007_lean_push",
        "0008_push_limits",
        "0009_shared_list_merge",
        "0010_drop_old_apply_op",
    ]
    sent.clear()
    second = desk.sync(link, push_batch=5)
    desk.sync(link)
    assert second.rejected == 0 and desk.pending() == 0
    assert any("columns" in p for p in sent)  # switched once the upgraded centre said protocol 2
    fresh = desk.link()  # a new cycle's link asks for batches (0006) and gets them
    assert "protocol" in fresh.pull(None, "0", 0, 1) and fresh.batches is True
    admin = central_0003.admin(autocommit=True)
    assert central_rows(admin, "POLSEK-UP") == local_rows(desk.sf)
    assert_nothing_lost_or_doubled(central_0003, [desk], ops)
    assert apply_op_signatures(central_0003) == ["sentra.apply_op(jsonb,text,boolean,text)"]


def test_a_0009_centre_loses_the_old_apply_op_and_answers_as_before(template_db, tmp_path, central_0009):
    """0010 drops the three-argument overload; pushes (new rows, and ops seen before, which go through the
    four-argument `apply_op`) are answered as before the upgrade."""
    assert apply_op_signatures(central_0009) == [
        "sentra.apply_op(jsonb,text,boolean)",
        "sentra.apply_op(jsonb,text,boolean,text)",
    ]
    desk = make_desk(template_db, tmp_path / "up9", central_0009, "POLSEK-UP9")
    ops = new_reports(desk, 3)
    link, sent = recording_link(desk)
    assert desk.sync(link).rejected == 0 and desk.pending() == 0

    assert init_central(central_0009.url) == ["0010_drop_old_apply_op"]
    assert apply_op_signatures(central_0009) == ["sentra.apply_op(jsonb,text,boolean,text)"]
    again = desk.link().push(sent[0])  # a lost answer: the same push once more
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    ops |= new_reports(desk, 1)
    assert desk.sync(desk.link()).rejected == 0 and desk.pending() == 0
    assert_nothing_lost_or_doubled(central_0009, [desk], ops)
