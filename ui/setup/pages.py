"""The set-up wizard's pages: station identity, letterhead and number patterns, signatory, first admin."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.rules.report_number import KINDS_WITH_NUMBER, check_pattern, format_number
from db.rules.timeutil import now_utc
from db.services.officers import MIN_PASSWORD
from ui.widgets.field_errors import FieldErrors
from ui.widgets.officer_fields import nrp_edit, password_edit, rank_combo
from ui.widgets.paragraph import paragraph

log = logging.getLogger(__name__)

SIGNATORY_TITLES = ("KA SPKT", "BANIT SPKT")
FIELD_MIN_WIDTH = 340
# One label width on every page, so the fields do not jump sideways when the user pages through.
LABEL_WIDTH = 160


class Suggestion:
    """Keeps a text widget filled with a suggested value until the user types their own value."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit) -> None:
        self._widget = widget
        self._setting = False
        self.user_edited = False
        widget.textChanged.connect(self._on_change)

    def _text(self) -> str:
        w = self._widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def _on_change(self, *_args: object) -> None:
        # Emptying the field hands it back to the suggestion.
        if not self._setting:
            self.user_edited = bool(self._text().strip())

    def offer(self, value: str) -> None:
        if self.user_edited or self._text() == value:
            return
        self._setting = True
        try:
            if isinstance(self._widget, QPlainTextEdit):
                self._widget.setPlainText(value)
            else:
                self._widget.setText(value)
        finally:
            self._setting = False


