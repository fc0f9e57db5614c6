"""sync: pulled rows kept when they cannot be applied, and shared-list ids mapped by natural key

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_problem",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("last_tried_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_problem")),
    )
    with op.batch_alter_table("sync_problem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_problem_row_id"), ["row_id"], unique=False)

    op.create_table(
        "sync_id_map",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("remote_id", sa.String(length=36), nullable=False),
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.Column("remote_station", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "remote_id", name=op.f("pk_sync_id_map")),
    )
    with op.batch_alter_table("sync_id_map", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_id_map_local_id"), ["local_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_id_map", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_id_map_local_id"))
    op.drop_table("sync_id_map")
    with op.batch_alter_table("sync_problem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_problem_row_id"))
    op.drop_table("sync_problem")
