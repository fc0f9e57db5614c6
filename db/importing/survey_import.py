"""Importing paper IKM questionnaires typed into an Excel sheet (docs/survey-import.md): checked into a
staging table, then published in short batches, as the register import does (staging.py). Rows are read and
checked in survey_rows.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.importing.register_rows import Rejection
from db.importing.staging import (
    BATCH_ROWS,
    CancelCheck,
    ProgressCallback,
    ProgressMeter,
    StagingTable,
    check_cancel,
    publish_batches,
    staging_dir,
)
from db.importing.survey_rows import (
    COLUMNS,
    ImportResult,
    InvalidSurveyFile,
    ParsedRow,
    import_key,
    iter_parsed,
    normalise_header,
    parse_sheet,
)
from db.models import SurveyResponse
from db.models.base import new_id
from db.services.station import load_station
from db.services.survey import SurveyInput, response_row
from db.storage import audit
from db.storage.engine import read_session

# What each line of a batch's audit entry holds.
_LINE_FIELDS = ["row", "survey_id"]

__all__ = [
    "COLUMNS",
    "ImportResult",
    "InvalidSurveyFile",
    "import_key",
    "import_surveys",
    "iter_parsed",
    "normalise_header",
    "parse_sheet",
    "write_survey_rejections",
]


def import_surveys(
    session_factory: sessionmaker[Session],
    *,
    path: Path | str,
    officer_id: str | None = None,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    batch_rows: int = BATCH_ROWS,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Check the sheet into a staging table (staging.py), then publish the new rows `batch_rows` a
    transaction, so a walk-in saved meanwhile waits for one batch at most (none written when `dry_run`).

    Rows seen before (any file) are counted, not added. A failure or a cancel between batches keeps the
    batches written before it, and importing the file again adds only the rest.
    """
    path = Path(path)
    with StagingTable(staging_dir(session_factory)) as staging:
        rejected = _stage(path, staging, progress, batch_rows, cancel)
        duplicates = _mark_stored(session_factory, staging, batch_rows)
        if dry_run:
            return ImportResult(
                added=staging.counts().get("new", 0),
                duplicates=duplicates,
                rejected=tuple(rejected),
                dry_run=True,
            )
        added = 0

        def write_batch(s: Session, batch: list[tuple[int, dict[str, Any]]], batch_no: int) -> None:
            nonlocal added, duplicates
            rows = [_parsed_from(payload) for _, payload in batch]
            station_code = load_station(s).code
            keys = [r.import_key for r in rows]
            # Stored since the check (the same file imported twice at once): counted, not added.
            stored = set(
                s.scalars(select(SurveyResponse.import_key).where(SurveyResponse.import_key.in_(keys)))
            )
            lines = [
                _add(s, parsed, station_code=station_code)
                for parsed in rows
                if parsed.import_key not in stored
            ]
            # One audit entry a batch (an entry a row, with its flush, made the import several times slower);
            # the answers stay out of the trail: it is an anonymous questionnaire.
            audit.record(
                s,
                officer_id=officer_id,
                entity="survey_import",
                entity_id=new_id(),
                action="import_batch",
                after={
                    "file": path.name,
                    "batch": batch_no,
                    "fields": _LINE_FIELDS,
                    "responses": lines,
                },
            )
            duplicates += len(rows) - len(lines)
            added += len(lines)

        finished = publish_batches(
            session_factory, staging, write_batch, progress=progress, batch_rows=batch_rows, cancel=cancel
        )
    return ImportResult(added=added, duplicates=duplicates, rejected=tuple(rejected), cancelled=not finished)


def _payload(parsed: ParsedRow) -> dict[str, Any]:
    data = dataclasses.asdict(parsed.data)
    data["answered_at"] = parsed.data.answered_at.isoformat() if parsed.data.answered_at else None
    return {"row": parsed.row, "key": parsed.import_key, "data": data}


def _parsed_from(payload: dict[str, Any]) -> ParsedRow:
    data = dict(payload["data"])
    data["answers"] = tuple(data["answers"])
    data["answered_at"] = datetime.fromisoformat(data["answered_at"]) if data["answered_at"] else None
    return ParsedRow(payload["row"], SurveyInput(**data), payload["key"])


def _stage(
    path: Path,
    staging: StagingTable,
    progress: ProgressCallback | None,
    batch_rows: int,
    cancel: CancelCheck | None,
) -> list[tuple[int, str]]:
    """Reads and checks the sheet row by row into the staging table; returns the rejected rows."""
    rejected: list[tuple[int, str]] = []
    batch: list[tuple[int, str | None, int | None, int | None, dict[str, Any]]] = []
    meter = ProgressMeter(progress, "checking", every=batch_rows)
    for item in iter_parsed(path):
        if isinstance(item, ParsedRow):
            batch.append((item.row, None, None, None, _payload(item)))
            if len(batch) >= batch_rows:
                staging.append(batch)
                batch = []
                check_cancel(cancel)
        else:
            rejected.append(item)
        meter.add(1)
    if batch:
        staging.append(batch)
    meter.tell()
    return rejected


def _mark_stored(session_factory: sessionmaker[Session], staging: StagingTable, batch_rows: int) -> int:
    """Marks the staged rows whose import key is stored (imported before) as skipped; returns how many."""
    skipped = 0
    for batch in staging.batches(batch_rows):
        keys = {payload["key"]: seq for seq, payload in batch}
        with read_session(session_factory) as s:
            query = select(SurveyResponse.import_key).where(SurveyResponse.import_key.in_(list(keys)))
            stored = [keys[k] for k in s.scalars(query)]
        staging.mark(stored, "skipped")
        skipped += len(stored)
    return skipped


def write_survey_rejections(result: ImportResult, out: Path | str) -> Path:
    """The rejection workbook (sheet "Ditolak", as the register import writes it) of a survey import."""
    from db.importing.register_rejections import write_rejections

    return write_rejections(
        _Outcome(tuple(Rejection(row, "", reason) for row, reason in result.rejected)), out
    )


@dataclass(frozen=True, slots=True)
class _Outcome:
    rejected: tuple[Rejection, ...]
    skipped: tuple[tuple[int, str], ...] = ()


def _add(s: Session, parsed: ParsedRow, *, station_code: str) -> list[Any]:
    """Adds the row's response to the session; its line in the batch's audit entry."""
    row = response_row(parsed.data, source="import", station_code=station_code, import_key=parsed.import_key)
    s.add(row)
    return [parsed.row, row.id]
