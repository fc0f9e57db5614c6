"""`sentra selftest`: proves an installed build works on this PC, in a temporary data folder removed
afterwards: migrate, save a report, the receipt PDF (its number, an embedded font), an Excel export, the
monthly PDF, the main window drawn offscreen with real glyphs. Exit 0 with one summary line, 1 naming the
failure. Wired into desktop/cli.py through EXTENSIONS ("desktop.cli_selftest")."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ADMIN_NRP, ADMIN_PASSWORD = "85010123", "selftest-password-1"


class SelftestFailed(Exception):
    pass


def register(sub: Any) -> None:
    p = sub.add_parser("selftest", help="check that this installation works (temporary data, nothing kept)")
    p.add_argument("--keep", action="store_true", help="keep the temporary data folder and print its path")
    p.add_argument("--skip-gui", action="store_true", help="leave out the offscreen main window check")


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelftestFailed(message)


def _pdf_text(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _check_pdf(path: Path, *must_contain: str) -> None:
    _check(path.is_file() and path.stat().st_size > 1000, f"{path.name} was not written")
    # A TrueType font program inside the file: the PDF shows the same letters on a PC without DejaVu.
    _check(b"/FontFile2" in path.read_bytes(), f"{path.name} has no embedded font")
    text = " ".join(_pdf_text(path).split())
    for needle in must_contain:
        _check(" ".join(needle.split()) in text, f"{path.name} does not show {needle!r}")


class _Run:
    """The steps in order, sharing the temporary station."""

    def __init__(self, root: Path):
        self.root = root
        self.sf: Any = None
        self.admin: Any = None
        self.report: Any = None

    def migrate(self) -> str:
        from db.storage.migrate import HEAD_REVISION, file_revision
        from desktop.database import open_database
        from desktop.paths import DataPaths

        paths = DataPaths(self.root / "data").ensure()
        self.sf = open_database(paths)[1]
        _check(file_revision(paths.database) == HEAD_REVISION, "the database is not at the newest schema")
        return f"schema {HEAD_REVISION}"

    def save_report(self) -> str:
        from db.demo.station import demo_station_input
        from db.services.officers import OfficerInput, list_officers
        from db.services.report_input import CitizenInput, LostItemInput, ReportInput
        from db.services.reports import register_report
        from db.services.station import setup_station

        admin = OfficerInput(name="Rina Marlina", nrp=ADMIN_NRP, rank="AIPTU", password=ADMIN_PASSWORD)
        setup_station(self.sf, station=demo_station_input(), admin=admin)
        self.admin = list_officers(self.sf)[0]
        self.report = register_report(
            self.sf,
            data=ReportInput(
                kind="SKTLK",
                citizen=CitizenInput(name="Siti Aminah", address="Jorong Koto Baru"),
                offense="Kehilangan KTP",
                chronology="KTP hilang di pasar Alahan Panjang.",
                lost_items=(LostItemInput(item="KTP"),),
            ),
            officer_id=self.admin.id,
        )
        _check(bool(self.report.number), "the report got no number")
        return str(self.report.number)

    def receipt(self) -> str:
        from db.queries.reports import receipt_data
        from exports.receipt_pdf import write_receipt

        out = self.root / "receipt.pdf"
        write_receipt(receipt_data(self.sf, report_id=self.report.id), out)
        _check_pdf(out, self.report.number)
        return "receipt PDF"

    def excel(self) -> str:
        import openpyxl

        from db.rules.timeutil import now_utc, to_wib
        from db.services.exporting import export_reports_xlsx
        from exports.reports_xlsx import write_reports_xlsx

        out = self.root / "reports.xlsx"
        today = to_wib(now_utc()).date()
        result = export_reports_xlsx(
            self.sf, date_from=today, date_to=today, out=out, officer_id=None, write=write_reports_xlsx
        )
        book = openpyxl.load_workbook(out, read_only=True)
        try:
            _check(len(book.sheetnames) >= 2, "the workbook has too few sheets")
        finally:
            book.close()
        _check(sum(result.rows.values()) >= 1, "the workbook holds no report")
        return "Excel"

    def monthly(self) -> str:
        from db.queries.monthly import monthly_report_data
        from db.rules.timeutil import now_utc, to_wib
        from exports.monthly_pdf import write_monthly_pdf

        today = to_wib(now_utc()).date()
        data = monthly_report_data(self.sf, year=today.year, month=today.month)
        out = self.root / "monthly.pdf"
        write_monthly_pdf(data, out)
        _check_pdf(out, data.unit)
        return "monthly PDF"

    def main_window(self) -> str:
        return _main_window_glyphs(self.sf, self.root / "data", self.admin)

    def single_instance(self) -> str:
        """The GUI's one-app-per-folder guard (a QtNetwork local socket) that the main window alone skips."""
        from desktop.single_instance import SingleInstance

        guard = SingleInstance(self.root / "data")
        _check(guard.claim(), "the one-app-per-folder guard could not claim an unused data folder")
        guard.release()
        return "single-app guard"


