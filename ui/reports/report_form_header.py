"""The report form's top line: its title, the kind of report and the channel it came in by."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from db.services.reports import ReportView
from ui.widgets.combos import code_combo
from ui.widgets.field_errors import FieldErrors


class ReportFormHeader(QWidget):
    """Title on the left; the kind and channel combos (with their field errors) on the right."""

    def __init__(
        self, errors: FieldErrors, parent: QWidget | None = None, *, report: ReportView | None = None
    ):
        super().__init__(parent)
        title = (
            self.tr("New report")
            if report is None
            else self.tr("Edit report {number}").format(number=report.number or "")
        )
        self.title_label = QLabel(title, self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: 600;")

        kinds = {
            "LP_B": self.tr("Police report (LP model B)"),
            "DUMAS": self.tr("Complaint (Dumas)"),
            "SKTLK": self.tr("Lost item (SKTLK)"),
            "INFO": self.tr("Information / consultation"),
        }
        self.kind_combo = code_combo(self, "kind", kinds)
        self.kind_combo.setMinimumWidth(260)
        channels = {
            "walk_in": self.tr("Walk-in"),
            "phone": self.tr("Phone"),
            "online": self.tr("Online"),
            "social_media": self.tr("Social media"),
        }
        self.channel_combo = code_combo(self, "channel", channels)
        self.channel_combo.setMinimumWidth(150)

        kind_row = QHBoxLayout(self)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_label = QLabel(self.tr("&Kind"), self)
        kind_label.setBuddy(self.kind_combo)
        channel_label = QLabel(self.tr("Channe&l"), self)
        channel_label.setBuddy(self.channel_combo)
        kind_row.addWidget(self.title_label)
        kind_row.addStretch(1)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(errors.row_widget(self.kind_combo, "kind"))
        kind_row.addSpacing(16)
        kind_row.addWidget(channel_label)
        kind_row.addWidget(errors.row_widget(self.channel_combo, "channel"))
