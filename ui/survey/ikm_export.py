"""Writing the period's IKM report as PDF or Excel off the GUI thread, then opening it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from db.queries.ikm_report import ikm_report_data
from exports.ikm_pdf import write_ikm_pdf
from exports.ikm_xlsx import write_ikm_xlsx
from ui.context import UiContext


def ikm_file(folder: Path, date_from: date, date_to: date, suffix: str) -> Path:
    return folder / "ikm" / f"IKM_{date_from:%Y%m%d}-{date_to:%Y%m%d}{suffix}"


class IkmExport(QObject):
    """`export(period, "pdf" | "xlsx")` writes to the documents folder and opens the file."""

    def __init__(self, ctx: UiContext, parent: QWidget, *, open_file: Callable[[Path], object] | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent
        self._open = open_file or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.last_path: Path | None = None

    def export(self, period: tuple[date, date], kind: str) -> None:
        date_from, date_to = period
        writer = write_ikm_pdf if kind == "pdf" else write_ikm_xlsx
        path = ikm_file(self._ctx.output_dir, date_from, date_to, ".pdf" if kind == "pdf" else ".xlsx")
        sf = self._ctx.session_factory

        def job() -> Path:
            data = ikm_report_data(sf, date_from=date_from, date_to=date_to)
            path.parent.mkdir(parents=True, exist_ok=True)
            writer(data, path)
            return path

        self._ctx.runner.run_io(job, on_done=self._done, on_error=self._failed)

    def _done(self, path: Path) -> None:
        self.last_path = path
        self._open(path)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self._widget,
            self.tr("IKM report"),
            self.tr("The report could not be written: %1").replace("%1", str(exc)),
        )
