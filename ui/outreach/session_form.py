"""The form that records or edits an outreach session, and the small dialog that adds a partner."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.errors import SentraError, ValidationFailed
from db.services.officers import list_officers
from db.services.outreach import (
    MAX_ATTENDANCE,
    FollowUpInput,
    PartnerView,
    SessionInput,
    SessionView,
    add_partner,
    list_partners,
    list_topics,
    record_session,
    update_session,
)
from ui.context import UiContext
from ui.outreach import kind_labels, partner_kind_labels
from ui.outreach.follow_up_row import FollowUpRow
from ui.widgets.combos import code_combo
from ui.widgets.field_errors import FieldErrors, RefusalTexts
from ui.widgets.region_picker import RegionPicker
from ui.widgets.unsaved import AsksBeforeDiscarding
from ui.widgets.wib_datetime import OptionalWibDateTime

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _check_list(name: str, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setMinimumHeight(90)
    return widget


def _add_check(widget: QListWidget, text: str, item_id: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(ID_ROLE, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_ids(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(i).data(ID_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, item_id: str, checked: bool = True) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(ID_ROLE) == item_id:
            widget.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class SessionDialog(AsksBeforeDiscarding, QDialog):
    """Records a new session (`session` None) or edits one; `saved` holds the SessionView after saving."""

    def __init__(self, ctx: UiContext, session: SessionView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.session = session
        self.saved: SessionView | None = None
        self._new_follow_ups: list[FollowUpInput] = []
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit outreach session") if session else self.tr("New outreach session"))
        self.resize(980, 680)
        self._setup_ui()
        self._fill_lists()
        if session is not None:
            self._load(session)
        self.mark_clean()

    def _setup_ui(self) -> None:
        form = QFormLayout()
        self.held_at = OptionalWibDateTime(self, name="held_at", start_now=True)
        self.kind_combo = code_combo(self, "kind", kind_labels())
        self.region = RegionPicker(self)
        self.jorong_edit = QLineEdit(self)
        self.jorong_edit.setObjectName("jorong")
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setObjectName("venue")
        self.venue_edit.setPlaceholderText(self.tr("e.g. Aula Kantor Wali Nagari, Masjid Raya"))
        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("target_groups")
        self.target_edit.setPlaceholderText(self.tr("e.g. pelajar, ibu-ibu PKK, pemuda"))
        self.men_spin = QSpinBox(self)
        self.men_spin.setObjectName("attendance_men")
        self.women_spin = QSpinBox(self)
        self.women_spin.setObjectName("attendance_women")
        attendance = QHBoxLayout()
        for label, spin in ((self.tr("Men"), self.men_spin), (self.tr("Women"), self.women_spin)):
            spin.setRange(0, MAX_ATTENDANCE)
            attendance.addWidget(QLabel(label, self))
            attendance.addWidget(spin, 1)
        self.concerns_edit = QPlainTextEdit(self)
        self.concerns_edit.setObjectName("concerns")
        self.concerns_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)

        def row(label: str, widget: QWidget | QHBoxLayout, field: str | None = None, target=None) -> None:  # type: ignore[no-untyped-def]
            form.addRow(label, widget)
            if field is not None:
                form.addRow("", self.errors.label_for(field, target or widget))

        row(self.tr("Date and time"), self.held_at, "held_at", self.held_at.edit)
        row(self.tr("Kind"), self.kind_combo, "kind")
        row(self.tr("Kecamatan"), self.region.kecamatan_combo)
        row(self.tr("Nagari"), self.region.nagari_combo, "nagari_code")
        row(self.tr("Jorong"), self.jorong_edit, "jorong")
        row(self.tr("Venue"), self.venue_edit, "venue")
        row(self.tr("Target groups"), self.target_edit, "target_groups")
        row(self.tr("Attendance"), attendance)
        form.addRow("", self.errors.label_for("attendance_men", self.men_spin))
        form.addRow("", self.errors.label_for("attendance_women", self.women_spin))
        row(self.tr("Residents' concerns"), self.concerns_edit, "concerns")
        row(self.tr("Notes"), self.notes_edit, "notes")

        right = QGridLayout()
        self.topics_list = _check_list("topics", self)
        self.speakers_list = _check_list("speakers", self)
        self.partners_list = _check_list("partners", self)
        self.add_partner_button = QPushButton(self.tr("Add partner…"), self)
        self.add_partner_button.clicked.connect(lambda _=False: self.add_partner())
        right.addWidget(QLabel(self.tr("Topics"), self), 0, 0)
        right.addWidget(QLabel(self.tr("Officers who spoke"), self), 0, 1)
        right.addWidget(self.topics_list, 1, 0)
        right.addWidget(self.speakers_list, 1, 1)
        partners_head = QHBoxLayout()
        partners_head.addWidget(QLabel(self.tr("Partner organisations"), self), 1)
        partners_head.addWidget(self.add_partner_button)
        right.addLayout(partners_head, 2, 0, 1, 2)
        right.addWidget(self.partners_list, 3, 0, 1, 2)
        right.addWidget(self.errors.label_for("topic_ids", self.topics_list), 4, 0)
        right.addWidget(self.errors.label_for("speaker_ids", self.speakers_list), 4, 1)
        right.addWidget(self.errors.label_for("partner_ids", self.partners_list), 5, 0, 1, 2)

        right.addWidget(QLabel(self.tr("Follow-ups promised"), self), 6, 0, 1, 2)
        fu_row = FollowUpRow(
            self,
            placeholder=self.tr("What was promised"),
            button_text=self.tr("Add follow-up"),
            add=self.add_follow_up,
            due_text=self.tr("due"),
        )
        self.follow_up_edit = fu_row.edit
        self.follow_up_due = fu_row.due
        self.follow_up_add_button = fu_row.button
        right.addLayout(fu_row, 7, 0, 1, 2)
        self.follow_ups_list = QListWidget(self)
        self.follow_ups_list.setObjectName("follow_ups")
        self.follow_ups_list.setMaximumHeight(90)
        right.addWidget(self.follow_ups_list, 8, 0, 1, 2)
        right.addWidget(self.errors.label_for("follow_ups", self.follow_up_edit), 9, 0, 1, 2)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(buttons)
        self.held_at.edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in a field must not save a half-typed session (it adds a follow-up there); Ctrl+Enter saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill_lists(self) -> None:
        # Short reference lists, read at once so the form opens complete.
        sf = self._ctx.session_factory
        for topic in list_topics(sf):
            _add_check(self.topics_list, topic.name, topic.id, False)
        for officer in list_officers(sf):
            _add_check(self.speakers_list, f"{officer.rank} {officer.name}".strip(), officer.id, False)
        for partner in list_partners(sf):
            self._add_partner_item(partner, False)

    def _add_partner_item(self, partner: PartnerView, checked: bool) -> None:
        kind = partner_kind_labels().get(partner.kind, partner.kind)
        _add_check(self.partners_list, f"{partner.name} — {kind}", partner.id, checked)

    def _load(self, s: SessionView) -> None:
        self.held_at.set_value(s.held_at)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(s.kind)))
        self.region.set_codes(s.kecamatan_code, s.nagari_code)
        self.jorong_edit.setText(s.jorong)
        self.venue_edit.setText(s.venue)
        self.target_edit.setText(s.target_groups)
        self.men_spin.setValue(s.attendance_men)
        self.women_spin.setValue(s.attendance_women)
        self.concerns_edit.setPlainText(s.concerns)
        self.notes_edit.setPlainText(s.notes)
        # Items no longer on the active lists still show, ticked, so saving keeps them.
        for widget, chosen in (
            (self.topics_list, [(t.id, t.name) for t in s.topics]),
            (self.speakers_list, [(o.id, f"{o.rank} {o.name}".strip()) for o in s.speakers]),
            (self.partners_list, [(p.id, p.name) for p in s.partners]),
        ):
            present = {widget.item(i).data(ID_ROLE) for i in range(widget.count())}
            for item_id, text in chosen:
                if item_id in present:
                    set_checked(widget, item_id)
                else:
                    _add_check(widget, text, item_id, True)
        for f in s.follow_ups:
            due = f"{f.due_date:%d/%m/%Y}" if f.due_date else "—"
            item = QListWidgetItem(f"{f.description} ({due})", self.follow_ups_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def add_follow_up(self) -> None:
        text = self.follow_up_edit.text().strip()
        if not text:
            return
        due: date = self.follow_up_due.date().toPython()  # type: ignore[assignment]
        self._new_follow_ups.append(FollowUpInput(text, due))
        new = self.tr("new")
        QListWidgetItem(f"{text} ({due:%d/%m/%Y}) — {new}", self.follow_ups_list)
        self.follow_up_edit.clear()
        self.follow_up_edit.setFocus()

    def value(self) -> SessionInput:
        return SessionInput(
            held_at=self.held_at.value(),
            kind=self.kind_combo.currentData() or "",
            venue=self.venue_edit.text(),
            kecamatan_code=self.region.kecamatan_code(),
            nagari_code=self.region.nagari_code(),
            jorong=self.jorong_edit.text(),
            target_groups=self.target_edit.text(),
            attendance_men=self.men_spin.value(),
            attendance_women=self.women_spin.value(),
            concerns=self.concerns_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            topic_ids=checked_ids(self.topics_list),
            speaker_ids=checked_ids(self.speakers_list),
            partner_ids=checked_ids(self.partners_list),
            follow_ups=tuple(self._new_follow_ups),
        )

    def save(self) -> None:
        if self.follow_up_edit.text().strip():  # typed but not added: the officer meant it
            self.add_follow_up()
        unreadable = self.held_at.input_error()
        if unreadable is not None:
            self._failed(ValidationFailed({"held_at": unreadable}))
            return
        data, sf = self.value(), self._ctx.session_factory
        officer_id = self._ctx.officer_id
        if self.session is None:
            fn = lambda: record_session(sf, data=data, officer_id=officer_id)  # noqa: E731
        else:
            session_id = self.session.id
            fn = lambda: update_session(sf, session_id=session_id, data=data, officer_id=officer_id)  # noqa: E731
        self.save_button.setEnabled(False)
        self._ctx.runner.run_db(
            fn, on_done=self._saved, on_error=self._failed, changes=("outreach", lambda v: [v.id])
        )

    def _saved(self, view: SessionView) -> None:
        self.saved = view
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, SentraError):
            failed = self.tr("The session could not be saved: %1")
            self.errors.show_refusal(exc, RefusalTexts(denied=failed, missing=failed, failed=failed))
        else:
            log.error("outreach session not saved", exc_info=exc)
            QMessageBox.critical(self, self.tr("Not saved"), self.tr("The session could not be saved."))

    def add_partner(self) -> PartnerDialog:
        dialog = PartnerDialog(self._ctx, self)
        dialog.accepted.connect(lambda: dialog.saved and self._add_partner_item(dialog.saved, True))
        dialog.open()
        return dialog


class PartnerDialog(QDialog):
    """Name, kind and contact of a partner kept for later sessions; `saved` holds the PartnerView."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.saved: PartnerView | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Add partner"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("partner_name")
        self.kind_combo = code_combo(self, "partner_kind", partner_kind_labels())
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("partner_contact")
        self.contact_edit.setPlaceholderText(self.tr("Phone or person to ask for"))
        for label, widget, field in (
            (self.tr("Name"), self.name_edit, "name"),
            (self.tr("Kind"), self.kind_combo, "kind"),
            (self.tr("Contact"), self.contact_edit, "contact"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        sf, officer_id = self._ctx.session_factory, self._ctx.officer_id
        name, kind, contact = self.name_edit.text(), self.kind_combo.currentData(), self.contact_edit.text()
        self._ctx.runner.run_db(
            lambda: add_partner(sf, name=name, kind=kind, contact=contact, officer_id=officer_id),
            on_done=self._saved,
            on_error=self._failed,
            changes=("partner", lambda v: [v.id]),
        )

    def _saved(self, view: PartnerView) -> None:
        self.saved = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.errors.show(exc.field_errors)
        else:
            log.error("partner not saved", exc_info=exc)
            QMessageBox.critical(self, self.tr("Not saved"), self.tr("The partner could not be saved."))
