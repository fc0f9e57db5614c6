"""Sync conflicts: a field both this station and the Polres changed; the unit head sees both values, picks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QWidget,
)

from db.rules.timeutil import to_wib
from db.sync.conflicts import RESOLVERS, ConflictView, list_conflicts, resolve_conflict
from ui.context import UiContext
from ui.labels import outcome_label, status_label
from ui.sync.list_dialog import SyncListDialog
from ui.widgets.field_errors import translate_message


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_label(str(value))
    if field == "dumas_outcome":
        return outcome_label(str(value))
    return str(value)


def field_label(field: str) -> str:
    labels = {
        "status": QCoreApplication.translate("ConflictsDialog", "Status"),
        "assigned_officer_id": QCoreApplication.translate("ConflictsDialog", "Assigned officer"),
        "difficulty": QCoreApplication.translate("ConflictsDialog", "Difficulty"),
        "forwarded_to": QCoreApplication.translate("ConflictsDialog", "Forwarded to"),
        "dumas_outcome": QCoreApplication.translate("ConflictsDialog", "Complaint outcome"),
        "offense": QCoreApplication.translate("ConflictsDialog", "Offense"),
        "chronology": QCoreApplication.translate("ConflictsDialog", "Chronology"),
        "category_id": QCoreApplication.translate("ConflictsDialog", "Category"),
        "closing_reason": QCoreApplication.translate("ConflictsDialog", "Closing reason"),
    }
    return labels.get(field, field)


class ConflictsDialog(SyncListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.keep_button = QPushButton(self.tr("&Keep this value"))
        self.switch_button = QPushButton(self.tr("&Use the other value"))
        self.keep_button.clicked.connect(lambda: self._resolve("kept"))
        self.switch_button.clicked.connect(lambda: self._resolve("switched"))
        allowed = ctx.officer is not None and ctx.officer.role in RESOLVERS
        for b in (self.keep_button, self.switch_button):
            b.setEnabled(allowed)
            if not allowed:
                b.setToolTip(self.tr("Only a unit head or admin settles conflicts."))
        self.build(
            title=self.tr("Sync conflicts"),
            height=420,
            intro=self.tr(
                "These fields were changed here and at the Polres before the two copies met. The owner of "
                "each field decided which value stays (the station: intake fields and status; the Polres: "
                "assignment and disposition). Check each one and keep it, or use the other value."
            ),
            headers=[
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Kept value"),
                self.tr("Other value"),
                self.tr("Kept by"),
                self.tr("When"),
            ],
            empty=self.tr("No open conflicts."),
            actions=(self.keep_button, self.switch_button),
        )
        self.reload()

    def reload(self) -> None:
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(lambda: list_conflicts(sf), on_done=self._fill)

    def _fill(self, rows: list[ConflictView]) -> None:
        cells = [
            [
                c.row_label,
                field_label(c.field),
                _show(c.field, c.kept_display),
                _show(c.field, c.lost_display),
                self.tr("Polres") if c.winner == "hq" else self.tr("This station"),
                to_wib(c.created_at).strftime("%d-%m-%Y %H:%M"),
            ]
            for c in rows
        ]
        self.show_rows(rows, cells)

    def _resolve(self, choice: str) -> None:
        conflict: ConflictView | None = self.current()
        if conflict is None or self._ctx.officer is None:
            return
        officer_id, sf = self._ctx.officer.id, self._ctx.session_factory

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.windowTitle(), translate_message(str(exc)))

        self._ctx.runner.run_db(
            lambda: resolve_conflict(sf, conflict.id, choice=choice, officer_id=officer_id),
            on_done=lambda _r: self.reload(),
            on_error=failed,
            changes=(conflict.table, [conflict.row_id]),
        )


def open_conflicts(ctx: UiContext, parent: QWidget | None = None) -> None:
    ConflictsDialog(ctx, parent).exec()
