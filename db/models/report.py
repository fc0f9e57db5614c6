"""Reports taken at the desk, their lost items, status history and the configurable category list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, SyncedMixin, UtcDateTime
from db.models.people import Citizen, Officer


class Category(SyncedMixin, Base):
    __tablename__ = "category"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Report(SyncedMixin, Base):
    __tablename__ = "report"
    __table_args__ = (
        Index("ix_report_received_at", "received_at"),
        Index("ix_report_status_received_at", "status", "received_at"),
        Index("ix_report_kind_received_at", "kind", "received_at"),
    )

    # "LP_B", "DUMAS", "SKTLK" or "INFO" (information is logged and gets no number).
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    number_year: Mapped[int | None] = mapped_column(Integer, default=None)
    number_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    # "walk_in", "phone", "online" or "social_media".
    channel: Mapped[str] = mapped_column(String(16), default="walk_in")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"), index=True)
    receiving_officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("category.id"), default=None)
    # What happened (tindak pidana / subject of the complaint or loss).
    offense: Mapped[str] = mapped_column(String(250), default="")
    incident_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    incident_kecamatan_code: Mapped[str] = mapped_column(String(16), default="")
    incident_nagari_code: Mapped[str] = mapped_column(String(20), default="")
    incident_address: Mapped[str] = mapped_column(Text, default="")
    chronology: Mapped[str] = mapped_column(Text, default="")
    reported_party: Mapped[str] = mapped_column(Text, default="")
    witnesses: Mapped[str] = mapped_column(Text, default="")
    article: Mapped[str] = mapped_column(String(200), default="")
    estimated_loss: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="received")
    # Case follow-up (issue "case desk"): who handles it, how hard it is, where it went, how it ended.
    assigned_officer_id: Mapped[str | None] = mapped_column(
        ForeignKey("officer.id"), default=None, index=True
    )
    # "light", "medium", "difficult" or "very_hard" (sangat sulit): sets the SP2HP cadence (DOMAIN.md).
    difficulty: Mapped[str] = mapped_column(String(12), default="light")
    forwarded_to: Mapped[str] = mapped_column(String(80), default="")
    # Dumas outcome: "", "proses", "selesai_benar", "selesai_tidak_benar".
    dumas_outcome: Mapped[str] = mapped_column(String(24), default="")
    closing_reason: Mapped[str] = mapped_column(Text, default="")
    # The deadline clock: paused while waiting on the citizen; the next letter due and its kind.
    clock_paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    paused_working_days: Mapped[int] = mapped_column(Integer, default=0)
    next_deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    next_deadline_kind: Mapped[str] = mapped_column(String(8), default="")
    # Void (never deleted): the admin's reason; the report stays visible, marked void.
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    voided_by_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)
    void_reason: Mapped[str] = mapped_column(Text, default="")

    citizen: Mapped[Citizen] = relationship()
    receiving_officer: Mapped[Officer] = relationship(foreign_keys=[receiving_officer_id])
    assigned_officer: Mapped[Officer | None] = relationship(foreign_keys=[assigned_officer_id])
    category: Mapped[Category | None] = relationship()
    lost_items: Mapped[list[LostItem]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="LostItem.position"
    )


class LostItem(SyncedMixin, Base):
    __tablename__ = "lost_item"

    report_id: Mapped[str] = mapped_column(ForeignKey("report.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    item: Mapped[str] = mapped_column(String(200))
    identifiers: Mapped[str] = mapped_column(String(250), default="")

    report: Mapped[Report] = relationship(back_populates="lost_items")


class StatusChange(SyncedMixin, Base):
    __tablename__ = "status_change"
    # The monthly report reads history by time: clearances (to "closed") in a month, changes after a date.
    __table_args__ = (
        Index("ix_status_change_changed_at", "changed_at"),
        Index("ix_status_change_to_status_changed_at", "to_status", "changed_at"),
    )

    report_id: Mapped[str] = mapped_column(ForeignKey("report.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    note: Mapped[str] = mapped_column(Text, default="")
