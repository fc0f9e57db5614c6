"""Closing a police report by restorative justice: the agreement's date and the parties' statement."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from db.rules.timeutil import today_wib
from db.services.case_flow import CaseState
from db.services.restorative import close_by_restorative_justice
from ui.cases import refusals
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.paragraph import paragraph
from ui.widgets.save_dialog import save_and_close


def may_close_restoratively(state: CaseState | None) -> bool:
    return state is not None and state.kind == "LP_B" and not state.voided and "closed" in state.allowed_next


class RestorativeDialog(QDialog):
    """Saves through the runner; a refusal is shown next to its field and the dialog stays open."""

    def __init__(self, ctx: UiContext, state: CaseState, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._state = ctx, state
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Closed by restorative justice"))
        form = QFormLayout(self)
        hint = paragraph(
            self.tr(
                "Selesai — keadilan restoratif (KUHAP 2025, Pasal 79-88): the parties reached an agreement. "
                "It counts as a cleared case (CC)."
            )
        )
        form.addRow(hint)
        self.date_edit = QDateEdit(QDate(today_wib()))  # WIB's today, not the PC's zone
        self.date_edit.setObjectName("agreed_on")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setObjectName("statement")
        self.statement_edit.setPlaceholderText(
            self.tr("What the parties agreed and stated (e.g. compensation paid, report withdrawn)")
        )
        form.addRow(self.tr("Date of the agreement:"), self.date_edit)
        form.addRow("", self.errors.label_for("agreed_on", self.date_edit))
        form.addRow(self.tr("Parties' statement:"), self.statement_edit)
        form.addRow("", self.errors.label_for("statement", self.statement_edit))
        form.addRow(self.errors.general_label())  # e.g. "This status change is not allowed."
        form.addRow(dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok))

    def submit(self) -> None:
        sf = self._ctx.session_factory
        me = self._ctx.officer_id
        rid, day, text = (
            self._state.report_id,
            self.date_edit.date().toPython(),
            self.statement_edit.toPlainText(),
        )
        save_and_close(
            self,
            self._ctx,
            lambda: close_by_restorative_justice(
                sf, report_id=rid, agreed_on=day, statement=text, officer_id=me
            ),
            changes=("report", [rid]),
            errors=self.errors,
            refusals=refusals(),
        )
