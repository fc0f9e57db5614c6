"""Sync problems for the admin: received rows this desk could not apply yet (kept and tried again every
sync), and reports that got a new number after a restore (their receipt must be printed again)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from db.rules.timeutil import to_wib
from db.sync.problems import ProblemView, acknowledge_renumbered, list_problems
from ui.context import UiContext
from ui.sync.list_dialog import SyncListDialog
from ui.widgets.field_errors import translate_message


class ProblemsDialog(SyncListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.reprinted = QPushButton(self.tr("&Receipt printed again"))
        self.reprinted.clicked.connect(self._acknowledge)
        self.build(
            title=self.tr("Sync problems"),
            height=400,
            intro=self.tr(
                "Received rows that clash with a record at this desk are kept and tried again at every sync "
                "until they fit (for example once the duplicate record is corrected). Renumbered reports "
                "need their receipt printed again; mark them when that is done."
            ),
            headers=[
                self.tr("What"),
                self.tr("Record"),
                self.tr("Reason"),
                self.tr("Tries"),
                self.tr("Since"),
            ],
            empty=self.tr("No open sync problems."),
            actions=(self.reprinted,),
        )
        self.table.currentCellChanged.connect(lambda *_: self._update_button())
        self.reload()

    def reload(self) -> None:
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(lambda: list_problems(sf), on_done=self._fill)

    def _fill(self, rows: list[ProblemView]) -> None:
        cells = []
        for p in rows:
            if p.kind == "renumbered":
                what = self.tr("Renumbered")
                record = f"{p.detail.get('before', '')} → {p.detail.get('after', '')}"
                reason = translate_message(p.reason)
            else:
                what = self.tr("Not applied")
                record = f"{p.tbl}: " + ", ".join(str(v) for v in p.detail.values() if v)
                reason = p.reason.splitlines()[0] if p.reason else ""
            since = to_wib(p.first_seen_at).strftime("%d-%m-%Y %H:%M")
            cells.append([what, record, reason, str(p.attempts), since])
        self.show_rows(rows, cells)
        self._update_button()

    def _update_button(self) -> None:
        current: ProblemView | None = self.current()
        self.reprinted.setEnabled(current is not None and current.kind == "renumbered")

    def _acknowledge(self) -> None:
        current, sf = self.current(), self._ctx.session_factory
        if current is None or current.kind != "renumbered":
            return
        self._ctx.runner.run_db(
            lambda: acknowledge_renumbered(sf, problem_id=current.id), on_done=lambda _r: self.reload()
        )


def open_problems(ctx: UiContext, parent: QWidget | None = None) -> None:
    ProblemsDialog(ctx, parent).exec()
