"""The register of CCTV cameras and drones: where, whose, working or broken, and when last checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models.community import Device
from db.rules.regions import is_nagari_of, region_name
from db.rules.text_rules import raise_field_errors
from db.rules.timeutil import now_utc, to_wib
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited, live_row, update_audited
from db.storage.engine import read_session

KINDS = ("cctv", "drone")
OWNERS = ("polres", "pemda", "private")
MAX_NOTES = 4000


@dataclass(frozen=True, slots=True)
class DeviceInput:
    kind: str
    name: str
    owner: str
    location: str = ""
    kecamatan_code: str = ""
    nagari_code: str = ""
    working: bool = True
    last_checked: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DeviceView:
    id: str
    kind: str
    name: str
    location: str
    kecamatan_code: str
    kecamatan_name: str
    nagari_code: str
    nagari_name: str
    owner: str
    working: bool
    last_checked: date | None
    notes: str


def device_view(d: Device) -> DeviceView:
    return view_of(
        DeviceView, d, kecamatan_name=region_name(d.kecamatan_code), nagari_name=region_name(d.nagari_code)
    )


def _today_wib(now: datetime | None) -> date:
    return to_wib(now or now_utc()).date()


def validate_device(data: DeviceInput, *, today: date) -> None:
    errors: dict[str, str] = {}
    if data.kind not in KINDS:
        errors["kind"] = "Choose CCTV or drone."
    if not data.name.strip():
        errors["name"] = "Name is required."
    elif len(data.name.strip()) > 120:
        errors["name"] = "The name is too long (at most 120 characters)."
    if data.owner not in OWNERS:
        errors["owner"] = "Choose Polres, Pemda or private."
    if len(data.location) > 250:
        errors["location"] = "The location is too long (at most 250 characters)."
    if data.nagari_code and not is_nagari_of(data.nagari_code, data.kecamatan_code):
        errors["nagari_code"] = "This nagari is not in the chosen kecamatan."
    elif data.kecamatan_code and region_name(data.kecamatan_code) == data.kecamatan_code:
        errors["kecamatan_code"] = "Unknown kecamatan."
    if data.last_checked is not None and data.last_checked > today:
        errors["last_checked"] = "The check date cannot be in the future."
    if len(data.notes) > MAX_NOTES:
        errors["notes"] = "The text is too long (at most 4000 characters)."
    raise_field_errors(errors, data)


def _audit_values(d: Device) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "name": d.name,
        "location": d.location,
        "kecamatan_code": d.kecamatan_code,
        "nagari_code": d.nagari_code,
        "owner": d.owner,
        "working": d.working,
        "last_checked": d.last_checked,
        "notes": d.notes,
    }


def _apply(device: Device, data: DeviceInput) -> None:
    device.kind = data.kind
    device.name = data.name.strip()
    device.location = data.location.strip()
    device.kecamatan_code = data.kecamatan_code
    device.nagari_code = data.nagari_code
    device.owner = data.owner
    device.working = data.working
    device.last_checked = data.last_checked
    device.notes = data.notes.strip()


def add_device(
    session_factory: sessionmaker[Session],
    *,
    data: DeviceInput,
    officer_id: str,
    now: datetime | None = None,
) -> DeviceView:
    """Put a camera or drone on the register."""
    validate_device(data, today=_today_wib(now))
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        device = Device(station_code=load_station(s).code)
        _apply(device, data)
        insert_audited(s, device, "device", by=officer.id, after=_audit_values(device))
        return device_view(device)


def update_device(
    session_factory: sessionmaker[Session],
    *,
    device_id: str,
    data: DeviceInput,
    officer_id: str,
    now: datetime | None = None,
) -> DeviceView:
    """Correct a register entry."""
    validate_device(data, today=_today_wib(now))
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        device = live_row(s, Device, device_id, "device")
        before = _audit_values(device)
        _apply(device, data)
        device.sync_state = "pending"
        update_audited(s, device, "device", by=officer.id, before=before, after=_audit_values(device))
        return device_view(device)


def mark_checked(
    session_factory: sessionmaker[Session],
    *,
    device_id: str,
    working: bool,
    officer_id: str,
    checked_on: date | None = None,
    now: datetime | None = None,
) -> DeviceView:
    """Record a check of the device (today in WIB unless `checked_on`), and whether it works."""
    today = _today_wib(now)
    checked_on = checked_on or today
    if checked_on > today:
        raise ValidationFailed({"last_checked": "The check date cannot be in the future."})
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        device = live_row(s, Device, device_id, "device")
        before = {"working": device.working, "last_checked": device.last_checked}
        device.working = working
        device.last_checked = checked_on
        device.sync_state = "pending"
        after = {"working": working, "last_checked": checked_on}
        update_audited(s, device, "device", by=officer.id, before=before, after=after, action="check")
        return device_view(device)


def get_device(session_factory: sessionmaker[Session], device_id: str) -> DeviceView:
    with read_session(session_factory) as s:
        return device_view(live_row(s, Device, device_id, "device"))


def list_devices(
    session_factory: sessionmaker[Session],
    *,
    kind: str = "",
    owner: str = "",
    working: bool | None = None,
    kecamatan_code: str = "",
) -> list[DeviceView]:
    """The register, by kind then name; each filter left empty (or None) is not applied."""
    with read_session(session_factory) as s:
        q = select(Device).where(Device.deleted_at.is_(None)).order_by(Device.kind, Device.name)
        if kind:
            q = q.where(Device.kind == kind)
        if owner:
            q = q.where(Device.owner == owner)
        if working is not None:
            q = q.where(Device.working.is_(working))
        if kecamatan_code:
            q = q.where(Device.kecamatan_code == kecamatan_code)
        return [device_view(d) for d in s.scalars(q)]
