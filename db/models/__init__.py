"""Typed SQLAlchemy models; importing this package registers every table on `Base.metadata`."""

from db.models.audit import AuditEntry
from db.models.base import Base
from db.models.case import CaseLetter, ContactEntry, Holiday
from db.models.community import (
    Device,
    OutreachFollowUp,
    OutreachPhoto,
    OutreachSession,
    OutreachTopic,
    Partner,
    Patrol,
    SurveyResponse,
    Training,
)
from db.models.people import Citizen, Officer
from db.models.policy import OffenceArticle, RestorativeJustice, Sp2hpCadence
from db.models.report import Category, LostItem, Report, StatusChange
from db.models.station import NumberCounter, NumberPattern, Station
from db.models.sync import OutboxOp, SyncConflict, SyncIdMap, SyncMeta, SyncProblem

__all__ = [
    "AuditEntry",
    "Base",
    "CaseLetter",
    "Category",
    "Citizen",
    "ContactEntry",
    "Device",
    "Holiday",
    "LostItem",
    "NumberCounter",
    "NumberPattern",
    "OffenceArticle",
    "Officer",
    "OutboxOp",
    "OutreachFollowUp",
    "OutreachPhoto",
    "OutreachSession",
    "OutreachTopic",
    "Partner",
    "Patrol",
    "Report",
    "RestorativeJustice",
    "Station",
    "StatusChange",
    "Sp2hpCadence",
    "SurveyResponse",
    "SyncConflict",
    "SyncIdMap",
    "SyncMeta",
    "SyncProblem",
    "Training",
]
