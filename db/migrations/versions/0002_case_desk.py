"""case desk: follow-up fields, contact log, progress letters, holidays, full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday")),
        sa.UniqueConstraint("day", name=op.f("uq_holiday_day")),
    )
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_station_code"), ["station_code"], unique=False)

    op.create_table(
        "case_letter",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("number_year", sa.Integer(), nullable=False),
        sa.Column("number_seq", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("obstacles", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_case_letter_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"], name=op.f("fk_case_letter_report_id_report")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_letter")),
        sa.UniqueConstraint("number", name=op.f("uq_case_letter_number")),
    )
    with op.batch_alter_table("case_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_letter_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_letter_station_code"), ["station_code"], unique=False)

    op.create_table(
        "contact_entry",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("letter_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["case_letter.id"], name=op.f("fk_contact_entry_letter_id_case_letter")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_contact_entry_officer_id_officer")
        ),
        sa.ForeignKeyConstraint(["report_id"], ["report.id"], name=op.f("fk_contact_entry_report_id_report")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_entry")),
    )
    with op.batch_alter_table("contact_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_entry_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_entry_station_code"), ["station_code"], unique=False)

    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_officer_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("difficulty", sa.String(length=12), nullable=False, server_default="light")
        )
        batch_op.add_column(
            sa.Column("forwarded_to", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("dumas_outcome", sa.String(length=24), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("closing_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("clock_paused_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("paused_working_days", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("next_deadline", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("next_deadline_kind", sa.String(length=8), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("voided_by_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("void_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(
            batch_op.f("ix_report_assigned_officer_id"), ["assigned_officer_id"], unique=False
        )
        batch_op.create_index("ix_report_kind_received_at", ["kind", "received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_next_deadline"), ["next_deadline"], unique=False)
        batch_op.create_index("ix_report_status_received_at", ["status", "received_at"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_report_voided_by_id_officer"), "officer", ["voided_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_report_assigned_officer_id_officer"), "officer", ["assigned_officer_id"], ["id"]
        )

    _create_search(op.get_bind())
    _seed_holidays(op.get_bind())
    _add_letter_patterns(op.get_bind())


def downgrade() -> None:
    for trigger in ("report_fts_ai", "report_fts_au", "report_fts_ad", "citizen_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS report_fts")
    op.execute("DROP TABLE IF EXISTS report_search_key")
    op.execute("DELETE FROM number_pattern WHERE kind IN ('SP2HP', 'SP3D')")
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_report_assigned_officer_id_officer"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_report_voided_by_id_officer"), type_="foreignkey")
        batch_op.drop_index("ix_report_status_received_at")
        batch_op.drop_index(batch_op.f("ix_report_next_deadline"))
        batch_op.drop_index("ix_report_kind_received_at")
        batch_op.drop_index(batch_op.f("ix_report_assigned_officer_id"))
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_by_id")
        batch_op.drop_column("voided_at")
        batch_op.drop_column("next_deadline_kind")
        batch_op.drop_column("next_deadline")
        batch_op.drop_column("paused_working_days")
        batch_op.drop_column("clock_paused_at")
        batch_op.drop_column("closing_reason")
        batch_op.drop_column("dumas_outcome")
        batch_op.drop_column("forwarded_to")
        batch_op.drop_column("difficulty")
        batch_op.drop_column("assigned_officer_id")

    with op.batch_alter_table("contact_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_entry_station_code"))
        batch_op.drop_index(batch_op.f("ix_contact_entry_report_id"))

    op.drop_table("contact_entry")
    with op.batch_alter_table("case_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_letter_station_code"))
        batch_op.drop_index(batch_op.f("ix_case_letter_report_id"))

    op.drop_table("case_letter")
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_station_code"))

    op.drop_table("holiday")


# ----- full-text search: number, reporter's name, NIK and phone, reported party, chronology -----
# FTS5 rowids must be stable, and report's implicit rowid is not (VACUUM may renumber it; its key is a
# UUID), so report_search_key gives each report an INTEGER PRIMARY KEY that the FTS rows use.
_FTS_ROW = """
    SELECT k.rowid, coalesce(r.number, ''), c.name, coalesce(c.nik, ''), c.phone, r.reported_party,
           r.chronology
    FROM report r JOIN citizen c ON c.id = r.citizen_id JOIN report_search_key k ON k.report_id = r.id
