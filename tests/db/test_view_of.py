"""db.services.row_views.view_of: a frozen view copied from a row by name, the computed fields given."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from db.models import Officer, Patrol
from db.services.row_views import view_of


@dataclass(frozen=True, slots=True)
class Thing:
    id: str
    name: str
    label: str = "none"


def test_copies_each_field_by_name_and_ignores_other_attributes():
    view = view_of(Thing, SimpleNamespace(id="t1", name="Kamera", label="x", secret="never read"))
    assert view == Thing("t1", "Kamera", "x")


def test_a_computed_value_wins_over_the_attribute_of_that_name():
    view = view_of(Thing, SimpleNamespace(id="t1", name="Kamera", label="copied"), label="computed")
    assert view.label == "computed"


def test_a_missing_attribute_names_the_view_and_the_field_and_is_not_defaulted():
    with pytest.raises(AttributeError, match=r"Thing\.label: SimpleNamespace has no attribute 'label'"):
        view_of(Thing, SimpleNamespace(id="t1", name="Kamera"))


def test_a_computed_name_the_view_does_not_have_is_refused():
    with pytest.raises(TypeError, match="Thing has no field colour"):
        view_of(Thing, SimpleNamespace(id="t1", name="Kamera", label=""), colour="red")


def test_a_live_orm_object_is_refused_whether_copied_or_computed():
    row = SimpleNamespace(id="t1", name=Officer(name="Budi"), label="")
    with pytest.raises(TypeError, match=r"Thing\.name: a live ORM object \(Officer\)"):
        view_of(Thing, row)
    with pytest.raises(TypeError, match=r"Thing\.label: a live ORM object"):
        view_of(Thing, SimpleNamespace(id="t1", name="Kamera"), label=(Officer(name="Budi"),))


def test_a_relationship_collection_is_refused_even_when_empty():
    collection = Patrol().officers
    assert type(collection).__module__.startswith("sqlalchemy.")
    with pytest.raises(TypeError, match=r"Thing\.label: a live ORM object"):
        view_of(Thing, SimpleNamespace(id="t1", name="Kamera"), label=collection)


def test_the_view_is_frozen():
    view = view_of(Thing, SimpleNamespace(id="t1", name="Kamera", label=""))
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.name = "Drone"  # type: ignore[misc]
