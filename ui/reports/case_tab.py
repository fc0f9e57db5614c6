"""The follow-up side of a report: case state and actions, the progress letter, the contact log."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from db.services.letters import LETTER_FOR_REPORT
from db.services.reports import ReportView
from ui.cases.case_panel import CasePanel
from ui.cases.contact_log import ContactLogWidget
from ui.cases.letter_dialog import LetterDialog
from ui.context import UiContext


class CaseTab(QWidget):
    """Shows the case of the report given to `show_report`; every write refreshes through data_changed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report: ReportView | None = None
        self.panel = CasePanel(ctx, self)
        self.contacts = ContactLogWidget(ctx, self)
        self.letter_button = QPushButton(self.tr("Issue progress letter…"), self)
        self.letter_button.clicked.connect(self.issue_letter)
        self.panel.extra_buttons.addWidget(self.letter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(self.contacts, 1)
        self.show_report(None)

    def letter_kind(self) -> str | None:
        """SP2HP for a police report, SP3D for a Dumas; none for other kinds, unnumbered or void reports."""
        r = self.report
        if r is None or not r.number or r.voided:
            return None
        return LETTER_FOR_REPORT.get(r.kind)

    def show_report(self, report: ReportView | None) -> None:
        self.report = report
        self.panel.show_case(report.id if report else None)
        self.contacts.show_report(report.id if report else None, voided=bool(report and report.voided))
        kind = self.letter_kind()
        self.letter_button.setVisible(kind is not None)
        if kind is not None:
            self.letter_button.setText(self.tr("Issue %1…").replace("%1", kind))

    def issue_letter(self) -> LetterDialog | None:
        kind = self.letter_kind()
        if kind is None or self.report is None:
            return None
        dialog = LetterDialog(self._ctx, self.report.id, kind, self)
        dialog.open()
        return dialog
