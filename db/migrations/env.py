"""Alembic environment: runs on the connection handed in by db.storage.migrate (batch mode for SQLite)."""

from __future__ import annotations

from alembic import context

from db.migrations.env_filter import include_object
from db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
