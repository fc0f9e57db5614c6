"""Issue 14, point 6, the short version of `bench/sync_chaos.py`: a few cycles of killed syncs, a stalling
link and a PostgreSQL crash-restart, then nothing lost, doubled or diverged."""

from __future__ import annotations

from pathlib import Path

import psycopg

from tests.sync.chaos import crash_restart, run_chaos
from tests.sync.desks import hq_desk, make_desk
from tests.sync.proxy import StallingProxy


def test_a_short_chaos_run_loses_nothing(template_db, tmp_path, central):
    polres = hq_desk(template_db, tmp_path / "polres", central)
    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    with psycopg.connect(central.cluster.uri, autocommit=True) as su:
        pgdata = Path(su.execute("SHOW data_directory").fetchone()[0])

    def restart() -> None:
        crash_restart(pgdata)
        for conn in central.conns:
            conn.close()
        central.conns.clear()

    with StallingProxy(polsek.url) as proxy:
        figures = run_chaos(
            polres=polres, polsek=polsek, proxy=proxy, restart=restart,
            central_admin=lambda: central.admin(autocommit=True),
            cycles=6, seed=14, call_s=2.0, kill_rate=0.3, fault_rate=0.4, restart_every=4,
        )  # fmt: skip
    assert figures.failures == [], figures
    assert figures.kills >= 1 and figures.link_faults >= 1 and figures.restarts == 1, figures
    assert figures.rows_checked > 100 and figures.hangs == 0
