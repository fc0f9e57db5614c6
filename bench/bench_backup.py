"""Benchmark: start-up check, verified backup, full audit verification and restore on a large station file.

python bench/bench_backup.py --reports 100000     # builds (once) or reuses bench/.cache, works on a copy
python bench/bench_backup.py --db FILE            # any station database (copied first)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import ensure_demo_db
from sqlalchemy import func, select

from db.storage.backup import backup_now, check_file
from db.storage.engine import make_engine, make_session_factory
from db.storage.health import quick_check
from db.storage.restore import finish_restore, prepare_copy
from db.storage.startup_check import check_audit
from desktop.paths import DataPaths


def _timed(label: str, fn, results: dict[str, float]):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = fn()
    results[label] = round(time.perf_counter() - started, 2)
    print(f"  {label:<40} {results[label]:>7.2f} s", flush=True)
    return value


def run(source: Path, audit_entries: int = 0) -> dict[str, object]:
    from db.storage.audit_key import key_dir

    root = Path(tempfile.mkdtemp(prefix="sentra-bench-backup-"))
    source_keys = key_dir(source)  # the copy's trail needs the key its entries were signed with
    os.environ["SENTRA_KEY_DIR"] = str(root / "keys")
    if source_keys.is_dir():
        shutil.copytree(source_keys, root / "keys")
    paths = DataPaths(root / "data").ensure()
    shutil.copy(source, paths.database)
    size = paths.database.stat().st_size
    print(f"{source.name}: {size / 2**20:,.0f} MiB", flush=True)
    results: dict[str, float] = {}
    engine = make_engine(paths.database)
    sf = make_session_factory(engine)
    # The demo file's trail was written without a key reachable here: start a keyed chain as a real desk
    # would (one anchor entry), so the verifier walks the whole trail with HMAC from then on.
    from db.storage import audit

    with sf.begin() as s:
        audit.record(s, officer_id=None, entity="bench", entity_id="start", action="create")
    # The demo generator writes reports without audit entries; a real desk writes one or more per edit.
    started = time.perf_counter()
    for chunk in range(0, audit_entries, 5_000):
        with sf.begin() as s:
            for i in range(chunk, min(chunk + 5_000, audit_entries)):
                change = {"before": {"status": "received"}, "after": {"status": "in_process", "n": i}}
                audit.record(
                    s, officer_id=None, entity="report", entity_id=f"r{i}", action="update", **change
                )
    if audit_entries:
        print(f"  added {audit_entries:,} audit entries in {time.perf_counter() - started:.1f} s", flush=True)
    with sf() as s:
        entries = s.scalar(select(func.count()).select_from(audit.AuditEntry))
    _timed("PRAGMA quick_check (start-up)", lambda: quick_check(paths.database), results)
    copy = _timed(
        "backup_now (copy + integrity_check + counts)", lambda: backup_now(paths, reason="manual"), results
    )
    _timed("  of which integrity_check of the copy", lambda: check_file(copy.copy.path), results)
    report = _timed(
        f"audit verify, full ({entries:,} entries)", lambda: check_audit(paths, sf, full=True), results
    )
    assert report.ok, report.problem
    _timed("audit verify, first start-up (whole walk)", lambda: check_audit(paths, sf), results)
    _timed("audit verify, next start-up (nothing new)", lambda: check_audit(paths, sf), results)

    def restore() -> None:
        checked, staging = prepare_copy(paths, copy.copy.path, station_code=None)
        finish_restore(paths, checked, staging, officer_id=None, close_live=engine.dispose)

    _timed("restore (check + copy + swap + audit)", restore, results)
    shutil.rmtree(root, ignore_errors=True)
    return {"file_mib": round(size / 2**20), "audit_entries": entries, **results}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--audit-entries", type=int, default=0, help="add this many audit entries first")
    args = parser.parse_args()
    source = args.db or ensure_demo_db(args.reports)
    print(json.dumps(run(source, args.audit_entries), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
