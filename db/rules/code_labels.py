"""Words for the codes stored in the database, for exports and the command line (the UI uses ui/labels.py).

Exports written in Indonesian take `lang="id"`; the command line, whose messages are English, `lang="en"`.
An unknown code is shown as it is, so nothing is ever hidden.
"""

from __future__ import annotations

from db.rules.ikm import (
    AGE_GROUP_LABELS,
    EDUCATION_LABELS,
    OCCUPATION_LABELS,
    SERVICE_LABELS,
    SEX_LABELS,
)

__all__ = ["code_label"]

_ID: dict[str, dict[str, str]] = {
    "kind": {
        "LP_B": "Laporan Polisi (LP/B)",
        "DUMAS": "Pengaduan (Dumas)",
        "SKTLK": "Kehilangan (SKTLK)",
        "INFO": "Informasi",
    },
    "channel": {
        "walk_in": "Datang langsung",
        "phone": "Telepon",
        "online": "Daring",
        "social_media": "Media sosial",
    },
    "status": {
        "received": "Diterima",
        "in_progress": "Diproses",
        "forwarded": "Dilimpahkan",
        "closed": "Selesai",
        "stopped": "Dihentikan",
        "rejected": "Ditolak",
    },
    "difficulty": {"light": "Ringan", "medium": "Sedang", "difficult": "Sulit"},
    "outreach_kind": {
        "penyuluhan": "Penyuluhan",
        "sambang": "Sambang / DDS",
        "problem_solving": "Problem solving",
        "deteksi_dini": "Deteksi dini",
        "dialog": "Dialog terbuka",
    },
    "survey_source": {"kiosk": "Kios", "form": "Formulir", "import": "Impor kuesioner"},
    "sex": SEX_LABELS,
    "age_group": AGE_GROUP_LABELS,
    "education": EDUCATION_LABELS,
    "occupation": OCCUPATION_LABELS,
    "service": SERVICE_LABELS,
}

_EN: dict[str, dict[str, str]] = {
    "kind": {"LP_B": "Police report (LP/B)", "DUMAS": "Complaint (Dumas)", "SKTLK": "Lost item (SKTLK)",
             "INFO": "Information"},
    "channel": {"walk_in": "Walk-in", "phone": "Phone", "online": "Online", "social_media": "Social media"},
    "status": {
        "received": "Received",
        "in_progress": "In progress",
        "forwarded": "Forwarded",
        "closed": "Closed",
        "stopped": "Stopped",
        "rejected": "Rejected",
    },
    "difficulty": {"light": "Light", "medium": "Medium", "difficult": "Difficult"},
}  # fmt: skip


def code_label(field: str, code: str, lang: str = "id") -> str:
    """The word for `code` of `field` ("kind", "channel", "status", ...); "" stays ""."""
    if not code:
        return ""
    table = (_EN if lang == "en" else _ID).get(field) or _ID.get(field, {})
    return table.get(code, code)
