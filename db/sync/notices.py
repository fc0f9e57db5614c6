"""What the admin reads about sync: the conflicts the centre reported and the pulled rows kept as problems.

Both are kept as rows with a `resolved_at`: open until the admin (or a later cycle) settles them.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, select

from db.models.sync import SyncConflict, SyncProblem

Notice = TypeVar("Notice", SyncConflict, SyncProblem)


def notices(model: type[Notice], *order_by: Any, include_resolved: bool) -> Select[Notice]:
    """The notices of `model` in `order_by` order: only the open ones unless `include_resolved`."""
    query = select(model).order_by(*order_by)
    return query if include_resolved else query.where(model.resolved_at.is_(None))