"""
SEARCH_DDL = (
    "CREATE TABLE report_search_key (rowid INTEGER PRIMARY KEY, report_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE report_fts USING fts5(number, name, nik, phone, reported_party, chronology, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 4')",
    f"""CREATE TRIGGER report_fts_ai AFTER INSERT ON report BEGIN
        INSERT INTO report_search_key (report_id) VALUES (new.id);
        INSERT INTO report_fts (rowid, number, name, nik, phone, reported_party, chronology)
        {_FTS_ROW} WHERE r.id = new.id;
    END""",
    f"""CREATE TRIGGER report_fts_au AFTER UPDATE OF number, citizen_id, reported_party, chronology ON report
    BEGIN
        DELETE FROM report_fts WHERE rowid = (SELECT rowid FROM report_search_key WHERE report_id = new.id);
        INSERT INTO report_fts (rowid, number, name, nik, phone, reported_party, chronology)
        {_FTS_ROW} WHERE r.id = new.id;
    END""",
    """CREATE TRIGGER report_fts_ad AFTER DELETE ON report BEGIN
        DELETE FROM report_fts WHERE rowid = (SELECT rowid FROM report_search_key WHERE report_id = old.id);
        DELETE FROM report_search_key WHERE report_id = old.id;
    END""",
    f"""CREATE TRIGGER citizen_fts_au AFTER UPDATE OF name, nik, phone ON citizen BEGIN
        DELETE FROM report_fts WHERE rowid IN (
            SELECT k.rowid FROM report_search_key k JOIN report r ON r.id = k.report_id
            WHERE r.citizen_id = new.id);
        INSERT INTO report_fts (rowid, number, name, nik, phone, reported_party, chronology)
        {_FTS_ROW} WHERE r.citizen_id = new.id;
    END""",
)


def _create_search(bind: sa.engine.Connection) -> None:
    for statement in SEARCH_DDL:
        bind.exec_driver_sql(statement)
    # Reports that exist already: keys in receive order, then their FTS rows.
    bind.exec_driver_sql(
        "INSERT INTO report_search_key (report_id) SELECT id FROM report ORDER BY received_at, id"
    )
    bind.exec_driver_sql(
        "INSERT INTO report_fts (rowid, number, name, nik, phone, reported_party, chronology) " + _FTS_ROW
    )


def _seed_holidays(bind: sa.engine.Connection) -> None:
    """National holidays and cuti bersama lokal-id knows (an admin adds later years and new cuti bersama)."""
    import uuid
    from datetime import UTC, datetime

    import lokal

    now = datetime.now(UTC).replace(tzinfo=None)
    station = bind.exec_driver_sql("SELECT code FROM station LIMIT 1").scalar() or ""
    first, last = lokal.HOLIDAY_YEARS[0], lokal.HOLIDAY_YEARS[-1]
    rows: dict[str, tuple[str, str]] = {}
    for year in range(first, last + 1):
        for h in lokal.get_holidays(year).holidays:
            kind = "cuti_bersama" if h.type == "cuti_bersama" else "national"
            rows.setdefault(h.date, (h.name, kind))
    for day, (name, kind) in sorted(rows.items()):
        bind.execute(
            sa.text(
                "INSERT OR IGNORE INTO holiday (id, day, name, kind, source, station_code, created_at,"
                " updated_at, version, sync_state) VALUES (:id, :day, :name, :kind, 'lokal-id', :station,"
                " :now, :now, 0, 'pending')"
            ),
            {"id": str(uuid.uuid4()), "day": day, "name": name, "kind": kind, "station": station, "now": now},
        )


def _add_letter_patterns(bind: sa.engine.Connection) -> None:
    """Progress-letter numbers for a station set up before letters existed (the pattern stays editable)."""
    for station_id, level, resor, sector in bind.exec_driver_sql(
        "SELECT id, level, resor_name, sector_name FROM station"
    ).all():
        unit = f"SEKTOR {sector}" if level == "polsek" else f"RES {resor}"
        for kind, pattern in (
            ("SP2HP", f"B/{{n}}/{{month}}/{{year}}/Reskrim/{unit}"),
            ("SP3D", f"B/{{n}}/{{month}}/{{year}}/Dumas/{unit}"),
        ):
            bind.execute(
                sa.text(
                    "INSERT OR IGNORE INTO number_pattern (station_id, kind, pattern) VALUES (:s, :k, :p)"
                ),
                {"s": station_id, "k": kind, "p": pattern},
            )
