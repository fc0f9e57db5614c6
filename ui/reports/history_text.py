"""A report's history in words: field labels and shown values, never internal names or codes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from db.queries.history import HistoryRow
from db.rules.timeutil import to_wib
from ui.dates import format_date_id
from ui.labels import channel_label, kind_label, outcome_label, status_label


def field_label(field: str) -> str:
    """The label of a report's or citizen's field as the forms show it."""
    labels = {
        "status": QCoreApplication.translate("ReportHistory", "Status"),
        "forwarded_to": QCoreApplication.translate("ReportHistory", "Forwarded to"),
        "dumas_outcome": QCoreApplication.translate("ReportHistory", "Complaint outcome"),
        "closing_reason": QCoreApplication.translate("ReportHistory", "Reason"),
        "reason": QCoreApplication.translate("ReportHistory", "Reason"),
        "next_deadline": QCoreApplication.translate("ReportHistory", "Next deadline"),
        "next_deadline_kind": QCoreApplication.translate("ReportHistory", "Next letter due"),
        "assigned_officer_id": QCoreApplication.translate("ReportHistory", "Handled by"),
        "difficulty": QCoreApplication.translate("ReportHistory", "Difficulty"),
        "clock_paused_at": QCoreApplication.translate("ReportHistory", "Clock paused since"),
        "paused_working_days": QCoreApplication.translate("ReportHistory", "Working days paused"),
        "voided_at": QCoreApplication.translate("ReportHistory", "Voided at"),
        "voided_by_id": QCoreApplication.translate("ReportHistory", "Voided by"),
        "void_reason": QCoreApplication.translate("ReportHistory", "Reason for voiding"),
        "number": QCoreApplication.translate("ReportHistory", "Number"),
        "kind": QCoreApplication.translate("ReportHistory", "Kind"),
        "channel": QCoreApplication.translate("ReportHistory", "Channel"),
        "offense": QCoreApplication.translate("ReportHistory", "What happened"),
        "category_id": QCoreApplication.translate("ReportHistory", "Category"),
        "incident_at": QCoreApplication.translate("ReportHistory", "Incident time"),
        "incident_kecamatan_code": QCoreApplication.translate("ReportHistory", "Kecamatan"),
        "incident_nagari_code": QCoreApplication.translate("ReportHistory", "Nagari"),
        "incident_address": QCoreApplication.translate("ReportHistory", "Incident place"),
        "chronology": QCoreApplication.translate("ReportHistory", "Chronology"),
        "reported_party": QCoreApplication.translate("ReportHistory", "Reported party"),
        "witnesses": QCoreApplication.translate("ReportHistory", "Witnesses"),
        "article": QCoreApplication.translate("ReportHistory", "Article"),
        "estimated_loss": QCoreApplication.translate("ReportHistory", "Estimated loss"),
        "lost_items": QCoreApplication.translate("ReportHistory", "Lost items"),
        "citizen_id": QCoreApplication.translate("ReportHistory", "Reporter"),
        "name": QCoreApplication.translate("ReportHistory", "Name"),
        "nik": QCoreApplication.translate("ReportHistory", "NIK"),
        "sex": QCoreApplication.translate("ReportHistory", "Sex"),
        "birth_date": QCoreApplication.translate("ReportHistory", "Birth date"),
        "address": QCoreApplication.translate("ReportHistory", "Address"),
        "phone": QCoreApplication.translate("ReportHistory", "Phone"),
        "occupation": QCoreApplication.translate("ReportHistory", "Occupation"),
        "religion": QCoreApplication.translate("ReportHistory", "Religion"),
        "birth_place": QCoreApplication.translate("ReportHistory", "Birth place"),
        "nationality": QCoreApplication.translate("ReportHistory", "Nationality"),
    }
    # A field added later still reads as words, not as a column name.
    return labels.get(field, field.replace("_", " ").capitalize())


def _moment_text(text: str) -> str:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return text
    if parsed.tzinfo is None:
        if len(text) <= 10:
            return format_date_id(parsed.date())
        return text
    wib = to_wib(parsed)
    return f"{format_date_id(wib.date())} {wib:%H.%M} WIB"


# Fields that hold a code the whole UI names one way (ui/labels.py).
_CODED: dict[str, Callable[[str], str]] = {
    "status": status_label,
    "dumas_outcome": outcome_label,
    "kind": kind_label,
    "channel": channel_label,
}


def value_text(field: str, text: str) -> str:
    """A stored value as the screens show it: labels for codes, Indonesian dates, rupiah."""
    if not text:
        return "—"
    if field in _CODED:
        return _CODED[field](text)
    if field == "difficulty":
        return {
            "light": QCoreApplication.translate("ReportHistory", "Light"),
            "medium": QCoreApplication.translate("ReportHistory", "Medium"),
            "difficult": QCoreApplication.translate("ReportHistory", "Difficult"),
        }.get(text, text)
    if field == "next_deadline_kind":
        return {"KLARIF": QCoreApplication.translate("ReportHistory", "Clarification")}.get(text, text)
    if field == "sex":
        return {
            "L": QCoreApplication.translate("ReportHistory", "Male"),
            "P": QCoreApplication.translate("ReportHistory", "Female"),
        }.get(text, text)
    if field == "estimated_loss":
        return f"Rp {int(text):,}".replace(",", ".") if text.isdigit() else text
    if field in ("incident_at", "clock_paused_at", "voided_at", "next_deadline", "birth_date"):
        return _moment_text(text)
    return text


def action_text(row: HistoryRow) -> str:
    if row.entity == "citizen":
        return QCoreApplication.translate("ReportHistory", "reporter's data changed")
    return {
        "create": QCoreApplication.translate("ReportHistory", "received"),
        "update": QCoreApplication.translate("ReportHistory", "edited"),
        "status": QCoreApplication.translate("ReportHistory", "status changed"),
        "assign": QCoreApplication.translate("ReportHistory", "assigned"),
        "difficulty": QCoreApplication.translate("ReportHistory", "difficulty set"),
        "pause_clock": QCoreApplication.translate("ReportHistory", "deadline clock paused"),
        "resume_clock": QCoreApplication.translate("ReportHistory", "deadline clock resumed"),
        "deadline": QCoreApplication.translate("ReportHistory", "deadline moved by a letter"),
        "void": QCoreApplication.translate("ReportHistory", "voided"),
        "take_up": QCoreApplication.translate("ReportHistory", "taken up and numbered"),
    }.get(row.action, QCoreApplication.translate("ReportHistory", "changed"))


def history_html(history: Sequence[HistoryRow], heading: str) -> str:
    """The history list under a report (every value escaped: it is user text)."""
    if not history:
        return ""
    items = []
    for h in history:
        when = to_wib(h.at)
        stamp = f"{format_date_id(when.date())} {when:%H.%M} WIB · {escape(h.officer_name or '-')}"
        lines = "".join(
            f"<br>&nbsp;&nbsp;{escape(field_label(field))}: <s>{escape(value_text(field, before))}</s> → "
            f"{escape(value_text(field, after))}"
            for field, before, after in h.changes
        )
        if h.note:
            label = QCoreApplication.translate("ReportHistory", "Note")
            note = escape(label) + ": " + escape(h.note).replace("\n", "<br>")
            lines += f"<br>&nbsp;&nbsp;<i>{note}</i>"
        items.append(f"<li>{stamp}: {escape(action_text(h))}{lines}</li>")
    return f"<p><b>{escape(heading)}</b></p><ul>{''.join(items)}</ul>"


__all__ = ["action_text", "field_label", "history_html", "value_text"]
