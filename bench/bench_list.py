"""Benchmark of the reports list on a big database: open, filter, page to the end, jump to the end, memory."""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

from _common import CACHE, copy_db, current_cache_path, ensure_demo_db, machine, summary_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).resolve().parent / "results" / "list.json"

# Case follow-up the demo generator does not fill in: assignment, deadlines, paused clocks and void reports,
# spread deterministically by rowid so every list filter has realistic hits.
FOLLOW_UP_SQL = (
    "UPDATE report SET assigned_officer_id = (SELECT id FROM officer WHERE officer.rowid = 1 +"
    " (report.rowid / 4) % (SELECT count(*) FROM officer)) WHERE kind <> 'INFO' AND rowid % 4 <> 0",
    "UPDATE report SET next_deadline = date(received_at, '+' || (10 + rowid % 50) || ' days')"
    " WHERE status IN ('received', 'in_progress', 'forwarded') AND kind <> 'INFO'",
    "UPDATE report SET clock_paused_at = received_at WHERE next_deadline IS NOT NULL AND rowid % 17 = 0",
    "UPDATE report SET voided_at = received_at, void_reason = 'bench' WHERE rowid % 397 = 0",
    "ANALYZE",
)


def prepare(source: Path, dest: Path) -> Path:
    """A copy of `source` with follow-up fields filled in (once; reused afterwards)."""
    if dest.exists():
        return dest
    tmp = dest.with_suffix(".building")
    print(f"Preparing {dest.name} from {source.name} (copy + follow-up fields, once)", flush=True)
    started = time.perf_counter()
    copy_db(source, tmp)
    conn = sqlite3.connect(tmp)
    try:
        for sql in FOLLOW_UP_SQL:
            conn.execute(sql)
            conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    tmp.replace(dest)
    print(f"  prepared in {time.perf_counter() - started:.0f} s", flush=True)
    return dest


