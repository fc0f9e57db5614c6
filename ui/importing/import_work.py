"""What the import dialog runs on a worker thread (no widget here): the log-in, the backup, the import and the
rejection workbook; and the summary it shows afterwards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from db.errors import PermissionDenied
from db.importing.register_import import import_register, rejections_path, write_rejections
from db.importing.staging import CancelCheck, ProgressCallback
from db.importing.survey_import import import_surveys, write_survey_rejections
from db.services.auth import authenticate
from exports.output_files import (
    DOCUMENTS_FOLDER,
    OutputFileError,
    OutputPathRefused,
    atomic_output,
    check_output_path,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

KIND_REGISTER, KIND_SURVEY = "register", "survey"
IMPORT_ROLES = ("head", "admin")
# How many rejected rows the summary lists (all of them are in the rejection workbook).
LISTED_REJECTIONS = 20


@dataclass(frozen=True, slots=True)
class ImportJob:
    kind: str
    path: Path
    dry_run: bool
    nrp: str
    password: str
    officer_id: str | None
    allow_counter_jump: bool = False


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    job: ImportJob
    result: Any  # RegisterImportResult or the survey's ImportResult
    rejections: Path | None  # the rejection workbook written, if any rows were refused (or skipped)
    rejections_error: str = ""  # why it could not be written (the import itself stands)


def run_import(
    session_factory: sessionmaker[Session],
    job: ImportJob,
    *,
    data_root: Path,
    backup: Callable[[], object] | None,
    progress: ProgressCallback,
    cancel: CancelCheck,
) -> ImportOutcome:
    """The importer's password checked like a log-in (the register's, as `sentra import register` does),
    a verified backup before a real import, then the import and its rejection workbook next to the file."""
    out = _rejections_place(job.path, data_root)
    if job.kind == KIND_REGISTER:
        officer = authenticate(session_factory, nrp=job.nrp, password=job.password)
        if officer.role not in IMPORT_ROLES:
            raise PermissionDenied("only a unit head or an admin imports a register")
    if not job.dry_run and backup is not None:
        backup()  # BackupFailed stops the import before anything is written
    result: Any
    if job.kind == KIND_REGISTER:
        result = import_register(
            session_factory,
            path=job.path,
            officer_nrp=job.nrp,
            dry_run=job.dry_run,
            allow_counter_jump=job.allow_counter_jump,
            progress=progress,
            cancel=cancel,
        )
        refused = bool(result.rejected or result.skipped)
        write: Callable[[Any, Path], object] = write_rejections
    else:
        result = import_surveys(
            session_factory,
            path=job.path,
            officer_id=job.officer_id,
            dry_run=job.dry_run,
            progress=progress,
            cancel=cancel,
        )
        refused = bool(result.rejected)
        write = write_survey_rejections
    if not refused:
        return ImportOutcome(job, result, None)
    try:
        with atomic_output(out) as tmp:
            write(result, tmp)
    except (OutputFileError, OSError) as exc:
        return ImportOutcome(job, result, None, str(exc))
    return ImportOutcome(job, result, out)


def _rejections_place(source: Path, data_root: Path) -> Path:
    """Next to the workbook ("register-ditolak.xlsx"); in the documents folder when the workbook lies in the
    data folder, where nothing else may be written."""
    beside = rejections_path(source)
    try:
        return check_output_path(beside, data_root)
    except OutputPathRefused:
        documents = data_root / DOCUMENTS_FOLDER
        documents.mkdir(mode=0o700, exist_ok=True)
        return check_output_path(documents / beside.name, data_root)


def summary_text(outcome: ImportOutcome) -> str:
    """The dialog's summary: what was (or would be) added, skipped and refused, how each counter moves."""
    job, result = outcome.job, outcome.result
    lines: list[str] = []
    if job.kind == KIND_REGISTER:
        skipped, rejected_rows = len(result.skipped), result.rejected_rows
        rejected = [(r.row, f"{r.column}: {r.reason}" if r.column else r.reason) for r in result.rejected]
    else:
        skipped, rejected_rows = result.duplicates, len(result.rejected)
        rejected = list(result.rejected)
    added = (
        QCoreApplication.translate("ImportDialog", "Check only (nothing stored): %1 rows would be added.")
        if job.dry_run
        else QCoreApplication.translate("ImportDialog", "%1 rows added.")
    )
    lines.append(added.replace("%1", f"{result.added:,}"))
    if result.cancelled:
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "Cancelled between batches: importing the file again adds the rest."
            )
        )
    counts = QCoreApplication.translate(
        "ImportDialog", "%1 rows imported before (skipped); %2 rows rejected."
    )
    lines.append(counts.replace("%1", f"{skipped:,}").replace("%2", f"{rejected_rows:,}"))
    for move in getattr(result, "counter_moves", ()):
        text = (
            QCoreApplication.translate("ImportDialog", "%1 %2: the number counter would move from %3 to %4")
            if job.dry_run
            else QCoreApplication.translate("ImportDialog", "%1 %2: the number counter moved from %3 to %4")
        )
        line = (text.replace("%1", move.kind).replace("%2", str(move.year))
                .replace("%3", str(move.before)).replace("%4", str(move.after)))  # fmt: skip
        if move.refused:
            line += " " + QCoreApplication.translate("ImportDialog", "(%1 numbers refused as jumps)").replace(
                "%1", str(move.refused)
            )
        lines.append(line)
    if rejected:
        lines.append("")
        lines.append(QCoreApplication.translate("ImportDialog", "Rejected rows:"))
        for row, reason in rejected[:LISTED_REJECTIONS]:
            lines.append(
                QCoreApplication.translate("ImportDialog", "row %1: %2")
                .replace("%1", str(row))
                .replace("%2", reason)
            )
        if len(rejected) > LISTED_REJECTIONS:
            more = len(rejected) - LISTED_REJECTIONS
            lines.append(
                QCoreApplication.translate(
                    "ImportDialog", "… and %1 more in the rejection workbook."
                ).replace("%1", f"{more:,}")
            )
    if outcome.rejections is not None:
        lines.append("")
        lines.append(
            QCoreApplication.translate("ImportDialog", "Rejection workbook: %1").replace(
                "%1", str(outcome.rejections)
            )
        )
    elif outcome.rejections_error:
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "ImportDialog", "The rejection workbook could not be written: %1"
            ).replace("%1", outcome.rejections_error)
        )
    return "\n".join(lines)