class FormPage(QWizardPage):
    """A page holding one form; every validated field gets a red message row right under its widget."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.errors = FieldErrors()
        self.error_sets = [self.errors]
        self.fields: set[str] = set()
        self.form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addStretch(1)  # keeps the rows at their natural height instead of spreading them out
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)

    def add_row(
        self,
        label: str,
        widget: QWidget,
        field: str | None = None,
        errors: FieldErrors | None = None,
        focus: QWidget | None = None,
    ) -> None:
        widget.setMinimumWidth(FIELD_MIN_WIDTH)
        caption = QLabel(label)
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(focus or widget)
        self.form.addRow(caption, widget)
        if field is not None:
            self.fields.add(field)
            message = (errors or self.errors).label_for(field, focus or widget)
            message.setWordWrap(False)  # wrapped labels get a wrong height in a form layout
            self.add_below(message)

    def add_below(self, widget: QWidget) -> None:
        # A row with no label: Qt leaves it out of the layout while the widget is hidden.
        self.form.setWidget(self.form.rowCount(), QFormLayout.ItemRole.FieldRole, widget)

    def add_heading(self, text: str) -> None:
        label = QLabel(f"<b>{escape(text)}</b>")
        label.setContentsMargins(0, 6, 0, 0)
        self.form.addRow(label)

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        first = None
        for error_set in self.error_sets:
            widget = error_set.show(errors)
            first = first or widget
        return first

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        errors = wizard.validation_errors(self.fields) if hasattr(wizard, "validation_errors") else {}
        first = self.show_errors(errors)
        if first is not None:
            first.setFocus()
        return not errors


class IdentityPage(FormPage):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Station identity"),
            self.tr("Which station is this? These details appear on every printed document."),
        )
        level_box = QWidget()
        row = QHBoxLayout(level_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.polres_radio = QRadioButton(self.tr("Polres (district)"))
        self.polsek_radio = QRadioButton(self.tr("Polsek (sub-district)"))
        self.polres_radio.setChecked(True)
        self.level_group = QButtonGroup(self)
        for radio in (self.polres_radio, self.polsek_radio):
            self.level_group.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        self.add_row(self.tr("Level:"), level_box, "level", focus=self.polres_radio)
        self.polda_edit = QLineEdit("Sumatera Barat")
        self.add_row(self.tr("Polda (province):"), self.polda_edit, "polda_name")
        self.resor_edit = QLineEdit("Solok")
        self.add_row(self.tr("Resor (district):"), self.resor_edit, "resor_name")
        self.sector_edit = QLineEdit()
        self.sector_edit.setPlaceholderText(self.tr("e.g. Gunung Talang"))
        self.add_row(self.tr("Sector (Polsek only):"), self.sector_edit, "sector_name")
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(32)
        self.add_row(self.tr("Station code:"), self.code_edit, "code")
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("Street, kabupaten"))
        self.add_row(self.tr("Address:"), self.address_edit)
        self.city_edit = QLineEdit("Arosuka")
        self.city_edit.setToolTip(
            self.tr('Written before the date above signatures, e.g. "Arosuka, 3 March 2026".')
        )
        self.add_row(self.tr("Place for signatures:"), self.city_edit, "city")
        self.phone_edit = QLineEdit()
        self.add_row(self.tr("Phone:"), self.phone_edit)
        self.polsek_radio.toggled.connect(self.sector_edit.setEnabled)
        self.sector_edit.setEnabled(False)
        self.polsek_radio.toggled.connect(self.changed)
        for edit in (self.polda_edit, self.resor_edit, self.sector_edit):
            edit.textChanged.connect(self.changed)

    def level(self) -> str:
        return "polsek" if self.polsek_radio.isChecked() else "polres"

    def sector(self) -> str:
        return self.sector_edit.text().strip() if self.level() == "polsek" else ""


class NumbersPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Letterhead and document numbers"),
            self.tr("Check the letterhead lines and how receipts are numbered."),
        )
        self.letterhead_edit = QPlainTextEdit()
        self.letterhead_edit.setTabChangesFocus(True)
        self.letterhead_edit.setFixedHeight(self.letterhead_edit.fontMetrics().lineSpacing() * 5 + 14)
        self.add_row(self.tr("Letterhead:"), self.letterhead_edit, "letterhead")
        self.add_heading(self.tr("Number patterns"))
        hint = paragraph(
            self.tr(
                "{n} is the running number (it restarts every year), {month} the month in Roman "
                "numerals and {year} the year."
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(hint)
        self.pattern_errors = FieldErrors()
        self.error_sets.append(self.pattern_errors)
        self.pattern_edits: dict[str, QLineEdit] = {}
        self.previews: dict[str, QLabel] = {}
        labels = {
            "LP_B": self.tr("Police report (LP/B):"),
            "DUMAS": self.tr("Complaint (Dumas):"),
            "SKTLK": self.tr("Lost items (SKTLK):"),
        }
        for kind in KINDS_WITH_NUMBER:
            edit = QLineEdit()
            preview = QLabel()
            preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            preview.setStyleSheet("color: palette(placeholder-text);")
            self.pattern_edits[kind], self.previews[kind] = edit, preview
            self.add_row(labels[kind], edit, f"pattern_{kind}", errors=self.pattern_errors)
            self.add_below(preview)
            edit.textChanged.connect(self.check_patterns)

    def check_patterns(self) -> None:
        """Shows the first number each pattern would give, or why the pattern is refused."""
        errors = {}
        for kind, edit in self.pattern_edits.items():
            message = check_pattern(edit.text())
            preview = self.previews[kind]
            preview.setVisible(message is None)
            if message is None:
                number = format_number(edit.text().strip(), seq=1, received_at=now_utc())
                preview.setText(self.tr("First number: {number}").format(number=number))
            else:
                errors[f"pattern_{kind}"] = message
        self.pattern_errors.show(errors)


class SignatoryPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Signatory"),
            self.tr("Who signs receipts and letters on behalf of the head of the station?"),
        )
        self.on_behalf_edit = QLineEdit()
        self.add_row(self.tr("On behalf of:"), self.on_behalf_edit, "signatory_on_behalf")
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_combo.addItems(SIGNATORY_TITLES)
        self.add_row(self.tr("Title:"), self.title_combo, "signatory_title")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Full name with degrees, e.g. Hendra Saputra, S.H."))
        self.add_row(self.tr("Name:"), self.name_edit, "signatory_name")
        self.rank_combo = rank_combo()
        self.add_row(self.tr("Rank:"), self.rank_combo, "signatory_rank")
        self.nrp_edit = nrp_edit()
        self.nrp_edit.setPlaceholderText(self.tr("8 digits"))
        self.add_row(self.tr("NRP:"), self.nrp_edit, "signatory_nrp")
        self.preview = QLabel()
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setContentsMargins(12, 8, 12, 8)
        self.add_row(self.tr("Preview:"), self.preview)
        for edit in (self.on_behalf_edit, self.name_edit, self.nrp_edit):
            edit.textChanged.connect(self.refresh_preview)
        for combo in (self.title_combo, self.rank_combo):
            combo.currentTextChanged.connect(self.refresh_preview)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        name = escape(self.name_edit.text().strip()) or "&nbsp;"
        rank = escape(self.rank_combo.currentText().strip().upper())
        self.preview.setText(
            f"{escape(self.on_behalf_edit.text().strip())}<br>{escape(self.title_combo.currentText().strip())}"
            f"<br><br><br><b><u>{name}</u></b><br>{rank} NRP {escape(self.nrp_edit.text().strip())}"
        )


class AdminPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("First administrator"),
            self.tr("This account manages officers and settings. You log in with it next."),
        )
        self.name_edit = QLineEdit()
        self.add_row(self.tr("Name:"), self.name_edit, "name")
        self.nrp_edit = nrp_edit()
        self.nrp_edit.setPlaceholderText(self.tr("8 digits, used to log in"))
        self.add_row(self.tr("NRP:"), self.nrp_edit, "nrp")
        self.rank_combo = rank_combo()
        self.add_row(self.tr("Rank:"), self.rank_combo, "rank")
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(
            self.tr("At least {count} characters").format(count=MIN_PASSWORD)
        )
        self.add_row(self.tr("Password:"), self.password_edit, "password")
        self.repeat_edit = password_edit()
        self.add_row(self.tr("Repeat password:"), self.repeat_edit, "password_repeat")
