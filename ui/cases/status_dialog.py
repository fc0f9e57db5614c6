"""Changing a report's status: only the next statuses this officer may choose, and the fields each needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.services.case_flow import FORWARD_UNITS, CaseState, change_status
from ui.cases import refusals
from ui.context import UiContext
from ui.labels import outcome_label, status_label
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.save_dialog import save_and_close

TERMINAL = ("closed", "stopped", "rejected")


class StatusDialog(QDialog):
    """Submits `change_status` through the runner; `result_state` holds the new CaseState after success."""

    def __init__(self, ctx: UiContext, state: CaseState, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._state = state
        self.result_state: CaseState | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(460)
        self._setup_ui()
        self._update_fields()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current_label = QLabel(status_label(self._state.status))
        form.addRow(self.tr("Current status:"), self.current_label)

        self.status_combo = QComboBox()
        for status in self._state.allowed_next:
            label = status_label(status)
            if self._state.status in TERMINAL:
                label = self.tr("{status} (reopen)").format(status=label)
            self.status_combo.addItem(label, status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._update_fields())
        form.addRow(self.tr("New status:"), self.errors.row_widget(self.status_combo, "to_status"))

        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(FORWARD_UNITS)
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.lineEdit().setPlaceholderText(self.tr("Unit, e.g. Satreskrim or Polsek Kubung"))
        self.unit_label = QLabel(self.tr("Forwarded to:"))
        self.unit_row = self.errors.row_widget(self.unit_combo, "forwarded_to")
        form.addRow(self.unit_label, self.unit_row)

        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("— choose —"), "")
        for outcome in ("selesai_benar", "selesai_tidak_benar"):
            self.outcome_combo.addItem(outcome_label(outcome), outcome)
        self.outcome_label = QLabel(self.tr("Dumas outcome:"))
        self.outcome_row = self.errors.row_widget(self.outcome_combo, "dumas_outcome")
        form.addRow(self.outcome_label, self.outcome_row)

        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(60)
        self.reason_label = QLabel(self.tr("Reason:"))
        self.reason_row = self.errors.row_widget(self.reason_edit, "reason")
        form.addRow(self.reason_label, self.reason_row)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        self.note_edit.setPlaceholderText(self.tr("Kept in the report's history"))
        form.addRow(self.tr("Note:"), self.errors.row_widget(self.note_edit, "note"))
        self.form = form
        layout.addLayout(form)

        layout.addWidget(self.errors.general_label())
        ok = QDialogButtonBox.StandardButton.Ok
        self.buttons = dialog_buttons(self, self.submit, ok, accept_text=self.tr("Save"))
        self.ok_button = self.buttons.button(ok)
        self.ok_button.setEnabled(bool(self._state.allowed_next))
        layout.addWidget(self.buttons)

    def chosen_status(self) -> str:
        return self.status_combo.currentData() or ""

    def _update_fields(self) -> None:
        to = self.chosen_status()
        forwarded = to == "forwarded"
        closing = to in TERMINAL
        dumas_close = self._state.kind == "DUMAS" and closing
        # Hide whole rows: hidden widgets in a visible row would leave an empty band in the dialog.
        self.form.setRowVisible(self.unit_row, forwarded)
        self.form.setRowVisible(self.outcome_row, dumas_close)
        self.form.setRowVisible(self.reason_row, closing)
        required = to in ("stopped", "rejected")
        self.reason_label.setText(self.tr("Reason (required):") if required else self.tr("Reason:"))
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    def select_status(self, status: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def submit(self) -> None:
        self.errors.clear()
        to = self.chosen_status()
        dumas_close = self._state.kind == "DUMAS" and to in TERMINAL
        sf, report_id = self._ctx.session_factory, self._state.report_id
        officer_id = self._ctx.officer_id
        kwargs = dict(
            note=self.note_edit.toPlainText(),
            forwarded_to=self.unit_combo.currentText() if to == "forwarded" else "",
            reason=self.reason_edit.toPlainText() if to in TERMINAL else "",
            dumas_outcome=(self.outcome_combo.currentData() or "") if dumas_close else "",
        )
        save_and_close(
            self,
            self._ctx,
            lambda: change_status(sf, report_id=report_id, to_status=to, officer_id=officer_id, **kwargs),
            changes=("report", [report_id]),
            errors=self.errors,
            refusals=refusals(),
            button=self.ok_button,
            keep=self._keep,
        )

    def _keep(self, state: CaseState) -> None:
        self.result_state = state
