"""The contact log of a report in the detail pane, and the dialog that adds a call, visit or message."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import WIB, now_utc, to_wib
from db.services.contacts import ContactInput, ContactView, add_contact, list_contacts
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.combos import code_combo
from ui.widgets.field_errors import FieldErrors, RefusalTexts
from ui.widgets.rows_model import Column, RowsModel, moment_column, translate
from ui.widgets.save_dialog import save_and_close
from ui.widgets.tables import read_only

log = logging.getLogger(__name__)

COL_WHEN, COL_CHANNEL, COL_SUMMARY, COL_NEXT, COL_OFFICER = range(5)


def channel_label(channel: str) -> str:
    return {
        "call": translate("ContactLogModel", "Call"),
        "visit": translate("ContactLogModel", "Visit"),
        "whatsapp": translate("ContactLogModel", "WhatsApp"),
        "letter": translate("ContactLogModel", "Letter"),
    }.get(channel, channel)


def contact_log_model(parent: QObject | None = None) -> RowsModel[ContactView]:
    """The contacts of one report, newest first (a handful per report: loaded whole)."""

    def one_line(text: str) -> str:
        return text.replace("\n", " ")

    def channel(c: ContactView) -> str:
        return channel_label(c.channel)

    columns = (
        moment_column(translate("ContactLogModel", "Date (WIB)"), lambda c: c.contacted_at),
        Column[ContactView](translate("ContactLogModel", "Channel"), channel, tooltip=channel),
        Column[ContactView](
            translate("ContactLogModel", "What was said"),
            lambda c: one_line(c.summary),
            tooltip=lambda c: c.summary,
        ),
        Column[ContactView](
            translate("ContactLogModel", "Next step"),
            lambda c: one_line(c.next_step),
            tooltip=lambda c: c.next_step,
        ),
        Column[ContactView](
            translate("ContactLogModel", "Officer"),
            lambda c: c.officer_name,
            tooltip=lambda c: c.officer_name,
        ),
    )
    return RowsModel(columns, parent)


class ContactLogWidget(QWidget):
    """The contact log of the report shown with `show_report`; refreshes when that report changes."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report_id: str | None = None
        self.model = contact_log_model(self)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.show_report(None)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Contacts with the citizen"))
        title.setStyleSheet("font-weight: 600;")
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.add_button.clicked.connect(lambda _=False: self.add_contact())
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        fit, stretch = (COL_WHEN, COL_CHANNEL, COL_OFFICER), (COL_SUMMARY, COL_NEXT)
        read_only(self.table, fit=fit, stretch=stretch, single=False)
        self.empty_label = QLabel(self.tr("No contact recorded yet."))
        self.empty_label.setStyleSheet("color: palette(mid);")
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

    def show_report(self, report_id: str | None, *, voided: bool = False) -> None:
        self.report_id = report_id
        # A void report takes no new records (the service refuses them too).
        self.add_button.setEnabled(report_id is not None and not voided)
        if report_id is None:
            self._set_rows(None, [])
            return
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(
            lambda: list_contacts(sf, report_id),
            on_done=lambda rows: self._set_rows(report_id, rows),
            on_error=lambda exc: log.error("contacts could not be loaded", exc_info=exc),
        )

    def _set_rows(self, report_id: str | None, rows: list[ContactView]) -> None:
        if report_id != self.report_id:  # a slow load for a report no longer shown
            return
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows and report_id is not None)

    def _on_data_changed(self, entity: str, ids: list) -> None:
        if self.report_id is not None and entity == "report" and self.report_id in ids:
            self.show_report(self.report_id)

    def add_contact(self) -> ContactDialog | None:
        if self.report_id is None:
            return None
        dialog = ContactDialog(self._ctx, self.report_id, self)
        dialog.open()
        return dialog


class ContactDialog(QDialog):
    """Date and time (WIB, default now), channel, what was said and the next step; saved via the runner."""

    def __init__(self, ctx: UiContext, report_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report_id = report_id
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Add contact"))
        self.resize(520, 420)
        self._setup_ui()

    def _setup_ui(self) -> None:
        form = QFormLayout()
        now = to_wib(now_utc())
        self.when_edit = QDateTimeEdit(QDateTime(QDate(now.date()), QTime(now.hour, now.minute)), self)
        self.when_edit.setObjectName("contacted_at")
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit, 1)
        when_row.addWidget(QLabel("WIB"))
        channels = {
            "call": self.tr("Call"),
            "visit": self.tr("Visit"),
            "whatsapp": self.tr("WhatsApp"),
            "letter": self.tr("Letter"),
        }
        self.channel_combo = code_combo(self, "channel", channels)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was said or done"))
        self.next_step_edit = QPlainTextEdit(self)
        self.next_step_edit.setObjectName("next_step")
        self.next_step_edit.setTabChangesFocus(True)
        self.next_step_edit.setMaximumHeight(80)
        rows = (
            (self.tr("Date and time"), when_row, "contacted_at", self.when_edit),
            (self.tr("Channel"), self.channel_combo, "channel", self.channel_combo),
            (self.tr("What was said"), self.summary_edit, "summary", self.summary_edit),
            (self.tr("Next step"), self.next_step_edit, "next_step", self.next_step_edit),
        )
        for label, field_widget, name, widget in rows:
            form.addRow(label, self.errors.row(field_widget, name, widget))
        self.buttons = dialog_buttons(
            self, self.save, accept_text=self.tr("Save"), cancel_text=self.tr("Cancel")
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)
        self.summary_edit.setFocus()

    def contacted_at(self) -> datetime:
        moment = self.when_edit.dateTime()
        return datetime.combine(moment.date().toPython(), moment.time().toPython(), tzinfo=WIB).replace(
            second=0, microsecond=0
        )

    def value(self) -> ContactInput:
        return ContactInput(
            channel=self.channel_combo.currentData(),
            summary=self.summary_edit.toPlainText(),
            next_step=self.next_step_edit.toPlainText(),
            contacted_at=self.contacted_at(),
        )

    def save(self) -> None:
        self.errors.clear()
        sf, report_id, data = self._ctx.session_factory, self.report_id, self.value()
        officer_id = self._ctx.officer_id
        save_and_close(
            self,
            self._ctx,
            lambda: add_contact(sf, report_id=report_id, data=data, officer_id=officer_id),
            changes=("report", [report_id]),
            errors=self.errors,
            refusals=RefusalTexts(
                denied=self.tr("Your account may not record this contact."),
                missing=self.tr("This report no longer exists."),
                failed=self.tr("The contact could not be saved: %1"),
            ),
            button=self.save_button,
        )
