"""New / edit report form: keyboard-first, validated by db's rules, saved through the task runner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import PermissionDenied, ValidationFailed
from db.rules.timeutil import now_utc
from db.services.categories import list_categories
from db.services.report_input import MAX_LOSS, ReportInput, validate_report
from db.services.reports import ReportView, register_report, update_report
from ui.context import UiContext
from ui.reports.article_hint import ArticleHint
from ui.reports.citizen_section import CitizenSection
from ui.reports.lost_items_editor import LostItemsEditor
from ui.widgets import unsaved
from ui.widgets.combos import code_combo
from ui.widgets.field_errors import FieldErrors
from ui.widgets.region_picker import RegionPicker
from ui.widgets.wib_datetime import OptionalWibDateTime

log = logging.getLogger(__name__)

# Which optional parts of the form each kind shows (chronology and the reporter are always there).
SHOWS = {
    "offense": ("LP_B", "DUMAS", "INFO"),
    "category": ("LP_B",),
    "incident": ("LP_B", "DUMAS", "SKTLK"),
    "parties": ("LP_B", "DUMAS"),
    "loss": ("LP_B", "SKTLK"),
    "lost_items": ("SKTLK",),
}


class ReportForm(QWidget):
    """Takes a new report (or corrects `report`); emits `saved(ReportView)` or `cancelled`."""

    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, report: ReportView | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._report = report
        self._saving = False
        self._shown_once = False
        self.errors = FieldErrors()
        self._setup_ui()
        if report is not None:
            self._load(report)
        self._apply_kind()
        self._initial = self.value()
        self._initial_incident_text = self.incident.edit.text()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # The officer types the citizen's NIK first; the kind is chosen with the mouse or Shift+Tab.
            QTimer.singleShot(0, self.focus_first_field)

    def focus_first_field(self) -> None:
        self.citizen.nik_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- building -----

    def _setup_ui(self) -> None:
        e = self.errors
        title = (
            self.tr("New report")
            if self._report is None
            else self.tr("Edit report {number}").format(number=self._report.number or "")
        )
        self.title_label = QLabel(title, self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.general_error = e.general_label()
        self.general_error.setStyleSheet(
            "color: #b00020; background: #fdecee; border: 1px solid #f0b5bd;"
            " border-radius: 4px; padding: 4px;"
        )

        # Kind and channel.
        kinds = {
            "LP_B": self.tr("Police report (LP model B)"),
            "DUMAS": self.tr("Complaint (Dumas)"),
            "SKTLK": self.tr("Lost item (SKTLK)"),
            "INFO": self.tr("Information / consultation"),
        }
        self.kind_combo = code_combo(self, "kind", kinds)
        self.kind_combo.setMinimumWidth(260)
        self.kind_combo.currentIndexChanged.connect(self._apply_kind)
        channels = {
            "walk_in": self.tr("Walk-in"),
            "phone": self.tr("Phone"),
            "online": self.tr("Online"),
            "social_media": self.tr("Social media"),
        }
        self.channel_combo = code_combo(self, "channel", channels)
        self.channel_combo.setMinimumWidth(150)
        kind_box = QWidget(self)
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_label = QLabel(self.tr("&Kind"), kind_box)
        kind_label.setBuddy(self.kind_combo)
        channel_label = QLabel(self.tr("Channe&l"), kind_box)
        channel_label.setBuddy(self.channel_combo)
        kind_row.addWidget(self.title_label)
        kind_row.addStretch(1)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(e.row_widget(self.kind_combo, "kind"))
        kind_row.addSpacing(16)
        kind_row.addWidget(channel_label)
        kind_row.addWidget(e.row_widget(self.channel_combo, "channel"))

        self.citizen = CitizenSection(self._ctx, e, self)
        self.citizen.changed.connect(self._clear_general_error)

        # The incident.
        self.offense_edit = QLineEdit(self)
        self.offense_edit.setObjectName("offense")
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        self.category_combo.addItem("—", None)
        for cat in list_categories(self._ctx.session_factory):
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
            self._ctx.session_factory, self.category_combo, incident_row, self.article_edit
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

        incident_box = QGroupBox(self.tr("Incident"), self)
        self.incident_form = f = QFormLayout(incident_box)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.offense_label = QLabel(self.tr("What happened *"), incident_box)
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

        self.chronology_edit = QPlainTextEdit(self)
        self.chronology_edit.setObjectName("chronology")
        self.chronology_edit.setTabChangesFocus(True)
        self.chronology_edit.setMinimumHeight(110)
        self.chronology_box = QGroupBox(self)
        chronology_layout = QVBoxLayout(self.chronology_box)
        chronology_layout.addWidget(e.row_widget(self.chronology_edit, "chronology"))

        self.lost_items = LostItemsEditor(self)
        self.lost_items_box = QGroupBox(self.tr("Lost items *"), self)
        lost_layout = QVBoxLayout(self.lost_items_box)
        lost_layout.addWidget(e.row_widget(self.lost_items, "lost_items", self.lost_items.table))

        content = QWidget(self)
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.addWidget(kind_box, 0, 0, 1, 2)
        self.grid.addWidget(self.general_error, 1, 0, 1, 2)
        self.grid.addWidget(self.citizen, 3, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(incident_box, 3, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(5, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.clicked.connect(self.cancel)
        hint = QLabel(self.tr("* required · Ctrl+S saves · Esc cancels"), self)
        hint.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 6, 12, 10)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(separator)
        layout.addLayout(buttons)

        for keys, slot in (
            (("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"), self.save),
            (("Esc",), self.cancel),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        chain = [
            self.kind_combo,
            self.channel_combo,
            *self.citizen.focus_chain(),
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
            self.chronology_edit,
            self.lost_items.table,
            self.lost_items.add_button,
            self.lost_items.remove_button,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _place_bottom(self, kind: str) -> None:
        """Chronology spans the width, or shares it with the lost items of an SKTLK."""
        self.grid.removeWidget(self.chronology_box)
        self.grid.removeWidget(self.lost_items_box)
        if kind in SHOWS["lost_items"]:
            self.grid.addWidget(self.chronology_box, 4, 0)
            self.grid.addWidget(self.lost_items_box, 4, 1)
        else:
            self.grid.addWidget(self.chronology_box, 4, 0, 1, 2)
        self.lost_items_box.setVisible(kind in SHOWS["lost_items"])

    # ----- kind -----

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _apply_kind(self) -> None:
        kind = self.kind()
        for part, rows in self._rows.items():
            for row in rows:
                self.incident_form.setRowVisible(row, kind in SHOWS[part])
        self.offense_label.setText(
            {
                "LP_B": self.tr("Offense (tindak pidana) *"),
                "DUMAS": self.tr("Subject of the complaint *"),
            }.get(kind, self.tr("Subject"))
        )
        self.chronology_box.setTitle(self.tr("Notes") if kind == "INFO" else self.tr("Chronology *"))
        self._place_bottom(kind)
        if kind in SHOWS["lost_items"] and self.lost_items.table.rowCount() == 0:
            self.lost_items.add_row(focus=False)

    # ----- values -----

    def value(self) -> ReportInput:
        """What the form shows, as the service's input; parts the kind hides are left empty."""
        kind = self.kind()

        def shown(part: str, value: object, empty: object = "") -> object:
            return value if kind in SHOWS[part] else empty

        incident_at = self.incident.value()
        return ReportInput(
            kind=kind,
            citizen=self.citizen.value(),
            channel=self.channel_combo.currentData(),
            offense=shown("offense", self.offense_edit.text().strip()),
            category_id=shown("category", self.category_combo.currentData(), None),
            incident_at=shown("incident", incident_at, None),
            incident_kecamatan_code=shown("incident", self.region.kecamatan_code()),
            incident_nagari_code=shown("incident", self.region.nagari_code()),
            incident_address=shown("incident", self.place_edit.text().strip()),
            chronology=self.chronology_edit.toPlainText().strip(),
            reported_party=shown("parties", self.reported_party_edit.text().strip()),
            witnesses=shown("parties", self.witnesses_edit.text().strip()),
            article=shown("parties", self.article_edit.text().strip()),
            estimated_loss=shown("loss", round(self.loss_edit.value()), 0),
            lost_items=shown("lost_items", self.lost_items.items(), ()),
        )

    def _load(self, r: ReportView) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(r.kind))
        self.kind_combo.setEnabled(False)  # a numbered report never changes kind
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(r.channel)))
        self.citizen.set_value(r.citizen.as_input(), citizen_id=r.citizen.id)
        self.offense_edit.setText(r.offense)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(r.category_id)))
        self.incident.set_value(r.incident_at)
        self.region.set_codes(r.incident_kecamatan_code, r.incident_nagari_code)
        self.place_edit.setText(r.incident_address)
        self.reported_party_edit.setText(r.reported_party)
        self.witnesses_edit.setText(r.witnesses)
        self.article_edit.setText(r.article)
        self.loss_edit.setValue(r.estimated_loss)
        self.chronology_edit.setPlainText(r.chronology)
        self.lost_items.set_items(r.lost_items)

    def has_changes(self) -> bool:
        return self.value() != self._initial or self.incident.edit.text() != self._initial_incident_text

    # ----- save / cancel -----

    def save(self) -> None:
        """Check on the GUI thread (every message next to its field), then save on the DB thread."""
        if self._saving:
            return
        officer = self._ctx.officer
        data = self.value()
        errors: dict[str, str] = {}
        try:
            validate_report(data, now=now_utc())
        except ValidationFailed as exc:
            errors = dict(exc.field_errors)
        unreadable = self.incident.input_error() if data.kind in SHOWS["incident"] else None
        if unreadable is not None:
            errors["incident_at"] = unreadable
        if errors:
            self.show_errors(errors)
            return
        self.errors.clear()
        self._clear_general_error()
        if officer is None:
            QMessageBox.warning(self, self.tr("Save report"), self.tr("Nobody is logged in."))
            return
        factory, report = self._ctx.session_factory, self._report
        if report is None:

            def job() -> ReportView:
                return register_report(factory, data=data, officer_id=officer.id)
        else:

            def job() -> ReportView:
                return update_report(factory, report_id=report.id, data=data, officer_id=officer.id)

        self._set_saving(True)
        self._ctx.runner.run_db(
            job, on_done=self._on_saved, on_error=self._on_save_failed, changes=("report", lambda v: [v.id])
        )

    def show_errors(self, field_errors: dict[str, str]) -> None:
        """Each message next to its field, the rest at the top; focus the first field in error."""
        first = self.errors.show(field_errors)
        if self.errors.unknown(field_errors):
            self.scroll.ensureWidgetVisible(self.general_error)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(first, 50, 80)

    def _on_saved(self, view: ReportView) -> None:
        self._set_saving(False)
        self._report = view
        self._initial = self.value()
        self._initial_incident_text = self.incident.edit.text()
        self.saved.emit(view)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.field_errors)
            return
        if isinstance(exc, PermissionDenied):
            message = self.tr("You may not edit this report.")
        else:
            log.error("saving a report failed", exc_info=exc)
            message = self.tr("The report could not be saved: {error}").format(error=exc)
        QMessageBox.critical(self, self.tr("Save report"), message)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _clear_general_error(self) -> None:
        self.general_error.setVisible(False)

    def cancel(self) -> None:
        """Leave the form; ask first if something was typed."""
        if self._saving:
            return
        if self.has_changes() and not unsaved.confirm_discard(
            self, self.tr("Discard report"), self.tr("Discard what you typed in this report?")
        ):
            return
        self.cancelled.emit()
