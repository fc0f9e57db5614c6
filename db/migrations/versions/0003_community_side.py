"""community side: outreach sessions, IKM survey, patrols, CCTV and drones, training

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=250), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=16), nullable=False),
        sa.Column("nagari_code", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=12), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("last_checked", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_station_code"), ["station_code"], unique=False)

    op.create_table(
        "outreach_topic",
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_topic")),
        sa.UniqueConstraint("name", name=op.f("uq_outreach_topic_name")),
    )
    with op.batch_alter_table("outreach_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_topic_station_code"), ["station_code"], unique=False)

    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("contact", sa.String(length=160), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_station_code"), ["station_code"], unique=False)

    op.create_table(
        "outreach_session",
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=16), nullable=False),
        sa.Column("nagari_code", sa.String(length=20), nullable=False),
        sa.Column("jorong", sa.String(length=120), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("attendance_men", sa.Integer(), nullable=False),
        sa.Column("attendance_women", sa.Integer(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["officer.id"], name=op.f("fk_outreach_session_recorded_by_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_session")),
    )
    with op.batch_alter_table("outreach_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_session_held_at"), ["held_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outreach_session_station_code"), ["station_code"], unique=False)

    op.create_table(
        "patrol",
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("route", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["officer.id"], name=op.f("fk_patrol_recorded_by_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol")),
    )
    with op.batch_alter_table("patrol", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patrol_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_patrol_station_code"), ["station_code"], unique=False)

    op.create_table(
        "training",
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("organiser", sa.String(length=160), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"], name=op.f("fk_training_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_station_code"), ["station_code"], unique=False)

    op.create_table(
        "outreach_follow_up",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["officer.id"], name=op.f("fk_outreach_follow_up_done_by_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["outreach_session.id"],
            name=op.f("fk_outreach_follow_up_session_id_outreach_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_follow_up")),
    )
    with op.batch_alter_table("outreach_follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_follow_up_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outreach_follow_up_station_code"), ["station_code"], unique=False
        )

    op.create_table(
        "outreach_photo",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("relative_path", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("caption", sa.String(length=250), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["outreach_session.id"],
            name=op.f("fk_outreach_photo_session_id_outreach_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_photo")),
    )
    with op.batch_alter_table("outreach_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_photo_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outreach_photo_station_code"), ["station_code"], unique=False)

    op.create_table(
        "patrol_officer",
        sa.Column("patrol_id", sa.String(length=36), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_patrol_officer_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["patrol_id"], ["patrol.id"], name=op.f("fk_patrol_officer_patrol_id_patrol")
        ),
        sa.PrimaryKeyConstraint("patrol_id", "officer_id", name=op.f("pk_patrol_officer")),
    )
    op.create_table(
        "session_officer",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_session_officer_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["outreach_session.id"],
            name=op.f("fk_session_officer_session_id_outreach_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "officer_id", name=op.f("pk_session_officer")),
    )
    op.create_table(
        "session_partner",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_session_partner_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["outreach_session.id"],
            name=op.f("fk_session_partner_session_id_outreach_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "partner_id", name=op.f("pk_session_partner")),
    )
    op.create_table(
        "session_topic",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("topic_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["outreach_session.id"], name=op.f("fk_session_topic_session_id_outreach_session")
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["outreach_topic.id"], name=op.f("fk_session_topic_topic_id_outreach_topic")
        ),
        sa.PrimaryKeyConstraint("session_id", "topic_id", name=op.f("pk_session_topic")),
    )
    op.create_table(
        "survey_response",
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("u1", sa.Integer(), nullable=False),
        sa.Column("u2", sa.Integer(), nullable=False),
        sa.Column("u3", sa.Integer(), nullable=False),
        sa.Column("u4", sa.Integer(), nullable=False),
        sa.Column("u5", sa.Integer(), nullable=False),
        sa.Column("u6", sa.Integer(), nullable=False),
        sa.Column("u7", sa.Integer(), nullable=False),
        sa.Column("u8", sa.Integer(), nullable=False),
        sa.Column("u9", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("age_group", sa.String(length=16), nullable=False),
        sa.Column("education", sa.String(length=24), nullable=False),
        sa.Column("occupation", sa.String(length=80), nullable=False),
        sa.Column("service", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("report_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("import_key", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_survey_response_report_id_report")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
        sa.UniqueConstraint("import_key", name=op.f("uq_survey_response_import_key")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_response_answered_at"), ["answered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_survey_response_station_code"), ["station_code"], unique=False)

    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index("ix_status_change_changed_at", ["changed_at"], unique=False)
        batch_op.create_index(
            "ix_status_change_to_status_changed_at", ["to_status", "changed_at"], unique=False
        )
    _seed_topics(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_status_change_to_status_changed_at")
        batch_op.drop_index("ix_status_change_changed_at")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_response_station_code"))
        batch_op.drop_index(batch_op.f("ix_survey_response_answered_at"))

    op.drop_table("survey_response")
    op.drop_table("session_topic")
    op.drop_table("session_partner")
    op.drop_table("session_officer")
    op.drop_table("patrol_officer")
    with op.batch_alter_table("outreach_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_photo_station_code"))
        batch_op.drop_index(batch_op.f("ix_outreach_photo_session_id"))

    op.drop_table("outreach_photo")
    with op.batch_alter_table("outreach_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_follow_up_station_code"))
        batch_op.drop_index(batch_op.f("ix_outreach_follow_up_session_id"))

    op.drop_table("outreach_follow_up")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_station_code"))
        batch_op.drop_index(batch_op.f("ix_training_officer_id"))
        batch_op.drop_index(batch_op.f("ix_training_held_on"))

    op.drop_table("training")
    with op.batch_alter_table("patrol", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patrol_station_code"))
        batch_op.drop_index(batch_op.f("ix_patrol_starts_at"))

    op.drop_table("patrol")
    with op.batch_alter_table("outreach_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_session_station_code"))
        batch_op.drop_index(batch_op.f("ix_outreach_session_held_at"))

    op.drop_table("outreach_session")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_station_code"))
        batch_op.drop_index(batch_op.f("ix_partner_name"))

    op.drop_table("partner")
    with op.batch_alter_table("outreach_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_topic_station_code"))

    op.drop_table("outreach_topic")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_station_code"))

    op.drop_table("device")


TOPICS = (
    "Narkoba",
    "Bullying",
    "Hoaks",
    "Kamtibmas",
    "Lalu lintas",
    "KDRT",
    "Judi online",
    "Kenakalan remaja",
    "Pencurian ternak",
    "PETI",
    "Illegal logging",
    "Pemilu damai",
)


def _seed_topics(bind: sa.engine.Connection) -> None:
    """The usual outreach topics (DOMAIN.md); an admin edits the list."""
    import uuid
    from datetime import UTC, datetime

    now = datetime.now(UTC).replace(tzinfo=None)
    station = bind.exec_driver_sql("SELECT code FROM station LIMIT 1").scalar() or ""
    for i, name in enumerate(TOPICS):
        bind.execute(
            sa.text(
                "INSERT OR IGNORE INTO outreach_topic (id, name, active, sort_order, station_code,"
                " created_at, updated_at, version, sync_state)"
                " VALUES (:id, :name, 1, :i, :station, :now, :now, 0, 'pending')"
            ),
            {"id": str(uuid.uuid4()), "name": name, "i": i, "station": station, "now": now},
        )
