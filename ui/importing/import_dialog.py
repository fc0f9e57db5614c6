"""Admin → Import…: choose the old register or a survey workbook, check it (dry run: how each counter would
move, the rejected rows), then import it on a worker thread with the rows done, the rate and Cancel.

The import runs on the task runner's I/O pool, not its one DB thread, so the desk's own saves (a walk-in at
the counter) go on meanwhile: the importer publishes short batches and gives the write lock up after each.
Progress comes back through a signal; Cancel sets a flag the importer reads between batches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import AccountLocked, InvalidCredentials, SentraError
from db.importing.staging import ImportCancelled, ImportProgress
from ui.context import UiContext
from ui.importing.import_work import (
    IMPORT_ROLES,
    KIND_REGISTER,
    KIND_SURVEY,
    ImportJob,
    ImportOutcome,
    run_import,
    summary_text,
)
from ui.widgets.field_errors import FieldErrors, translate_message
from ui.widgets.officer_fields import password_edit

log = logging.getLogger(__name__)


class _ProgressRelay(QObject):
    """Made in the GUI thread: the worker emits, the dialog's slot runs in the GUI thread."""

    progress = Signal(object)


class ImportDialog(QDialog):
    """The import dialog; `backup()` (from the composition root) writes the verified backup before a real
    import."""

    progressed = Signal(object)  # ImportProgress, after the bar shows it
    import_finished = Signal(
        object
    )  # ImportOutcome; None when cancelled before anything was written or failed

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, backup: Callable[[], object] | None = None
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._backup = backup
        self._cancel = threading.Event()
        self._running = False
        self.outcome: ImportOutcome | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)
        self.errors = FieldErrors()
        self._setup_ui()
        self._kind_changed()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Old report register (Excel)"), KIND_REGISTER)
        self.kind_combo.addItem(self.tr("Paper survey questionnaires (Excel)"), KIND_SURVEY)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(self.tr("&What"))
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        box = QVBoxLayout()
        box.addLayout(row)
        box.addWidget(self.errors.label_for("file", self.file_edit))
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, box)
        self.password_edit = password_edit()
        self.password_edit.setToolTip(
            self.tr("The register import is recorded under your name: confirm it with your password.")
        )
        pw_box = QVBoxLayout()
        pw_box.addWidget(self.password_edit)
        pw_box.addWidget(self.errors.label_for("password", self.password_edit))
        self.password_label = QLabel(self.tr("Your &password"))
        self.password_label.setBuddy(self.password_edit)
        form.addRow(self.password_label, pw_box)
        self.jump_check = QCheckBox(self.tr("Allow numbers far above the &highest stored (counter jump)"))
        form.addRow("", self.jump_check)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("Check the file first: nothing is stored by a check."))
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.progress_label = QLabel()
        self.check_button = QPushButton(self.tr("Chec&k (dry run)"))
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.check_button, self.import_button, self.cancel_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        register = self.kind() == KIND_REGISTER
        for widget in (self.password_label, self.password_edit, self.jump_check):
            widget.setVisible(register)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the workbook"), self.file_edit.text(), self.tr("Excel workbooks (*.xlsx)")
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        text = self.file_edit.text().strip()
        if not text:
            problems["file"] = self.tr("Choose the workbook to import.")
        elif not Path(text).is_file():
            problems["file"] = self.tr("There is no such file.")
        if self.kind() == KIND_REGISTER and not self.password_edit.text():
            problems["password"] = self.tr("Type your password: the import is recorded under your name.")
        return problems

    def start(self, *, dry_run: bool) -> None:
        """Check the fields, then run the check or the import on the I/O pool."""
        if self._running:
            return
        problems = self._problems()
        officer = self._ctx.officer
        if (
            not problems
            and self.kind() == KIND_REGISTER
            and (officer is None or officer.role not in IMPORT_ROLES)
        ):
            problems["password"] = self.tr("Only a unit head or an admin imports a register.")
        first = self.errors.show(problems)
        if problems:
            if first is not None:
                first.setFocus()
            return
        job = ImportJob(
            kind=self.kind(),
            path=Path(self.file_edit.text().strip()),
            dry_run=dry_run,
            nrp=officer.nrp if officer is not None else "",
            password=self.password_edit.text(),
            officer_id=officer.id if officer is not None else None,
            allow_counter_jump=self.jump_check.isChecked(),
        )
        self._cancel.clear()
        self._set_running(True)
        self.progress_label.setText(self.tr("Checking the file…") if dry_run else self.tr("Importing…"))
        sf, relay, cancel, root = self._ctx.session_factory, self._relay, self._cancel, self._ctx.data_dir
        backup = self._backup
        self._ctx.runner.run_io(
            lambda: run_import(
                sf, job, data_root=root, backup=backup, progress=relay.progress.emit, cancel=cancel.is_set
            ),
            on_done=self._done,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        """Asks the import to stop at the next batch (the batches written stay)."""
        if self._running:
            self._cancel.set()
            self.progress_label.setText(self.tr("Cancelling after the current batch…"))

    def reject(self) -> None:
        """Closing while an import runs cancels it instead: the worker's callbacks need this dialog."""
        if self._running:
            self.cancel()
            return
        super().reject()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (
            self.check_button,
            self.import_button,
            self.kind_combo,
            self.file_edit,
            self.browse_button,
        ):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running or self.progress_bar.value() > 0)
        if running:
            self.progress_bar.setRange(0, 0)

    def _on_progress(self, p: ImportProgress) -> None:
        if not self._running:
            return
        if p.total:
            self.progress_bar.setRange(0, p.total)
            self.progress_bar.setValue(min(p.done, p.total))
        else:
            self.progress_bar.setRange(0, 0)
        phase = self.tr("checking") if p.phase == "checking" else self.tr("importing")
        total = f" / {p.total:,}" if p.total else ""
        text = self.tr("%1: %2%3 rows, %4 rows/s").replace("%1", phase).replace("%2", f"{p.done:,}")
        self.progress_label.setText(text.replace("%3", total).replace("%4", f"{p.rate:,.0f}"))
        self.progressed.emit(p)

    def _done(self, outcome: ImportOutcome) -> None:
        self._set_running(False)
        self.outcome = outcome
        self.password_edit.clear()
        self.summary.setPlainText(summary_text(outcome))
        self.progress_label.setText(
            self.tr("Check finished.") if outcome.job.dry_run else self.tr("Import finished.")
        )
        if not outcome.job.dry_run and outcome.result.added:
            entity = "report" if outcome.job.kind == KIND_REGISTER else "survey"
            ids = list(getattr(outcome.result, "report_ids", ()))
            self._ctx.runner.data_changed.emit(entity, ids)
        self.import_finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, ImportCancelled):
            self.progress_label.setText(self.tr("Cancelled; nothing was written."))
        elif isinstance(exc, InvalidCredentials | AccountLocked):
            self.errors.show({"password": str(exc)})
            self.progress_label.setText("")
        elif isinstance(exc, SentraError | OSError):
            self.progress_label.setText(
                self.tr("The import stopped: %1").replace("%1", translate_message(str(exc)))
            )
        else:
            log.error("import failed", exc_info=exc)
            self.progress_label.setText(self.tr("The import stopped: %1").replace("%1", str(exc)))
        self.import_finished.emit(None)


def open_import_dialog(ctx: UiContext, parent: QWidget, backup: Callable[[], object] | None = None) -> None:
    dialog = ImportDialog(ctx, parent, backup=backup)
    dialog.open()
