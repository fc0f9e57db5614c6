"""The report form's "Incident" box: what happened, when and where, the parties and the loss."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from db.services.categories import list_categories
from db.services.report_input import MAX_LOSS
from db.services.reports import ReportView
from ui.context import UiContext
from ui.reports.article_hint import ArticleHint
from ui.reports.report_kinds import SHOWS
from ui.widgets.field_errors import FieldErrors
from ui.widgets.region_picker import RegionPicker
from ui.widgets.wib_datetime import OptionalWibDateTime


class IncidentSection(QGroupBox):
    """The incident's fields; `apply_kind` hides the rows a kind does not use, `values` leaves them empty."""

    def __init__(self, ctx: UiContext, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(parent)
        e = errors
        self.offense_edit = QLineEdit(self)
        self.offense_edit.setObjectName("offense")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        self.category_combo.addItem("—", None)
        for cat in list_categories(ctx.session_factory):
            self.category_combo.addItem(cat.name, cat.id)
        self.incident = incident_row = OptionalWibDateTime(self, name="incident_at")
        self.incident_edit, self.incident_unknown = self.incident.edit, self.incident.unknown
        self.region = RegionPicker(self)
        self.kecamatan_combo, self.nagari_combo = self.region.kecamatan_combo, self.region.nagari_combo
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("incident_address")
        self.place_edit.setPlaceholderText(self.tr("Jorong, street, landmark"))
        self.reported_party_edit = QLineEdit(self)
        self.reported_party_edit.setObjectName("reported_party")
        self.witnesses_edit = QLineEdit(self)
        self.witnesses_edit.setObjectName("witnesses")
        self.article_edit = QLineEdit(self)
        self.article_edit.setObjectName("article")
        self.article_hint = ArticleHint(
            ctx.session_factory, self.category_combo, incident_row, self.article_edit
        )
        self.loss_edit = QDoubleSpinBox(self)
        self.loss_edit.setObjectName("estimated_loss")
        # A double holds every whole rupiah up to 2^53 exactly; QSpinBox would stop at about 2.1 billion.
        self.loss_edit.setDecimals(0)
        self.loss_edit.setRange(0, float(MAX_LOSS))
        self.loss_edit.setPrefix("Rp ")
        self.loss_edit.setGroupSeparatorShown(True)
        self.loss_edit.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.loss_edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.loss_edit.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.setTitle(self.tr("Incident"))
        self.form = f = QFormLayout(self)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offense_label = QLabel(self.tr("What happened *"), self)
        f.addRow(self.offense_label, e.row_widget(self.offense_edit, "offense"))
        f.addRow(self.tr("Category"), self.category_combo)
        f.addRow(self.tr("Time of incident"), e.row_widget(incident_row, "incident_at", self.incident_edit))
        f.addRow(self.tr("Kecamatan"), e.row_widget(self.kecamatan_combo, "incident_kecamatan_code"))
        f.addRow(self.tr("Nagari"), e.row_widget(self.nagari_combo, "incident_nagari_code"))
        f.addRow(self.tr("Place"), e.row_widget(self.place_edit, "incident_address"))
        f.addRow(
            self.tr("Terlapor (reported party)"), e.row_widget(self.reported_party_edit, "reported_party")
        )
        f.addRow(self.tr("Witnesses"), e.row_widget(self.witnesses_edit, "witnesses"))
        f.addRow(self.tr("Article (pasal)"), e.row_widget(self.article_edit, "article"))
        f.addRow(self.tr("Estimated loss"), e.row_widget(self.loss_edit, "estimated_loss"))
        # Form rows (in the order added above) of each part a kind may hide.
        self._rows = {
            "offense": (0,),
            "category": (1,),
            "incident": (2, 3, 4, 5),
            "parties": (6, 7, 8),
            "loss": (9,),
        }

    def focus_chain(self) -> list[QWidget]:
        """The section's fields in tab order."""
        return [
            self.offense_edit,
            self.category_combo,
            self.incident_edit,
            self.incident_unknown,
            self.kecamatan_combo,
            self.nagari_combo,
            self.place_edit,
            self.reported_party_edit,
            self.witnesses_edit,
            self.article_edit,
            self.loss_edit,
        ]

    def apply_kind(self, kind: str) -> None:
        """Show only the rows `kind` uses; the first row's label says what the kind asks for."""
        for part, rows in self._rows.items():
            for row in rows:
                self.form.setRowVisible(row, kind in SHOWS[part])
        self.offense_label.setText(
            {
                "LP_B": self.tr("Offense (tindak pidana) *"),
                "DUMAS": self.tr("Subject of the complaint *"),
            }.get(kind, self.tr("Subject"))
        )

    def values(self, kind: str) -> dict[str, object]:
        """The section's part of the service's input; parts `kind` hides are left empty."""

        def shown(part: str, value: object, empty: object = "") -> object:
            return value if kind in SHOWS[part] else empty

        incident_at = self.incident.value()
        return {
            "offense": shown("offense", self.offense_edit.text().strip()),
            "category_id": shown("category", self.category_combo.currentData(), None),
            "incident_at": shown("incident", incident_at, None),
            "incident_kecamatan_code": shown("incident", self.region.kecamatan_code()),
            "incident_nagari_code": shown("incident", self.region.nagari_code()),
            "incident_address": shown("incident", self.place_edit.text().strip()),
            "reported_party": shown("parties", self.reported_party_edit.text().strip()),
            "witnesses": shown("parties", self.witnesses_edit.text().strip()),
            "article": shown("parties", self.article_edit.text().strip()),
            "estimated_loss": shown("loss", round(self.loss_edit.value()), 0),
        }

    def load(self, r: ReportView) -> None:
        self.offense_edit.setText(r.offense)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(r.category_id)))
        self.incident.set_value(r.incident_at)
        self.region.set_codes(r.incident_kecamatan_code, r.incident_nagari_code)
        self.place_edit.setText(r.incident_address)
        self.reported_party_edit.setText(r.reported_party)
        self.witnesses_edit.setText(r.witnesses)
        self.article_edit.setText(r.article)
        self.loss_edit.setValue(r.estimated_loss)
