"""The outreach topic list (admin-configured) and the register of partners picked again and again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models.community import OutreachTopic, Partner
from db.services.officers import require_admin
from db.services.row_views import view_of
from db.services.station import load_station
from db.services.writes import active_officer, insert_audited
from db.storage.engine import read_session

PARTNER_KINDS = ("pemda", "lsm", "tokoh_adat", "tokoh_agama", "sekolah", "pemuda", "other")


@dataclass(frozen=True, slots=True)
class TopicView:
    id: str
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class PartnerView:
    id: str
    name: str
    kind: str
    contact: str


def list_topics(session_factory: sessionmaker[Session], *, active_only: bool = True) -> list[TopicView]:
    q = select(OutreachTopic).where(OutreachTopic.deleted_at.is_(None))
    if active_only:
        q = q.where(OutreachTopic.active.is_(True))
    with read_session(session_factory) as s:
        rows = s.scalars(q.order_by(OutreachTopic.sort_order, OutreachTopic.name))
        return [view_of(TopicView, t) for t in rows]


def add_topic(session_factory: sessionmaker[Session], *, name: str, officer_id: str) -> TopicView:
    """Put a topic on the list (admin only)."""
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise ValidationFailed({"name": "Enter the topic (at most 120 characters)."})
    with session_factory.begin() as s:
        require_admin(s, officer_id)
        if s.scalar(select(OutreachTopic.id).where(func.lower(OutreachTopic.name) == name.lower())):
            raise ValidationFailed({"name": "This topic is already on the list."})
        last = s.scalar(select(func.max(OutreachTopic.sort_order))) or 0
        topic = OutreachTopic(name=name, sort_order=last + 1, station_code=load_station(s).code)
        insert_audited(s, topic, "outreach_topic", by=officer_id, after={"name": name})
        return TopicView(topic.id, topic.name, True)


def list_partners(session_factory: sessionmaker[Session], *, active_only: bool = True) -> list[PartnerView]:
    q = select(Partner).where(Partner.deleted_at.is_(None))
    if active_only:
        q = q.where(Partner.active.is_(True))
    with read_session(session_factory) as s:
        return [view_of(PartnerView, p) for p in s.scalars(q.order_by(Partner.name))]


def add_partner(
    session_factory: sessionmaker[Session], *, name: str, kind: str, contact: str = "", officer_id: str
) -> PartnerView:
    """Keep a partner organisation or local figure to pick again in later sessions."""
    name, contact = " ".join(name.split()), contact.strip()
    errors: dict[str, str] = {}
    if not name or len(name) > 160:
        errors["name"] = "Enter the partner's name (at most 160 characters)."
    if kind not in PARTNER_KINDS:
        errors["kind"] = "Choose the kind of partner."
    if len(contact) > 160:
        errors["contact"] = "The contact is too long (at most 160 characters)."
    if errors:
        raise ValidationFailed(errors)
    with session_factory.begin() as s:
        active_officer(s, officer_id)
        same = select(Partner.id).where(
            func.lower(Partner.name) == name.lower(), Partner.deleted_at.is_(None)
        )
        if s.scalar(same):
            raise ValidationFailed({"name": "A partner with this name is already on the list."})
        partner = Partner(name=name, kind=kind, contact=contact, station_code=load_station(s).code)
        values = {"name": name, "kind": kind, "contact": contact}
        insert_audited(s, partner, "partner", by=officer_id, after=values)
        return view_of(PartnerView, partner)
