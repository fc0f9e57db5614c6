"""Issuing a progress letter (SP2HP / SP3D) from a case: its four parts, number, PDF and print preview."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.services.letters import LetterInput, LetterView, issue_letter, letter_data
from db.services.reports import ReportView, get_report
from exports.letter_pdf import write_letter
from ui.context import UiContext
from ui.reports.receipt_actions import preview_pdf
from ui.widgets.field_errors import FieldErrors, RefusalTexts
from ui.widgets.paragraph import paragraph

log = logging.getLogger(__name__)

_FIELDS = ("addressee", "facts", "actions", "obstacles", "next_steps")


def letter_path(folder: Path, number: str) -> Path:
    return folder / "letters" / (re.sub(r"[^A-Za-z0-9]+", "_", number).strip("_") + ".pdf")


def make_letter_pdf(ctx: UiContext, letter_id: str) -> Path:
    """Write an issued letter's PDF to the documents folder (runs on a worker thread)."""
    data = letter_data(ctx.session_factory, letter_id)
    path = letter_path(ctx.output_dir, data.number)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_letter(data, path)
    return path


def default_addressee(report: ReportView) -> str:
    """ "Sdr. Budi Santoso" (Sdri. for a woman) and the reporter's address on the next line."""
    title = "Sdri." if report.citizen.sex == "P" else "Sdr."
    lines = [f"{title} {report.citizen.name.strip()}", report.citizen.address.strip()]
    return "\n".join(line for line in lines if line)


class LetterDialog(QDialog):
    """The texts, prefilled from the report; "Issue letter" numbers it, writes the PDF and previews it."""

    issued = Signal(object)  # LetterView

    def __init__(self, ctx: UiContext, report_id: str, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report_id = report_id
        self.kind = kind
        self.letter: LetterView | None = None
        self.pdf_path: Path | None = None
        # QPrinter is not a QObject: it must outlive the preview dialog or the process crashes.
        self._printer: QPrinter | None = None
        self.errors = FieldErrors()
        title = self.tr("Issue SP2HP") if kind == "SP2HP" else self.tr("Issue SP3D")
        self.setWindowTitle(title)
        self.resize(640, 720)
        self._setup_ui()
        sf = ctx.session_factory
        ctx.runner.run_db(lambda: get_report(sf, report_id), on_done=self._prefill, on_error=self._failed)

    def _setup_ui(self) -> None:
        self.report_label = paragraph()
        self.report_label.setStyleSheet("font-weight: 600;")
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        labels = {
            "addressee": self.tr("Addressee (name and address)"),
            "facts": self.tr("Facts"),
            "actions": self.tr("Actions taken and results"),
            "obstacles": self.tr("Obstacles"),
            "next_steps": self.tr("Next steps"),
        }
        for name in _FIELDS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(56 if name == "addressee" else 80)
            self.edits[name] = edit
            form.addRow(labels[name], self.errors.row(edit, name))
        note = paragraph(
            self.tr("Issuing gives the letter its number, logs it as a contact and moves the deadline.")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.issue_button = self.buttons.addButton(
            self.tr("Issue letter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setEnabled(False)  # until the report is loaded
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report_label)
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)

    def _prefill(self, report: ReportView) -> None:
        self.report_label.setText(f"{report.number or ''} — {report.citizen.name}")
        if not self.edits["addressee"].toPlainText():
            self.edits["addressee"].setPlainText(default_addressee(report))
        if not self.edits["facts"].toPlainText():
            self.edits["facts"].setPlainText(report.chronology)
        self.issue_button.setEnabled(True)
        self.edits["actions"].setFocus()

    def value(self) -> LetterInput:
        text = {name: edit.toPlainText() for name, edit in self.edits.items()}
        return LetterInput(
            kind=self.kind,
            addressee=text["addressee"],
            facts=text["facts"],
            actions=text["actions"],
            obstacles=text["obstacles"],
            next_steps=text["next_steps"],
        )

    def issue(self) -> None:
        if self.letter is not None:  # issued already; only the PDF is left to make
            self._write_pdf(self.letter)
            return
        self.errors.clear()
        sf, report_id, data = self._ctx.session_factory, self.report_id, self.value()
        officer_id = self._ctx.officer_id
        self.issue_button.setEnabled(False)
        self._ctx.runner.run_db(
            lambda: issue_letter(sf, report_id=report_id, data=data, officer_id=officer_id),
            on_done=self._issued,
            on_error=self._failed,
            changes=("report", [report_id]),
        )

    def _issued(self, letter: LetterView) -> None:
        self.letter = letter
        for edit in self.edits.values():
            edit.setReadOnly(True)
        self.issued.emit(letter)
        self._write_pdf(letter)

    def _write_pdf(self, letter: LetterView) -> None:
        ctx = self._ctx
        ctx.runner.run_io(
            lambda: make_letter_pdf(ctx, letter.id), on_done=self._preview, on_error=self._pdf_failed
        )

    def _pdf_failed(self, exc: BaseException) -> None:
        log.error("letter PDF failed", exc_info=exc)
        self.issue_button.setText(self.tr("Make PDF again"))
        self.issue_button.setEnabled(True)
        QMessageBox.warning(
            self,
            self.tr("Letter"),
            self.tr("Letter %1 is issued, but its PDF could not be made: %2")
            .replace("%1", self.letter.number if self.letter else "")
            .replace("%2", str(exc)),
        )

    def _preview(self, path: Path) -> None:
        self.pdf_path = path
        self._printer = preview_pdf(self, path, self.tr("Print letter"))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(self.letter is None)
        self.errors.show_refusal(
            exc,
            RefusalTexts(
                denied=self.tr("Your account may not issue this letter."),
                missing=self.tr("This report no longer exists."),
                failed=self.tr("The letter could not be issued: %1"),
            ),
        )
