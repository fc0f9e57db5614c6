"""Reporter part of the report form: NIK first (checked, fills sex and birth date, offers a known citizen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import InvalidNik
from db.rules.nik import NikFacts, check_nik
from db.rules.timeutil import today_wib
from db.services.report_input import CitizenInput
from db.services.reports import CitizenView, find_citizen_by_nik
from ui.context import UiContext
from ui.widgets.field_errors import FieldErrors, translate_message

# Official names of the recognised religions; the combo stays editable for anything else.
RELIGIONS = ("Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu")
NATIONALITIES = ("WNI", "WNA")
# A date edit at its minimum shows its "special value text": that is how "unknown" is displayed.
UNKNOWN_DATE = QDate(1900, 1, 1)
DEFAULT_BIRTH_DATE = QDate(1980, 1, 1)


class CitizenSection(QGroupBox):
    """Reporter fields; `value()` gives a CitizenInput, `set_value()` fills them all."""

    changed = Signal()

    def __init__(self, ctx: UiContext, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Reporter"))
        self._ctx = ctx
        self._errors = errors
        self._facts: NikFacts | None = None
        self._offered: CitizenView | None = None
        # The citizen the form already shows (edit mode or after "Use"); not offered again.
        self._citizen_id_in_use: str | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.nik_edit = QLineEdit(self)
        self.nik_edit.setObjectName("nik")
        self.nik_edit.setMaxLength(16)
        self.nik_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}"), self))
        self.nik_edit.setPlaceholderText(self.tr("16 digits"))
        self.nik_edit.editingFinished.connect(self.check_nik)
        self.nik_edit.textEdited.connect(self._nik_edited)
        self.nik_hint = QLabel(self)
        self.nik_hint.setObjectName("nik_hint")
        self.nik_hint.setStyleSheet("color: #2e6b30;")
        self.nik_hint.setVisible(False)
        nik_box = QWidget(self)
        nik_layout = QVBoxLayout(nik_box)
        nik_layout.setContentsMargins(0, 0, 0, 0)
        nik_layout.setSpacing(2)
        nik_layout.addWidget(self.nik_edit)
        nik_layout.addWidget(self.nik_hint)
        self._nik_error = self._errors.label_for("citizen.nik", self.nik_edit)
        nik_layout.addWidget(self._nik_error)

        self.banner = QFrame(self)
        self.banner.setObjectName("citizen_banner")
        self.banner.setStyleSheet(
            "#citizen_banner { background: #e8f0fe; border: 1px solid #9bb7e8; border-radius: 4px; }"
        )
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("&Use"), self.banner)
        self.use_button.setObjectName("use_citizen")
        self.use_button.setToolTip(self.tr("Fill the reporter's fields from the citizen on file"))
        self.use_button.clicked.connect(self.use_offered_citizen)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.use_button)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.use_offered_citizen)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 4, 4)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.use_button)
        self.banner.setVisible(False)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.birth_place_edit = QLineEdit(self)
        self.birth_place_edit.setObjectName("birth_place")

        self.birth_date_edit = QDateEdit(self)
        self.birth_date_edit.setObjectName("birth_date")
        self.birth_date_edit.setDisplayFormat("dd/MM/yyyy")
        self.birth_date_edit.setCalendarPopup(True)
        self.birth_date_edit.setMinimumDate(UNKNOWN_DATE)
        self.birth_date_edit.setMaximumDate(QDate(today_wib()))
        self.birth_date_edit.setSpecialValueText("—")
        self.birth_unknown = QCheckBox(self.tr("Unknown"), self)
        self.birth_unknown.setObjectName("birth_date_unknown")
        self.birth_unknown.toggled.connect(self._birth_unknown_toggled)
        birth_row = QHBoxLayout()
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_date_edit, 1)
        birth_row.addWidget(self.birth_unknown)
        birth_box = QWidget(self)
        birth_box.setLayout(birth_row)

        self.sex_combo = QComboBox(self)
        self.sex_combo.setObjectName("sex")
        self.sex_combo.addItem("—", "")
        self.sex_combo.addItem(self.tr("Male (L)"), "L")
        self.sex_combo.addItem(self.tr("Female (P)"), "P")

        self.religion_combo = QComboBox(self)
        self.religion_combo.setObjectName("religion")
        self.religion_combo.setEditable(True)
        self.religion_combo.addItems(RELIGIONS)
        self.religion_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.nationality_combo = QComboBox(self)
        self.nationality_combo.setObjectName("nationality")
        self.nationality_combo.setEditable(True)
        self.nationality_combo.addItems(NATIONALITIES)
        self.nationality_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.occupation_edit = QLineEdit(self)
        self.occupation_edit.setObjectName("occupation")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText(self.tr("08… or +62…"))

        e = self._errors
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&NIK"), nik_box)
        form.addRow(self.banner)
        form.addRow(self.tr("Na&me *"), e.row_widget(self.name_edit, "citizen.name"))
        form.addRow(self.tr("Place of birth"), e.row_widget(self.birth_place_edit, "citizen.birth_place"))
        form.addRow(
            self.tr("Date of birth"), e.row_widget(birth_box, "citizen.birth_date", self.birth_date_edit)
        )
        form.addRow(self.tr("Sex"), e.row_widget(self.sex_combo, "citizen.sex"))
        form.addRow(self.tr("Religion"), e.row_widget(self.religion_combo, "citizen.religion"))
        form.addRow(self.tr("Nationality"), e.row_widget(self.nationality_combo, "citizen.nationality"))
        form.addRow(self.tr("Occupation"), e.row_widget(self.occupation_edit, "citizen.occupation"))
        form.addRow(self.tr("Address"), e.row_widget(self.address_edit, "citizen.address"))
        form.addRow(self.tr("Phone / WhatsApp"), e.row_widget(self.phone_edit, "citizen.phone"))
        for label, buddy in ((form.labelForField(nik_box), self.nik_edit),):
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        for signal in (
            self.name_edit.textChanged,
            self.birth_place_edit.textChanged,
            self.occupation_edit.textChanged,
            self.phone_edit.textChanged,
            self.address_edit.textChanged,
            self.birth_date_edit.dateChanged,
            self.sex_combo.currentIndexChanged,
            self.religion_combo.currentTextChanged,
            self.nationality_combo.currentTextChanged,
            self.birth_unknown.toggled,
            self.nik_edit.textChanged,
        ):
            signal.connect(self._emit_changed)
        self.set_value(CitizenInput(name=""))

    def _emit_changed(self, *_args: object) -> None:
        # A slot must return None: PySide 6.12 mishandles the reference of a returned bool (emit()'s result).
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The section's focusable widgets in visual order, for the form's tab order."""
        return [
            self.nik_edit,
            self.use_button,
            self.name_edit,
            self.birth_place_edit,
            self.birth_date_edit,
            self.birth_unknown,
            self.sex_combo,
            self.religion_combo,
            self.nationality_combo,
            self.occupation_edit,
            self.address_edit,
            self.phone_edit,
        ]

    # ----- value -----

    def value(self) -> CitizenInput:
        birth = None if self.birth_unknown.isChecked() else self.birth_date_edit.date().toPython()
        return CitizenInput(
            name=self.name_edit.text().strip(),
            nik=self.nik_edit.text().strip(),
            birth_place=self.birth_place_edit.text().strip(),
            birth_date=birth,
            sex=self.sex_combo.currentData() or "",
            religion=self.religion_combo.currentText().strip(),
            nationality=self.nationality_combo.currentText().strip(),
            occupation=self.occupation_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            phone=self.phone_edit.text().strip(),
        )

    def set_value(self, c: CitizenInput, *, citizen_id: str | None = None) -> None:
        self._citizen_id_in_use = citizen_id
        self.nik_edit.setText(c.nik)
        self.name_edit.setText(c.name)
        self.birth_place_edit.setText(c.birth_place)
        self._set_birth_date(c.birth_date)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(c.sex)))
        self.religion_combo.setCurrentText(c.religion)
        self.nationality_combo.setCurrentText(c.nationality)
        self.occupation_edit.setText(c.occupation)
        self.address_edit.setPlainText(c.address)
        self.phone_edit.setText(c.phone)
        self._hide_banner()
        self.check_nik(lookup=False)

    def _set_birth_date(self, value: date | None) -> None:
        self.birth_unknown.setChecked(value is None)
        self.birth_date_edit.setDate(UNKNOWN_DATE if value is None else QDate(value))
        self.birth_date_edit.setEnabled(value is not None)

    def _birth_unknown_toggled(self, unknown: bool) -> None:
        self.birth_date_edit.setEnabled(not unknown)
        if unknown:
            self.birth_date_edit.setDate(UNKNOWN_DATE)
        elif self.birth_date_edit.date() == UNKNOWN_DATE:
            self.birth_date_edit.setDate(DEFAULT_BIRTH_DATE)

    # ----- NIK -----

    def _nik_edited(self) -> None:
        if self._facts is not None or self._nik_error.isVisible():
            self._set_facts(None)
            self._nik_error.clear()
            self._nik_error.setVisible(False)
        self._hide_banner()

    def check_nik(self, *, lookup: bool = True) -> None:
        """Check the NIK: fill the sex and birth date it encodes, or say what is wrong; offer a citizen."""
        text = self.nik_edit.text().strip()
        self._nik_error.clear()
        self._nik_error.setVisible(False)
        self.nik_edit.setStyleSheet("")
        if not text:
            self._set_facts(None)
            return
        try:
            facts = check_nik(text)
        except InvalidNik as exc:
            self._set_facts(None)
            self._nik_error.setText(translate_message(exc.message))
            self._nik_error.setVisible(True)
            self.nik_edit.setStyleSheet("border: 1px solid #b00020;")
            return
        self._set_facts(facts)
        if lookup:
            factory = self._ctx.session_factory
            self._ctx.runner.run_db(
                lambda: find_citizen_by_nik(factory, text),
                on_done=lambda found: self._offer(text, found),
                on_error=lambda exc: None,  # an offer is a convenience; typing the fields still works
            )

    def _set_facts(self, facts: NikFacts | None) -> None:
        """With a valid NIK the sex and birth date are the NIK's and locked; without one they are free."""
        if facts == self._facts and facts is None:
            return
        self._facts = facts
        from_nik = facts is not None
        if facts is not None:
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(facts.sex))
            self._set_birth_date(facts.birth_date)
            sex = self.tr("female") if facts.sex == "P" else self.tr("male")
            self.nik_hint.setText(
                self.tr("Valid NIK: {sex}, born {date}, {region}").format(
                    sex=sex, date=facts.birth_date.strftime("%d/%m/%Y"), region=facts.region_name
                )
            )
        self.nik_hint.setVisible(from_nik)
        self.sex_combo.setEnabled(not from_nik)
        self.birth_unknown.setEnabled(not from_nik)
        self.birth_date_edit.setReadOnly(from_nik)
        self.birth_date_edit.setEnabled(from_nik or not self.birth_unknown.isChecked())
        tip = self.tr("Taken from the NIK") if from_nik else ""
        self.sex_combo.setToolTip(tip)
        self.birth_date_edit.setToolTip(tip)

    # ----- citizen on file -----

    def _offer(self, nik: str, found: CitizenView | None) -> None:
        if found is None or nik != self.nik_edit.text().strip() or found.id == self._citizen_id_in_use:
            return
        self._offered = found
        details = ", ".join(part for part in (found.name, found.address.replace("\n", " ")) if part)
        self.banner_label.setText(self.tr("Citizen on file: {details}").format(details=details))
        self.banner.setVisible(True)
        # The officer tabbed out of the NIK into an empty name: Enter now takes the citizen, Tab moves on.
        if self.name_edit.hasFocus() and not self.name_edit.text():
            self.use_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_offered_citizen(self) -> None:
        found = self._offered
        if found is None:
            return
        self.set_value(found.as_input(), citizen_id=found.id)
        self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def offered_citizen(self) -> CitizenView | None:
        return self._offered if self.banner.isVisible() else None

    def _hide_banner(self) -> None:
        self._offered = None
        self.banner.setVisible(False)
