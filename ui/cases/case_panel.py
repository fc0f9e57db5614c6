"""The case panel of the report pane: status, assignee, difficulty, deadline, and what the role may do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import today_wib
from db.services.case_flow import (
    DIFFICULTIES,
    CaseState,
    assign_officer,
    case_state,
    pause_clock,
    resume_clock,
    set_difficulty,
    void_report,
)
from db.services.officers import OfficerView, list_officers
from ui.cases import refusals, show_case_error
from ui.cases.restorative_dialog import RestorativeDialog, may_close_restoratively
from ui.cases.status_dialog import StatusDialog
from ui.context import UiContext
from ui.dates import format_date_id
from ui.labels import outcome_label, status_label
from ui.widgets.buttons import push_button
from ui.widgets.paragraph import paragraph
from ui.widgets.text_dialog import TextDialog, ask_text

RED = "color: #b00020;"


class CasePanel(QWidget):
    """Shows one report's CaseState; every change goes through the runner with changes=("report", [id])."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report_id: str | None = None
        self.state: CaseState | None = None
        self.status_dialog: StatusDialog | None = None
        self.reason_dialog: TextDialog | None = None  # pause or void, open while the reason is typed
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.show_case(None)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.void_banner = paragraph()
        self.void_banner.setStyleSheet("color: #b00020; font-weight: 600;")
        layout.addWidget(self.void_banner)

        self.form = form = QFormLayout()
        self.status_value = paragraph()
        self.assignee_value = QLabel()
        self.deadline_value = paragraph()
        self.difficulty_combo = QComboBox()
        for d, label in zip(
            DIFFICULTIES,
            (self.tr("Light"), self.tr("Medium"), self.tr("Difficult"), self.tr("Very difficult")),
            strict=True,
        ):
            self.difficulty_combo.addItem(label, d)
        self.difficulty_combo.activated.connect(lambda _i: self.set_difficulty())
        form.addRow(self.tr("Status:"), self.status_value)
        form.addRow(self.tr("Handled by:"), self.assignee_value)
        form.addRow(self.tr("Difficulty:"), self.difficulty_combo)
        form.addRow(self.tr("Next deadline:"), self.deadline_value)
        layout.addLayout(form)

        # Two rows, so the pane fits beside the list on a 1366 px station screen: the everyday actions first,
        # then the letter (added by the report's case tab into extra_buttons) and the admin's void.
        self.status_button = push_button(self.tr("Change status…"), self.open_status_dialog)
        self.assign_button = push_button(self.tr("Assign…"), self.assign)
        self.pause_button = push_button(self.tr("Pause clock…"), self.toggle_clock)
        self.void_button = push_button(self.tr("Void…"), self.void)
        self.restorative_button = push_button(self.tr("Restorative justice…"), self.open_restorative_dialog)
        first = QHBoxLayout()
        for b in (self.status_button, self.assign_button, self.pause_button):
            first.addWidget(b)
        first.addStretch(1)
        self.extra_buttons = QHBoxLayout()
        second = QHBoxLayout()
        second.addLayout(self.extra_buttons)
        second.addWidget(self.restorative_button)
        second.addWidget(self.void_button)
        second.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)

    # ----- data -----------------------------------------------------------------------------------
    def show_case(self, report_id: str | None) -> None:
        """Load and show the report's case state (None: an empty, disabled panel)."""
        self.report_id = report_id
        if report_id is None or self._ctx.officer is None:
            self._set_state(None)
            return
        sf, officer_id = self._ctx.session_factory, self._ctx.officer.id
        self._ctx.runner.run_db(
            lambda: case_state(sf, report_id, officer_id=officer_id),
            on_done=lambda state: self._set_state(state) if state.report_id == self.report_id else None,
            on_error=lambda exc: show_case_error(self, exc),
        )

    def _on_data_changed(self, entity: str, ids: list) -> None:
        if entity == "report" and self.report_id in ids:
            self.show_case(self.report_id)

    def _set_state(self, state: CaseState | None) -> None:
        self.state = state
        self.void_banner.setVisible(bool(state and state.voided))
        if state is None:
            for label in (self.status_value, self.assignee_value, self.deadline_value):
                label.clear()
            for w in (self.status_button, self.assign_button, self.pause_button, self.void_button):
                w.setEnabled(False)
            self.restorative_button.setVisible(False)
            self.difficulty_combo.setEnabled(False)
            return
        if state.voided:
            self.void_banner.setText(self.tr("VOID: {reason}").format(reason=state.void_reason))
        self.status_value.setText(self._status_text(state))
        self.assignee_value.setText(state.assigned_officer_name or self.tr("nobody yet"))
        self.difficulty_combo.setCurrentIndex(self.difficulty_combo.findData(state.difficulty))
        self.difficulty_combo.setEnabled(state.can_set_difficulty)
        # Only a police report has an SP2HP cadence: hide the whole row, label included, for other kinds.
        self.form.setRowVisible(self.difficulty_combo, state.kind == "LP_B")
        self.deadline_value.setText(self.deadline_text(state))
        self.deadline_value.setStyleSheet(RED if state.overdue else "")
        self.status_button.setEnabled(bool(state.allowed_next))
        self.assign_button.setEnabled(state.can_assign or state.can_self_assign)
        self.assign_button.setText(
            self.tr("Take this report") if state.can_self_assign else self.tr("Assign…")
        )
        self.pause_button.setEnabled(state.can_pause)
        self.pause_button.setText(self.tr("Resume clock") if state.paused else self.tr("Pause clock…"))
        self.void_button.setEnabled(state.can_void)
        self.restorative_button.setVisible(may_close_restoratively(state))

    def _status_text(self, state: CaseState) -> str:
        text = status_label(state.status)
        if state.status == "forwarded" and state.forwarded_to:
            text = self.tr("{status} to {unit}").format(status=text, unit=state.forwarded_to)
        if state.kind == "DUMAS" and state.dumas_outcome:
            text += " · " + outcome_label(state.dumas_outcome)
        if state.closing_reason:
            text += " — " + state.closing_reason
        return text

    def deadline_text(self, state: CaseState) -> str:
        if state.next_deadline is None:
            return self.tr("none")
        kind = {"KLARIF": self.tr("Clarification")}.get(state.next_deadline_kind, state.next_deadline_kind)
        day = format_date_id(state.next_deadline)
        if state.paused:
            return self.tr("{kind} due {date} — clock paused").format(kind=kind, date=day)
        if state.next_deadline_kind == "SP2HP":  # counted in calendar days (the cadence table)
            return self._calendar_text(kind, day, (state.next_deadline - today_wib()).days, state.overdue)
        left = state.working_days_left or 0
        if state.overdue:
            return self.tr("{kind} due {date} — overdue by {n} working days").format(
                kind=kind, date=day, n=max(1, -left)
            )
        if left == 0:
            return self.tr("{kind} due {date} — due today").format(kind=kind, date=day)
        return self.tr("{kind} due {date} — {n} working days left").format(kind=kind, date=day, n=left)

    def _calendar_text(self, kind: str, day: str, left: int, overdue: bool) -> str:
        if overdue:
            return self.tr("{kind} due {date} — overdue by {n} days").format(
                kind=kind, date=day, n=max(1, -left)
            )
        if left <= 0:
            return self.tr("{kind} due {date} — due today").format(kind=kind, date=day)
        return self.tr("{kind} due {date} — {n} days left").format(kind=kind, date=day, n=left)

    # ----- operations -----------------------------------------------------------------------------
    def _write(self, call: Callable[[], Any]) -> None:
        report_id = self.report_id
        if report_id is None:
            return
        self._ctx.runner.run_db(
            call,
            on_done=self._set_state,
            on_error=lambda exc: self._failed(exc),
            changes=("report", [report_id]),
        )

    def _failed(self, exc: BaseException) -> None:
        show_case_error(self, exc)
        self._set_state(self.state)  # undo what the combo shows

    def _me(self) -> str:
        return self._ctx.officer_id

    def open_status_dialog(self) -> StatusDialog | None:
        """Opens (window-modal, not blocking) the status dialog; it saves through the runner itself."""
        if self.state is None or not self.state.allowed_next:
            return None
        self.status_dialog = StatusDialog(self._ctx, self.state, self)
        self.status_dialog.finished.connect(lambda _r: self._dialog_closed())
        self.status_dialog.open()
        return self.status_dialog

    def open_restorative_dialog(self) -> RestorativeDialog | None:
        """Opens (window-modal) the restorative-justice close; it saves through the runner itself."""
        if not may_close_restoratively(self.state) or self.state is None:
            return None
        self.restorative_dialog = RestorativeDialog(self._ctx, self.state, self)
        self.restorative_dialog.finished.connect(lambda _r: self.restorative_dialog.deleteLater())
        self.restorative_dialog.open()
        return self.restorative_dialog

    def _dialog_closed(self) -> None:
        if self.status_dialog is not None:
            self.status_dialog.deleteLater()
            self.status_dialog = None

    def assign(self) -> None:
        state = self.state
        if state is None:
            return
        sf, me, rid = self._ctx.session_factory, self._me(), state.report_id
        if state.can_self_assign:
            self._write(lambda: assign_officer(sf, report_id=rid, assignee_id=me, officer_id=me))
        elif state.can_assign:
            self._ctx.runner.run_db(
                lambda: list_officers(sf),
                on_done=self._choose_assignee,
                on_error=lambda exc: show_case_error(self, exc),
            )

    def _choose_assignee(self, officers: list[OfficerView]) -> None:
        state = self.state
        if state is None:
            return
        nobody = self.tr("(nobody)")
        names = [nobody] + [f"{o.name} — {o.rank} {o.nrp}" for o in officers]
        ids: list[str | None] = [None] + [o.id for o in officers]
        current = ids.index(state.assigned_officer_id) if state.assigned_officer_id in ids else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Assign"), self.tr("Handled by:"), names, current, False
        )
        if not ok or name not in names:
            return
        assignee = ids[names.index(name)]
        sf, me, rid = self._ctx.session_factory, self._me(), state.report_id
        self._write(lambda: assign_officer(sf, report_id=rid, assignee_id=assignee, officer_id=me))

    def set_difficulty(self) -> None:
        state = self.state
        difficulty = self.difficulty_combo.currentData()
        if state is None or difficulty == state.difficulty:
            return
        sf, me, rid = self._ctx.session_factory, self._me(), state.report_id
        self._write(lambda: set_difficulty(sf, report_id=rid, difficulty=difficulty, officer_id=me))

    def toggle_clock(self) -> None:
        state = self.state
        if state is None:
            return
        sf, me, rid = self._ctx.session_factory, self._me(), state.report_id
        if state.paused:
            self._write(lambda: resume_clock(sf, report_id=rid, officer_id=me))
            return
        self._ask_reason(
            title=self.tr("Pause clock"),
            prompt=self.tr("Waiting on the citizen for:"),
            save=lambda reason: pause_clock(sf, report_id=rid, reason=reason, officer_id=me),
        )

    def void(self) -> None:
        state = self.state
        if state is None or not state.can_void:
            return
        sf, me, rid = self._ctx.session_factory, self._me(), state.report_id
        self._ask_reason(
            title=self.tr("Void report"),
            prompt=self.tr("The report stays on file, marked void. Reason:"),
            save=lambda reason: void_report(sf, report_id=rid, reason=reason, officer_id=me),
            multiline=True,
        )

    def _ask_reason(
        self, *, title: str, prompt: str, save: Callable[[str], CaseState], multiline: bool = False
    ) -> None:
        """A reason typed in a small dialog that stays open on a refusal, the message under the field."""
        if self.report_id is None:
            return
        self.reason_dialog = ask_text(
            self,
            self._ctx,
            title=title,
            prompt=prompt,
            field="reason",
            save=save,
            refusals=refusals(),
            changes=("report", [self.report_id]),
            multiline=multiline,
        )
        self.reason_dialog.saved.connect(self._set_state)
