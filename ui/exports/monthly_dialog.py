"""The monthly SPKT report from the app: month and version, the PDF built in the background, then open it."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.queries.monthly import monthly_report_data, shift_month
from db.rules.timeutil import today_wib
from exports.monthly_pdf import write_monthly_pdf
from ui.context import UiContext
from ui.dates import format_date_id
from ui.exports.output_file import ExportDialog, OutputFileRow, grow_to_fit, note_label, open_file
from ui.reports.receipt_actions import preview_pdf
from ui.widgets.progress_task import TaskCancelled, show_task_error

log = logging.getLogger(__name__)

__all__ = [
    "INTERNAL_ROLES",
    "MonthlyReportDialog",
    "build_monthly_pdf",
    "monthly_file",
    "open_monthly_report",
]

# The internal report carries the unit's full working figures and is signed by the unit head (DOMAIN.md):
# officers make the public release only.
INTERNAL_ROLES = frozenset({"head", "admin"})
FIRST_YEAR = 2000


def monthly_file(folder: Path, year: int, month: int, *, public: bool) -> Path:
    """laporan-bulanan-2026-10.pdf, or rilis-data-bulanan-2026-10.pdf for the public release."""
    stem = "rilis-data-bulanan" if public else "laporan-bulanan"
    return folder / f"{stem}-{year:04d}-{month:02d}.pdf"


def build_monthly_pdf(
    session_factory: sessionmaker[Session],
    *,
    year: int,
    month: int,
    public: bool,
    out: Path,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Path:
    """Count the month and write its PDF (worker thread). Written under a temporary name and renamed at the
    end, so a cancelled or failed build leaves no half-written PDF."""
    progress(0, 2)
    data = monthly_report_data(session_factory, year=year, month=month)
    if cancelled():
        raise TaskCancelled()
    progress(1, 2)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        write_monthly_pdf(data, tmp, public=public)
        if cancelled():
            raise TaskCancelled()
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    progress(2, 2)
    return out


class MonthlyReportDialog(ExportDialog):
    """Month (default: last month), internal or public version, file; then Open or Print preview."""

    built = Signal(object)  # Path of the written PDF

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(ctx, parent)
        self._today = today or today_wib()
        role = ctx.officer.role if ctx.officer is not None else None
        self.may_internal = role in INTERNAL_ROLES
        self.pdf_path: Path | None = None
        # QPrinter is not a QObject: it must outlive the preview dialog or the process crashes.
        self._printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Monthly report"))
        self._setup_ui()
        year, month = shift_month(self._today.year, self._today.month, -1)
        self.year_spin.setValue(year)
        self.month_combo.setCurrentIndex(month - 1)
        self._suggest_file()

    def _setup_ui(self) -> None:
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("month")
        for m in range(1, 13):
            self.month_combo.addItem(format_date_id(date(2000, m, 1), "MMMM"), m)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year")
        self.year_spin.setRange(FIRST_YEAR, self._today.year)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_combo, 1)
        month_row.addWidget(self.year_spin)
        month_box = self.errors.row(month_row, "month", self.month_combo)

        self.internal_radio = QRadioButton(self.tr("Internal report (signed by the unit head)"), self)
        self.public_radio = QRadioButton(self.tr("Public release (aggregate figures only)"), self)
        self._version = QButtonGroup(self)
        self._version.addButton(self.internal_radio)
        self._version.addButton(self.public_radio)
        self.role_note = note_label(
            self.tr(
                "Only a unit head or an admin can make the internal report; you can make the public release."
            )
        )
        self.internal_radio.setEnabled(self.may_internal)
        self.role_note.setVisible(not self.may_internal)
        (self.internal_radio if self.may_internal else self.public_radio).setChecked(True)
        version_box = QVBoxLayout()
        version_box.setSpacing(2)
        version_box.addWidget(self.internal_radio)
        version_box.addWidget(self.public_radio)
        version_box.addWidget(self.role_note)

        self.file_row = OutputFileRow(
            self.tr("Save monthly report"), self.tr("PDF files (*.pdf)"), ".pdf", self
        )
        file_box = self.errors.row(self.file_row, "file", self.file_row.edit)

        form = QFormLayout()
        form.addRow(self.tr("Month"), month_box)
        form.addRow(self.tr("Version"), version_box)
        form.addRow(self.tr("Save to"), file_box)

        self.status_label = self.status_line()
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.preview_button = QPushButton(self.tr("Print preview"), self)
        self.buttons, self.make_button = self.task_buttons(
            self.tr("Make report"), self.make, self.open_button, self.preview_button
        )
        self.open_button.clicked.connect(self.open_pdf)
        self.preview_button.clicked.connect(self.preview)

        self.month_combo.currentIndexChanged.connect(self._selection_changed)
        self.year_spin.valueChanged.connect(self._selection_changed)
        self._version.buttonToggled.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        # Grows when a message or the result line appears instead of squeezing the wrapped notes.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def period(self) -> tuple[int, int]:
        return self.year_spin.value(), int(self.month_combo.currentData())

    def is_public(self) -> bool:
        return not (self.may_internal and self.internal_radio.isChecked())

    def _selection_changed(self, *_args: object) -> None:
        self.errors.clear()
        self._suggest_file()

    def _suggest_file(self) -> None:
        year, month = self.period()
        self.file_row.suggest(monthly_file(self._ctx.output_dir, year, month, public=self.is_public()))

    def _month_problems(self) -> dict[str, str]:
        if self.period() > (self._today.year, self._today.month):
            return {"month": self.tr("This month has not started yet.")}
        return {}

    def make(self) -> None:
        """Check the choices, then build the PDF in the background behind a progress dialog."""
        out = self.file_to_write(self._month_problems())
        if out is None:
            return
        (year, month), public, sf = self.period(), self.is_public(), self._ctx.session_factory
        self.write_in_background(
            lambda progress, cancelled: build_monthly_pdf(
                sf, year=year, month=month, public=public, out=out, progress=progress, cancelled=cancelled
            ),
            busy=self.tr("Making the report…"),
            title=self.tr("Monthly report"),
            label=self.tr("Counting and writing the report…"),
            on_done=self._built,
            on_error=self._failed,
        )

    def _built(self, path: Path) -> None:
        self.pdf_path = path
        self.make_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        grow_to_fit(self)
        self.built.emit(path)

    def _failed(self, exc: BaseException) -> None:
        log.error("monthly report failed", exc_info=exc)
        self.make_button.setEnabled(True)
        self.status_label.setText("")
        show_task_error(self, self.tr("Monthly report"), exc)

    def open_pdf(self) -> None:
        if self.pdf_path is not None:
            open_file(self.pdf_path)

    def preview(self) -> None:
        path = self.pdf_path
        if path is None:
            return
        self._printer = preview_pdf(self, path, self.tr("Print monthly report"))


def open_monthly_report(ctx: UiContext, parent: QWidget | None) -> None:
    """File menu → Monthly report…: shows the dialog (window-modal, deleted when closed)."""
    dialog = MonthlyReportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
