"""Words for codes the whole UI shows: kinds of report, case statuses, Dumas outcomes (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["kind_label", "outcome_label", "status_label"]


def kind_label(kind: str) -> str:
    labels = {
        "LP_B": QCoreApplication.translate("ReportKind", "LP model B"),
        "DUMAS": QCoreApplication.translate("ReportKind", "Dumas complaint"),
        "SKTLK": QCoreApplication.translate("ReportKind", "Lost item (SKTLK)"),
        "INFO": QCoreApplication.translate("ReportKind", "Information"),
    }
    return labels.get(kind, kind)


def channel_label(channel: str) -> str:
    labels = {
        "walk_in": QCoreApplication.translate("ReportChannel", "Walk-in"),
        "phone": QCoreApplication.translate("ReportChannel", "Phone"),
        "online": QCoreApplication.translate("ReportChannel", "Online"),
        "social_media": QCoreApplication.translate("ReportChannel", "Social media"),
    }
    return labels.get(channel, channel)


def kind_with_channel(kind: str, channel: str) -> str:
    """ "Dumas complaint · Online": a report that did not come over the counter says how it came."""
    if not channel or channel == "walk_in":
        return kind_label(kind)
    return f"{kind_label(kind)} · {channel_label(channel)}"


def status_label(status: str) -> str:
    """Diterima, Diproses, Dilimpahkan, Selesai, Dihentikan, Ditolak (through the translation)."""
    labels = {
        "received": QCoreApplication.translate("CaseStatus", "Received"),
        "in_progress": QCoreApplication.translate("CaseStatus", "In progress"),
        "forwarded": QCoreApplication.translate("CaseStatus", "Forwarded"),
        "closed": QCoreApplication.translate("CaseStatus", "Closed"),
        "stopped": QCoreApplication.translate("CaseStatus", "Stopped"),
        "rejected": QCoreApplication.translate("CaseStatus", "Rejected"),
    }
    return labels.get(status, status)


def outcome_label(outcome: str) -> str:
    labels = {
        "proses": QCoreApplication.translate("CaseStatus", "In process"),
        "selesai_benar": QCoreApplication.translate("CaseStatus", "Finished, complaint proven"),
        "selesai_tidak_benar": QCoreApplication.translate("CaseStatus", "Finished, complaint not proven"),
    }
    return labels.get(outcome, outcome)
