"""A case's status and its history kept consistent after merges (issue 14, point 5).

The status is one field of the report, settled by its owner when two sides changed it concurrently; the
history is rows (`status_change`), and every side's row is kept. So the merge can leave the newest history
entry naming the status that lost (status `stopped`, newest entry `closed`). After a pull, the desk that owns
such a report adds a history entry re-stating the status the merge kept, dated now, so the newest entry is
always the report's status again; the entry travels like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.models.base import Base, new_id, utcnow
from db.models.report import Report, StatusChange
from db.models.sync import OutboxOp
from db.sync.codec import encode
from db.sync.outbox import outbox_row
from db.sync.tables import synced_columns

MERGE_NOTE = "Status kept by the sync merge rule (the other change arrived later but lost)."


def touched_reports(rows: Iterable[dict[str, Any]]) -> set[str]:
    """The reports a pulled batch changed, directly or through their history."""
    ids: set[str] = set()
    for item in rows:
        if item.get("table") == "report":
            ids.add(str(item["row_id"]))
        elif item.get("table") == "status_change":
            report_id = (item.get("row") or {}).get("report_id")
            if report_id:
                ids.add(str(report_id))
    return ids


@dataclass(frozen=True)
class ReportState:
    """What a pull wrote of a report: enough to check its status without reading the row again."""

    status: str | None
    station_code: str | None
    live: bool
    pending: bool

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> ReportState:
        """From the values an applied row wrote (a pending field is not among them: then `pending`)."""
        return cls(
            status=values.get("status"),
            station_code=values.get("station_code"),
            live=values.get("deleted_at") is None and values.get("voided_at") is None,
            pending=values.get("sync_state") == "pending" or "status" not in values,
        )


def _newest_entries(s: Session, report_ids: list[str]) -> dict[str, str]:
    """Each report's newest live history entry's status (by time, then id), from the history table alone."""
    h = StatusChange.__table__.c
    out: dict[str, str] = {}
    for i in range(0, len(report_ids), 500):
        # The chunk's filter inside the ranking: SQLite does not push it through a window function.
        ranked = (
            select(
                h.report_id,
                h.to_status,
                func.row_number()
                .over(partition_by=h.report_id, order_by=(h.changed_at.desc(), h.id.desc()))
                .label("n"),
            )
            .where(h.deleted_at.is_(None), h.report_id.in_(report_ids[i : i + 500]))
            .subquery()
        )
        query = select(ranked.c.report_id, ranked.c.to_status).where(ranked.c.n == 1)
        out.update({row_id: status for row_id, status in s.execute(query)})
    return out


def mismatched(
    s: Session,
    report_ids: Iterable[str] | None = None,
    *,
    station_code: str | None = None,
    written: Mapping[str, ReportState] | None = None,
) -> dict[str, tuple[str, str]]:
    """Live reports whose newest history entry (by time, then id) names another status than theirs:
    report id -> (status, newest entry's status). A report in `written` (what the pull just wrote of it)
    is checked from that and its history only: reading 20,000 wide report rows again was most of the
    check's cost."""
    out: dict[str, tuple[str, str]] = {}
    if written and report_ids is not None:
        ids = list(report_ids)
        known = {
            i: written[i]
            for i in ids
            if i in written
            and written[i].live
            and (station_code is None or (written[i].station_code == station_code and not written[i].pending))
        }
        for row_id, last in _newest_entries(s, sorted(known)).items():
            status = known[row_id].status
            if status is not None and last != status:
                out[row_id] = (status, last)
        report_ids = [i for i in ids if i not in written]
    out.update(_mismatched_rows(s, report_ids, station_code=station_code))
    return out


def _mismatched_rows(
    s: Session, report_ids: Iterable[str] | None, *, station_code: str | None
) -> dict[str, tuple[str, str]]:
    r, h = Report.__table__.c, StatusChange.__table__.c
    newest = (
        select(h.to_status)
        .where(h.report_id == r.id, h.deleted_at.is_(None))
        .order_by(h.changed_at.desc(), h.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = select(r.id, r.status, newest).where(r.deleted_at.is_(None), r.voided_at.is_(None))
    if station_code is not None:
        query = query.where(r.station_code == station_code, r.sync_state != "pending")
    out: dict[str, tuple[str, str]] = {}
    ids = None if report_ids is None else list(report_ids)
    chunks = [None] if ids is None else [ids[i : i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        q = query if chunk is None else query.where(r.id.in_(chunk))
        for row_id, status, last in s.execute(q):
            if last is not None and last != status:
                out[row_id] = (status, last)
    return out


def align(
    s: Session,
    report_ids: Iterable[str],
    *,
    own_code: str | None,
    written: Mapping[str, ReportState] | None = None,
) -> int:
    """Re-state the status of this desk's own reports whose history disagrees (none with an edit of this
    desk still on its way: that edit settles it). Returns how many entries were added, each with its op."""
    ids = list(report_ids)
    if own_code is None or not ids:
        return 0
    added = 0
    for report_id, (status, last) in mismatched(s, ids, station_code=own_code, written=written).items():
        report = s.get(Report, report_id)
        if (
            report is None
            or report.station_code != own_code
            or report.sync_state == "pending"
            or report.status != status  # changed here since the pull wrote it: that edit settles it
        ):
            continue
        officer = s.scalar(
            select(StatusChange.officer_id)
            .where(StatusChange.report_id == report_id, StatusChange.to_status == status)
            .order_by(StatusChange.changed_at.desc())
            .limit(1)
        )
        entry = StatusChange(
            id=new_id(),
            report_id=report_id,
            from_status=last,
            to_status=status,
            changed_at=utcnow(),
            officer_id=officer or report.receiving_officer_id,
            note=MERGE_NOTE,
            station_code=report.station_code,
            sync_state="pending",
        )
        s.add(entry)
        s.flush()
        columns = [c for c in synced_columns(Base.metadata.tables["status_change"]) if c != "version"]
        fields = {c: encode(getattr(entry, c)) for c in columns}
        s.execute(insert(OutboxOp), [outbox_row("status_change", entry.id, fields, 0)])
        added += 1
    return added
