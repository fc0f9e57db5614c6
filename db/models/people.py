"""Officers who use the app and citizens who come to the desk."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, SyncedMixin, UtcDateTime


class Officer(SyncedMixin, Base):
    __tablename__ = "officer"

    name: Mapped[str] = mapped_column(String(120))
    nrp: Mapped[str] = mapped_column(String(20), unique=True)
    rank: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(80), default="SPKT")
    # "officer" (SPKT officer), "head" (unit head) or "admin".
    role: Mapped[str] = mapped_column(String(16), default="officer")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class Citizen(SyncedMixin, Base):
    __tablename__ = "citizen"

    # Unique when given; a citizen without an identity card has none (SQLite allows many NULLs).
    nik: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    name: Mapped[str] = mapped_column(String(160), index=True)
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    # "L" or "P", as on the identity card.
    sex: Mapped[str] = mapped_column(String(1), default="")
    religion: Mapped[str] = mapped_column(String(40), default="")
    nationality: Mapped[str] = mapped_column(String(40), default="WNI")
    occupation: Mapped[str] = mapped_column(String(80), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
