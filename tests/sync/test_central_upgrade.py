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
from tests.sync.desks import central_rows, local_rows, make_desk
from tests.sync.faults import FaultLink, assert_nothing_lost_or_doubled, pending_ops


@pytest.fixture
def central_0003(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Central]:
    dbname = f"sentra_up_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        roles_before = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    url = pg_cluster.url(dbname)
    with monkeypatch.context() as m:
        m.setattr(migrate, "STEPS", tuple(s for s in STEPS if s[0] <= "0003_fast_push"))
        assert init_central(url)[-1] == "0003_fast_push"
    c = Central(pg_cluster, dbname, url)
    yield c
    drop_central(c, roles_before)


def test_a_desk_syncs_with_a_0003_centre_and_goes_on_after_the_upgrade(template_db, tmp_path, central_0003):
    desk = make_desk(template_db, tmp_path / "up", central_0003, "POLSEK-UP")
    for _ in range(3):
        desk.report()
    ops = pending_ops(desk)
    sent: list[dict] = []
    link = FaultLink(desk.link(), before_push=lambda _link, payload: sent.append(payload))
    first = desk.sync(link, push_batch=40)
    assert first.pushed > 0 and first.rejected == 0 and desk.pending() == 0
    assert all("columns" not in p and len(p["ops"]) <= 40 for p in sent)  # the old form throughout
    assert getattr(link, "protocol", 1) == 1
    assert link.inner.batches is False  # its pull has no protocol argument: asked the old way from then on

    for _ in range(5):
        desk.report()
    ops |= pending_ops(desk)
    assert init_central(central_0003.url) == [
        "0004_columnar_push",
        "0005_moved_rows",
        "0006_batched_log",
        "0007_lean_push",
        "0008_push_limits",
        "0009_shared_list_merge",
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
