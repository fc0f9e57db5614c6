"""What the desk says when the start-up check refuses the database; the way back: the newest good backup."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from db.errors import DatabaseDamaged, DatabaseTooNew, NotStationDatabase, SentraError
from db.storage.audit_verify import VerifyReport
from db.storage.backup import StationFiles, newest_backup
from ui.backup.actions import when_text
from ui.widgets.officer_fields import password_edit

log = logging.getLogger(__name__)


class AdminLoginDialog(QDialog):
    """NRP and password of an admin of the backup being restored (the damaged database cannot check them)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Admin log-in"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("An admin of this station must confirm the restore.")))
        self.nrp_edit = QLineEdit()
        self.password_edit = password_edit()
        form.addRow(self.tr("NRP"), self.nrp_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def problem_text(exc: BaseException) -> str:
    if isinstance(exc, DatabaseTooNew):
        version = exc.made_by or QCoreApplication.translate("DatabaseProblem", "unknown (schema {revision})")
        return QCoreApplication.translate(
            "DatabaseProblem",
            "This station database was made by a newer version of Sentra Desk, version {version}; install "
            "that version or newer. Nothing was changed and no backup was made.",
        ).format(version=version.format(revision=exc.revision))
    if isinstance(exc, NotStationDatabase):
        return QCoreApplication.translate(
            "DatabaseProblem",
            "The file {path} is not a Sentra Desk database. It was not changed, and no new station was set "
            "up in its place. Move it away or start Sentra Desk with another data folder.",
        ).format(path=exc.path)
    if isinstance(exc, DatabaseDamaged):
        return QCoreApplication.translate(
            "DatabaseProblem",
            "The station database {path} is damaged ({detail}). It is kept as it is, but Sentra Desk cannot "
            "work on it. Records saved after the newest good backup are only in the damaged file: ask the "
            "station IT officer before anything else is done with it.",
        ).format(path=exc.path, detail=exc.detail)
    return str(exc)


def show_database_problem(
    exc: BaseException,
    places: StationFiles,
    restore: Callable[[str, str], object],
    parent: QWidget | None = None,
) -> bool:
    """Explain the refusal; for a damaged database offer the newest good backup. True when it was restored.

    `restore(nrp, password)` restores the newest good backup after checking an admin of that backup.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "Sentra Desk cannot open the database"))
    text = problem_text(exc)
    newest = newest_backup(places) if isinstance(exc, DatabaseDamaged) else None
    restore_button = None
    if isinstance(exc, DatabaseDamaged):
        if newest is None:
            text += "\n\n" + QCoreApplication.translate(
                "DatabaseProblem", "There is no good backup in the backup folders."
            )
        else:
            rows = sum(n for _, n in newest.row_counts)
            text += "\n\n" + QCoreApplication.translate(
                "DatabaseProblem", "The newest good backup is from {when} WIB ({rows} rows):\n{path}"
            ).format(when=when_text(newest.created_at), rows=rows, path=newest.path)
            restore_button = box.addButton(
                QCoreApplication.translate("DatabaseProblem", "Restore this backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
    box.setText(text)
    box.addButton(QCoreApplication.translate("DatabaseProblem", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    while True:
        login = AdminLoginDialog(parent)
        if login.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            restore(login.nrp_edit.text().strip(), login.password_edit.text())
        except SentraError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("DatabaseProblem", "Restore refused"), str(error)
            )
            continue
        return True


def show_audit_problem(report: VerifyReport, parent: QWidget | None) -> None:
    from ui.admin.audit_dialog import describe_report

    QMessageBox.warning(
        parent,
        QCoreApplication.translate("DatabaseProblem", "Audit trail"),
        describe_report(report)
        + "\n\n"
        + QCoreApplication.translate(
            "DatabaseProblem", "Tell the station admin; the records themselves are not changed by this check."
        ),
    )
