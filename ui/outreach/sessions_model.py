"""The columns of the outreach sessions table: when, kind, place, topics, attendance and open follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from db.services.outreach import SessionView
from ui.outreach import kind_labels
from ui.widgets.rows_model import ID_ROLE, Column, RowsModel, moment_column, number_column, translate

__all__ = ["COL_ATTENDANCE", "COL_PLACE", "ID_ROLE", "SESSION_ROLE", "place_text", "sessions_model"]

COL_WHEN, COL_KIND, COL_PLACE, COL_TOPICS, COL_ATTENDANCE, COL_FOLLOW_UPS = range(6)
SESSION_ROLE = Qt.ItemDataRole.UserRole + 3


def place_text(s: SessionView) -> str:
    """Venue, jorong, nagari, kecamatan: as much of the place as was given."""
    return ", ".join(p for p in (s.venue, s.jorong, s.nagari_name, s.kecamatan_name) if p)


def sessions_model(parent: QObject | None = None) -> RowsModel[SessionView]:
    """The sessions matching the filters (a station records a few hundred a year: loaded whole)."""

    def attendance_tip(s: SessionView) -> str:
        return (
            translate("SessionsModel", "%1 men, %2 women")
            .replace("%1", str(s.attendance_men))
            .replace("%2", str(s.attendance_women))
        )

    def kind(s: SessionView) -> str:
        return kind_labels().get(s.kind, s.kind)

    def topics(s: SessionView) -> str:
        return ", ".join(t.name for t in s.topics)

    # A cell's text is its tooltip too: places and topic lists are often wider than their column.
    columns = (
        moment_column(translate("SessionsModel", "Date (WIB)"), lambda s: s.held_at),
        Column[SessionView](translate("SessionsModel", "Kind"), kind, tooltip=kind),
        Column[SessionView](translate("SessionsModel", "Place"), place_text, tooltip=place_text),
        Column[SessionView](translate("SessionsModel", "Topics"), topics, tooltip=topics),
        number_column(
            translate("SessionsModel", "Attendance"), lambda s: s.attendance, tooltip=attendance_tip
        ),
        number_column(
            translate("SessionsModel", "Open follow-ups"),
            lambda s: s.open_follow_ups,
            lambda n: str(n) if n else "",
        ),
    )
    return RowsModel(columns, parent, roles={SESSION_ROLE: lambda s: s})
