"""The "save to" row of the export dialogs: a path field with a Choose… button, and opening the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from exports.output_files import OutputPathRefused, check_output_path
from ui.context import UiContext
from ui.widgets.field_errors import FieldErrors
from ui.widgets.paragraph import paragraph
from ui.widgets.progress_task import CancelledFn, ProgressFn, TaskDialog


def open_file(path: Path) -> None:
    """Open a written file with the system's viewer (PDF reader, spreadsheet)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class OutputFileRow(QWidget):
    """Follows the suggested name (`suggest`) until the user types or chooses a file of their own."""

    changed = Signal()

    def __init__(self, caption: str, name_filter: str, suffix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._caption = caption
        self._filter = name_filter
        self._suffix = suffix
        self._own_choice = False
        # The path the file dialog already asked about overwriting, so it is not asked twice.
        self.confirmed: Path | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("output_file")
        self.edit.textEdited.connect(self._typed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)

    def suggest(self, path: Path) -> None:
        if not self._own_choice:
            self.edit.setText(str(path))

    def path(self) -> Path | None:
        """The chosen file with its suffix added when missing, or None when the field is empty."""
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self._suffix:
            path = path.with_name(path.name + self._suffix)
        return path

    def choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self._caption, self.edit.text(), self._filter)
        if not chosen:
            return
        self._own_choice = True
        self.edit.setText(chosen)
        self.confirmed = self.path()
        self.changed.emit()

    def _typed(self, _text: str) -> None:
        self._own_choice = True
        self.confirmed = None
        self.changed.emit()

    def problem(self, default_folder: Path, data_root: Path | None = None) -> str | None:
        """What is wrong with the chosen file, for the message under the field (None: nothing).

        The documents folder itself is created when missing; any other folder must exist. Nothing may be
        written over the station's own files in `data_root` (exports.output_files.check_output_path).
        """
        path = self.path()
        if path is None:
            return self.tr("Choose where to save the file.")
        if path.is_dir():
            return self.tr("This is a folder; choose a file name.")
        if path.parent != default_folder and not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.parent == default_folder and not default_folder.is_dir():
            return None
        try:
            check_output_path(path, data_root, documents=default_folder)
        except OutputPathRefused as exc:
            return output_refusal(exc)
        return None

    def may_overwrite(self) -> bool:
        """Asks before replacing an existing file, unless the file dialog already asked."""
        path = self.path()
        if path is None or not path.exists() or path == self.confirmed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace file"),
            self.tr("%1 already exists. Replace it?").replace("%1", str(path)),
        )
        return answer == QMessageBox.StandardButton.Yes


def output_refusal(exc: OutputPathRefused) -> str:
    """The translated one-line reason a file cannot be written there."""
    if exc.reason == "station-file":
        return QCoreApplication.translate(
            "OutputFileRow",
            "This is one of the station's own files (database, backups, logs); choose another place.",
        )
    if exc.reason == "folder":
        return QCoreApplication.translate("OutputFileRow", "This is a folder; choose a file name.")
    if exc.reason == "special":
        return QCoreApplication.translate("OutputFileRow", "This is not a regular file; choose another name.")
    if exc.reason == "no-folder":
        text = QCoreApplication.translate("OutputFileRow", "The folder %1 does not exist.")
        return text.replace("%1", str(exc.path.parent))
    if exc.reason == "read-only":
        return QCoreApplication.translate(
            "OutputFileRow", "This folder cannot be written to; choose another one."
        )
    return QCoreApplication.translate("OutputFileRow", "Choose where to save the file.")


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for its wrapped texts after a message or result line appeared.

    Layouts size top-level windows from minimum sizes, which ignore how many lines a wrapped label needs
    at the window's real width; without this, notes get clipped when an error line shows up.
    """
    needed = dialog.heightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def note_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey, wrapped note beside an export's choices (who may do what, what is recorded)."""
    label = paragraph(text, parent)
    label.setStyleSheet("color: #555;")
    return label


class ExportDialog(TaskDialog):
    """An export's dialog: its choices checked beside their fields (`errors`), the file to write chosen in
    `file_row` (made by the subclass), the writing done by a progress task."""

    file_row: OutputFileRow
    status_label: QLabel

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        self.action_button: QPushButton | None = None

    def task_buttons(
        self, action: str, start: Callable[[], object], *results: QPushButton
    ) -> tuple[QDialogButtonBox, QPushButton]:
        buttons, self.action_button = super().task_buttons(action, start, *results)
        return buttons, self.action_button

    def write_in_background(
        self,
        work: Callable[[ProgressFn, CancelledFn], Any],
        *,
        busy: str,
        title: str,
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write the file with `work` behind a progress dialog; the action button is off and the status
        line says `busy` meanwhile; a cancel says that no file was written."""
        self._set_action_enabled(False)
        self.status_label.setText(busy)
        self.start_task(
            self._ctx.runner,
            work,
            title=title,
            label=label,
            on_done=on_done,
            on_cancelled=self._cancelled,
            on_error=on_error,
        )

    def _set_action_enabled(self, enabled: bool) -> None:
        if self.action_button is not None:
            self.action_button.setEnabled(enabled)

    def _cancelled(self) -> None:
        self._set_action_enabled(True)
        self.status_label.setText(self.tr("Cancelled; no file was written."))

    def file_to_write(self, problems: dict[str, str]) -> Path | None:
        """The file to write now, or None: `problems` and what is wrong with the chosen file are shown
        beside their fields (the dialog grows to fit them, the first takes the focus); an existing file is
        replaced only once the user agreed."""
        file_problem = self.file_row.problem(self._ctx.output_dir, self._ctx.data_dir)
        if file_problem is not None:
            problems = {**problems, "file": file_problem}
        first = self.errors.show(problems)
        grow_to_fit(self)
        if problems:
            if first is not None:
                first.setFocus()
            return None
        if not self.file_row.may_overwrite():
            return None
        return self.file_row.path()
