"""Read-only view of one report, with the receipt and edit actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from db.queries.history import HistoryRow
from db.rules.regions import region_name
from db.rules.timeutil import now_utc, to_wib
from db.services.personal_data import mask_nik, mask_phone, record_personal_access, shows_full_contact
from db.services.reports import OWN_EDIT_WINDOW, ReportView
from ui.context import UiContext
from ui.dates import format_date_id
from ui.labels import kind_with_channel
from ui.reports.history_text import history_html


class ReportDetail(QWidget):
    """Shows a ReportView; emits what the user asks for and lets the main window act."""

    print_requested = Signal(str)
    open_pdf_requested = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report: ReportView | None = None
        # Reports whose NIK and phone this officer chose to see (audited); others show them masked.
        self.revealed: set[str] = set()
        self._setup_ui()
        self.show_report(None)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(False)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Open PDF"))
        self.edit_button = QPushButton(self.tr("Edit"))
        # An online complaint arrives without a number; taking it up gives it one (and its receipt).
        self.take_up_button = QPushButton(self.tr("Take up and number"))
        self.take_up_button.setToolTip(
            self.tr("Give this complaint its official number so its receipt can be printed")
        )
        self.take_up_button.clicked.connect(self.take_up)
        self.reveal_button = QPushButton(self.tr("Show NIK and phone"))
        self.reveal_button.setToolTip(self.tr("Shows the full NIK and phone number; this is recorded"))
        self.reveal_button.clicked.connect(self.reveal)
        for b in (self.take_up_button, self.print_button, self.pdf_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # On a row of its own: beside the others it widened the window past a 1366-pixel counter screen.
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(reveal_row)
        layout.addWidget(self.body, 1)
        self.print_button.clicked.connect(lambda: self.report and self.print_requested.emit(self.report.id))
        self.pdf_button.clicked.connect(lambda: self.report and self.open_pdf_requested.emit(self.report.id))
        self.edit_button.clicked.connect(lambda: self.report and self.edit_requested.emit(self.report.id))

    def take_up(self) -> None:
        from db.services.intake import take_up_report

        report, officer = self.report, self._ctx.officer
        if report is None or officer is None:
            return
        sf, history = self._ctx.session_factory, self.history

        def failed(exc: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            from ui.widgets.field_errors import translate_message

            message = "; ".join(getattr(exc, "field_errors", {}).values()) or str(exc)
            QMessageBox.warning(self, self.tr("Take up"), translate_message(message))

        self._ctx.runner.run_db(
            lambda: take_up_report(sf, report_id=report.id, officer_id=officer.id),
            on_done=lambda view: self.show_report(view, history),
            on_error=failed,
            changes=("report", [report.id]),
        )

    def can_edit(self, report: ReportView) -> bool:
        officer = self._ctx.officer
        if officer is None or report.voided:
            return False
        if officer.role in ("head", "admin"):
            return True
        return report.receiving_officer_id == officer.id and now_utc() - report.received_at <= OWN_EDIT_WINDOW

    def show_report(self, report: ReportView | None, history: Sequence[HistoryRow] = ()) -> None:
        self.report = report
        self.history = tuple(history)
        has_number = bool(report and report.number)
        self.print_button.setEnabled(has_number)
        self.pdf_button.setEnabled(has_number)
        self.edit_button.setEnabled(bool(report) and self.can_edit(report))  # type: ignore[arg-type]
        self.take_up_button.setVisible(
            report is not None and not report.number and report.kind != "INFO" and not report.voided
        )
        self.reveal_button.setVisible(report is not None and self.masked(report))
        if report is None:
            self.title.setText(self.tr("Select a report to see it here."))
            self.body.clear()
            return
        if report.number:
            title = report.number
        elif report.kind == "INFO":
            title = self.tr("Information (no number)")
        else:  # an online complaint that came in by sync: the desk gives it a number when it takes it up
            title = self.tr("%1 — not numbered yet").replace(
                "%1", kind_with_channel(report.kind, report.channel)
            )
        if report.voided:
            title = self.tr("VOID — %1").replace("%1", title)
        self.title.setText(title)
        self.body.setHtml(self._html(report) + self._history_html(self.history))

    def _html(self, r: ReportView) -> str:
        received = to_wib(r.received_at)
        c = r.citizen
        place = ", ".join(
            p
            for p in (
                r.incident_address,
                region_name(r.incident_nagari_code),
                region_name(r.incident_kecamatan_code),
            )
            if p
        )
        rows = [
            *([(self.tr("Void"), r.void_reason)] if r.voided else []),
            (self.tr("Received"), f"{format_date_id(received.date())} {received:%H.%M} WIB"),
            (self.tr("Received by"), r.receiving_officer_name),
            (self.tr("Reporter"), c.name),
            (self.tr("NIK"), mask_nik(c.nik) if self.masked(r) else c.nik),
            (self.tr("Address"), c.address),
            (self.tr("Phone"), mask_phone(c.phone) if self.masked(r) else c.phone),
            (self.tr("What happened"), r.offense),
            (self.tr("Category"), r.category_name),
            (
                self.tr("Incident time"),
                f"{format_date_id(to_wib(r.incident_at).date())} {to_wib(r.incident_at):%H.%M} WIB"
                if r.incident_at
                else "",
            ),
            (self.tr("Incident place"), place),
            (self.tr("Reported party"), r.reported_party),
            (self.tr("Witnesses"), r.witnesses),
            (self.tr("Article"), r.article),
            (
                self.tr("Estimated loss"),
                f"Rp {r.estimated_loss:,}".replace(",", ".") if r.estimated_loss else "",
            ),
        ]
        # Every value is user text: escape it so "<b>" prints as typed.
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{escape(v or '-')}</td></tr>"
            for k, v in rows
        )
        items = "".join(
            f"<li>{i.quantity} × {escape(i.item)} {escape(i.identifiers)}</li>" for i in r.lost_items
        )
        chron = escape(r.chronology).replace("\n", "<br>")
        html = f"<table>{table}</table>"
        if items:
            heading = escape(self.tr("Lost items"))
            html += f"<p><b>{heading}</b></p><ul>{items}</ul>"
        heading = escape(self.tr("Chronology"))
        html += f"<p><b>{heading}</b></p><p>{chron}</p>"
        return html

    def _history_html(self, history: Sequence[HistoryRow]) -> str:
        """The report's history: only what changed, in words (see ui.reports.history_text); NIK and phone
        masked as in the pane above until revealed."""
        if self.report is not None and self.masked(self.report):
            history = [
                replace(h, changes=tuple(
                    (field, *((mask_phone(b), mask_phone(a)) if field in ("phone", "nik") else (b, a)))
                    for field, b, a in h.changes
                ))
                for h in history
            ]  # fmt: skip
        return history_html(history, self.tr("History"))

    def masked(self, report: ReportView) -> bool:
        """NIK and phone are masked for roles that do not need them, until revealed for this report."""
        role = self._ctx.officer.role if self._ctx.officer is not None else None
        return not shows_full_contact(role) and report.id not in self.revealed

    def reveal(self) -> None:
        """Show this report's NIK and phone in full, after the audit trail recorded who looked."""
        report, officer = self.report, self._ctx.officer
        if report is None or officer is None:
            return
        sf = self._ctx.session_factory

        def record() -> str:
            record_personal_access(
                sf, officer_id=officer.id, action="reveal_contact", entity="report", entity_id=report.id
            )
            return report.id

        def done(report_id: str) -> None:
            self.revealed.add(report_id)
            if self.report is not None and self.report.id == report_id:
                self.show_report(self.report, self.history)

        self._ctx.runner.run_db(record, on_done=done)
