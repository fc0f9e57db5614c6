"""The frozen views services and queries hand out, copied from a row by field name (`view_of`)."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance  # "any dataclass", a name type checkers alone know

V = TypeVar("V", bound="DataclassInstance")


def view_of(cls: type[V], source: object, **computed: Any) -> V:
    """`cls` (a frozen dataclass) from `source`'s attributes of the same names; `computed` gives the rest.

    A field neither computed nor on `source` is an AttributeError naming both (never a silent default), and a
    live ORM object or relationship collection is refused (TypeError), so that none leaves its session inside
    a view: compute a view of it instead.
    """
    values = {
        f.name: computed[f.name] if f.name in computed else _copied(cls, source, f.name)
        for f in fields(cls)
        if f.init
    }
    unknown = computed.keys() - values.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    for name, value in values.items():
        if _is_orm(value) or (isinstance(value, tuple | list | set | frozenset) and any(map(_is_orm, value))):
            raise TypeError(
                f"{cls.__name__}.{name}: a live ORM object ({type(value).__name__}) cannot go into a view"
            )
    return cls(**values)


def _copied(cls: type, source: object, name: str) -> object:
    try:
        return getattr(source, name)
    except AttributeError:
        raise AttributeError(
            f"{cls.__name__}.{name}: {type(source).__name__} has no attribute {name!r}"
            " and no value is computed for it"
        ) from None


def _is_orm(value: object) -> bool:
    # A mapped instance carries its state; a relationship collection (InstrumentedList, ...) or a dynamic
    # relationship's query is a class of SQLAlchemy's own.
    return hasattr(value, "_sa_instance_state") or type(value).__module__.startswith("sqlalchemy.")
