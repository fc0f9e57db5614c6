"""A register's checked rows in the staging table: each row stored as JSON, refusals of counter jumps."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from db.importing.register_counters import JumpRefusal
from db.importing.register_rows import InvalidRegisterFile, RegisterRow, Rejection, RowChecker
from db.importing.register_words import LABELS
from db.importing.sheet_cells import is_blank, iter_sheet_rows
from db.importing.staging import CancelCheck, ProgressCallback, ProgressMeter, StagingTable, check_cancel

__all__ = ["jump_rejection", "payload", "row_from", "stage"]


def payload(row: RegisterRow) -> dict[str, Any]:
    values = {f: getattr(row, f) for f in RegisterRow.__slots__}  # type: ignore[attr-defined]
    values["received_at"] = row.received_at.isoformat()
    return values


def row_from(payload: dict[str, Any]) -> RegisterRow:
    return RegisterRow(**(payload | {"received_at": datetime.fromisoformat(payload["received_at"])}))


def stage(
    path: Path,
    header_row: int,
    columns: dict[int, str],
    headers: dict[str, str],
    checker: RowChecker,
    staging: StagingTable,
    progress: ProgressCallback | None,
    batch_rows: int,
    cancel: CancelCheck | None = None,
) -> list[Rejection]:
    """Reads and checks the sheet row by row; good rows go to the staging table, a batch at a time."""
    rejected: list[Rejection] = []
    batch: list[tuple[int, str | None, int | None, int | None, dict[str, Any]]] = []
    meter = ProgressMeter(progress, "checking", every=batch_rows)
    for number, values in iter_sheet_rows(path, InvalidRegisterFile):
        if number == 0:
            break
        if number <= header_row or all(is_blank(v) for v in values):
            continue
        cells = {f: values[i] if i < len(values) else None for i, f in columns.items()}
        checked = checker.check(number, cells, headers)
        if isinstance(checked, list):
            rejected.extend(checked)
        else:
            batch.append((number, checked.kind, checked.number_year, checked.number_seq, payload(checked)))
            if len(batch) >= batch_rows:
                staging.append(batch)
                batch = []
                check_cancel(cancel)
        meter.add(1)
    if batch:
        staging.append(batch)
    meter.tell()
    return rejected


def jump_rejection(refusal: JumpRefusal, headers: dict[str, str]) -> Rejection:
    return Rejection(
        refusal.row,
        headers.get("nomor", LABELS["nomor"]),
        f"nomor {refusal.number} melompat {refusal.jump} di atas nomor tertinggi yang tersimpan "
        f"({refusal.highest_stored}) untuk {refusal.kind} {refusal.year}; periksa nomornya, atau impor "
        "dengan --allow-counter-jump bila memang benar",
        str(refusal.number),
    )
