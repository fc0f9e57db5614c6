"""The admin's category list: uniqueness, activation, order, permissions and audit entries."""

from __future__ import annotations

import json

import pytest

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.services.categories import (
    add_category,
    list_categories,
    move_category,
    rename_category,
    set_category_active,
)
from db.services.station import DEFAULT_CATEGORIES
from tests.builders import add_officer, audit_entries


def test_default_list_unchanged(session_factory, station):
    names = [c.name for c in list_categories(session_factory)]
    assert names == list(DEFAULT_CATEGORIES)


def test_add_category_at_end_with_audit(session_factory, station):
    _, admin = station
    view = add_category(session_factory, name="  Penyerobotan   tanah ", by_officer_id=admin.id)
    assert view.name == "Penyerobotan tanah" and view.active
    assert list_categories(session_factory)[-1] == view
    entry = audit_entries(session_factory, entity_id=view.id)[-1]
    assert (entry.action, entry.officer_id) == ("create", admin.id)
    assert json.loads(entry.after_json)["name"] == "Penyerobotan tanah"


def test_names_unique_case_insensitive_and_not_empty(session_factory, station):
    _, admin = station
    with pytest.raises(ValidationFailed) as err:
        add_category(session_factory, name="penipuan", by_officer_id=admin.id)
    assert "already exists" in err.value.field_errors["name"]
    with pytest.raises(ValidationFailed):
        add_category(session_factory, name="   ", by_officer_id=admin.id)
    with pytest.raises(ValidationFailed):
        add_category(session_factory, name="x" * 121, by_officer_id=admin.id)
    other = add_category(session_factory, name="Penyerobotan tanah", by_officer_id=admin.id)
    with pytest.raises(ValidationFailed):
        rename_category(session_factory, category_id=other.id, name="KDRT", by_officer_id=admin.id)
    # Changing only the case of its own name is allowed.
    assert (
        rename_category(
            session_factory, category_id=other.id, name="PENYEROBOTAN TANAH", by_officer_id=admin.id
        ).name
        == "PENYEROBOTAN TANAH"
    )


def test_inactive_name_is_still_taken(session_factory, station):
    _, admin = station
    view = add_category(session_factory, name="Penyerobotan tanah", by_officer_id=admin.id)
    set_category_active(session_factory, category_id=view.id, active=False, by_officer_id=admin.id)
    with pytest.raises(ValidationFailed) as err:
        add_category(session_factory, name="penyerobotan TANAH", by_officer_id=admin.id)
    assert "activate it" in err.value.field_errors["name"]


def test_rename_audits_before_and_after(session_factory, station):
    _, admin = station
    cat = list_categories(session_factory)[0]
    view = rename_category(session_factory, category_id=cat.id, name="Curat", by_officer_id=admin.id)
    assert view.name == "Curat" and list_categories(session_factory)[0].name == "Curat"
    entry = audit_entries(session_factory, entity_id=cat.id)[-1]
    assert json.loads(entry.before_json) == {"name": cat.name}
    assert json.loads(entry.after_json) == {"name": "Curat"}


def test_deactivated_category_hidden_from_default_list(session_factory, station):
    _, admin = station
    cat = next(c for c in list_categories(session_factory) if c.name == "Perjudian")
    view = set_category_active(session_factory, category_id=cat.id, active=False, by_officer_id=admin.id)
    assert view.active is False
    assert cat.id not in [c.id for c in list_categories(session_factory)]
    full = list_categories(session_factory, include_inactive=True)
    assert next(c for c in full if c.id == cat.id).active is False
    assert audit_entries(session_factory, entity_id=cat.id)[-1].action == "deactivate"
    set_category_active(session_factory, category_id=cat.id, active=True, by_officer_id=admin.id)
    assert cat.id in [c.id for c in list_categories(session_factory)]


def test_move_category(session_factory, station):
    _, admin = station
    cats = list_categories(session_factory)
    moved = move_category(session_factory, category_id=cats[2].id, delta=-1, by_officer_id=admin.id)
    assert moved.sort_order == 1
    ids = [c.id for c in list_categories(session_factory)]
    assert ids[:3] == [cats[0].id, cats[2].id, cats[1].id]
    # Clamped at both ends; a move that goes nowhere writes nothing.
    before = len(audit_entries(session_factory, entity_id=cats[0].id))
    move_category(session_factory, category_id=cats[0].id, delta=-5, by_officer_id=admin.id)
    assert len(audit_entries(session_factory, entity_id=cats[0].id)) == before
    move_category(session_factory, category_id=cats[0].id, delta=1000, by_officer_id=admin.id)
    assert [c.id for c in list_categories(session_factory)][-1] == cats[0].id
    assert audit_entries(session_factory, entity_id=cats[0].id)[-1].action == "move"


def test_move_counts_inactive_rows(session_factory, station):
    _, admin = station
    cats = list_categories(session_factory)
    set_category_active(session_factory, category_id=cats[1].id, active=False, by_officer_id=admin.id)
    move_category(session_factory, category_id=cats[2].id, delta=-1, by_officer_id=admin.id)
    full = [c.id for c in list_categories(session_factory, include_inactive=True)]
    assert full[:3] == [cats[0].id, cats[2].id, cats[1].id]


def test_only_admin_and_known_rows(session_factory, station):
    _, admin = station
    officer = add_officer(session_factory, admin.id, name="Dedi", nrp="90020456")
    cat = list_categories(session_factory)[0]
    with pytest.raises(PermissionDenied):
        add_category(session_factory, name="Baru", by_officer_id=officer.id)
    with pytest.raises(PermissionDenied):
        rename_category(session_factory, category_id=cat.id, name="Baru", by_officer_id=officer.id)
    with pytest.raises(PermissionDenied):
        set_category_active(session_factory, category_id=cat.id, active=False, by_officer_id=officer.id)
    with pytest.raises(PermissionDenied):
        move_category(session_factory, category_id=cat.id, delta=1, by_officer_id=officer.id)
    with pytest.raises(NotFound):
        rename_category(session_factory, category_id="missing", name="Baru", by_officer_id=admin.id)
