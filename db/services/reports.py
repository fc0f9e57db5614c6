"""Registering a report with its official number, editing it with an audit trail, reading it back."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload, sessionmaker

from db.errors import PermissionDenied, ValidationFailed
from db.models import Citizen, LostItem, NumberCounter, Officer, Report, Station
from db.queries.deadlines import recompute_deadline
from db.rules.nik import check_nik
from db.rules.report_number import KINDS_WITH_NUMBER, format_number
from db.rules.timeutil import now_utc, to_wib
from db.services.report_input import CitizenInput, LostItemInput, ReportInput, validate_report
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, add_status_change, insert_audited, live_row, update_audited
from db.storage import audit
from db.storage.engine import read_session

# An SPKT officer may correct a report he took himself for this long; after that a unit head or admin edits.
OWN_EDIT_WINDOW = timedelta(hours=24)

# Fields compared and written on edit, with the audit trail keeping before and after.
EDITABLE_FIELDS = (
    "channel",
    "offense",
    "category_id",
    "incident_at",
    "incident_kecamatan_code",
    "incident_nagari_code",
    "incident_address",
    "chronology",
    "reported_party",
    "witnesses",
    "article",
    "estimated_loss",
)
CITIZEN_FIELDS = (
    "name",
    "nik",
    "birth_place",
    "birth_date",
    "sex",
    "religion",
    "nationality",
    "occupation",
    "address",
    "phone",
)


@dataclass(frozen=True, slots=True)
class CitizenView:
    id: str
    name: str
    nik: str
    birth_place: str
    birth_date: date | None
    sex: str
    religion: str
    nationality: str
    occupation: str
    address: str
    phone: str

    def as_input(self) -> CitizenInput:
        return CitizenInput(**{f: getattr(self, f) for f in CITIZEN_FIELDS})


@dataclass(frozen=True, slots=True)
class ReportView:
    id: str
    kind: str
    number: str | None
    channel: str
    received_at: datetime  # UTC, aware
    status: str
    citizen: CitizenView
    receiving_officer_id: str
    receiving_officer_name: str
    category_id: str | None
    category_name: str
    offense: str
    incident_at: datetime | None
    incident_kecamatan_code: str
    incident_nagari_code: str
    incident_address: str
    chronology: str
    reported_party: str
    witnesses: str
    article: str
    estimated_loss: int
    lost_items: tuple[LostItemInput, ...]
    voided_at: datetime | None = None
    void_reason: str = ""

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

    def as_input(self) -> ReportInput:
        return ReportInput(
            kind=self.kind,
            citizen=self.citizen.as_input(),
            lost_items=self.lost_items,
            **{f: getattr(self, f) for f in EDITABLE_FIELDS},
        )


def citizen_view(c: Citizen) -> CitizenView:
    return view_of(CitizenView, c, nik=c.nik or "")


def report_view(r: Report) -> ReportView:
    return view_of(
        ReportView,
        r,
        citizen=citizen_view(r.citizen),
        receiving_officer_name=r.receiving_officer.name,
        category_name=r.category.name if r.category else "",
        lost_items=tuple(
            LostItemInput(item=i.item, quantity=i.quantity, identifiers=i.identifiers)
            for i in r.lost_items
            if i.deleted_at is None
        ),
    )


def find_citizen_by_nik(session_factory: sessionmaker[Session], nik: str) -> CitizenView | None:
    """The citizen on file with this NIK, for the form to offer and reuse."""
    with read_session(session_factory) as s:
        c = s.scalar(select(Citizen).where(Citizen.nik == nik.strip(), Citizen.deleted_at.is_(None)))
        return citizen_view(c) if c else None


def next_number(s: Session, *, station_code: str, kind: str, year: int) -> int:
    # The caller's transaction began IMMEDIATE, so nobody else can read or bump this counter until it commits:
    # no gap (rollback undoes the bump with the report) and no duplicate.
    s.execute(
        sqlite_insert(NumberCounter)
        .values(station_code=station_code, kind=kind, year=year, last_value=0)
        .on_conflict_do_nothing()
    )
    return s.execute(
        update(NumberCounter)
        .where(
            NumberCounter.station_code == station_code, NumberCounter.kind == kind, NumberCounter.year == year
        )
        .values(last_value=NumberCounter.last_value + 1)
        .returning(NumberCounter.last_value)
    ).scalar_one()


def _upsert_citizen(s: Session, data: CitizenInput, station_code: str, officer_id: str) -> Citizen:
    nik = data.nik.strip() or None
    values = {f: getattr(data, f) for f in CITIZEN_FIELDS if f != "nik"}
    values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    if nik:
        facts = check_nik(nik)
        values["sex"], values["birth_date"] = facts.sex, facts.birth_date
        existing = s.scalar(select(Citizen).where(Citizen.nik == nik))
        if existing is not None:
            before = {k: getattr(existing, k) for k in values}
            changed = {k: v for k, v in values.items() if v not in ("", None) and before[k] != v}
            if changed:
                for k, v in changed.items():
                    setattr(existing, k, v)
                audit.record(
                    s,
                    officer_id=officer_id,
                    entity="citizen",
                    entity_id=existing.id,
                    action="update",
                    before={k: before[k] for k in changed},
                    after=changed,
                )
            existing.deleted_at = None
            return existing
    citizen = Citizen(nik=nik, station_code=station_code, **values)
    created = {"name": citizen.name, "nik": nik or ""}
    return insert_audited(s, citizen, "citizen", by=officer_id, after=created)


def give_number(s: Session, station: Station, report: Report) -> None:
    """The report's official number from the station's counter, in the WIB year and month it was received."""
    year = to_wib(report.received_at).year
    seq = next_number(s, station_code=station.code, kind=report.kind, year=year)
    pattern = next(p.pattern for p in station.patterns if p.kind == report.kind)
    report.number = format_number(pattern, seq=seq, received_at=report.received_at)
    report.number_year, report.number_seq = year, seq


def register_report(
    session_factory: sessionmaker[Session], *, data: ReportInput, officer_id: str, now: datetime | None = None
) -> ReportView:
    """Save a new report with its official number, citizen, lost items, first status and audit entry."""
    now = now or now_utc()
    validate_report(data, now=now)
    with session_factory.begin() as s:
        station = load_station(s)
        officer = active_officer(s, officer_id)
        citizen = _upsert_citizen(s, data.citizen, station.code, officer_id)
        report = Report(
            kind=data.kind,
            received_at=now,
            citizen=citizen,
            receiving_officer=officer,
            station_code=station.code,
            status="received",
            **{f: _clean(getattr(data, f)) for f in EDITABLE_FIELDS},
        )
        if data.kind in KINDS_WITH_NUMBER:
            give_number(s, station, report)
        report.lost_items = _lost_items(data.lost_items, station.code)
        s.add(report)
        s.flush()
        recompute_deadline(s, report, today=to_wib(now).date())
        add_status_change(s, report, to_status="received", officer_id=officer_id, at=now)
        audit.record(
            s,
            officer_id=officer_id,
            entity="report",
            entity_id=report.id,
            action="create",
            after=_snapshot(report),
        )
        return report_view(report)


def _clean(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _lost_items(items: tuple[LostItemInput, ...], station_code: str) -> list[LostItem]:
    return [
        LostItem(
            position=i,
            item=it.item.strip(),
            quantity=it.quantity,
            identifiers=it.identifiers.strip(),
            station_code=station_code,
        )
        for i, it in enumerate(items)
    ]


def _snapshot(r: Report) -> dict[str, object]:
    snap: dict[str, object] = {f: getattr(r, f) for f in EDITABLE_FIELDS}
    snap["number"] = r.number
    snap["lost_items"] = [
        asdict(LostItemInput(i.item, i.quantity, i.identifiers)) for i in r.lost_items if i.deleted_at is None
    ]
    return snap


def _load(s: Session, report_id: str) -> Report:
    loads = [
        selectinload(Report.lost_items),
        selectinload(Report.citizen),
        selectinload(Report.receiving_officer),
        selectinload(Report.category),
    ]
    return live_row(s, Report, report_id, "report", options=loads)


def get_report(session_factory: sessionmaker[Session], report_id: str) -> ReportView:
    with read_session(session_factory) as s:
        return report_view(_load(s, report_id))


def may_edit(officer: Officer, report: Report, now: datetime) -> bool:
    if report.voided_at is not None:
        return False  # a void report stays as it was when voided
    if officer.role in ("head", "admin"):
        return True
    return report.receiving_officer_id == officer.id and now - report.received_at <= OWN_EDIT_WINDOW


def update_report(
    session_factory: sessionmaker[Session],
    *,
    report_id: str,
    data: ReportInput,
    officer_id: str,
    now: datetime | None = None,
) -> ReportView:
    """Correct a report (never its kind, number or receive time); before/after go to the audit trail."""
    now = now or now_utc()
    validate_report(data, now=now)
    with session_factory.begin() as s:
        report = _load(s, report_id)
        officer = s.get(Officer, officer_id)
        if officer is None or not may_edit(officer, report, now):
            raise PermissionDenied("this role may not edit this report")
        if data.kind != report.kind:
            raise ValidationFailed({"kind": "The kind of a numbered report cannot change."})
        before = _snapshot(report)
        for f in EDITABLE_FIELDS:
            setattr(report, f, _clean(getattr(data, f)))
        if before["lost_items"] != [asdict(i) for i in data.lost_items]:
            for item in report.lost_items:
                item.deleted_at = now
            report.lost_items.extend(_lost_items(data.lost_items, report.station_code))
        old_citizen = citizen_view(report.citizen)
        if old_citizen.as_input() != data.citizen:
            report.citizen = _upsert_citizen(s, data.citizen, report.station_code, officer_id)
        s.flush()
        after = _snapshot(report)
        before["citizen_id"], after["citizen_id"] = old_citizen.id, report.citizen_id
        update_audited(s, report, "report", by=officer_id, before=before, after=after, only_changed=True)
        s.flush()
        s.refresh(report)
        return report_view(report)
