"""The sync chaos run (issue 14, point 6): the Polres desk (HQ role) and a Polsek desk behind a fault proxy,
every sync its own process (some SIGKILLed at a random moment), the link stalling after 0 to 20,000 bytes,
PostgreSQL crash-restarted (`pg_ctl -m immediate`) every few cycles; then faults off, both desks settle, and
every row and field of both desks is compared with the centre (tests/sync/chaos.py does the work; the suite
runs a few cycles of it in tests/sync/test_chaos.py).

    .venv/bin/python bench/sync_chaos.py [--cycles 100] [--seed 14] [--call-seconds 3]

PostgreSQL from pgserver with fsync and synchronous_commit ON (as `central init` requires).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import BENCH_DIR, allow_password_logins, machine, start_pgserver  # noqa: E402

RESULTS = BENCH_DIR / "results" / "sync_chaos.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--call-seconds", type=float, default=3.0)
    parser.add_argument("--restart-every", type=int, default=10)
    args = parser.parse_args()

    import psycopg
    from psycopg import sql

    from db.storage.engine import make_engine
    from db.storage.migrate import upgrade
    from db.sync.central import init_central
    from tests.sync.chaos import crash_restart, run_chaos
    from tests.sync.desks import hq_desk, make_desk
    from tests.sync.proxy import StallingProxy

    folder = Path(tempfile.mkdtemp(prefix="sentra-chaos-"))
    server, pgdata, uri = start_pgserver("sentra-chaos-pg-")
    try:
        with psycopg.connect(uri, autocommit=True) as conn:
            for setting in ("fsync", "synchronous_commit"):
                conn.execute(f"ALTER SYSTEM SET {setting} = on")
            allow_password_logins(pgdata)
            conn.execute("SELECT pg_reload_conf()")
            dbname = f"sentra_chaos_{uuid.uuid4().hex[:6]}"
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
        from psycopg.conninfo import make_conninfo

        url = make_conninfo(uri, dbname=dbname)
        init_central(url)

        @dataclasses.dataclass
        class _Central:
            cluster: object
            dbname: str
            url: str

        class _Cluster:
            @staticmethod
            def url(name: str, **params: str) -> str:
                return make_conninfo(uri, dbname=name, **params)

        central = _Central(_Cluster(), dbname, url)
        template = folder / "template.sqlite"
        engine = make_engine(template)
        upgrade(engine, template)
        engine.dispose()
        polres = hq_desk(template, folder / "polres", central)
        polsek = make_desk(template, folder / "gt", central, "POLSEK-GT")
        with StallingProxy(polsek.url) as proxy:
            figures = run_chaos(
                polres=polres,
                polsek=polsek,
                proxy=proxy,
                restart=lambda: crash_restart(pgdata),
                central_admin=lambda: psycopg.connect(url, autocommit=True),
                cycles=args.cycles,
                seed=args.seed,
                call_s=args.call_seconds,
                restart_every=args.restart_every,
                log=lambda line: print(line, flush=True),
            )
        result = {"machine": machine(), "args": vars(args), **dataclasses.asdict(figures)}
        print(json.dumps(result, indent=2))
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2))
        return 0 if not figures.failures else 1
    finally:
        server.cleanup()
        shutil.rmtree(pgdata, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
