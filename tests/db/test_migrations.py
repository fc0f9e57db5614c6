"""The schema comes only from migrations, equals the models, and an upgrade backs the file up first."""

from __future__ import annotations

import shutil
import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.models import Base
from db.storage import migrate
from db.storage.engine import make_engine
from db.storage.migrate import current_revision, head_revision, migrations_dir, upgrade
from tests.fixtures.make_station_fixtures import ROWS as FIXTURE_ROWS


def test_migrated_schema_equals_models(engine):
    with engine.connect() as conn:
        from db.migrations.env_filter import include_object

        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": include_object},
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_pragmas_on_every_connection(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_fresh_database_needs_no_backup(tmp_path):
    path = tmp_path / "new.sqlite"
    engine = make_engine(path)
    assert upgrade(engine, path, tmp_path / "backups") is None
    assert current_revision(engine) == head_revision()
    assert upgrade(engine, path, tmp_path / "backups") is None  # already current
    engine.dispose()


NEXT_REVISION = '''"""test-only: a later schema"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("category") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))


def downgrade():
    with op.batch_alter_table("category") as batch:
        batch.drop_column("colour")
'''


def test_outdated_database_is_backed_up_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "station.sqlite"
    engine = make_engine(path)
    upgrade(engine, path)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO category (id, station_code, name, active, sort_order, created_at, "
            "updated_at, version, sync_state) VALUES ('c1', 'X', 'Curat', 1, 0, "
            "'2026-01-01', '2026-01-01', 0, 'pending')"
        )
    # A newer release of the app: the same migrations plus one more.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts)
    (scripts / "versions" / "9999_later.py").write_text(NEXT_REVISION.format(head=head_revision()))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")

    backup = upgrade(engine, path, tmp_path / "backups")
    engine.dispose()

    assert backup is not None and backup.parent == tmp_path / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM category").fetchall() == [("Curat",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() != [("9999",)]
    copy.close()
    live = sqlite3.connect(path)
    assert live.execute("SELECT name, colour FROM category").fetchall() == [("Curat", None)]
    live.close()


def test_head_constant_matches_the_scripts(engine, db_path):
    from db.storage.migrate import HEAD_REVISION, file_revision

    assert head_revision() == HEAD_REVISION
    assert file_revision(db_path) == HEAD_REVISION
    assert file_revision(db_path.parent / "missing.sqlite") is None


# One station's rows as schema 0001 stored them: an officer, a citizen, an SKTLK with its item and history.
ROWS_AT_0001 = FIXTURE_ROWS["0001"]


def test_a_station_with_reports_upgrades_from_the_first_schema(tmp_path):
    """0002 rebuilds the report table while lost items and history point at it: nothing may be lost."""
    from sqlalchemy import func, select

    from db.models import Report
    from db.storage.engine import make_session_factory
    from db.storage.migrate import run_migrations

    path = tmp_path / "station.sqlite"
    engine = make_engine(path)
    run_migrations(engine, "0001")
    with engine.begin() as conn:
        for sql in ROWS_AT_0001:
            conn.exec_driver_sql(sql)

    backup = upgrade(engine, path, tmp_path / "backups")

    assert backup is not None
    assert current_revision(engine) == head_revision()
    with make_session_factory(engine)() as s:
        report = s.get(Report, "r1")
        assert report.chronology == "KTP jatuh di pasar" and report.difficulty == "light"
        assert [i.item for i in report.lost_items] == ["KTP"]
        assert s.scalar(select(func.count()).select_from(Report)) == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on for the app
        hits = conn.exec_driver_sql(
            "SELECT k.report_id FROM report_fts f JOIN report_search_key k ON k.rowid = f.rowid "
            "WHERE report_fts MATCH 'pasar'"
        ).all()
        assert hits == [("r1",)]
    engine.dispose()
