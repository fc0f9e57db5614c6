"""New / edit report form: keyboard-first, validated by db's rules, saved through the task runner."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.errors import PermissionDenied, ValidationFailed
from db.rules.timeutil import now_utc
from db.services.report_input import ReportInput, validate_report
from db.services.reports import ReportView, register_report, update_report
from ui.context import UiContext
from ui.reports.citizen_section import CitizenSection
from ui.reports.incident_section import IncidentSection
from ui.reports.lost_items_editor import LostItemsEditor
from ui.reports.report_form_header import ReportFormHeader
from ui.reports.report_kinds import SHOWS
from ui.widgets import unsaved
from ui.widgets.field_errors import FieldErrors

log = logging.getLogger(__name__)


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
        self.general_error = e.general_label()
        self.general_error.setStyleSheet(
            "color: #b00020; background: #fdecee; border: 1px solid #f0b5bd;"
            " border-radius: 4px; padding: 4px;"
        )

        self.header = ReportFormHeader(e, self, report=self._report)
        self.title_label = self.header.title_label
        self.kind_combo, self.channel_combo = self.header.kind_combo, self.header.channel_combo
        self.kind_combo.currentIndexChanged.connect(self._apply_kind)

        self.citizen = CitizenSection(self._ctx, e, self)
        self.citizen.changed.connect(self._clear_general_error)

        self.incident_section = section = IncidentSection(self._ctx, e, self)
        # The section's fields, under the names callers and tests know.
        self.offense_edit, self.category_combo = section.offense_edit, section.category_combo
        self.incident, self.incident_edit, self.incident_unknown = (
            section.incident,
            section.incident_edit,
            section.incident_unknown,
        )
        self.region, self.kecamatan_combo, self.nagari_combo = (
            section.region,
            section.kecamatan_combo,
            section.nagari_combo,
        )
        self.place_edit, self.reported_party_edit = section.place_edit, section.reported_party_edit
        self.witnesses_edit, self.article_edit = section.witnesses_edit, section.article_edit
        self.article_hint, self.loss_edit = section.article_hint, section.loss_edit

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
        self.grid.addWidget(self.header, 0, 0, 1, 2)
        self.grid.addWidget(self.general_error, 1, 0, 1, 2)
        self.grid.addWidget(self.citizen, 3, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(section, 3, 1, Qt.AlignmentFlag.AlignTop)
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
            *section.focus_chain(),
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
        self.incident_section.apply_kind(kind)
        self.chronology_box.setTitle(self.tr("Notes") if kind == "INFO" else self.tr("Chronology *"))
        self._place_bottom(kind)
        if kind in SHOWS["lost_items"] and self.lost_items.table.rowCount() == 0:
            self.lost_items.add_row(focus=False)

    # ----- values -----

    def value(self) -> ReportInput:
        """What the form shows, as the service's input; parts the kind hides are left empty."""
        kind = self.kind()
        return ReportInput(
            kind=kind,
            citizen=self.citizen.value(),
            channel=self.channel_combo.currentData(),
            chronology=self.chronology_edit.toPlainText().strip(),
            lost_items=self.lost_items.items() if kind in SHOWS["lost_items"] else (),
            **self.incident_section.values(kind),  # type: ignore[arg-type]
        )

    def _load(self, r: ReportView) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(r.kind))
        self.kind_combo.setEnabled(False)  # a numbered report never changes kind
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(r.channel)))
        self.citizen.set_value(r.citizen.as_input(), citizen_id=r.citizen.id)
        self.incident_section.load(r)
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
