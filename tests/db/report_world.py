"""Months of reports built by hand for the figure tests (analysis and monthly report): each report is placed
in time, category and place by the admin and remembered as made, with its voiding and closings, so that a
test can count on its own what a query must find. WIB is computed by hand here, independent of
db.rules.timeutil."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from db.services.case_flow import change_status, void_report
from db.services.categories import add_category
from db.services.report_input import CitizenInput, LostItemInput, ReportInput
from db.services.reports import register_report
from db.services.survey import SurveyInput, record_response

KEC_A, NAG_A1, NAG_A2 = "13.02.08", "13.02.08.2003", "13.02.08.2005"
KEC_B, NAG_B1 = "13.02.19", "13.02.19.2002"
WIB_OFFSET = timedelta(hours=7)
CATEGORIES = ("Uji Curanmor", "Uji Penipuan")


def utc(y: int, mo: int, d: int, h: int = 3, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def wib_day(at: datetime) -> date:
    return (at + WIB_OFFSET).date()


class ReportWorld:
    """The reports one admin registers, moves and voids; `made` holds one dict a report: id, kind, at,
    category ("" for none), kec, nagari, void and the moments it was closed. It answers surveys too."""

    def __init__(self, session_factory, admin, categories: tuple[str, ...] = CATEGORIES) -> None:
        self.sf, self.admin = session_factory, admin
        self.cats = {n: add_category(session_factory, name=n, by_officer_id=admin.id).id for n in categories}
        self.made: list[dict[str, Any]] = []

    def make(
        self,
        kind: str,
        at: datetime,
        category: str | None = None,
        kec: str = "",
        nagari: str = "",
        *,
        incident_at: datetime | None = None,
    ) -> str:
        """A report of `kind` received at `at`, in `category` (one of the world's categories) and the given
        place, its incident at `incident_at` when known; an SKTLK lists a lost KTP. Returns its id."""
        data = ReportInput(
            kind=kind,
            citizen=CitizenInput(name="Siti Rahmah"),
            offense="Pengaduan" if kind == "DUMAS" else "Curanmor R2",
            chronology="Kronologi singkat",
            category_id=self.cats[category] if category else None,
            incident_at=incident_at,
            incident_kecamatan_code=kec,
            incident_nagari_code=nagari,
            lost_items=(LostItemInput(item="KTP"),) if kind == "SKTLK" else (),
        )
        rid = register_report(self.sf, data=data, officer_id=self.admin.id, now=at).id
        self.made.append({"id": rid, "kind": kind, "at": at, "category": category or "", "kec": kec,
                          "nagari": nagari, "void": False, "closes": []})  # fmt: skip
        return rid

    def void(self, rid: str, at: datetime) -> None:
        void_report(self.sf, report_id=rid, reason="Salah input", officer_id=self.admin.id, now=at)
        self._row(rid)["void"] = True

    def move(self, rid: str, to: str, at: datetime, **fields: str) -> None:
        change_status(self.sf, report_id=rid, to_status=to, officer_id=self.admin.id, now=at, **fields)
        if to == "closed":
            self._row(rid)["closes"].append(at)

    def close(self, rid: str, at: datetime, **fields: str) -> None:
        """Taken in hand an hour before `at`, closed at `at`."""
        self.move(rid, "in_progress", at - timedelta(hours=1))
        self.move(rid, "closed", at, **fields)

    def survey(self, at: datetime) -> None:
        """A man's survey form about an LP_B answered at `at`, every element scored 4."""
        data = SurveyInput(answers=(4,) * 9, sex="L", service="LP_B", answered_at=at)
        record_response(self.sf, data=data, source="form")

    def live_in(self, first: date, last: date) -> list[dict[str, Any]]:
        """The reports not voided received from `first` to `last` (WIB days)."""
        return [r for r in self.made if not r["void"] and first <= wib_day(r["at"]) <= last]

    def _row(self, rid: str) -> dict[str, Any]:
        return next(r for r in self.made if r["id"] == rid)
