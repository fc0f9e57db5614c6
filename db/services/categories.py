"""The configurable category list: read by the report form, kept by the admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models import Category
from db.services.officers import require_admin
from db.services.row_views import view_of
from db.services.writes import insert_audited, live_row, record_active, update_audited
from db.storage.engine import read_session

MAX_NAME = 120  # spelled out in the "too long" message, which must stay a literal to be translated


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: str
    name: str
    active: bool = True
    sort_order: int = 0


def _view(c: Category) -> CategoryView:
    return view_of(CategoryView, c)


def list_categories(
    session_factory: sessionmaker[Session], *, include_inactive: bool = False
) -> list[CategoryView]:
    """The categories in the admin's order; inactive ones only when asked (the admin screen)."""
    with read_session(session_factory) as s:
        q = (
            select(Category.id, Category.name, Category.active, Category.sort_order)
            .where(Category.deleted_at.is_(None))
            .order_by(Category.sort_order, Category.name)
        )
        if not include_inactive:
            q = q.where(Category.active.is_(True))
        return [view_of(CategoryView, row) for row in s.execute(q)]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationFailed({"name": "Name is required."})
    if len(name) > MAX_NAME:
        raise ValidationFailed({"name": "Name is too long (at most 120 characters)."})
    return name


def _check_unique(session: Session, name: str, *, except_id: str | None = None) -> None:
    # Compared in Python: SQLite's lower() folds ASCII only. Tombstoned rows count too, because the
    # column's unique constraint still holds their names.
    key = name.casefold()
    for other_id, other_name, active in session.execute(select(Category.id, Category.name, Category.active)):
        if other_id != except_id and other_name.casefold() == key:
            if active:
                raise ValidationFailed({"name": "A category with this name already exists."})
            raise ValidationFailed({"name": "An inactive category has this name; activate it instead."})


def _ordered(session: Session) -> list[Category]:
    return list(
        session.scalars(
            select(Category).where(Category.deleted_at.is_(None)).order_by(Category.sort_order, Category.name)
        )
    )


def add_category(session_factory: sessionmaker[Session], *, name: str, by_officer_id: str) -> CategoryView:
    """A new active category at the end of the list."""
    name = _clean_name(name)
    with session_factory.begin() as s:
        admin = require_admin(s, by_officer_id)
        _check_unique(s, name)
        rows = _ordered(s)
        row = Category(
            name=name,
            active=True,
            sort_order=(rows[-1].sort_order + 1) if rows else 0,
            station_code=admin.station_code,
        )
        values = {"name": name, "sort_order": row.sort_order}
        insert_audited(s, row, "category", by=by_officer_id, after=values)
        return _view(row)


def rename_category(
    session_factory: sessionmaker[Session], *, category_id: str, name: str, by_officer_id: str
) -> CategoryView:
    """Rename; reports keep pointing at the same row, so they show the new name."""
    name = _clean_name(name)
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        row = live_row(s, Category, category_id, "category")
        if row.name == name:
            return _view(row)
        _check_unique(s, name, except_id=row.id)
        before = {"name": row.name}
        row.name = name
        update_audited(
            s, row, "category", by=by_officer_id, before=before, after={"name": name}, action="rename"
        )
        return _view(row)


def set_category_active(
    session_factory: sessionmaker[Session], *, category_id: str, active: bool, by_officer_id: str
) -> CategoryView:
    """An inactive category is no longer offered for new reports; old reports keep it."""
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        row = live_row(s, Category, category_id, "category")
        if row.active != active:
            row.active = active
            record_active(s, row, "category", by=by_officer_id, active=active)
        return _view(row)


def move_category(
    session_factory: sessionmaker[Session], *, category_id: str, delta: int, by_officer_id: str
) -> CategoryView:
    """Move a category `delta` places (negative = up) in the full list, inactive ones included."""
    with session_factory.begin() as s:
        require_admin(s, by_officer_id)
        row = live_row(s, Category, category_id, "category")
        rows = _ordered(s)
        old = rows.index(row)
        new = max(0, min(len(rows) - 1, old + delta))
        if new == old:
            return _view(row)
        rows.insert(new, rows.pop(old))
        # Renumber 0..n-1 so ties and gaps disappear; only rows whose number changed are written and audited.
        for position, r in enumerate(rows):
            if r.sort_order != position:
                before = {"sort_order": r.sort_order}
                r.sort_order = position
                after = {"sort_order": position}
                update_audited(s, r, "category", by=by_officer_id, before=before, after=after, action="move")
        return _view(row)
