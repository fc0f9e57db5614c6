"""The report form inside the main window: open it (new or edit), close it, and show what was saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services.reports import ReportView

# The strings keep the "MainWindow" translation context they had when this was part of ui/main_window.py.


class DeskFormFlow:
    """Mixin of MainWindow (ui/main_window.py): one form at a time on its stack, the File actions that
    cannot run meanwhile disabled, and the "Saved" banner after a save."""

    def new_report(self) -> None:
        self._open_form(None)

    def edit_report(self, report_id: str) -> None:
        if (
            self.detail.report
            and self.detail.report.id == report_id
            and self.detail.can_edit(self.detail.report)
        ):
            self._open_form(self.detail.report)

    def _open_form(self, report: ReportView | None) -> None:
        if self._form_factory is None or self.form is not None:
            if self.form is not None:
                self.stack.setCurrentWidget(self.form)
            return
        self.banner.setVisible(False)
        form = self._form_factory(self._ctx, report=report)
        form.saved.connect(self._on_saved)
        form.cancelled.connect(self._close_form)
        self.form = form
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        self.new_action.setEnabled(False)
        self.print_action.setEnabled(False)

    def _close_form(self) -> None:
        if self.form is not None:
            self.stack.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None
        self.stack.setCurrentWidget(self.home)
        self.new_action.setEnabled(True)
        self.print_action.setEnabled(True)
        self.table.setFocus()

    def _on_saved(self, view: ReportView) -> None:
        self._close_form()
        if view.number:
            self.banner.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Saved: %1 — Ctrl+P print preview, Ctrl+Shift+P print at once, Ctrl+O open the PDF.",
                ).replace("%1", view.number)
            )
        else:
            self.banner.setText(QCoreApplication.translate("MainWindow", "Saved (information, no number)."))
        self.banner.setVisible(True)
        self._show(view)
        self.refresh(select_id=view.id)
