"""The patrol log: recording, refusing bad input, correcting, filtering, and the period's summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.models import AuditEntry
from db.queries.community_stats import patrol_summary
from db.rules.timeutil import WIB
from db.services.patrols import PatrolInput, get_patrol, list_patrols, record_patrol, update_patrol
from tests.builders import add_officer

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=WIB)
DILAM, KINARI = "13.02.08.2005", "13.02.08.2002"  # Bukit Sundi
GUNUNG_TALANG_NAGARI = "13.02.07.2001"


MORNING_PATROL = PatrolInput(
    starts_at=datetime(2026, 11, 20, 8, 0, tzinfo=WIB),
    ends_at=datetime(2026, 11, 20, 10, 30, tzinfo=WIB),
    route=(KINARI, DILAM),
    mode="motorbike",
    officer_ids=(),
    findings="  Jalan licin di Dilam; warga minta patroli malam.  ",
)


def _input(ids, **overrides) -> PatrolInput:
    return replace(MORNING_PATROL, **{"officer_ids": tuple(ids), **overrides})


@pytest.fixture
def officers(session_factory, station):
    _st, admin = station
    other = add_officer(session_factory, admin.id, name="Dedi Kurniawan", nrp="90020456")
    return admin, other


def test_record_and_read_back(session_factory, officers):
    admin, other = officers
    view = record_patrol(session_factory, data=_input([admin.id, other.id]), officer_id=other.id, now=NOW)
    assert view.route == (KINARI, DILAM)
    assert view.route_names == ("Kinari", "Dilam")
    assert view.findings == "Jalan licin di Dilam; warga minta patroli malam."
    assert {o.name for o in view.officers} == {"Rina Marlina", "Dedi Kurniawan"}
    assert get_patrol(session_factory, view.id) == view
    with session_factory() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity_id == view.id))
        assert entry.action == "create" and entry.officer_id == other.id


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"ends_at": datetime(2026, 11, 20, 7, 0, tzinfo=WIB)}, "ends_at"),
        ({"ends_at": datetime(2026, 11, 20, 8, 0, tzinfo=WIB)}, "ends_at"),
        ({"ends_at": datetime(2026, 11, 22, 8, 0, tzinfo=WIB)}, "ends_at"),
        (
            {
                "starts_at": datetime(2026, 11, 21, 8, 0, tzinfo=WIB),
                "ends_at": datetime(2026, 11, 21, 9, 0, tzinfo=WIB),
            },
            "starts_at",
        ),
        ({"ends_at": datetime(2026, 11, 20, 13, 0, tzinfo=WIB)}, "ends_at"),
        ({"route": ()}, "route"),
        ({"route": (KINARI, "13.02.08.9999")}, "route"),
        ({"route": ("13.02.08",)}, "route"),
        ({"mode": "horse"}, "mode"),
        ({"officer_ids": ()}, "officers"),
        ({"findings": "x" * 4001}, "findings"),
    ],
)
def test_refused(session_factory, officers, overrides, field):
    admin, _ = officers
    with pytest.raises(ValidationFailed) as err:
        record_patrol(session_factory, data=_input([admin.id], **overrides), officer_id=admin.id, now=NOW)
    assert field in err.value.field_errors


def test_unknown_officer_on_patrol(session_factory, officers):
    admin, _ = officers
    with pytest.raises(ValidationFailed) as err:
        record_patrol(session_factory, data=_input([admin.id, "nobody"]), officer_id=admin.id, now=NOW)
    assert "officers" in err.value.field_errors


def test_update_by_recorder_or_head_only(session_factory, officers):
    admin, other = officers
    third = add_officer(session_factory, admin.id, name="Yusuf Tanjung", nrp="91030789", rank="BRIPDA")
    view = record_patrol(session_factory, data=_input([other.id]), officer_id=other.id, now=NOW)
    with pytest.raises(PermissionDenied):
        update_patrol(
            session_factory, patrol_id=view.id, data=_input([third.id]), officer_id=third.id, now=NOW
        )
    changed = update_patrol(
        session_factory,
        patrol_id=view.id,
        data=_input([third.id, other.id], mode="foot", route=(DILAM,)),
        officer_id=admin.id,
        now=NOW,
    )
    assert changed.mode == "foot" and changed.route == (DILAM,)
    assert set(changed.officer_ids) == {third.id, other.id}
    with pytest.raises(NotFound):
        update_patrol(
            session_factory, patrol_id="nope", data=_input([admin.id]), officer_id=admin.id, now=NOW
        )
    with session_factory() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == view.id)).all()
    assert sorted(actions) == ["create", "update"]


def test_filters_and_summary(session_factory, officers):
    admin, _ = officers
    day = timedelta(days=1)
    base = _input([admin.id])
    record_patrol(session_factory, data=base, officer_id=admin.id, now=NOW)
    record_patrol(
        session_factory,
        data=_input(
            [admin.id],
            starts_at=base.starts_at - 3 * day,
            ends_at=base.ends_at - 3 * day,
            route=(GUNUNG_TALANG_NAGARI, DILAM, DILAM),
            mode="foot",
        ),
        officer_id=admin.id,
        now=NOW,
    )
    record_patrol(
        session_factory,
        data=_input([admin.id], starts_at=base.starts_at - 40 * day, ends_at=base.ends_at - 40 * day),
        officer_id=admin.id,
        now=NOW,
    )
    assert len(list_patrols(session_factory)) == 3
    assert len(list_patrols(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))) == 2
    assert len(list_patrols(session_factory, date_from=date(2026, 11, 17), date_to=date(2026, 11, 17))) == 1
    assert len(list_patrols(session_factory, nagari_code=DILAM)) == 3
    assert len(list_patrols(session_factory, nagari_code=KINARI)) == 2
    assert len(list_patrols(session_factory, nagari_code="13.02.08.200")) == 0
    assert [p.mode for p in list_patrols(session_factory, mode="foot")] == ["foot"]

    summary = patrol_summary(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert summary.total == 2
    assert summary.hours == 5.0
    assert dict(summary.per_mode) == {"foot": 1, "motorbike": 1, "car": 0, "drone": 0}
    assert summary.nagari[0].code == DILAM and summary.nagari[0].patrols == 2
    assert {n.code for n in summary.nagari} == {DILAM, KINARI, GUNUNG_TALANG_NAGARI}
