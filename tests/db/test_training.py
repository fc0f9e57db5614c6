"""The training log and training hours per officer for a period."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from db.errors import PermissionDenied, ValidationFailed
from db.queries.community_stats import training_summary
from db.rules.timeutil import WIB
from db.services.officers import set_officer_active
from db.services.training import TrainingInput, list_trainings, record_training, training_hours
from tests.builders import add_officer

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=WIB)


@pytest.fixture
def crew(session_factory, station):
    _st, admin = station

    def new(name: str, nrp: str):
        return add_officer(session_factory, admin.id, name=name, nrp=nrp)

    return admin, new("Dedi Kurniawan", "90020456"), new("Yusuf Tanjung", "91030789")


def _log(session_factory, by, officer_id, course, held_on, hours, organiser="SPN Padang Besi"):
    return record_training(
        session_factory,
        data=TrainingInput(
            officer_id=officer_id, course=course, held_on=held_on, hours=hours, organiser=organiser
        ),
        by_officer_id=by,
        now=NOW,
    )


def test_hours_per_officer_for_a_period(session_factory, crew):
    admin, dedi, yusuf = crew
    _log(session_factory, admin.id, dedi.id, "Pelayanan prima SPKT", date(2026, 11, 3), 16)
    _log(session_factory, dedi.id, dedi.id, "Penanganan KDRT", date(2026, 11, 10), 4.5)
    _log(session_factory, admin.id, admin.id, "Pelayanan prima SPKT", date(2026, 11, 3), 16)
    _log(session_factory, admin.id, dedi.id, "Menembak", date(2026, 10, 31), 8)
    hours = training_hours(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert [(h.name, h.hours, h.courses) for h in hours] == [
        ("Dedi Kurniawan", 20.5, 2),
        ("Rina Marlina", 16.0, 1),
        ("Yusuf Tanjung", 0.0, 0),
    ]
    assert hours[0].nrp == "90020456" and hours[0].rank == "BRIPTU"
    # Both ends of the period count.
    one_day = training_hours(session_factory, date_from=date(2026, 10, 31), date_to=date(2026, 10, 31))
    assert {h.name: h.hours for h in one_day}["Dedi Kurniawan"] == 8
    assert [t.course for t in list_trainings(session_factory, officer_id=dedi.id)] == [
        "Penanganan KDRT",
        "Pelayanan prima SPKT",
        "Menembak",
    ]
    assert len(list_trainings(session_factory, date_from=date(2026, 11, 1))) == 3

    summary = training_summary(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert (summary.courses, summary.hours, summary.officers_trained, summary.officers_without_training) == (
        3,
        36.5,
        2,
        1,
    )
    assert summary.top_courses[0] == ("Pelayanan prima SPKT", 2)


def test_inactive_officer_listed_only_when_trained(session_factory, crew):
    admin, dedi, yusuf = crew
    _log(session_factory, admin.id, yusuf.id, "Binmas dasar", date(2026, 11, 5), 6)
    set_officer_active(session_factory, officer_id=yusuf.id, active=False, by_officer_id=admin.id)
    set_officer_active(session_factory, officer_id=dedi.id, active=False, by_officer_id=admin.id)
    names = [h.name for h in training_hours(session_factory, date_from=date(2026, 11, 1), date_to=NOW.date())]
    assert names == ["Yusuf Tanjung", "Rina Marlina"]


@pytest.mark.parametrize(
    "course, held_on, hours, field",
    [
        ("", date(2026, 11, 1), 4, "course"),
        ("Binmas", date(2026, 11, 21), 4, "held_on"),
        ("Binmas", date(2026, 11, 1), 0, "hours"),
        ("Binmas", date(2026, 11, 1), -2, "hours"),
        ("Binmas", date(2026, 11, 1), 24 * 30 + 1, "hours"),
    ],
)
def test_refused(session_factory, crew, course, held_on, hours, field):
    admin, dedi, _ = crew
    with pytest.raises(ValidationFailed) as err:
        _log(session_factory, admin.id, dedi.id, course, held_on, hours)
    assert field in err.value.field_errors


def test_only_head_or_admin_logs_for_others(session_factory, crew):
    _admin, dedi, yusuf = crew
    with pytest.raises(PermissionDenied):
        _log(session_factory, dedi.id, yusuf.id, "Binmas", date(2026, 11, 1), 4)
    assert _log(session_factory, dedi.id, dedi.id, "Binmas", date(2026, 11, 1), 720).hours == 720
    with pytest.raises(ValidationFailed):
        training_hours(session_factory, date_from=date(2026, 11, 2), date_to=date(2026, 11, 1))