def timed(fn, repeat: int = 5) -> tuple[list[float], object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return times, result


def run(db: Path, *, end_filter_pages: int | None) -> dict:  # type: ignore[type-arg]
    from PySide6.QtWidgets import QApplication, QTableView

    from db.queries.report_list import ReportFilter, count_reports, fetch_page, wib_today
    from db.storage.engine import make_engine, make_session_factory
    from ui.reports.list_model import COL_RECEIVED, ReportListModel

    app = QApplication.instance() or QApplication(sys.argv)
    engine = make_engine(db)
    sf = make_session_factory(engine)
    with engine.connect() as c:
        total_reports = c.exec_driver_sql("SELECT count(*) FROM report").scalar()
        officer = c.exec_driver_sql(
            "SELECT assigned_officer_id FROM report WHERE assigned_officer_id IS NOT NULL LIMIT 1"
        ).scalar()
        category = c.exec_driver_sql("SELECT category_id FROM report LIMIT 1").scalar()
        kec = c.exec_driver_sql("SELECT incident_kecamatan_code FROM report LIMIT 1").scalar()
        name = c.exec_driver_sql(
            "SELECT c.name FROM report r JOIN citizen c ON c.id = r.citizen_id ORDER BY r.rowid DESC LIMIT 1"
        ).scalar()
        number = c.exec_driver_sql(
            "SELECT number FROM report WHERE number IS NOT NULL ORDER BY rowid DESC LIMIT 1"
        ).scalar()
    # "Today" is the day of the newest report, not the wall clock: the cached database may have been built in
    # another month, and a filter for a month with no report would measure nothing.
    from sqlalchemy import func, select

    from db.models import Report
    from db.rules.timeutil import to_wib

    with sf() as s:
        newest = s.scalar(select(func.max(Report.received_at)))
    today = to_wib(newest).date() if newest is not None else wib_today()
    filters = {
        "all": ReportFilter(),
        "this month": ReportFilter(date_from=today.replace(day=1), date_to=today),
        "this year, LP_B": ReportFilter(date_from=today.replace(month=1, day=1), kinds=("LP_B",)),
        "status in_progress": ReportFilter(statuses=("in_progress",)),
        "category": ReportFilter(category_id=category),
        "kecamatan": ReportFilter(kecamatan_code=kec),
        "channel phone": ReportFilter(channel="phone"),
        "officer (receiving or assigned)": ReportFilter(officer_id=officer),
        "assigned to me": ReportFilter(assigned_to=officer),
        "overdue": ReportFilter(deadline="overdue", today=today),
        "due this week": ReportFilter(deadline="due_this_week", today=today),
        "text: citizen name": ReportFilter(text=name),
        "text: report number": ReportFilter(text=number),
        "no void, 7 days, walk-in": ReportFilter(
            date_from=today.fromordinal(today.toordinal() - 6), channel="walk_in", include_void=False
        ),
    }
    out: dict = {"db": str(db), "reports": total_reports, "filters": {}}

    # Query layer: count and first page per filter (warm: each run once before timing).
    for label, flt in filters.items():
        count_reports(sf, flt)
        count_t, n = timed(lambda flt=flt: count_reports(sf, flt), 3)
        page_t, _ = timed(lambda flt=flt: fetch_page(sf, flt, limit=200), 3)
        out["filters"][label] = {
            "count": n,
            "count_ms": summary_ms(count_t),
            "first_page_ms": summary_ms(page_t),
        }
        print(
            f"  {label:34} {n:>9,} rows  count {min(count_t) * 1000:7.1f} ms"
            f"  first page {min(page_t) * 1000:6.1f} ms",
            flush=True,
        )

    # The model in a view, offscreen, as the page uses it: the count on the runner's DB thread.
    from ui.task_runner import TaskRunner

    runner = TaskRunner()
    model = ReportListModel(sf, runner)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    counted: list[float] = []
    model.count_changed.connect(lambda _n: counted.append(time.perf_counter()))

    def open_list(flt: ReportFilter) -> tuple[float, float]:
        """(first page shown, count shown) in seconds after set_filter."""
        counted.clear()
        t = time.perf_counter()
        model.set_filter(flt)
        app.processEvents()
        shown = time.perf_counter() - t
        deadline = t + 60
        while not counted and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        if not counted:
            raise SystemExit("bench_list: the list's count did not arrive within 60 s")
        return shown, counted[0] - t

    def opened(flts: list[ReportFilter]) -> dict:  # type: ignore[type-arg]
        got = [open_list(f) for f in flts]
        return {
            "first_page_ms": summary_ms([g[0] for g in got]),
            "with_count_ms": summary_ms([g[1] for g in got]),
        }

    open_list(filters["all"])
    out["open_all"] = opened([filters["all"]] * 5)
    out["open_this_year"] = opened([ReportFilter(date_from=today.replace(month=1, day=1))] * 5)
    changes = [
        filters[k]
        for k in (
            "this month",
            "status in_progress",
            "kecamatan",
            "overdue",
            "assigned to me",
            "channel phone",
            "text: report number",
            "this year, LP_B",
        )
    ]
    out["filter_change"] = opened(changes * 2)

    # Sort reversal = jump to the end: the last rows of the whole set, first.
    for col, label in ((COL_RECEIVED, "received_at"),):
        from PySide6.QtCore import Qt

        model.set_filter(filters["all"])
        t = time.perf_counter()
        model.sort(col, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        out[f"sort_reverse_{label}_ms"] = (time.perf_counter() - t) * 1000
        model.sort(col, Qt.SortOrder.DescendingOrder)

    # Page to the end of a filtered set through the model's fetchMore, timing every page.
    counted.clear()
    model.set_filter(filters["this month"])
    deadline = time.perf_counter() + 60
    while not counted and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    if not counted:
        raise SystemExit("bench_list: the list's count did not arrive within 60 s")
    page_times: list[float] = []
    while model.canFetchMore():
        if end_filter_pages is not None and len(page_times) >= end_filter_pages:
            break
        t = time.perf_counter()
        model.fetchMore()
        page_times.append(time.perf_counter() - t)
    out["scroll_to_end"] = {
        "filter": "this month",
        "matches": model.total,
        "pages": len(page_times),
        "rows_loaded": model.loaded_rows(),
        "page_ms": summary_ms(page_times),
        "total_s": sum(page_times),
    }
    view.scrollToBottom()
    app.processEvents()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # Keyset paging to the end of a big filtered set straight through the query layer, one page in memory.
    end_flt = filters["this year, LP_B"]
    matches = count_reports(sf, end_flt)
    for sort in ("received_at", "citizen_name"):
        cursor, pages, times = None, 0, []
        while True:
            t = time.perf_counter()
            page = fetch_page(
                sf, end_flt, sort=sort, descending=False, after=cursor, limit=200, matches=matches
            )
            times.append(time.perf_counter() - t)
            pages += 1
            cursor = page.next_cursor
            if cursor is None or (end_filter_pages is not None and pages >= end_filter_pages):
                break
        out[f"keyset_walk_{sort}"] = {
            "filter": "this year, LP_B",
            "matches": matches,
            "pages": pages,
            "page_ms": summary_ms(times),
            "total_s": sum(times),
        }
    out["peak_rss_mb_end"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    engine.dispose()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reports", type=int, default=1_000_000, help="demo size (1000000 uses 1m-v2.sqlite)")
    ap.add_argument("--pages", type=int, default=None, help="stop paging after this many pages")
    args = ap.parse_args()
    source = current_cache_path(args.reports)
    if not source.exists():
        source = ensure_demo_db(args.reports, target=source)
    db = prepare(source, CACHE / f"list-{source.name}")
    print(f"Reports list benchmark on {db}", flush=True)
    result = {"machine": machine(), "command": " ".join(sys.argv), **run(db, end_filter_pages=args.pages)}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, default=str))
    print(
        json.dumps(
            {k: v for k, v in result.items() if k not in ("machine", "filters")}, indent=2, default=str
        )
    )


if __name__ == "__main__":
    main()
