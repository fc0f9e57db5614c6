"""The community side: outreach sessions (Binmas), the satisfaction survey (IKM), patrols, cameras and drones,
and officers' training."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, Float, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, SyncedMixin, UtcDateTime
from db.models.people import Officer


def _link_table(name: str, left: tuple[str, str], right: tuple[str, str]) -> Table:
    """A many-to-many link: two (column, referenced column) foreign keys that together are the primary key."""
    return Table(
        name,
        Base.metadata,
        *(Column(column, ForeignKey(target), primary_key=True) for column, target in (left, right)),
    )


session_topic = _link_table(
    "session_topic", ("session_id", "outreach_session.id"), ("topic_id", "outreach_topic.id")
)
session_officer = _link_table(
    "session_officer", ("session_id", "outreach_session.id"), ("officer_id", "officer.id")
)
session_partner = _link_table(
    "session_partner", ("session_id", "outreach_session.id"), ("partner_id", "partner.id")
)
patrol_officer = _link_table("patrol_officer", ("patrol_id", "patrol.id"), ("officer_id", "officer.id"))


class OutreachTopic(SyncedMixin, Base):
    """A topic on the configurable list: narkoba, bullying, hoaks, kamtibmas, lalu lintas, KDRT…"""

    __tablename__ = "outreach_topic"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Partner(SyncedMixin, Base):
    """A partner organisation or local figure, kept to be picked again: Pemda, LSM, tokoh adat, sekolah…"""

    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(String(160), index=True)
    # "pemda", "lsm", "tokoh_adat", "tokoh_agama", "sekolah", "pemuda", "other".
    kind: Mapped[str] = mapped_column(String(16))
    contact: Mapped[str] = mapped_column(String(160), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OutreachSession(SyncedMixin, Base):
    __tablename__ = "outreach_session"

    held_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    # "penyuluhan", "sambang", "problem_solving", "deteksi_dini", "dialog".
    kind: Mapped[str] = mapped_column(String(16))
    kecamatan_code: Mapped[str] = mapped_column(String(16), default="")
    nagari_code: Mapped[str] = mapped_column(String(20), default="")
    jorong: Mapped[str] = mapped_column(String(120), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    target_groups: Mapped[str] = mapped_column(Text, default="")
    attendance_men: Mapped[int] = mapped_column(Integer, default=0)
    attendance_women: Mapped[int] = mapped_column(Integer, default=0)
    concerns: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))

    topics: Mapped[list[OutreachTopic]] = relationship(secondary=session_topic)
    speakers: Mapped[list[Officer]] = relationship(secondary=session_officer)
    partners: Mapped[list[Partner]] = relationship(secondary=session_partner)
    follow_ups: Mapped[list[OutreachFollowUp]] = relationship(
        back_populates="session", order_by="OutreachFollowUp.due_date"
    )
    photos: Mapped[list[OutreachPhoto]] = relationship(
        back_populates="session", order_by="OutreachPhoto.created_at"
    )


class OutreachFollowUp(SyncedMixin, Base):
    """A follow-up promised to the residents, with its due date and when it was done."""

    __tablename__ = "outreach_follow_up"

    session_id: Mapped[str] = mapped_column(ForeignKey("outreach_session.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    done_by_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), default=None)

    session: Mapped[OutreachSession] = relationship(back_populates="follow_ups")


class OutreachPhoto(SyncedMixin, Base):
    """A photo copied into the data folder (photos/<sha256>.<ext>); the row keeps its relative path."""

    __tablename__ = "outreach_photo"

    session_id: Mapped[str] = mapped_column(ForeignKey("outreach_session.id"), index=True)
    relative_path: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str] = mapped_column(String(250), default="")

    session: Mapped[OutreachSession] = relationship(back_populates="photos")


class SurveyResponse(SyncedMixin, Base):
    """One respondent's IKM questionnaire (PermenPANRB 14/2017): U1..U9 answered 1-4, profile, comment."""

    __tablename__ = "survey_response"

    answered_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    u1: Mapped[int] = mapped_column(Integer)
    u2: Mapped[int] = mapped_column(Integer)
    u3: Mapped[int] = mapped_column(Integer)
    u4: Mapped[int] = mapped_column(Integer)
    u5: Mapped[int] = mapped_column(Integer)
    u6: Mapped[int] = mapped_column(Integer)
    u7: Mapped[int] = mapped_column(Integer)
    u8: Mapped[int] = mapped_column(Integer)
    u9: Mapped[int] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(1), default="")
    age_group: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(24), default="")
    occupation: Mapped[str] = mapped_column(String(80), default="")
    # The service used: "LP_B", "DUMAS", "SKTLK", "INFO", "SKCK", "other".
    service: Mapped[str] = mapped_column(String(16), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    # Only when the citizen agreed to be linked to his report; otherwise the answer is anonymous.
    report_id: Mapped[str | None] = mapped_column(ForeignKey("report.id"), default=None)
    # "kiosk", "form" or "import".
    source: Mapped[str] = mapped_column(String(8), default="form")
    # For imported paper questionnaires: a digest of the row, so a re-import adds nothing twice.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)


class Patrol(SyncedMixin, Base):
    __tablename__ = "patrol"

    starts_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Nagari codes along the route, in order, separated by commas.
    route: Mapped[str] = mapped_column(Text, default="")
    # "foot", "motorbike", "car" or "drone".
    mode: Mapped[str] = mapped_column(String(12))
    findings: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))

    officers: Mapped[list[Officer]] = relationship(secondary=patrol_officer)


class Device(SyncedMixin, Base):
    """A CCTV camera or drone on the register."""

    __tablename__ = "device"

    # "cctv" or "drone".
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    location: Mapped[str] = mapped_column(String(250), default="")
    kecamatan_code: Mapped[str] = mapped_column(String(16), default="")
    nagari_code: Mapped[str] = mapped_column(String(20), default="")
    # "polres", "pemda" or "private".
    owner: Mapped[str] = mapped_column(String(12))
    working: Mapped[bool] = mapped_column(Boolean, default=True)
    last_checked: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Training(SyncedMixin, Base):
    """A course an officer attended, for training hours per officer and period."""

    __tablename__ = "training"

    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    course: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(Float)
    organiser: Mapped[str] = mapped_column(String(160), default="")
