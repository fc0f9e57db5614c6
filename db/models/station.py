"""The station this PC serves: identity, letterhead, signatory, number patterns and the running counters."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, SyncedMixin


class Station(SyncedMixin, Base):
    __tablename__ = "station"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    # "polres" or "polsek".
    level: Mapped[str] = mapped_column(String(8))
    # The resor's name without the word: "SOLOK". For a Polsek the resor above it.
    resor_name: Mapped[str] = mapped_column(String(80))
    # The sector for a Polsek: "GUNUNG TALANG"; empty for a Polres.
    sector_name: Mapped[str] = mapped_column(String(80), default="")
    # The Polda's region name: "SUMATERA BARAT".
    polda_name: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(Text, default="")
    # Place written before the date over the signature ("Arosuka, 27 November 2026").
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Letterhead lines, one per line, the last one underlined on paper.
    letterhead: Mapped[str] = mapped_column(Text)
    signatory_on_behalf: Mapped[str] = mapped_column(String(160), default="")
    signatory_title: Mapped[str] = mapped_column(String(80), default="KA SPKT")
    signatory_name: Mapped[str] = mapped_column(String(120), default="")
    signatory_rank: Mapped[str] = mapped_column(String(40), default="")
    signatory_nrp: Mapped[str] = mapped_column(String(20), default="")

    patterns: Mapped[list[NumberPattern]] = relationship(
        back_populates="station", cascade="all, delete-orphan", order_by="NumberPattern.kind"
    )


class NumberPattern(Base):
    """How a document number is written for one kind of report, e.g. `LP/B/{n}/{month}/{year}/SPKT/...`."""

    __tablename__ = "number_pattern"

    station_id: Mapped[str] = mapped_column(ForeignKey("station.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    pattern: Mapped[str] = mapped_column(String(200))

    station: Mapped[Station] = relationship(back_populates="patterns")


class NumberCounter(Base):
    """The last running number per station, kind and year; bumped in the transaction that saves a report."""

    __tablename__ = "number_counter"

    station_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
