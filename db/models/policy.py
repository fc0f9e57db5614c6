"""Station rules an admin keeps current when the law changes: offence articles, the SP2HP cadence, and the
restorative-justice record of a case.

Local tables (no sync columns): the central schema does not know them yet (a central migration is the sync
engineer's)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UtcDateTime, new_id, utcnow


class OffenceArticle(Base):
    """A category's articles in the new KUHP (UU 1/2023) and in the old one, and where they were checked."""

    __tablename__ = "offence_article"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"), unique=True)
    article_new: Mapped[str] = mapped_column(String(200), default="")
    article_old: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)


class Sp2hpCadence(Base):
    """One tier of the SP2HP cadence: calendar days after the report ("first" is the first letter, A1)."""

    __tablename__ = "sp2hp_cadence"

    # "first", "light", "medium", "difficult" or "very_hard" (sangat sulit).
    tier: Mapped[str] = mapped_column(String(16), primary_key=True)
    # Calendar days after the report, ascending, comma-separated: "10,20,30".
    days: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)


class RestorativeJustice(Base):
    """An LP/B closed by restorative justice (KUHAP 2025 Pasal 79-88): the agreement's date and statement."""

    __tablename__ = "restorative_justice"

    report_id: Mapped[str] = mapped_column(ForeignKey("report.id"), primary_key=True)
    agreed_on: Mapped[date] = mapped_column(Date)
    statement: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
