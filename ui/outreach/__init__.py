"""Outreach sessions (Binmas): the page with its list, filters and detail, and the session form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    """Session kinds (db.services.outreach.KINDS) in the user's language, in the order shown."""
    return {
        "penyuluhan": QCoreApplication.translate("Outreach", "Penyuluhan (talk)"),
        "sambang": QCoreApplication.translate("Outreach", "Sambang / DDS (door to door)"),
        "problem_solving": QCoreApplication.translate("Outreach", "Problem solving / mediation"),
        "deteksi_dini": QCoreApplication.translate("Outreach", "Deteksi dini (early detection)"),
        "dialog": QCoreApplication.translate("Outreach", "Open dialogue (Jumat Curhat)"),
    }


def partner_kind_labels() -> dict[str, str]:
    """Partner kinds (db.services.outreach.PARTNER_KINDS) in the user's language."""
    return {
        "pemda": QCoreApplication.translate("Outreach", "Pemda"),
        "lsm": QCoreApplication.translate("Outreach", "LSM"),
        "tokoh_adat": QCoreApplication.translate("Outreach", "Tokoh adat"),
        "tokoh_agama": QCoreApplication.translate("Outreach", "Tokoh agama"),
        "sekolah": QCoreApplication.translate("Outreach", "Sekolah"),
        "pemuda": QCoreApplication.translate("Outreach", "Pemuda"),
        "other": QCoreApplication.translate("Outreach", "Other"),
    }