def _main_window_glyphs(sf: Any, data_dir: Path, admin: Any) -> str:
    """The main window opened offscreen; a label's text must be drawn with real glyphs, not empty boxes."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QFontInfo, QRawFont
    from PySide6.QtWidgets import QLabel

    from db.services.station import get_station
    from desktop.app import install_language, make_app, make_main_window
    from ui.context import UiContext
    from ui.task_runner import TaskRunner

    app = make_app()
    install_language(app, "id")
    runner = TaskRunner(app)
    ctx = UiContext(session_factory=sf, runner=runner, data_dir=data_dir, station=get_station(sf))
    ctx.output_dir = data_dir / "documents"
    ctx.officer = admin
    window = make_main_window(ctx)
    try:
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text().strip()]
        _check(bool(labels), "the main window shows no text")
        label = max(labels, key=lambda w: len(w.text()))
        text = "".join(ch for ch in label.text() if ch.isalnum())
        # No font at all: QRawFont would crash the process, so this is asked first.
        _check(bool(QFontInfo(label.font()).family()), "no font is available for the interface")
        raw = QRawFont.fromFont(label.font())
        missing = sorted({ch for ch in text if not raw.supportsCharacter(ch)})
        _check(raw.isValid() and not missing, f"the interface font has no glyphs for {''.join(missing)!r}")
        image = label.grab().toImage()
        ink = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
        _check(len(ink) > 2, "the label was drawn blank")
        _check_chart(app)
        return f"main window and chart ({raw.familyName()})"
    finally:
        sync = getattr(window, "sync", None)
        if sync is not None:
            sync.stop()
        window.close()
        runner.wait_idle()
        window.deleteLater()
        app.processEvents()


def _check_chart(app: Any) -> None:
    """Qt Charts (the crime analysis page) loads and draws: the frozen build ships it without QtOpenGL."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    bars = QBarSet("x")
    bars.append([3, 5, 2])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 200)
    view.show()
    app.processEvents()
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    view.close()
    _check(len(colours) > 2, "the chart was drawn blank")


def run(args: argparse.Namespace, _open_data: Any) -> int:
    start = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="sentra-selftest-"))
    run_ = _Run(root)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("migrate", run_.migrate),
        ("save a report", run_.save_report),
        ("receipt PDF", run_.receipt),
        ("Excel export", run_.excel),
        ("monthly PDF", run_.monthly),
    ]
    if not args.skip_gui:
        steps.append(("main window", run_.main_window))
        steps.append(("single-app guard", run_.single_instance))
    done: list[str] = []
    failed: str | None = None
    for name, step in steps:
        try:
            done.append(step())
        except Exception as exc:  # the point is to report any failure in one line, not a traceback
            failed = f"{name}: {type(exc).__name__}: {exc}"
            break
    if run_.sf is not None:
        run_.sf.kw["bind"].dispose()
    if args.keep:
        print(f"selftest data kept in {root}", file=sys.stderr)
    else:
        shutil.rmtree(root, ignore_errors=True)
    seconds = time.perf_counter() - start
    if failed:
        print(f"sentra selftest FAILED at {failed} (passed: {', '.join(done) or 'nothing'})", file=sys.stderr)
        return 1
    print(f"sentra selftest ok in {seconds:.1f} s: {', '.join(done)}")
    return 0


COMMANDS = {"selftest": run}
