"""The columns of the home screen's table: the reports received today (WIB), newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from db.queries.report_list import ListRow
from db.rules.timeutil import to_wib
from ui.labels import kind_with_channel, status_label
from ui.widgets.rows_model import ID_ROLE, Column, RowsModel, translate

__all__ = ["COL_CITIZEN", "COL_NUMBER", "ID_ROLE", "TodayModel"]

COL_NUMBER, COL_TIME, COL_KIND, COL_CITIZEN, COL_CATEGORY, COL_STATUS = range(6)


class TodayModel(RowsModel[ListRow]):
    """Today's reports (`ListRow`s) and their WIB day; the home screen reloads it on `data_changed`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            (
                Column[ListRow](
                    translate("TodayModel", "Number"),
                    lambda r: r.number or "—",
                    tooltip=lambda r: r.number,
                ),
                Column[ListRow](
                    translate("TodayModel", "Time"),
                    lambda r: to_wib(r.received_at).strftime("%H.%M"),
                    sort_key=lambda r: r.received_at,
                ),
                Column[ListRow](
                    translate("TodayModel", "Kind"),
                    lambda r: kind_with_channel(r.kind, r.channel),
                ),
                Column[ListRow](translate("TodayModel", "Citizen"), lambda r: r.citizen_name),
                Column[ListRow](translate("TodayModel", "Category"), lambda r: r.category),
                Column[ListRow](translate("TodayModel", "Status"), lambda r: status_label(r.status)),
            ),
            parent,
        )
        self.day: date | None = None

    def set_rows(self, rows: list[ListRow], day: date | None = None) -> None:  # type: ignore[override]
        self.day = day
        super().set_rows(rows)

    def row_id(self, row: int) -> str:
        return self.row(row).id
