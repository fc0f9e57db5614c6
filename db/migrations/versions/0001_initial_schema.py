"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "category",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("name", name=op.f("uq_category_name")),
    )
    with op.batch_alter_table("category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_category_station_code"), ["station_code"], unique=False)

    op.create_table(
        "citizen",
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("religion", sa.String(length=40), nullable=False),
        sa.Column("nationality", sa.String(length=40), nullable=False),
        sa.Column("occupation", sa.String(length=80), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen")),
        sa.UniqueConstraint("nik", name=op.f("uq_citizen_nik")),
    )
    with op.batch_alter_table("citizen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citizen_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_citizen_station_code"), ["station_code"], unique=False)

    op.create_table(
        "number_counter",
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("station_code", "kind", "year", name=op.f("pk_number_counter")),
    )
    op.create_table(
        "officer",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("nrp", sa.String(length=20), nullable=False),
        sa.Column("rank", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("nrp", name=op.f("uq_officer_nrp")),
    )
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_officer_station_code"), ["station_code"], unique=False)

    op.create_table(
        "station",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("resor_name", sa.String(length=80), nullable=False),
        sa.Column("sector_name", sa.String(length=80), nullable=False),
        sa.Column("polda_name", sa.String(length=80), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("letterhead", sa.Text(), nullable=False),
        sa.Column("signatory_on_behalf", sa.String(length=160), nullable=False),
        sa.Column("signatory_title", sa.String(length=80), nullable=False),
        sa.Column("signatory_name", sa.String(length=120), nullable=False),
        sa.Column("signatory_rank", sa.String(length=40), nullable=False),
        sa.Column("signatory_nrp", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sa.UniqueConstraint("code", name=op.f("uq_station_code")),
    )
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_station_station_code"), ["station_code"], unique=False)

    op.create_table(
        "number_pattern",
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("pattern", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_number_pattern_station_id_station")
        ),
        sa.PrimaryKeyConstraint("station_id", "kind", name=op.f("pk_number_pattern")),
    )
    op.create_table(
        "report",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=True),
        sa.Column("number_year", sa.Integer(), nullable=True),
        sa.Column("number_seq", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("citizen_id", sa.String(length=36), nullable=False),
        sa.Column("receiving_officer_id", sa.String(length=36), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=True),
        sa.Column("offense", sa.String(length=250), nullable=False),
        sa.Column("incident_at", sa.DateTime(), nullable=True),
        sa.Column("incident_kecamatan_code", sa.String(length=16), nullable=False),
        sa.Column("incident_nagari_code", sa.String(length=20), nullable=False),
        sa.Column("incident_address", sa.Text(), nullable=False),
        sa.Column("chronology", sa.Text(), nullable=False),
        sa.Column("reported_party", sa.Text(), nullable=False),
        sa.Column("witnesses", sa.Text(), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("estimated_loss", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_report_category_id_category")
        ),
        sa.ForeignKeyConstraint(["citizen_id"], ["citizen.id"], name=op.f("fk_report_citizen_id_citizen")),
        sa.ForeignKeyConstraint(
            ["receiving_officer_id"], ["officer.id"], name=op.f("fk_report_receiving_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
        sa.UniqueConstraint("number", name=op.f("uq_report_number")),
    )
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_citizen_id"), ["citizen_id"], unique=False)
        batch_op.create_index("ix_report_received_at", ["received_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_report_receiving_officer_id"), ["receiving_officer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_report_station_code"), ["station_code"], unique=False)

    op.create_table(
        "lost_item",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("identifiers", sa.String(length=250), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"], name=op.f("fk_lost_item_report_id_report")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_item")),
    )
    with op.batch_alter_table("lost_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lost_item_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lost_item_station_code"), ["station_code"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_status_change_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"], name=op.f("fk_status_change_report_id_report")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_change_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_status_change_station_code"), ["station_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_station_code"))
        batch_op.drop_index(batch_op.f("ix_status_change_report_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("lost_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lost_item_station_code"))
        batch_op.drop_index(batch_op.f("ix_lost_item_report_id"))

    op.drop_table("lost_item")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_station_code"))
        batch_op.drop_index(batch_op.f("ix_report_receiving_officer_id"))
        batch_op.drop_index("ix_report_received_at")
        batch_op.drop_index(batch_op.f("ix_report_citizen_id"))

    op.drop_table("report")
    op.drop_table("number_pattern")
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_station_station_code"))

    op.drop_table("station")
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officer_station_code"))

    op.drop_table("officer")
    op.drop_table("number_counter")
    with op.batch_alter_table("citizen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citizen_station_code"))
        batch_op.drop_index(batch_op.f("ix_citizen_name"))

    op.drop_table("citizen")
    with op.batch_alter_table("category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_category_station_code"))

    op.drop_table("category")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))

    op.drop_table("audit_entry")
