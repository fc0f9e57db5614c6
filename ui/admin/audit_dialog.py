"""Admin → Audit trail: browse the entries by who, what and period, and check the chain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.queries.audit_trail import AuditChoices, AuditFilter, AuditRow, audit_choices, list_audit
from db.rules.timeutil import to_wib, today_wib
from db.storage.audit_verify import VerifyReport
from ui.admin import load_rows, show_write_error
from ui.context import UiContext
from ui.widgets.paragraph import paragraph
from ui.widgets.tables import read_only

COLUMNS = 6


class AuditDialog(QDialog):
    """`check_chain()` runs on the DB thread and returns the verifier's report (given by the composition)."""

    def __init__(
        self, ctx: UiContext, check_chain: Callable[[], VerifyReport], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._check_chain = check_chain
        self.rows: list[AuditRow] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.officer_combo = QComboBox()
        self.entity_combo = QComboBox()
        self.action_combo = QComboBox()
        self.period_check = QCheckBox(self.tr("Period"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        today = QDate(today_wib())
        for edit, day in ((self.from_edit, today.addDays(-30)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(day)
            edit.setEnabled(False)
        self.period_check.toggled.connect(self.from_edit.setEnabled)
        self.period_check.toggled.connect(self.to_edit.setEnabled)
        for label, widget in (
            (self.tr("Who"), self.officer_combo),
            (self.tr("What"), self.entity_combo),
            (self.tr("Action"), self.action_combo),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.period_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.to_edit)
        self.search_button = QPushButton(self.tr("Show"))
        self.search_button.clicked.connect(self.refresh)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time (WIB)"),
                self.tr("Officer"),
                self.tr("What"),
                self.tr("Action"),
                self.tr("Details"),
            ]  # fmt: skip
        )
        read_only(self.table, stretch=(COLUMNS - 1,), single=False)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.chain_label = paragraph()
        layout.addWidget(self.count_label)
        layout.addWidget(self.chain_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(
            self.tr("Check the chain"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        load_rows(self, self._ctx, lambda: audit_choices(self._ctx.session_factory), self._set_choices)

    def _set_choices(self, choices: AuditChoices) -> None:
        for combo, items in (
            (self.officer_combo, choices.officers),
            (self.entity_combo, tuple((e, e) for e in choices.entities)),
            (self.action_combo, tuple((a, a) for a in choices.actions)),
        ):
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, text in items:
                combo.addItem(text, value)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        period = self.period_check.isChecked()
        return AuditFilter(
            officer_id=self.officer_combo.currentData(),
            entity=self.entity_combo.currentData(),
            action=self.action_combo.currentData(),
            date_from=_day(self.from_edit.date()) if period else None,
            date_to=_day(self.to_edit.date()) if period else None,
        )

    def refresh(self) -> None:
        flt = self.current_filter()
        load_rows(self, self._ctx, lambda: list_audit(self._ctx.session_factory, flt), self._set_rows)

    def _set_rows(self, result: tuple[list[AuditRow], int]) -> None:
        self.rows, total = result
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            details = r.after_json if r.before_json in ("", "{}") else f"{r.before_json} → {r.after_json}"
            who = f"{r.officer_name} ({r.officer_nrp})" if r.officer_name else "—"
            values = (str(r.seq), to_wib(r.at).strftime("%d-%m-%Y %H:%M:%S"), who,
                      f"{r.entity} {r.entity_id[:8]}", r.action, details)  # fmt: skip
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n matching entries", "", total))
        if total > len(self.rows):
            self.count_label.setText(
                self.tr("{shown} newest of {total} matching entries").format(
                    shown=len(self.rows), total=total
                )
            )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_label.setText(self.tr("Checking the chain…"))
        self._ctx.runner.run_db(self._check_chain, on_done=self._show_report, on_error=self._verify_failed)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.setText("")
        show_write_error(self, exc, self.tr("Could not check the chain"))

    def _show_report(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.setText(describe_report(report))
        self.chain_label.setStyleSheet("" if report.ok else "color: #b00020; font-weight: 600;")


def describe_report(report: VerifyReport) -> str:
    """The verifier's result in one translated sentence."""
    if report.problem is None:
        return QCoreApplication.translate(
            "AuditDialog", "The chain is intact: {n} entries checked, none altered, inserted or removed."
        ).format(n=report.checked)
    kinds = {
        "altered": QCoreApplication.translate("AuditDialog", "Entry {seq} was altered after it was written."),
        "inserted": QCoreApplication.translate("AuditDialog", "Entry {seq} was inserted into the chain."),
        "removed": QCoreApplication.translate("AuditDialog", "Entries were removed at entry {seq}."),
        "key-missing": QCoreApplication.translate(
            "AuditDialog", "From entry {seq} on, the key of the audit trail is not on this computer."
        ),
        "unkeyed": QCoreApplication.translate(
            "AuditDialog", "The audit trail was rewritten without the station's key."
        ),
    }
    text = kinds.get(
        report.problem.kind, QCoreApplication.translate("AuditDialog", "The chain is broken at entry {seq}.")
    )
    return text.format(seq=report.problem.seq) + " (" + report.problem.detail + ")"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_audit_trail(ctx: UiContext, check_chain: Callable[[], VerifyReport], parent: QWidget) -> None:
    dialog = AuditDialog(ctx, check_chain, parent)
    dialog.exec()
