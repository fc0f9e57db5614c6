"""Column values to and from the JSON that travels (docs/sync-protocol.md, "Values in JSON")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import Boolean, Column, Date, Float, Integer

from db.models.base import UtcDateTime


def json_loads(text: str | bytes) -> Any:
    """JSON text as Python values (orjson: the outbox and the answers are read in bulk)."""
    return orjson.loads(text)


def json_dumps(value: Any) -> str:
    """Python values as compact JSON text (orjson; non-ASCII kept as UTF-8)."""
    return orjson.dumps(value).decode()


def encode(value: Any) -> Any:
    """A Python value of a synced column as JSON: aware times in ISO 8601, dates as YYYY-MM-DD."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a synced row")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _utc(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """The conversion `decode` applies to a column's non-null values (None: the JSON value as it is)."""
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return _utc
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, Integer):
        return int
    if isinstance(kind, Float):
        return float
    return None


def decode(column: Column[Any], value: Any) -> Any:
    """A JSON value back into what the station's column holds."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UtcDateTime):
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(value[:10])
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Float):
        return float(value)
    return value


def expand_batches(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A pulled page as one item per row: a batch (protocol 3, central 0006: `columns` and one `values` array
    per row, `id` and `version` among them) becomes the row items an older centre sends."""
    rows: list[dict[str, Any]] = []
    for item in items:
        values = item.get("values")
        if values is None:
            rows.append(item)
            continue
        columns, table = item["columns"], item["table"]
        for row in (dict(zip(columns, v, strict=True)) for v in values):
            rows.append({"table": table, "row_id": row["id"], "version": row["version"], "row": row})
    return rows
