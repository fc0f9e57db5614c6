"""law of 2026: offence articles, the SP2HP cadence in calendar days, restorative justice

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

Creates the local policy tables (offence_article, sp2hp_cadence, restorative_justice), seeds the checked
articles (rules/kuhp_articles.py) and the published SP2HP cadence, then recomputes the deadline of every open
police report in calendar days and records that in the audit trail (one entry listing each changed report's
old and new deadline).
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen at this revision (db/rules/deadlines.py holds the current defaults).
_CADENCE = (
    ("first", "3"),
    ("light", "10,20,30"),
    ("medium", "15,30,45,60"),
    ("difficult", "15,30,45,60,75,90"),
    ("very_hard", "20,40,60,80,100,120"),
)
_CADENCE_SOURCE = (
    "Perkap 12/2009 Pasal 39 (dicabut Perkap 14/2012, masih dikutip Polres sebagai praktik): "
    "polrestulungagung.id, polisikepri.blogspot.com, wartapenariau.com, "
    "isubogor.pikiran-rakyat.com 13-10-2020"
)


def upgrade() -> None:
    op.create_table(
        "offence_article",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("article_new", sa.String(length=200), nullable=False),
        sa.Column("article_old", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_offence_article_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["officer.id"], name=op.f("fk_offence_article_updated_by_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offence_article")),
        sa.UniqueConstraint("category_id", name=op.f("uq_offence_article_category_id")),
    )
    op.create_table(
        "sp2hp_cadence",
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("days", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["officer.id"], name=op.f("fk_sp2hp_cadence_updated_by_id_officer")
        ),
        sa.PrimaryKeyConstraint("tier", name=op.f("pk_sp2hp_cadence")),
    )
    op.create_table(
        "restorative_justice",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["officer.id"], name=op.f("fk_restorative_justice_recorded_by_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_restorative_justice_report_id_report")
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_restorative_justice")),
    )
    bind = op.get_bind()
    _seed_cadence(bind)
    _seed_articles(bind)
    _recompute_sp2hp(bind)


def downgrade() -> None:
    op.drop_table("restorative_justice")
    op.drop_table("sp2hp_cadence")
    op.drop_table("offence_article")


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _seed_cadence(bind: sa.engine.Connection) -> None:
    now = _now()
    for position, (tier, days) in enumerate(_CADENCE):
        bind.execute(
            sa.text(
                "INSERT INTO sp2hp_cadence (tier, days, position, source, updated_at) "
                "VALUES (:tier, :days, :position, :source, :now)"
            ),
            {"tier": tier, "days": days, "position": position, "source": _CADENCE_SOURCE, "now": now},
        )


def _seed_articles(bind: sa.engine.Connection) -> None:
    """The checked articles for the station's categories that carry a default name (new stations get them
    from the station set-up, which seeds the same table)."""
    import uuid

    from db.rules.kuhp_articles import SEED

    now = _now()
    for category_id, name in bind.execute(sa.text("SELECT id, name FROM category")).all():
        seed = SEED.get(name)
        bind.execute(
            sa.text(
                "INSERT INTO offence_article (id, category_id, article_new, article_old, source, updated_at) "
                "VALUES (:id, :category_id, :new, :old, :source, :now)"
            ),
            {
                "id": str(uuid.uuid4()),
                "category_id": category_id,
                "new": seed.new if seed else "",
                "old": seed.old if seed else "",
                "source": seed.source if seed else "",
                "now": now,
            },
        )


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _wib_day(value: object) -> date:
    from datetime import UTC, datetime

    from db.rules.timeutil import to_wib

    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return to_wib(moment.replace(tzinfo=UTC)).date()


def _recompute_sp2hp(bind: sa.engine.Connection) -> None:
    """Every open police report's next SP2HP in calendar days, with one audit entry naming each change."""
    from collections import defaultdict

    from sqlalchemy.orm import Session

    from db.rules.deadlines import DEFAULT_SP2HP_CADENCE, sp2hp_due, working_days_between
    from db.rules.timeutil import today_wib
    from db.storage import audit

    reports = bind.execute(
        sa.text(
            "SELECT id, number, received_at, difficulty, paused_working_days, clock_paused_at, next_deadline "
            "FROM report WHERE kind = 'LP_B' AND deleted_at IS NULL AND voided_at IS NULL "
            "AND status NOT IN ('closed', 'stopped', 'rejected')"
        )
    ).all()
    if not reports:
        return
    holidays = frozenset(
        d
        for (raw,) in bind.execute(sa.text("SELECT day FROM holiday WHERE deleted_at IS NULL"))
        if (d := _day(raw))
    )
    letters: dict[str, list[date]] = defaultdict(list)
    for report_id, issued_at in bind.execute(
        sa.text("SELECT report_id, issued_at FROM case_letter WHERE kind = 'SP2HP' AND deleted_at IS NULL")
    ):
        letters[report_id].append(_wib_day(issued_at))
    today = today_wib()
    changed = []
    for report_id, number, received_at, difficulty, paused, paused_at, before in reports:
        shift = paused + (
            max(0, working_days_between(_wib_day(paused_at), today, holidays)) if paused_at else 0
        )
        due = sp2hp_due(
            _wib_day(received_at), difficulty, letters[report_id], shift, holidays, DEFAULT_SP2HP_CADENCE
        )
        if _day(before) != due:
            bind.execute(
                sa.text(
                    "UPDATE report SET next_deadline = :due, next_deadline_kind = 'SP2HP' WHERE id = :id"
                ),
                {"due": due.isoformat(), "id": report_id},
            )
            changed.append(
                {"report": number or report_id, "before": str(_day(before)), "after": due.isoformat()}
            )
    with Session(bind=bind) as s:
        audit.record(
            s,
            officer_id=None,
            entity="sp2hp_cadence",
            entity_id="migration-0005",
            action="recompute",
            before={"rule": "SP2HP in working days: light 10/20/30, medium 15/30/45/60, difficult 15..90"},
            after={
                "rule": "SP2HP in calendar days, first letter within 3 days; cadence table seeded",
                "cadence": dict(_CADENCE),
                "open_reports": len(reports),
                "changed": changed,
            },
        )
