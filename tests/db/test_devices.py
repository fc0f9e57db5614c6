"""The CCTV and drone register: adding, refusing bad input, correcting, checks, and the filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import AuditEntry
from db.rules.timeutil import WIB
from db.services.devices import DeviceInput, add_device, get_device, list_devices, mark_checked, update_device

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=WIB)
BUKIT_SUNDI, DILAM = "13.02.08", "13.02.08.2005"


CCTV_DILAM = DeviceInput(
    kind="cctv",
    name="  CCTV Simpang Dilam ",
    owner="pemda",
    location="Simpang tiga pasar Dilam",
    kecamatan_code=BUKIT_SUNDI,
    nagari_code=DILAM,
)


def _cctv(**overrides) -> DeviceInput:
    return replace(CCTV_DILAM, **overrides)


def test_add_check_and_update(session_factory, station):
    _st, admin = station
    view = add_device(session_factory, data=_cctv(), officer_id=admin.id, now=NOW)
    assert (view.name, view.nagari_name, view.kecamatan_name, view.working) == (
        "CCTV Simpang Dilam",
        "Dilam",
        "Bukit Sundi",
        True,
    )
    assert view.last_checked is None
    broken = mark_checked(session_factory, device_id=view.id, working=False, officer_id=admin.id, now=NOW)
    assert broken.working is False and broken.last_checked == date(2026, 11, 20)
    fixed = update_device(
        session_factory,
        device_id=view.id,
        data=_cctv(owner="polres", working=True, last_checked=date(2026, 11, 19), notes="Kabel diganti"),
        officer_id=admin.id,
        now=NOW,
    )
    assert get_device(session_factory, view.id) == fixed
    assert (fixed.owner, fixed.working, fixed.notes) == ("polres", True, "Kabel diganti")
    with session_factory() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == view.id)).all()
    assert sorted(actions) == ["check", "create", "update"]


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"kind": "radar"}, "kind"),
        ({"name": "  "}, "name"),
        ({"owner": "tni"}, "owner"),
        ({"nagari_code": "13.02.07.2001"}, "nagari_code"),
        ({"kecamatan_code": "13.02.99", "nagari_code": ""}, "kecamatan_code"),
        ({"last_checked": date(2026, 11, 21)}, "last_checked"),
    ],
)
def test_refused(session_factory, station, overrides, field):
    _st, admin = station
    with pytest.raises(ValidationFailed) as err:
        add_device(session_factory, data=_cctv(**overrides), officer_id=admin.id, now=NOW)
    assert field in err.value.field_errors


def test_checks_refused(session_factory, station):
    _st, admin = station
    view = add_device(session_factory, data=_cctv(), officer_id=admin.id, now=NOW)
    with pytest.raises(ValidationFailed):
        mark_checked(
            session_factory,
            device_id=view.id,
            working=True,
            officer_id=admin.id,
            checked_on=date(2026, 11, 25),
            now=NOW,
        )
    with pytest.raises(NotFound):
        mark_checked(session_factory, device_id="nope", working=True, officer_id=admin.id, now=NOW)
    with pytest.raises(PermissionDenied):
        mark_checked(session_factory, device_id=view.id, working=True, officer_id="nobody", now=NOW)


def test_filters(session_factory, station):
    _st, admin = station
    cam = add_device(session_factory, data=_cctv(), officer_id=admin.id, now=NOW)
    add_device(
        session_factory,
        data=DeviceInput(kind="drone", name="DJI Mavic 3", owner="polres", location="Mapolres Arosuka"),
        officer_id=admin.id,
        now=NOW,
    )
    add_device(
        session_factory,
        data=_cctv(name="CCTV Toko Emas", owner="private", working=False),
        officer_id=admin.id,
        now=NOW,
    )
    assert [d.name for d in list_devices(session_factory)] == [
        "CCTV Simpang Dilam",
        "CCTV Toko Emas",
        "DJI Mavic 3",
    ]
    assert [d.name for d in list_devices(session_factory, kind="drone")] == ["DJI Mavic 3"]
    assert [d.name for d in list_devices(session_factory, owner="private")] == ["CCTV Toko Emas"]
    assert [d.name for d in list_devices(session_factory, working=False)] == ["CCTV Toko Emas"]
    assert len(list_devices(session_factory, working=True)) == 2
    assert [d.id for d in list_devices(session_factory, kecamatan_code=BUKIT_SUNDI, owner="pemda")] == [
        cam.id
    ]
