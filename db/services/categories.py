"""The configurable category list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import read_session
from db.models import Category


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: str
    name: str


def list_categories(session_factory: sessionmaker[Session]) -> list[CategoryView]:
    with read_session(session_factory) as s:
        q = (
            select(Category.id, Category.name)
            .where(Category.active.is_(True), Category.deleted_at.is_(None))
            .order_by(Category.sort_order, Category.name)
        )
        return [CategoryView(i, n) for i, n in s.execute(q)]
