"""Receipt PDF of a report: written off the GUI thread, previewed through Qt's print dialog, or opened."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from db.queries.reports import receipt_data
from exports.receipt_pdf import write_receipt
from ui.context import UiContext

log = logging.getLogger(__name__)

PRINT_DPI = 200


def receipt_path(folder: Path, number: str) -> Path:
    return folder / "receipts" / (re.sub(r"[^A-Za-z0-9]+", "_", number).strip("_") + ".pdf")


def make_receipt(ctx: UiContext, report_id: str) -> Path:
    """Write the receipt of a report to the documents folder (runs on a worker thread)."""
    data = receipt_data(ctx.session_factory, report_id=report_id)
    path = receipt_path(ctx.output_dir, data.number)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_receipt(data, path)
    return path


def default_printer() -> QPrinter | None:
    """The system's default printer on A4, or None when the PC has none set up."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def paint_pdf(printer: QPrinter, pdf_path: Path) -> None:
    """Rasterise each PDF page (pypdfium2) onto the printer, one page per sheet, fitted to the page."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        return
    try:
        for i in range(len(doc)):
            if i:
                printer.newPage()
            bitmap = doc[i].render(scale=PRINT_DPI / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888,
            )
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size.toSizeF()), image)
    finally:
        painter.end()
        doc.close()


class ReceiptActions(QObject):
    """The print / open-PDF actions the home screen and the report view share."""

    def __init__(self, ctx: UiContext, parent_widget: QWidget):
        super().__init__(parent_widget)
        self._ctx = ctx
        self._widget = parent_widget
        # QPrinter is not a QObject: it must outlive the preview dialog or the process crashes.
        self._printer: QPrinter | None = None
        self.last_path: Path | None = None
        self.last_message = ""

    def _with_pdf(self, report_id: str, then: Callable[[Path], None]) -> None:
        def done(path: Path) -> None:
            self.last_path = path
            then(path)

        self._ctx.runner.run_io(
            lambda: make_receipt(self._ctx, report_id), on_done=done, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        log.error("receipt failed", exc_info=exc)
        QMessageBox.warning(
            self._widget,
            self.tr("Receipt"),
            self.tr("The receipt could not be made: %1").replace("%1", str(exc)),
        )

    def preview(self, report_id: str) -> None:
        self._with_pdf(report_id, self._show_preview)

    def open_pdf(self, report_id: str) -> None:
        self._with_pdf(report_id, self._open_file)

    def _open_file(self, path: Path) -> None:
        """Hand the PDF to the system's viewer; when none takes it, say so and where the file is."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return
        log.warning("no PDF viewer opened %s", path)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open PDF"),
            self.tr("No PDF viewer opened the receipt. The file is saved here:\n%1").replace("%1", str(path)),
            QMessageBox.StandardButton.Ok,
            self._widget,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setInformativeText(
            self.tr("Install a PDF viewer, or open the file from the folder; Ctrl+P prints it from here.")
        )
        self.last_message = box.text()
        box.exec()

    def print_now(self, report_id: str) -> None:
        """Ctrl+Shift+P: straight to the default printer, no preview (the queue at the counter is waiting)."""
        self._with_pdf(report_id, self._print_on_default)

    def _print_on_default(self, path: Path) -> None:
        printer = default_printer()
        if printer is None:
            self.last_message = self.tr(
                "No default printer is set up on this computer. The receipt is saved here:\n%1"
            ).replace("%1", str(path))
            QMessageBox.warning(self._widget, self.tr("Print receipt"), self.last_message)
            return
        printer.setDocName(path.stem)
        paint_pdf(printer, path)
        self.last_message = self.tr("Receipt sent to the printer %1.").replace("%1", printer.printerName())
        status = getattr(self._widget, "statusBar", None)
        if callable(status):
            status().showMessage(self.last_message, 10_000)

    def write(self, report_id: str, then: Callable[[Path], None]) -> None:
        self._with_pdf(report_id, then)

    def _show_preview(self, path: Path) -> None:
        self._printer = preview_pdf(self._widget, path, self.tr("Print receipt"))


def preview_pdf(parent: QWidget, path: Path, title: str) -> QPrinter:
    """Qt's print preview of a PDF on A4 (modal). Returns the printer, which the caller keeps as long as it
    wants it: QPrinter is not a QObject, and a collected one crashes a live preview."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, path))
    dialog.resize(900, 1000)
    dialog.exec()
    return printer
