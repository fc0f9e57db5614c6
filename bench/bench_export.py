"""Excel export of 100,000 reports: our writer vs a raw openpyxl write_only loop on the same cell values.

The raw side gets the same rows, materialised first, so only writing is compared (goal: ours <= 1.3x raw).
End-to-end (query + write, as `sentra export xlsx --personal`) is reported as well.

    /tmp/venv/bin/python bench/bench_export.py [--reports 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import CACHE, copy_db, ensure_demo_db, machine


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from openpyxl import Workbook

    from db.queries.export_rows import export_sheets
    from db.storage.engine import make_engine, make_session_factory, read_session
    from db.views import XlsxExportSheet
    from exports.reports_xlsx import write_reports_xlsx

    source = ensure_demo_db(args.reports, target=CACHE / f"{args.reports}-export.sqlite")
    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    db = copy_db(source, tmp / "sentra.sqlite")
    sf = make_session_factory(make_engine(db))
    period = {"date_from": date(2000, 1, 1), "date_to": date(2100, 1, 1), "include_personal": True}

    t0 = time.perf_counter()
    with read_session(sf) as s:
        sheets = [
            XlsxExportSheet(sh.name, sh.columns, list(sh.rows), sh.total) for sh in export_sheets(s, **period)
        ]
    query_s = time.perf_counter() - t0
    cells = sum(len(sh.rows) * len(sh.columns) for sh in sheets)

    def raw(out: Path) -> None:
        wb = Workbook(write_only=True)
        for sh in sheets:
            ws = wb.create_sheet(sh.name)
            ws.append([c.title for c in sh.columns])
            for row in sh.rows:
                ws.append(row)
        wb.save(out)

    def ours(out: Path) -> None:
        write_reports_xlsx(sheets, out, progress=lambda d, t: None, cancelled=lambda: False)

    def end_to_end(out: Path) -> None:
        with read_session(sf) as s:
            write_reports_xlsx(export_sheets(s, **period), out)

    times: dict[str, list[float]] = {"raw": [], "ours": [], "end_to_end": []}
    for i in range(args.repeat):
        order = (("raw", raw), ("ours", ours)) if i % 2 == 0 else (("ours", ours), ("raw", raw))
        for name, fn in order:
            t = time.perf_counter()
            fn(tmp / f"{name}.xlsx")
            times[name].append(time.perf_counter() - t)
    t = time.perf_counter()
    end_to_end(tmp / "e2e.xlsx")
    times["end_to_end"].append(time.perf_counter() - t)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"rows per sheet: {', '.join(f'{sh.name} {len(sh.rows):,}' for sh in sheets)}; {cells:,} cells")
    print(f"query (materialise rows): {query_s:.2f} s")
    for k, v in times.items():
        print(f"{k:<11} median {med[k]:.2f} s  runs {', '.join(f'{x:.2f}' for x in v)}")
    print(f"ratio ours/raw (median): {med['ours'] / med['raw']:.3f}  (goal <= 1.3)")
    print(f"file size: ours {(tmp / 'ours.xlsx').stat().st_size / 2**20:.1f} MiB")
    for k, v in machine().items():
        print(f"  {k}: {v}")
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
