"""The reports workbook from the app: a period, personal data only for roles allowed, progress and cancel."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import PermissionDenied, ValidationFailed
from db.queries.monthly import month_days
from db.rules.timeutil import today_wib
from db.services.exporting import ExportResult, export_reports_xlsx, may_export_personal
from exports.reports_xlsx import write_reports_xlsx
from ui.context import UiContext
from ui.exports.output_file import ExportDialog, OutputFileRow, grow_to_fit, note_label, open_file
from ui.widgets.date_fields import date_edit
from ui.widgets.field_errors import RefusalTexts
from ui.widgets.progress_task import show_task_error

log = logging.getLogger(__name__)

__all__ = ["ExcelExportDialog", "export_file", "open_excel_export"]


def export_file(folder: Path, date_from: date, date_to: date) -> Path:
    """ekspor-laporan-20261101-20261130.xlsx in the documents folder."""
    return folder / f"ekspor-laporan-{date_from:%Y%m%d}-{date_to:%Y%m%d}.xlsx"


class ExcelExportDialog(ExportDialog):
    """From/to (default: this month), personal data for head/admin only, file; the service audits it."""

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(ctx, parent)
        role = ctx.officer.role if ctx.officer is not None else None
        self.may_personal = may_export_personal(role)
        self.export_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export to Excel"))
        day = today or today_wib()
        first, last = month_days(day.year, day.month)
        self._setup_ui(first, last)
        self._suggest_file()

    def _setup_ui(self, first: date, last: date) -> None:
        self.from_edit = date_edit(self, first, "date_from")
        self.to_edit = date_edit(self, last, "date_to")
        self.personal_check = QCheckBox(
            self.tr("Include personal data (names, NIK, phone numbers, addresses, chronologies)"), self
        )
        self.personal_check.setObjectName("personal")
        self.personal_check.setEnabled(self.may_personal)
        self.personal_note = note_label(
            self.tr(
                "Only a unit head or an admin may export personal data; your workbook will be anonymised."
            )
        )
        self.personal_note.setVisible(not self.may_personal)
        personal_box = QVBoxLayout()
        personal_box.setSpacing(2)
        personal_box.addWidget(self.personal_check)
        personal_box.addWidget(self.personal_note)

        self.file_row = OutputFileRow(
            self.tr("Save workbook"), self.tr("Excel workbooks (*.xlsx)"), ".xlsx", self
        )
        form = QFormLayout()
        form.addRow(self.tr("From"), self.errors.row(self.from_edit, "date_from"))
        form.addRow(self.tr("To"), self.errors.row(self.to_edit, "date_to"))
        form.addRow(self.tr("Data"), personal_box)
        form.addRow(self.tr("Save to"), self.errors.row(self.file_row, "file", self.file_row.edit))
        audit_note = note_label(self.tr("Every export is recorded in the audit trail with your name."))

        self.status_label = self.status_line()
        self.open_button = QPushButton(self.tr("Open workbook"), self)
        self.buttons, self.export_button = self.task_buttons(self.tr("Export"), self.export, self.open_button)
        self.open_button.clicked.connect(self.open_workbook)
        self.from_edit.dateChanged.connect(self._period_changed)
        self.to_edit.dateChanged.connect(self._period_changed)

        layout = QVBoxLayout(self)
        # Grows when a message or the result line appears instead of squeezing the wrapped notes.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(audit_note)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def _period_changed(self, *_args: object) -> None:
        problems = self._period_problems()
        self.errors.show(problems)
        grow_to_fit(self)
        if not problems:
            self._suggest_file()

    def _suggest_file(self) -> None:
        self.file_row.suggest(export_file(self._ctx.output_dir, *self.period()))

    def _period_problems(self) -> dict[str, str]:
        date_from, date_to = self.period()
        if date_to < date_from:
            return {"date_to": self.tr("The end of the period is before its start.")}
        return {}

    def export(self) -> None:
        """Check the choices, then write the workbook in the background behind a progress dialog."""
        out = self.file_to_write(self._period_problems())
        if out is None:
            return
        date_from, date_to = self.period()
        personal = self.may_personal and self.personal_check.isChecked()
        sf, officer_id = self._ctx.session_factory, self._ctx.officer_id or None
        folder = self._ctx.output_dir

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            if out.parent == folder:
                folder.mkdir(parents=True, exist_ok=True)
            return export_reports_xlsx(
                sf,
                date_from=date_from,
                date_to=date_to,
                out=out,
                officer_id=officer_id,
                write=write_reports_xlsx,
                personal=personal,
                progress=progress,
                cancelled=cancelled,
            )

        self.write_in_background(
            work,
            busy=self.tr("Exporting…"),
            title=self.tr("Export to Excel"),
            label=self.tr("Writing the workbook…"),
            on_done=self._exported,
            on_error=self._failed,
        )

    def _exported(self, result: ExportResult) -> None:
        self.export_result = result
        self.export_button.setEnabled(True)
        self.open_button.setEnabled(True)
        rows = result.rows.get("Laporan", 0)
        text = (
            self.tr("%1 reports with personal data saved to %2")
            if result.personal
            else self.tr("%1 reports, anonymised, saved to %2")
        )
        self.status_label.setText(text.replace("%1", f"{rows:,}").replace("%2", str(result.out)))
        grow_to_fit(self)
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setText("")
        if isinstance(exc, (ValidationFailed, PermissionDenied)):
            denied = self.tr("Your account may not export personal data.")
            self.errors.show_refusal(exc, RefusalTexts(denied=denied, missing=denied, failed=denied))
            grow_to_fit(self)
        else:
            log.error("Excel export failed", exc_info=exc)
            show_task_error(self, self.tr("Export to Excel"), exc)

    def open_workbook(self) -> None:
        if self.export_result is not None:
            open_file(self.export_result.out)


def open_excel_export(ctx: UiContext, parent: QWidget | None) -> None:
    """File menu → Export to Excel…: shows the dialog (window-modal, deleted when closed)."""
    dialog = ExcelExportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
