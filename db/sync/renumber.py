"""Report numbers a desk gave twice, settled when the centre's copy comes back (issue 14, point 3).

A desk restored from an older copy of its data (a backup, a copied folder, a re-imaged PC) has forgotten the
numbers it gave since that copy, so its counter starts too low. It keeps numbering: a citizen is never sent
away without the official number. The first pull after the restore brings the desk's own newer reports back
from the centre; applying them raises the counters above every number the centre holds for this station,
and a number given twice goes to the report made first, while the newer one gets the next free number, an
audit entry, an op that tells the centre, and a "renumbered" notice asking for its receipt to be printed
again. Never a duplicate, never a blocked desk.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models.report import Report
from db.models.station import NumberCounter, Station
from db.models.sync import OutboxOp, SyncProblem
from db.rules.timeutil import to_wib
from db.storage import audit
from db.sync.codec import encode
from db.sync.outbox import outbox_row


class PulledBatch(Protocol):
    """What renumbering needs of the batch being applied (db.sync.apply.BatchState)."""

    pending: dict[str, set[str]]

    def write(self, kind: str, table: str, values: dict[str, Any]) -> None: ...


RENUMBERED_MESSAGE = (
    "This report's number had already been given to an earlier report of this station (the desk's data "
    "was restored from an older copy). It has a new number now: print its receipt again."
)
NUMBER_FIELDS = ("number", "number_year", "number_seq")


class Numbering:
    """The numbers a pulled batch brings for this station, against the ones this desk holds."""

    def __init__(self, s: Session, rows: list[dict[str, Any]], code: str | None, known: set[str]):
        self.code = code
        self.local: dict[str, tuple[str, datetime | None, int, str, datetime]] = {}
        items = [
            r
            for r in rows
            if r.get("table") == "report"
            and (r.get("row") or {}).get("number")
            and r["row"].get("station_code") == code
        ]
        if code is None or not items:
            return
        counters = {
            (kind, year): last
            for kind, year, last in s.execute(
                select(NumberCounter.kind, NumberCounter.year, NumberCounter.last_value).where(
                    NumberCounter.station_code == code
                )
            )
        }
        self._raise_counters(s, [r["row"] for r in items])
        # Only a report new to this desk, numbered at or below what this desk's counter had given, can
        # meet a local report with its number (numbers come from the counter, and a report this desk holds
        # keeps its own): look those up, not every number of a catch-up pull.
        numbers = list(
            {
                str(r["row"]["number"])
                for r in items
                if str(r["row_id"]) not in known
                and (r["row"].get("number_seq") is None
                     or int(r["row"]["number_seq"]) <= counters.get(
                         (str(r["row"].get("kind")), int(r["row"].get("number_year") or 0)), 0))
            }
        )  # fmt: skip
        r = Report.__table__.c
        for i in range(0, len(numbers), 500):
            query = select(r.number, r.id, r.created_at, r.version, r.kind, r.received_at).where(
                r.number.in_(numbers[i : i + 500]), r.station_code == code
            )
            for number, row_id, created, version, kind, received in s.execute(query):
                self.local[number] = (row_id, created, version, kind, received)

    def _raise_counters(self, s: Session, rows: list[dict[str, Any]]) -> None:
        """Counters above every number the centre holds for this station (its own rows coming back)."""
        top: dict[tuple[str, int], int] = {}
        for row in rows:
            if row.get("number_year") is None or row.get("number_seq") is None:
                continue
            key = (str(row["kind"]), int(row["number_year"]))
            top[key] = max(top.get(key, 0), int(row["number_seq"]))
        for (kind, year), seq in top.items():
            stmt = sqlite_insert(NumberCounter).values(
                station_code=self.code, kind=kind, year=year, last_value=seq
            )
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=["station_code", "kind", "year"],
                    set_={"last_value": func.max(NumberCounter.last_value, stmt.excluded.last_value)},
                )
            )

    def settle(self, s: Session, state: PulledBatch, row_id: str, values: dict[str, Any]) -> None:
        """Before a pulled report is written: if its number is held here by another report of this station,
        the one made later gets a new number (the pulled row's `values` are changed in place)."""
        number = values.get("number")
        if self.code is None or not number or values.get("station_code") != self.code:
            return
        version, kind_here = int(values["version"]), str(values["kind"])
        mine = (row_id, values.get("created_at"), version, kind_here, values["received_at"])
        held = self.local.get(str(number))
        if held is None or held[0] == row_id:
            self.local[str(number)] = mine
            return
        other_id, other_created, other_version, kind, received = held
        pulled_created = values.get("created_at")
        pulled_is_newer = (
            other_created is not None and pulled_created is not None and pulled_created > other_created
        )
        if pulled_is_newer:
            new = self._renumber(s, row_id, str(number), str(values["kind"]), values["received_at"])
            values.update(new)
            values["sync_state"] = "pending"
            self._queue_op(s, row_id, new, int(values["version"]))
            state.pending.setdefault(row_id, set()).update(NUMBER_FIELDS)
            self.local[str(new["number"])] = mine
            return
        new = self._renumber(s, other_id, str(number), kind, received)
        state.write("update", "report", {**new, "sync_state": "pending", "b_row_id": other_id})
        self._queue_op(s, other_id, new, other_version)
        state.pending.setdefault(other_id, set()).update(NUMBER_FIELDS)
        self.local[str(new["number"])] = (other_id, other_created, other_version, kind, received)
        self.local[str(number)] = mine

    def _renumber(
        self, s: Session, row_id: str, old: str, kind: str, received_at: datetime
    ) -> dict[str, Any]:
        from db.rules.report_number import format_number
        from db.services.reports import next_number

        station = s.scalar(select(Station).where(Station.code == self.code))
        assert station is not None
        year = to_wib(received_at).year
        seq = next_number(s, station_code=str(self.code), kind=kind, year=year)
        pattern = next(p.pattern for p in station.patterns if p.kind == kind)
        number = format_number(pattern, seq=seq, received_at=received_at)
        audit.record(
            s,
            officer_id=None,
            entity="report",
            entity_id=row_id,
            action="renumber",
            before={"number": old},
            after={"number": number, "reason": "number given twice after a restore"},
        )
        s.add(
            SyncProblem(
                kind="renumbered",
                tbl="report",
                row_id=row_id,
                item=json.dumps({"before": old, "after": number}, ensure_ascii=False),
                reason=RENUMBERED_MESSAGE,
            )
        )
        return {"number": number, "number_year": year, "number_seq": seq}

    @staticmethod
    def _queue_op(s: Session, row_id: str, fields: dict[str, Any], base: int) -> None:
        fields = {k: encode(v) for k, v in fields.items()}
        s.execute(insert(OutboxOp), [outbox_row("report", row_id, fields, base)])
